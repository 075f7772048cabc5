import { describe, expect, it } from 'vitest';
import { eachDemoDbToApply } from '../../../test/support/apply-context';
import { DIALECTS } from '../../../test/support/databases';
import type { PasoEvent } from '../../api/events';
import { DEMO_USERS } from '../demo';
import { type ApplyContext, applyEvents } from './apply';
import { readFigures } from './figures';
import { keptHoldId } from './holds-kept';
import { heldCrossings } from './views';

const NOW = '2025-11-27T15:00:00.000Z';
const uuid = (n: number) => `e1000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const officer = DEMO_USERS.find((u) => u.role === 'officer')?.id ?? '';
const supervisor = DEMO_USERS.find((u) => u.role === 'supervisor')?.id ?? '';

const held = (n: number): PasoEvent => ({
  kind: 'crossing',
  id: uuid(n),
  at: '2025-11-27T14:10:00Z',
  checkpoint: 'PE-SANTA-ROSA',
  direction: 'entry',
  decision: 'held',
  note: 'Documento dudoso',
  person: { givenNames: 'Rosa', surname1: 'Huamán', sex: 'F', birthDate: '1990-05-01', nationality: 'PER' },
});

const admit = (n: number, corrects: number): PasoEvent => ({
  kind: 'correction',
  id: uuid(n),
  at: '2025-11-27T14:12:00Z',
  checkpoint: 'PE-SANTA-ROSA',
  corrects: uuid(corrects),
  set: { decision: 'admitted' },
  note: 'Se aclaró en la caseta',
});

describe.each(DIALECTS)('a held crossing and an officer’s correction sent together, on %s', (dialect) => {
  const opened = eachDemoDbToApply(dialect, NOW);
  const asOfficer: Partial<ApplyContext> = { recordedBy: officer, mayResolveHolds: false };
  const apply = (events: readonly PasoEvent[], over: Partial<ApplyContext> = {}) =>
    opened.db.kysely.transaction().execute((tx) => applyEvents(tx, events, { ...opened.ctx, ...over }));
  const figures = async () => {
    const [row] = await readFigures(opened.db.kysely, { from: '2025-11-01', to: '2025-12-31', by: [] });
    return { crossed: row?.crossed ?? 0, held: row?.held ?? 0 };
  };

  it('refuses the correction that follows its held crossing in one batch, as it would one sent after', async () => {
    // What a booth's outbox sends after an outage: the crossing, then the officer's change of mind.
    expect(await apply([held(1), admit(2, 1)], asOfficer)).toMatchObject([
      { status: 'applied' },
      { status: 'problem', code: 'correction.held' },
    ]);
    expect(await figures()).toEqual({ crossed: 0, held: 1 });
  });

  it('holds the crossing again when the officer’s correction arrived before it, and a supervisor still decides', async () => {
    expect(await apply([admit(2, 1)], asOfficer)).toMatchObject([{ status: 'applied', waiting: true }]);
    expect(await apply([held(1)], asOfficer)).toMatchObject([{ status: 'applied' }]);
    expect(await figures()).toEqual({ crossed: 0, held: 1 });
    const hold = await opened.db.kysely
      .selectFrom('crossing_event')
      .select(['id', 'recorded_by', 'at'])
      .where('corrects', '=', uuid(1))
      .where('id', '=', keptHoldId(uuid(1)))
      .executeTakeFirstOrThrow();
    expect(hold.recorded_by).toBeNull(); // the server's own correction, not the officer's
    // The supervisor's card says the hold is the one made at the booth, with the officer's reason.
    const santaRosa = opened.ctx.places.byCode.get('PE-SANTA-ROSA')?.id ?? '';
    const cards = await heldCrossings(opened.db.kysely, santaRosa, 1000);
    expect(cards.find((c) => c.eventId === uuid(1))?.hold.origin).toEqual({ by: 'registration' });
    // Sent again (the outbox did not hear the answer): nothing changes.
    expect(await apply([held(1)], asOfficer)).toMatchObject([{ status: 'duplicate' }]);
    // The supervisor's decision, made later, counts.
    const release = { ...admit(3, 1), at: '2025-11-27T15:30:00Z' } as PasoEvent;
    expect(await apply([release], { recordedBy: supervisor, mayResolveHolds: true })).toMatchObject([
      { status: 'applied' },
    ]);
    expect(await figures()).toEqual({ crossed: 1, held: 0 });
  });

  it('lets a supervisor’s correction that arrived first release the hold, in one batch or before', async () => {
    const bySupervisor = { recordedBy: supervisor, mayResolveHolds: true };
    expect(await apply([admit(2, 1)], bySupervisor)).toMatchObject([{ status: 'applied', waiting: true }]);
    await apply([held(1)], asOfficer);
    expect(await figures()).toEqual({ crossed: 1, held: 0 });
    expect(await apply([held(4), admit(5, 4)], bySupervisor)).toMatchObject([
      { status: 'applied' },
      { status: 'applied' },
    ]);
    expect(await figures()).toEqual({ crossed: 2, held: 0 });
  });

  it('gives the same figures whichever came first when the officer also changed the direction', async () => {
    const turned = (n: number, corrects: number) =>
      ({ ...admit(n, corrects), set: { decision: 'admitted', direction: 'exit' } }) as PasoEvent;
    const byDirection = async () =>
      (await readFigures(opened.db.kysely, { from: '2025-11-01', to: '2025-12-31', by: ['direction'] })).map(
        (r) => [r.dims.direction, r.crossed, r.held],
      );
    // After its crossing: refused whole.
    expect(await apply([held(1), turned(2, 1)], asOfficer)).toMatchObject([
      { status: 'applied' },
      { status: 'problem', code: 'correction.held' },
    ]);
    const afterwards = await byDirection();
    expect(afterwards).toEqual([['entry', 0, 1]]);
    // Before its crossing: kept, and the hold puts back the direction the crossing was sent with.
    expect(await apply([turned(4, 3)], asOfficer)).toMatchObject([{ status: 'applied', waiting: true }]);
    expect(await apply([held(3)], asOfficer)).toMatchObject([{ status: 'applied' }]);
    expect(await byDirection()).toEqual([['entry', 0, 2]]);
  });

  it('holds the crossing again when a supervisor’s decision without a note arrived before it', async () => {
    const bySupervisor = { recordedBy: supervisor, mayResolveHolds: true };
    const silent = (n: number, corrects: number) => ({ ...admit(n, corrects), note: undefined }) as PasoEvent;
    // After its crossing it is refused; before it, kept, then held again: the same figures either way.
    expect(await apply([held(1), silent(2, 1)], bySupervisor)).toMatchObject([
      { status: 'applied' },
      { status: 'problem', code: 'correction.note-required' },
    ]);
    expect(await apply([silent(4, 3)], bySupervisor)).toMatchObject([{ status: 'applied', waiting: true }]);
    expect(await apply([held(3)], asOfficer)).toMatchObject([{ status: 'applied' }]);
    expect(await apply([silent(6, 5), held(5)], bySupervisor)).toMatchObject([
      { status: 'applied', waiting: true },
      { status: 'applied' },
    ]);
    expect(await figures()).toEqual({ crossed: 0, held: 3 });
    // Another system's records (paso events import) stand as that system recorded them.
    expect(await apply([silent(8, 7), held(7)], { ...bySupervisor, asRecorded: true })).toMatchObject([
      { status: 'applied', waiting: true },
      { status: 'applied' },
    ]);
    expect(await figures()).toEqual({ crossed: 1, held: 3 });
  });
});
