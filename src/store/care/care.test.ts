// Care on both databases: check-ins keep families together and refuse what they must, stock never goes
// below zero, requests move only forward; and after any sequence of actions, refused ones included,
// every maintained figure equals its recount from the events.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CarePeople, makeCarePeople } from '../../../test/support/care-people';
import { DIALECTS, openTestDb, type TestDb } from '../../../test/support/databases';
import { BED_KINDS, SUPPLY_ITEMS } from '../../domain/care';
import { DEMO_SHELTERS, DEMO_USERS, SANTA_ROSA_ID, seedDemo } from '../demo';
import type { Executor } from '../executor';
import {
  checkIn,
  checkOut,
  createRequest,
  listCareShelters,
  lowStock,
  nightsOf,
  readOccupancy,
  readStock,
  recordMovement,
  recountOccupancyFigures,
  recountStockFigures,
  setBeds,
  setThreshold,
  transitionRequest,
} from './index';

const NOW = '2025-11-27T15:00:00.000Z';
const ctx = { now: NOW, recordedBy: DEMO_USERS[2]?.id ?? null };
const [SHELTER_A = '', SHELTER_B = '', SHELTER_C = ''] = DEMO_SHELTERS.map((s) => s.id);
const PLACES = [SHELTER_A, SHELTER_B, SHELTER_C, SANTA_ROSA_ID];

