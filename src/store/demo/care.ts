// The demo's care: beds by kind at the Tacna shelters, stock at the shelters and at Santa Rosa, a low
// threshold, a request under way and a need; and, once the demo's crossings exist, families and
// people travelling alone checked in over the last days (some already gone on).
import type { Beds } from '../../domain/care';
import {
  addNeed,
  checkIn,
  checkOut,
  createRequest,
  recordMovement,
  setBeds,
  setThreshold,
  transitionRequest,
} from '../care';
import type { Executor } from '../executor';
import { stableId } from './history';
import { DEMO_SHELTERS, DEMO_USERS, SANTA_ROSA_ID } from './scenario';

const HUMANITARIAN = DEMO_USERS.find((u) => u.role === 'humanitarian')?.id ?? null;
const [COLISEO = '', CASA = '', COLLASUYO = ''] = DEMO_SHELTERS.map((s) => s.id);

const BEDS: readonly [string, Beds][] = [
  [COLISEO, { family: 120, women: 50, children: 20, general: 60 }],
  [CASA, { family: 40, women: 24, children: 16, general: 0 }],
  [COLLASUYO, { family: 0, women: 10, children: 0, general: 50 }],
];

const DELIVERIES = [
  [COLISEO, 'water', 1200],
  [COLISEO, 'food-kit', 180],
  [COLISEO, 'hygiene-kit', 90],
  [COLISEO, 'blanket', 260],
  [CASA, 'water', 300],
  [CASA, 'food-kit', 12],
  [CASA, 'blanket', 70],
  [COLLASUYO, 'water', 200],
  [SANTA_ROSA_ID, 'water', 800],
  [SANTA_ROSA_ID, 'medicine', 40],
] as const;

/** Beds, stock, thresholds, a request and a need; in the demo's seeding transaction. */
export async function seedCareDemo(tx: Executor, at: string): Promise<void> {
  const ctx = { now: at, recordedBy: HUMANITARIAN, demo: true };
  // The scenario's occupancy figures were typed in; from now on they are counted from stays.
  await tx.updateTable('shelter').set({ occupancy: 0 }).where('demo', '=', 1).execute();
  for (const [shelterId, beds] of BEDS) await setBeds(tx, shelterId, beds);
  for (const [placeId, item, quantity] of DELIVERIES) {
    await recordMovement(
      tx,
      { id: stableId(`demo:delivery:${placeId}:${item}`), kind: 'delivery', item, quantity, placeId },
      ctx,
    );
  }
  await recordMovement(
    tx,
    {
      id: stableId('demo:distribution:coliseo'),
      kind: 'distribution',
      item: 'food-kit',
      quantity: 60,
      placeId: COLISEO,
    },
    ctx,
  );
  await recordMovement(
    tx,
    {
      id: stableId('demo:transfer:water'),
      kind: 'transfer',
      item: 'water',
      quantity: 150,
      placeId: SANTA_ROSA_ID,
      toPlaceId: COLLASUYO,
    },
    ctx,
  );
  await setThreshold(tx, { placeId: CASA, item: 'food-kit', minimum: 40 }, ctx);
  await setThreshold(tx, { placeId: COLISEO, item: 'hygiene-kit', minimum: 120 }, ctx);
  await setThreshold(tx, { placeId: SANTA_ROSA_ID, item: 'water', minimum: 300 }, ctx);
  const request = stableId('demo:request:casa-food');
  await createRequest(
    tx,
    { id: request, placeId: CASA, item: 'food-kit', quantity: 80, note: 'Llegaron tres familias más' },
    ctx,
  );
  await transitionRequest(
    tx,
    {
      id: stableId('demo:request:casa-food:committed'),
      requestId: request,
      to: 'committed',
      note: 'PMA compromete kits',
    },
    ctx,
  );
  await createRequest(
    tx,
    { id: stableId('demo:request:coliseo-hygiene'), placeId: COLISEO, item: 'hygiene-kit', quantity: 100 },
    ctx,
  );
  await addNeed(
    tx,
    {
      id: stableId('demo:need:casa'),
      shelterId: CASA,
      categories: ['infant', 'hygiene'],
      text: 'Pañales y leche de fórmula para cuatro bebés',
      createdAt: at,
    },
    ctx,
  );
}

/** Checks in some of the demo's consenting families and people alone, once; answers how many. */
export async function seedCareDemoStays(db: Executor, now: Date): Promise<number> {
  const done = await db.selectFrom('care_stay_event').select('id').where('demo', '=', 1).limit(1).execute();
  if (done.length > 0) return 0;
  const rows = await db
    .selectFrom('crossing_event as ce')
    .innerJoin('event_state as es', 'es.event_id', 'ce.id')
    .select(['ce.person_id', 'ce.body'])
    .where('ce.demo', '=', 1)
    .where('ce.kind', '=', 'crossing')
    .where('es.voided', '=', 0)
    .where('es.decision', 'in', ['admitted', 'admitted-transit', 'referred-protection'])
    .orderBy('ce.at', 'desc')
    .limit(400)
    .execute();
  const groups = new Map<string, string[]>();
  const alone: string[] = [];
  for (const r of rows) {
    if (!r.person_id || !r.body.includes('"consent":true')) continue;
    const group = /"group":"([0-9a-f-]{36})"/.exec(r.body)?.[1];
    if (group) groups.set(group, [...(groups.get(group) ?? []), r.person_id]);
    else alone.push(r.person_id);
  }
  const hour = 3_600_000;
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * hour).toISOString();
  const plans = [
    ...[...groups.values()].slice(0, 5).map((people, i) => ({
      people,
      shelter: i % 2 === 0 ? COLISEO : CASA,
      kind: 'family' as const,
      ago: 6 + i * 13,
    })),
    ...alone.slice(0, 8).map((person, i) => ({
      people: [person],
      shelter: i % 3 === 0 ? COLLASUYO : COLISEO,
      kind: 'general' as const,
      ago: 3 + i * 7,
    })),
  ];
  let stays = 0;
  await db.transaction().execute(async (tx) => {
    const ctx = { now: now.toISOString(), recordedBy: HUMANITARIAN, demo: true };
    for (const [i, p] of plans.entries()) {
      const id = stableId(`demo:stay:${i}`);
      const result = await checkIn(
        tx,
        { id, shelterId: p.shelter, bedKind: p.kind, personIds: p.people, allowSplit: true, at: at(p.ago) },
        ctx,
      );
      if (!result.ok) continue;
      stays += 1;
      // Some went on north after a night or two.
      if (i % 4 === 3)
        await checkOut(
          tx,
          { id: stableId(`demo:stay:${i}:out`), personIds: p.people, at: at(Math.max(1, p.ago - 30)) },
          ctx,
        );
    }
  });
  return stays;
}
