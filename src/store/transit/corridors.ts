// Corridors and convoys as stored: a corridor's ordered stops, a convoy's vehicles and its maintained
// status. Made once by id; a resend with the same id is applied once.
import type { ConvoyStatus, Stop, Vehicle, VehicleKind } from '../../domain/transit';
import { CONVOY_STATUSES, VEHICLE_KINDS } from '../../domain/transit';
import type { Executor } from '../executor';
import { storedChoice } from '../stored-choice';

export interface CorridorRecord {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly exitPoint: string;
  readonly stops: readonly Stop[];
}

export interface ConvoyRecord {
  readonly id: string;
  readonly code: string;
  readonly corridor: CorridorRecord;
  readonly plannedDeparture: string;
  readonly plannedArrival: string;
  readonly status: ConvoyStatus;
  readonly currentStop: string | null;
  readonly eventCount: number;
  readonly vehicles: readonly Vehicle[];
}

export type CreateOutcome = 'created' | 'exists' | 'code-taken' | 'id-taken';

// What a corridor or convoy to be made meets: itself (a resend), another under its id, another with its
// code; undefined when it can be made.
async function alreadyStanding(
  tx: Executor,
  table: 'corridor' | 'convoy',
  made: { readonly id: string; readonly code: string },
): Promise<Exclude<CreateOutcome, 'created'> | undefined> {
  const same = await tx.selectFrom(table).select(['id', 'code']).where('id', '=', made.id).executeTakeFirst();
  if (same) return same.code === made.code ? 'exists' : 'id-taken';
  const taken = await tx.selectFrom(table).select('id').where('code', '=', made.code).executeTakeFirst();
  return taken ? 'code-taken' : undefined;
}

export async function insertCorridor(
  tx: Executor,
  corridor: CorridorRecord,
  options: { readonly now: string; readonly demo?: boolean },
): Promise<CreateOutcome> {
  const standing = await alreadyStanding(tx, 'corridor', corridor);
  if (standing) return standing;
  await tx
    .insertInto('corridor')
    .values({
      id: corridor.id,
      code: corridor.code,
      name: corridor.name,
      exit_point: corridor.exitPoint,
      demo: options.demo ? 1 : 0,
      created_at: options.now,
    })
    .execute();
  await tx
    .insertInto('corridor_stop')
    .values(corridor.stops.map((s, position) => ({ corridor_id: corridor.id, position, ...s })))
    .execute();
  return 'created';
}

export async function listCorridors(db: Executor): Promise<CorridorRecord[]> {
  const rows = await db.selectFrom('corridor').selectAll().orderBy('code').execute();
  const stops = await db
    .selectFrom('corridor_stop')
    .selectAll()
    .orderBy('corridor_id')
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    exitPoint: r.exit_point,
    stops: stops
      .filter((s) => s.corridor_id === r.id)
      .map((s) => ({ code: s.code, name: s.name, latitude: s.latitude, longitude: s.longitude })),
  }));
}

export async function findCorridor(db: Executor, id: string): Promise<CorridorRecord | null> {
  return (await listCorridors(db)).find((c) => c.id === id) ?? null;
}

export interface NewConvoy {
  readonly id: string;
  readonly code: string;
  readonly corridorId: string;
  readonly plannedDeparture: string;
  readonly plannedArrival: string;
  readonly vehicles: readonly Vehicle[];
}

export async function insertConvoy(
  tx: Executor,
  convoy: NewConvoy,
  options: { readonly now: string; readonly by: string | null; readonly demo?: boolean },
): Promise<CreateOutcome> {
  const standing = await alreadyStanding(tx, 'convoy', convoy);
  if (standing) return standing;
  await tx
    .insertInto('convoy')
    .values({
      id: convoy.id,
      code: convoy.code,
      corridor_id: convoy.corridorId,
      planned_departure: convoy.plannedDeparture,
      planned_arrival: convoy.plannedArrival,
      status: 'planned',
      current_stop: null,
      event_count: 0,
      created_by: options.by,
      demo: options.demo ? 1 : 0,
      created_at: options.now,
    })
    .execute();
  await tx
    .insertInto('convoy_vehicle')
    .values(convoy.vehicles.map((v, position) => ({ convoy_id: convoy.id, position, ...v })))
    .execute();
  return 'created';
}