describe.each(DIALECTS)('care on %s', (dialect) => {
  let t: TestDb;
  let db: Executor;
  let people: CarePeople;
  beforeAll(async () => {
    t = await openTestDb(dialect);
    db = t.db.kysely;
    await seedDemo(db, new Date(NOW));
    people = await makeCarePeople(db);
    await setBeds(db, SHELTER_A, { family: 5, women: 1, children: 1, general: 2 });
  });
  afterAll(async () => t.cleanup());

  const tx = <T>(work: (tx: Executor) => Promise<T>) => db.transaction().execute(work);
  const checkInOnce = (stay: Parameters<typeof checkIn>[1]) => tx((x) => checkIn(x, stay, ctx));
  const occupancyOf = async (shelterId: string) =>
    (await listCareShelters(db)).find((s) => s.id === shelterId);

  it('checks a family in together and refuses to split it unless told to', async () => {
    const [mother = '', child = '', baby = ''] = people.families[0] ?? [];
    const alone = await checkInOnce({
      id: crypto.randomUUID(),
      shelterId: SHELTER_A,
      bedKind: 'family',
      personIds: [child],
      allowSplit: false,
      at: NOW,
    });
    expect(alone).toMatchObject({ ok: false, error: { code: 'care.family-split' } });
    expect(alone.ok ? [] : alone.error.ids).toEqual(expect.arrayContaining([mother, baby]));
    const stay = {
      id: crypto.randomUUID(),
      shelterId: SHELTER_A,
      bedKind: 'family',
      personIds: [mother, child, baby],
      allowSplit: false,
      at: NOW,
    } as const;
    const family = await checkInOnce(stay);
    expect(family).toEqual({ ok: true, value: { status: 'applied', personIds: [mother, child, baby] } });
    const again = await checkInOnce(stay);
    expect(again).toMatchObject({ ok: true, value: { status: 'duplicate' } });
    expect((await occupancyOf(SHELTER_A))?.occupied.family).toBe(3);
    const twice = await checkInOnce({
      id: crypto.randomUUID(),
      shelterId: SHELTER_B,
      bedKind: 'general',
      personIds: [mother],
      allowSplit: true,
      at: NOW,
    });
    expect(twice).toMatchObject({ ok: false, error: { code: 'care.already-in-shelter', ids: [mother] } });
    const out = await tx((x) =>
      checkOut(x, { id: crypto.randomUUID(), personIds: [mother, child, baby], at: NOW }, ctx),
    );
    expect(out.ok).toBe(true);
    expect((await occupancyOf(SHELTER_A))?.occupied.family).toBe(0);
  });

  it.each([
    ['someone who did not consent', 'care.no-consent', (p: CarePeople) => [p.refusing]],
    ['a person nobody registered', 'care.unknown-person', () => ['00000000-0000-4000-8000-000000000009']],
    ['more people than free beds', 'care.over-capacity', (p: CarePeople) => p.singles],
  ])('refuses to check in %s', async (_what, code, who) => {
    const result = await checkInOnce({
      id: crypto.randomUUID(),
      shelterId: SHELTER_A,
      bedKind: 'women',
      personIds: who(people),
      allowSplit: true,
      at: NOW,
    });
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it('refuses to check out someone who is not checked in', async () => {
    const result = await tx((x) =>
      checkOut(x, { id: crypto.randomUUID(), personIds: [people.refusing], at: NOW }, ctx),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'care.not-checked-in', ids: [people.refusing] },
    });
  });

  it('counts a night for whoever is inside at 22:00 in Tacna', async () => {
    const [single = ''] = people.singles;
    // 21:30 and 23:00 in Lima (UTC-5) on the 25th; out the next morning.
    await checkInOnce({
      id: crypto.randomUUID(),
      shelterId: SHELTER_C,
      bedKind: 'general',
      personIds: [single],
      allowSplit: true,
      at: '2025-11-26T02:30:00.000Z',
    });
    await tx((x) =>
      checkOut(x, { id: crypto.randomUUID(), personIds: [single], at: '2025-11-26T13:00:00.000Z' }, ctx),
    );
    const nights = await nightsOf(db, SHELTER_C, NOW, 3);
    expect(nights.map((n) => [n.date, n.people])).toEqual([
      ['2025-11-25', 1],
      ['2025-11-26', 0],
      ['2025-11-27', 0],
    ]);
  });

  it('refuses stock below zero and makes a transfer two movements at once', async () => {
    const deliver = await tx((x) =>
      recordMovement(
        x,
        { id: crypto.randomUUID(), kind: 'delivery', item: 'blanket', quantity: 10, placeId: SHELTER_B },
        ctx,
      ),
    );
    expect(deliver.ok).toBe(true);
    const before = await readStock(db);
    const tooMuch = await tx((x) =>
      recordMovement(
        x,
        {
          id: crypto.randomUUID(),
          kind: 'transfer',
          item: 'blanket',
          quantity: 9999,
          placeId: SHELTER_B,
          toPlaceId: SHELTER_C,
        },
        ctx,
      ),
    );
    expect(tooMuch).toMatchObject({ ok: false, error: { code: 'care.stock-negative' } });
    expect(await readStock(db)).toEqual(before);
    const level = (place: string) =>
      before.find((s) => s.placeId === place && s.item === 'blanket')?.quantity ?? 0;
    await tx((x) =>
      recordMovement(
        x,
        {
          id: crypto.randomUUID(),
          kind: 'transfer',
          item: 'blanket',
          quantity: 4,
          placeId: SHELTER_B,
          toPlaceId: SHELTER_C,
        },
        ctx,
      ),
    );
    const after = await readStock(db);
    const now = (place: string) =>
      after.find((s) => s.placeId === place && s.item === 'blanket')?.quantity ?? 0;
    expect([now(SHELTER_B), now(SHELTER_C)]).toEqual([level(SHELTER_B) - 4, level(SHELTER_C) + 4]);
  });

  it('moves a request forward only, and its receipt adds to the stock', async () => {
    const id = crypto.randomUUID();
    await tx((x) => createRequest(x, { id, placeId: SHELTER_C, item: 'hygiene-kit', quantity: 30 }, ctx));
    const skip = await tx((x) =>
      transitionRequest(x, { id: crypto.randomUUID(), requestId: id, to: 'received' }, ctx),
    );
    expect(skip).toMatchObject({ ok: false, error: { code: 'care.request-transition' } });
    const level = async () =>
      (await readStock(db)).find((s) => s.placeId === SHELTER_C && s.item === 'hygiene-kit')?.quantity ?? 0;
    const before = await level();
    for (const to of ['committed', 'sent', 'received'] as const) {
      expect(
        await tx((x) => transitionRequest(x, { id: crypto.randomUUID(), requestId: id, to }, ctx)),
      ).toMatchObject({ ok: true });
    }
    expect(await level()).toBe(before + 30);
    const late = await tx((x) =>
      transitionRequest(x, { id: crypto.randomUUID(), requestId: id, to: 'cancelled' }, ctx),
    );
    expect(late).toMatchObject({ ok: false, error: { code: 'care.request-transition' } });
  });

  it('lists the places and items under their threshold', async () => {
    await setThreshold(db, { placeId: SANTA_ROSA_ID, item: 'medicine', minimum: 1_000_000 }, ctx);
    const { alerts } = await lowStock(db);
    expect(alerts).toContainEqual(
      expect.objectContaining({ placeId: SANTA_ROSA_ID, item: 'medicine', minimum: 1_000_000 }),
    );
  });

  it('keeps every maintained figure equal to its recount, whatever is done and refused', async () => {
    const everyone = () => [...people.families.flat(), ...people.singles, people.refusing, people.refused];
    const action = fc.oneof(
      fc.record({
        kind: fc.constant('in' as const),
        shelter: fc.constantFrom(SHELTER_A, SHELTER_B, SHELTER_C),
        bedKind: fc.constantFrom(...BED_KINDS),
        who: fc.subarray([...Array(9).keys()], { minLength: 1, maxLength: 4 }),
        allowSplit: fc.boolean(),
      }),
      fc.record({
        kind: fc.constant('out' as const),
        who: fc.subarray([...Array(9).keys()], { minLength: 1, maxLength: 3 }),
      }),
      fc.record({
        kind: fc.constant('move' as const),
        movement: fc.constantFrom('delivery' as const, 'distribution' as const, 'transfer' as const),
        item: fc.constantFrom(...SUPPLY_ITEMS),
        quantity: fc.integer({ min: 1, max: 40 }),
        from: fc.constantFrom(...PLACES),
        to: fc.constantFrom(...PLACES),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 12 }), async (actions) => {
        const pool = everyone();
        for (const a of actions) {
          const id = crypto.randomUUID();
          const who = a.kind === 'move' ? [] : a.who.map((i) => pool[i] ?? '');
          await tx(async (x) => {
            if (a.kind === 'in')
              await checkIn(
                x,
                {
                  id,
                  shelterId: a.shelter,
                  bedKind: a.bedKind,
                  personIds: who,
                  allowSplit: a.allowSplit,
                  at: NOW,
                },
                ctx,
              );
            else if (a.kind === 'out') await checkOut(x, { id, personIds: who, at: NOW }, ctx);
            else if (a.movement !== 'transfer' || a.from !== a.to) {
              await recordMovement(
                x,
                {
                  id,
                  kind: a.movement,
                  item: a.item,
                  quantity: a.quantity,
                  placeId: a.from,
                  toPlaceId: a.to,
                },
                ctx,
              );
            }
          });
        }
        expect(await readOccupancy(db)).toEqual(await recountOccupancyFigures(db));
        expect(await readStock(db)).toEqual(await recountStockFigures(db));
        expect((await readStock(db)).every((s) => s.quantity >= 0)).toBe(true);
        const shelters = await db.selectFrom('shelter').select(['id', 'occupancy']).execute();
        const recounted = await recountOccupancyFigures(db);
        for (const s of shelters) {
          const sum = recounted.filter((f) => f.shelterId === s.id).reduce((n, f) => n + f.occupied, 0);
          expect(s.occupancy).toBe(sum);
        }
        const present = await db.selectFrom('care_presence').select('person_id').execute();
        expect(present.length).toBe(recounted.reduce((n, f) => n + f.occupied, 0));
        expect(present.map((p) => p.person_id)).not.toContain(people.refusing);
      }),
      { numRuns: 20 },
    );
  });
});
