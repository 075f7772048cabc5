// A crossing's person record follows the corrections of its person and document, in whichever order
// they arrive, while the crossing as sent keeps what was first given; on both databases.
import { describe, expect, it } from 'vitest';
import { eachDemoDbToApply } from '../../../test/support/apply-context';
import { DIALECTS } from '../../../test/support/databases';
import type { PasoEvent } from '../../api/events';
import { type ApplyContext, applyEvents } from './apply';
import type { IdentityChange } from './corrected-crossings';

const NOW = '2025-11-27T15:00:00.000Z';
const CROSSING = 'c0000000-0000-4000-8000-000000000001';

const crossing = {
  kind: 'crossing',
  id: CROSSING,
  at: '2025-11-27T14:10:00Z',
  checkpoint: 'PE-SANTA-ROSA',
  direction: 'entry',
  decision: 'admitted',
  person: { givenNames: 'Rosa', surname1: 'Mamani', sex: 'F', birthDate: '1990', nationality: 'PER' },
} as PasoEvent;

const correction = (n: number, set: Record<string, unknown>) =>
  ({
    kind: 'correction',
    id: `c0000000-0000-4000-8000-00000000010${n}`,
    at: '2025-11-27T14:30:00Z',
    checkpoint: 'PE-SANTA-ROSA',
    corrects: CROSSING,
    set,
  }) as PasoEvent;

const corrected = {
  person: {
    givenNames: 'José Luis',
    surname1: 'Del Castillo',
    surname2: 'Ñahui',
    sex: 'F',
    birthDate: '1979-11-02',
    nationality: 'VEN',
  },
  document: { type: 'P', number: '123456789', issuingState: 'VEN', expiryDate: '2030-01-31' },
};

describe.each(DIALECTS)("a crossing's corrected person, on %s", (dialect) => {
  const env = eachDemoDbToApply(dialect, NOW);

  const apply = (events: readonly PasoEvent[], over: Partial<ApplyContext> = {}) =>
    env.db.kysely.transaction().execute((tx) => applyEvents(tx, events, { ...env.ctx, ...over }));
  const personRecord = async () => {
    const row = await env.db.kysely
      .selectFrom('crossing_event as e')
      .innerJoin('person as p', 'p.id', 'e.person_id')
      .leftJoin('person_document as d', 'd.person_id', 'p.id')
      .select([
        'p.given_names',
        'p.surname1',
        'p.surname2',
        'p.birth_year',
        'p.nationality',
        'd.number',
        'e.body',
      ])
      .where('e.id', '=', CROSSING)
      .executeTakeFirstOrThrow();
    return { ...row, body: JSON.parse(row.body) as { person: { surname1: string } } };
  };

  it.each([
    ['after', (events: PasoEvent[]) => events],
    ['before', (events: PasoEvent[]) => [...events].reverse()],
  ])('follows a correction that arrives %s the crossing, and tells of it', async (_, order) => {
    const told: IdentityChange[] = [];
    for (const event of order([crossing, correction(1, corrected)]))
      await apply([event], { onIdentityChange: (changes) => told.push(...changes) });
    expect(await personRecord()).toMatchObject({
      given_names: 'José Luis',
      surname1: 'Del Castillo',
      surname2: 'Ñahui',
      birth_year: 1979,
      nationality: 'VEN',
      number: '123456789',
      // The crossing as sent is kept.
      body: { person: { surname1: 'Mamani' } },
    });
    expect(told.map((c) => [c.eventId, c.checkpoint])).toEqual([[CROSSING, 'PE-SANTA-ROSA']]);
  });

  it('tells of no change when a correction sets other fields', async () => {
    const told: IdentityChange[] = [];
    await apply([crossing, correction(1, { direction: 'exit' })], {
      onIdentityChange: (changes) => told.push(...changes),
    });
    expect(told).toEqual([]);
    expect((await personRecord()).surname1).toBe('Mamani');
  });
});
