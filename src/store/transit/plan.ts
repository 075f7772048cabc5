// A convoy's plan changed before it leaves: its planned times and its vehicles, and the passengers of a
// vehicle replaced moved to the one that takes its place. Whether the change may be made is the
// domain's rule (changePlan); this reads what the rule needs and writes what it decided.
import type { ConvoyPlan } from '../../domain/transit';
import type { Executor } from '../executor';
import { type ConvoyRecord, findConvoy } from './corridors';

/**
 * The convoy, its row taken first so that no step of its log slips in before the change is written
 * (PostgreSQL locks the row; SQLite's write transaction holds the database), and how many passengers
 * of its manifest each plate carries. Null when no convoy has this id.
 */
export async function convoyForChange(
  tx: Executor,
  convoyId: string,
): Promise<{ readonly convoy: ConvoyRecord; readonly seated: ReadonlyMap<string, number> } | null> {
  await tx
    .updateTable('convoy')
    .set((eb) => ({ event_count: eb.ref('event_count') }))
    .where('id', '=', convoyId)
    .execute();
  const convoy = await findConvoy(tx, convoyId);
  if (!convoy) return null;
  const rows = await tx
    .selectFrom('convoy_passenger')
    .select(['vehicle_plate', (eb) => eb.fn.countAll<number>().as('n')])
    .where('convoy_id', '=', convoyId)
    .groupBy('vehicle_plate')
    .execute();
  return { convoy, seated: new Map(rows.map((r) => [r.vehicle_plate, Number(r.n)])) };
}

/** Writes the convoy's plan: its times, its vehicles in order, and each moved plate's passengers on the plate that replaces it. */
export async function writeConvoyPlan(
  tx: Executor,
  convoyId: string,
  plan: ConvoyPlan,
  moves: ReadonlyMap<string, string>,
): Promise<void> {
  await tx
    .updateTable('convoy')
    .set({ planned_departure: plan.plannedDeparture, planned_arrival: plan.plannedArrival })
    .where('id', '=', convoyId)
    .execute();
  // Who rides each plate is read before any of them moves: two vehicles may trade places.
  const riders = await tx
    .selectFrom('convoy_passenger')
    .select(['person_id', 'vehicle_plate'])
    .where('convoy_id', '=', convoyId)
    .where('vehicle_plate', 'in', ['', ...moves.keys()])
    .execute();
  for (const [from, to] of moves) {
    const people = riders.filter((r) => r.vehicle_plate === from).map((r) => r.person_id);
    if (people.length === 0) continue;
    await tx
      .updateTable('convoy_passenger')
      .set({ vehicle_plate: to })
      .where('convoy_id', '=', convoyId)
      .where('person_id', 'in', people)
      .execute();
  }
  await tx.deleteFrom('convoy_vehicle').where('convoy_id', '=', convoyId).execute();
  await tx
    .insertInto('convoy_vehicle')
    .values(plan.vehicles.map((v, position) => ({ convoy_id: convoyId, position, ...v })))
    .execute();
}
