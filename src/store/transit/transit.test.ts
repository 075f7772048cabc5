import { beforeEach, describe, expect, it } from 'vitest';
import { eachDemoDbToApply } from '../../../test/support/apply-context';
import { DIALECTS } from '../../../test/support/databases';
import { transitCrossing, travellingChild } from '../../../test/support/transit-crossings';
import type { EventInput } from '../../domain/crossings';
import { type ConvoyEvent, type LoggedEvent, planManifest } from '../../domain/transit';
import { applyEvents } from '../crossings';
import { DEMO_CONVOY_ID, DEMO_CORRIDOR_ID, DEMO_USERS } from '../demo';
import {
  appendConvoyEvent,
  type CandidateRecord,
  findConvoy,
  insertConvoy,
  maintainedPicture,
  manifestPassHolders,
  readManifest,
  recountPicture,
  replaceManifest,
  transitCandidates,
} from '.';

const NOW = '2025-11-27T15:00:00.000Z';
const OFFICER = DEMO_USERS[0]?.id ?? '';
const uuid = (n: number) => `e0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const EXIT = { exitPoint: 'PE-TUMBES', exitName: 'Tumbes (CEBAF Aguas Verdes)' };
type Step = ConvoyEvent & { readonly at: string; readonly id?: string };
const GROUP = 'a0000000-0000-4000-8000-000000000001';

const crossing = (n: number, given: string, extra: Record<string, unknown> = {}): EventInput =>
  transitCrossing(
    uuid(n),
    `2025-11-27T1${n % 10}:00:00.000Z`,
    { givenNames: given, surname1: 'Rojas', birthDate: '1990-04-02', nationality: 'VEN' },
    { document: { type: 'ID', number: `V${n}0000`, issuingState: 'VEN' }, ...extra },
  ) as EventInput;

const correction = (n: number, corrects: number, set: Record<string, unknown>): EventInput => ({
  kind: 'correction',
  id: uuid(n),
  at: '2025-11-27T19:30:00.000Z',
  checkpoint: 'PE-SANTA-ROSA',
  corrects: uuid(corrects),
  set,
});

const EVENTS: EventInput[] = [
  crossing(1, 'Ana', { group: GROUP, relationship: 'reference' }),
  crossing(2, 'Luis', {
    ...travellingChild(GROUP, uuid(1)),
    person: { givenNames: 'Luis', surname1: 'Rojas', birthDate: '2018-06', nationality: 'VEN' },
  }),
  crossing(3, 'Pedro'),
  correction(4, 3, { decision: 'refused', refusalGround: 'public-order', exitPoint: undefined }),
  crossing(5, 'Rosa', { consent: false }),
  crossing(6, 'Juan', { decision: 'admitted', exitPoint: undefined }),
  correction(7, 6, { decision: 'admitted-transit', exitPoint: 'Tumbes' }),
  crossing(8, 'Marta', { exitPoint: 'PE-DESAGUADERO' }),
];

describe.each(DIALECTS)('a convoy on %s', (dialect) => {
  const t = eachDemoDbToApply(dialect, NOW);
  let people: Map<string, CandidateRecord>;
  const id = (name: string) => people.get(name)?.personId ?? `missing ${name}`;

  beforeEach(async () => {
    await t.db.kysely.transaction().execute((tx) => applyEvents(tx, EVENTS, t.ctx));
    const found = await transitCandidates(t.db.kysely, EXIT, DEMO_CONVOY_ID);
    people = new Map(found.map((c) => [c.givenNames, c]));
  });

  const manifestOf = async (convoyId: string, seats: [string, string][]) => {
    const convoy = await findConvoy(t.db.kysely, convoyId);
    const byId = new Map([...people.values()].map((c) => [c.personId, c]));
    const plan = planManifest(
      convoy?.vehicles ?? [],
      seats.map(([name, plate]) => ({ personId: id(name), plate })),
      byId,
    );
    if (!plan.ok) return plan;
    const rows = plan.value.flatMap((s) => {
      const candidate = byId.get(s.personId);
      return candidate ? [{ candidate, plate: s.plate }] : [];
    });
    await t.db.kysely.transaction().execute((tx) => replaceManifest(tx, convoyId, rows));
    return plan;
  };

  let n = 100;
  const log = (event: Step) =>
    t.db.kysely.transaction().execute((tx) =>
      // Each step logged as it happens: the server refuses one dated after its clock.
      appendConvoyEvent(tx, DEMO_CONVOY_ID, { id: uuid(++n), ...event } as LoggedEvent, {
        by: OFFICER,
        now: event.at,
      }),
    );
  const expectPictureEqualsRecount = async () => {
    const recount = await recountPicture(t.db.kysely, DEMO_CONVOY_ID);
    expect(await maintainedPicture(t.db.kysely, DEMO_CONVOY_ID)).toEqual(recount?.summary);
  };

  it('offers those whose latest decision admits them in transit towards the exit, with consent', () => {
    expect([...people.keys()].sort()).toEqual(['Ana', 'Juan', 'Luis']);
    expect(people.get('Ana')?.familyKey).not.toBeNull();
    expect(people.get('Luis')?.familyKey).toBe(people.get('Ana')?.familyKey);
    expect(people.get('Juan')?.familyKey).toBeNull();
  });

  it('places a family together when one of them is seated', async () => {
    const plan = await manifestOf(DEMO_CONVOY_ID, [['Ana', 'V2A-714']]);
    expect(plan.ok).toBe(true);
    const manifest = await readManifest(t.db.kysely, DEMO_CONVOY_ID);
    expect(manifest.map((p) => [p.givenNames, p.plate]).sort()).toEqual([
      ['Ana', 'V2A-714'],
      ['Luis', 'V2A-714'],
    ]);
  });

  it('refuses a family split across vehicles, and a vehicle over its seats counting children', async () => {
    const split = await manifestOf(DEMO_CONVOY_ID, [
      ['Ana', 'V2A-714'],
      ['Luis', 'V2B-381'],
    ]);
    expect(split.ok ? null : split.error.code).toBe('manifest.family-split');
    await insertConvoy(
      t.db.kysely,
      {
        id: uuid(90),
        code: 'SMALL',
        corridorId: DEMO_CORRIDOR_ID,
        plannedDeparture: '2025-11-28T11:00:00.000Z',
        plannedArrival: '2025-11-30T03:00:00.000Z',
        vehicles: [{ plate: 'VAN-1', kind: 'van', seats: 2 }],
      },
      { now: NOW, by: null },
    );
    const full = await manifestOf(uuid(90), [
      ['Ana', 'VAN-1'],
      ['Juan', 'VAN-1'],
    ]);
    expect(full.ok ? null : full.error.code).toBe('manifest.over-seats');
    expect(await readManifest(t.db.kysely, uuid(90))).toEqual([]);
  });

  it('runs from manifest through boarding and stops to arrival, its picture equal to the recount', async () => {
    await manifestOf(DEMO_CONVOY_ID, [
      ['Ana', 'V2A-714'],
      ['Juan', 'V2B-381'],
    ]);
    const steps: Step[] = [
      { kind: 'boarding', personId: id('Ana'), boarded: true, at: '2025-11-28T10:30:00.000Z' },
      { kind: 'boarding', personId: id('Luis'), boarded: true, at: '2025-11-28T10:31:00.000Z' },
      { kind: 'boarding', personId: id('Juan'), boarded: true, at: '2025-11-28T10:32:00.000Z' },
      { kind: 'departed', at: '2025-11-28T11:00:00.000Z' },
      { kind: 'stop-arrived', stop: 'AREQUIPA', headCount: 3, at: '2025-11-28T17:00:00.000Z' },
      {
        kind: 'left',
        personId: id('Juan'),
        stop: 'AREQUIPA',
        reason: 'Se queda con su hermana',
        at: '2025-11-28T17:20:00.000Z',
      },
      { kind: 'stop-departed', stop: 'AREQUIPA', headCount: 2, at: '2025-11-28T18:00:00.000Z' },
      { kind: 'stop-arrived', stop: 'LIMA', headCount: 2, at: '2025-11-29T08:00:00.000Z' },
      { kind: 'stop-departed', stop: 'LIMA', headCount: 2, at: '2025-11-29T09:00:00.000Z' },
      { kind: 'arrived', personIds: [id('Ana'), id('Luis')], at: '2025-11-30T02:00:00.000Z' },
    ] as Step[];
    for (const step of steps) {
      expect((await log(step)).status, step.kind).toBe('applied');
      await expectPictureEqualsRecount();
    }
    const convoy = await findConvoy(t.db.kysely, DEMO_CONVOY_ID);
    expect(convoy?.status).toBe('arrived');
    const states = Object.fromEntries(
      (await readManifest(t.db.kysely, DEMO_CONVOY_ID)).map((p) => [p.givenNames, p.state]),
    );
    expect(states).toEqual({ Ana: 'arrived', Luis: 'arrived', Juan: 'left' });
    const recount = await recountPicture(t.db.kysely, DEMO_CONVOY_ID);
    expect(recount?.picture.left).toEqual([
      {
        personId: id('Juan'),
        stop: 'AREQUIPA',
        at: '2025-11-28T17:20:00.000Z',
        reason: 'Se queda con su hermana',
      },
    ]);
    expect(recount?.picture.visits.map((v) => v.stop)).toEqual(['TACNA', 'AREQUIPA', 'LIMA', 'TUMBES']);
  });

  it('refuses events out of the order of a journey and stores none of them', async () => {
    await manifestOf(DEMO_CONVOY_ID, [
      ['Ana', 'V2A-714'],
      ['Juan', 'V2B-381'],
    ]);
    const at = (h: number) => `2025-11-28T${String(h).padStart(2, '0')}:00:00.000Z`;
    const codeOf = async (event: Step) => {
      const outcome = await log(event);
      return outcome.status === 'problem' ? outcome.code : outcome.status;
    };
    expect(await codeOf({ kind: 'stop-arrived', stop: 'LIMA', headCount: 0, at: at(9) })).toBe(
      'sequence.not-departed',
    );
    expect(await codeOf({ kind: 'boarding', personId: id('Ana'), boarded: true, at: at(10) })).toBe(
      'applied',
    );
    expect(await codeOf({ kind: 'departed', at: at(10) })).toBe('sequence.boarding-incomplete');
    expect(await codeOf({ kind: 'boarding', personId: id('Luis'), boarded: true, at: at(10) })).toBe(
      'applied',
    );
    expect(await codeOf({ kind: 'boarding', personId: id('Juan'), boarded: false, at: at(10) })).toBe(
      'applied',
    );
    expect(await codeOf({ kind: 'departed', at: at(11) })).toBe('applied');
    expect(await codeOf({ kind: 'boarding', personId: id('Juan'), boarded: true, at: at(12) })).toBe(
      'sequence.boarding-after-departure',
    );
    expect(await codeOf({ kind: 'stop-arrived', stop: 'CUSCO', headCount: 2, at: at(13) })).toBe(
      'sequence.stop-not-on-corridor',
    );
    expect(await codeOf({ kind: 'stop-arrived', stop: 'LIMA', headCount: 2, at: at(14) })).toBe('applied');
    expect(await codeOf({ kind: 'stop-arrived', stop: 'NAZCA', headCount: 2, at: at(15) })).toBe(
      'sequence.stop-order',
    );
    expect(await codeOf({ kind: 'left', personId: id('Juan'), stop: 'LIMA', reason: 'x', at: at(15) })).toBe(
      'sequence.not-on-board',
    );
    expect(await codeOf({ kind: 'stop-departed', stop: 'LIMA', headCount: 2, at: at(1) })).toBe(
      'sequence.time-order',
    );
    expect(await codeOf({ kind: 'arrived', personIds: [id('Ana')], at: at(20) })).toBe(
      'sequence.arrival-unaccounted',
    );
    const convoy = await findConvoy(t.db.kysely, DEMO_CONVOY_ID);
    expect(convoy?.eventCount).toBe(5);
    expect(convoy?.currentStop).toBe('LIMA');
    await expectPictureEqualsRecount();
  });

  it('applies a resent event once and refuses an id reused for another event', async () => {
    await manifestOf(DEMO_CONVOY_ID, [['Juan', 'V2B-381']]);
    const event = {
      id: uuid(500),
      kind: 'boarding',
      personId: id('Juan'),
      boarded: true,
      at: '2025-11-28T10:00:00.000Z',
    } as const;
    expect((await log(event)).status).toBe('applied');
    expect((await log(event)).status).toBe('duplicate');
    expect((await log({ ...event, boarded: false })).status).toBe('conflict');
    expect((await findConvoy(t.db.kysely, DEMO_CONVOY_ID))?.eventCount).toBe(1);
  });

  it('gives the passes area each passenger with document, convoy, corridor and validity window', async () => {
    await manifestOf(DEMO_CONVOY_ID, [['Ana', 'V2A-714']]);
    const convoy = await findConvoy(t.db.kysely, DEMO_CONVOY_ID);
    const holders = await manifestPassHolders(t.db.kysely, DEMO_CONVOY_ID);
    const ana = holders.find((h) => h.givenNames === 'Ana');
    expect(ana).toMatchObject({
      personId: id('Ana'),
      birthDate: '1990-04-02',
      document: { type: 'ID', number: 'V10000', issuingState: 'VEN' },
      convoyCode: 'CONVOY-001',
      corridorCode: 'TACNA-TUMBES',
      vehiclePlate: 'V2A-714',
      validFrom: convoy?.plannedDeparture,
    });
    expect(Date.parse(ana?.validUntil ?? '')).toBe(Date.parse(convoy?.plannedArrival ?? '') + 24 * 3600_000);
    expect(holders.find((h) => h.givenNames === 'Luis')?.document).toBeNull();
  });

  it('dates the passes of a convoy that left before its planned time from its departure', async () => {
    await manifestOf(DEMO_CONVOY_ID, [['Ana', 'V2A-714']]);
    const planned = Date.parse((await findConvoy(t.db.kysely, DEMO_CONVOY_ID))?.plannedDeparture ?? '');
    const hoursEarly = (hours: number) => new Date(planned - hours * 3600_000).toISOString();
    for (const { personId } of await manifestPassHolders(t.db.kysely, DEMO_CONVOY_ID)) {
      const boarded = await log({ kind: 'boarding', personId, boarded: true, at: hoursEarly(30) });
      expect(boarded.status).toBe('applied');
    }
    // No pass was issued yet: the departure stands, and the passes issued now are valid on the road.
    expect(await log({ kind: 'departed', at: hoursEarly(29) })).toMatchObject({ status: 'applied' });
    const holders = await manifestPassHolders(t.db.kysely, DEMO_CONVOY_ID);
    expect(holders.map((h) => h.validFrom)).toEqual(holders.map(() => hoursEarly(29)));
    expect(holders.length).toBeGreaterThan(0);
  });
});