const statusOf = (s: string): ConvoyStatus => storedChoice(CONVOY_STATUSES, s, 'planned');
const kindOf = (k: string): VehicleKind => storedChoice(VEHICLE_KINDS, k, 'bus');

/** Convoys, soonest departure first; optionally one convoy by id. */
export async function listConvoys(db: Executor, id?: string): Promise<ConvoyRecord[]> {
  let query = db.selectFrom('convoy').selectAll();
  if (id !== undefined) query = query.where('id', '=', id);
  const rows = await query.orderBy('planned_departure').orderBy('code').execute();
  if (rows.length === 0) return [];
  const corridors = new Map((await listCorridors(db)).map((c) => [c.id, c]));
  const vehicles = await db
    .selectFrom('convoy_vehicle')
    .selectAll()
    .where(
      'convoy_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('position')
    .execute();
  return rows.flatMap((r) => {
    const corridor = corridors.get(r.corridor_id);
    if (!corridor) return [];
    return [
      {
        id: r.id,
        code: r.code,
        corridor,
        plannedDeparture: r.planned_departure,
        plannedArrival: r.planned_arrival,
        status: statusOf(r.status),
        currentStop: r.current_stop,
        eventCount: Number(r.event_count),
        vehicles: vehicles
          .filter((v) => v.convoy_id === r.id)
          .map((v) => ({ plate: v.plate, kind: kindOf(v.kind), seats: Number(v.seats) })),
      },
    ];
  });
}

export async function findConvoy(db: Executor, id: string): Promise<ConvoyRecord | null> {
  return (await listConvoys(db, id))[0] ?? null;
}

/** Why a pass cannot name a convoy: none has that id or code, it no longer travels, or it travels another corridor. */
export type PassConvoyRefusal =
  | 'unknown-convoy'
  | 'convoy-ended'
  | 'other-corridor'
  | 'ends-before-departure';

// Passengers travel with a convoy until it arrives; a cancelled one takes no one.
export const TRAVELLING: ReadonlySet<ConvoyStatus> = new Set(['planned', 'boarding', 'departed']);

interface Ref {
  readonly id: string;
  readonly name: string;
}

/**
 * A pass as it must name its convoy: by the convoy's id, whatever it was named by (its code, as a
 * person types it: CONVOY-001), and the corridor by its code, as a convoy's own passes name them. So
 * cancelling the convoy, or taking the holder off it, revokes the pass; one naming no convoy would
 * outlive every seat. The convoy must exist and still travel, on the corridor named (by id or code).
 */
export async function passOnItsConvoy<
  T extends { readonly convoy: Ref; readonly corridor: Ref; readonly validUntil: string },
>(
  db: Executor,
  pass: T,
): Promise<
  { readonly ok: true; readonly pass: T } | { readonly ok: false; readonly refusal: PassConvoyRefusal }
> {
  const text = pass.convoy.id.trim();
  const row = await db
    .selectFrom('convoy')
    .select('id')
    .where((eb) => eb.or([eb('id', '=', text), eb('code', '=', text.toUpperCase())]))
    .executeTakeFirst();
  const found = row ? await findConvoy(db, row.id) : null;
  if (!found) return { ok: false, refusal: 'unknown-convoy' };
  if (!TRAVELLING.has(found.status)) return { ok: false, refusal: 'convoy-ended' };
  const route = pass.corridor.id.trim();
  if (route !== found.corridor.id && route.toUpperCase() !== found.corridor.code) {
    return { ok: false, refusal: 'other-corridor' };
  }
  // A pass that lapses before its convoy is due to leave could never be shown on the road.
  if (Date.parse(pass.validUntil) < Date.parse(found.plannedDeparture)) {
    return { ok: false, refusal: 'ends-before-departure' };
  }
  return {
    ok: true,
    pass: {
      ...pass,
      convoy: { ...pass.convoy, id: found.id },
      corridor: { ...pass.corridor, id: found.corridor.code },
    },
  };
}
