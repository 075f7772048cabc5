// The transit records as the API answers them: a convoy's summary and its page (manifest by vehicle,
// counts, stop log, who left), the picture folded from the log as the store recounts it.
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { ConvoyDetailReply, ConvoySummarySchema } from '../../api/transit';
import { can } from '../../domain/access';
import {
  type CheckpointClock,
  CORRECTABLE_STEPS,
  type ConvoyPicture,
  countIn,
  stopTimeZones,
} from '../../domain/transit';
import type { Executor } from '../../store/executor';
import { listCheckpoints } from '../../store/reference';
import {
  type ConvoyRecord,
  type CorridorRecord,
  findConvoy,
  passengersNoLongerEligible,
  readManifest,
  recountPicture,
} from '../../store/transit';
import { actorOf } from '../auth/access';
import { Problem } from '../problems';

/** The checkpoints' clocks, by which each stop's time zone is found (stopTimeZones). */
export const checkpointClocks = (db: Executor): Promise<readonly CheckpointClock[]> => listCheckpoints(db);

/** A corridor as answered: each stop with the time zone its times are shown and typed in. */
export function corridorView(c: CorridorRecord, clocks: readonly CheckpointClock[]) {
  const zones = stopTimeZones(c.stops, clocks);
  return { ...c, stops: c.stops.map((s, i) => ({ ...s, timeZone: zones[i] ?? 'UTC' })) };
}

export function convoySummary(
  c: ConvoyRecord,
  passengers: number,
  clocks: readonly CheckpointClock[],
): z.infer<typeof ConvoySummarySchema> {
  const zones = stopTimeZones(c.corridor.stops, clocks);
  return {
    id: c.id,
    code: c.code,
    corridor: { id: c.corridor.id, code: c.corridor.code, name: c.corridor.name },
    plannedDeparture: c.plannedDeparture,
    plannedArrival: c.plannedArrival,
    departureTimeZone: zones[0] ?? 'UTC',
    arrivalTimeZone: zones.at(-1) ?? 'UTC',
    status: c.status,
    currentStop: c.currentStop,
    vehicles: [...c.vehicles],
    seats: c.vehicles.reduce((sum, v) => sum + v.seats, 0),
    passengers,
  };
}

export async function requireConvoy(db: Executor, id: string): Promise<ConvoyRecord> {
  const convoy = await findConvoy(db, id);
  if (!convoy) throw new Problem('transit.not-found', 'No convoy has this id.');
  return convoy;
}

/**
 * Whether a reader sees the reasons written in a convoy's log (why someone left, why it was cancelled):
 * like a pass's revocation reason, only those who issue passes (supervisors) do; humanitarian partners
 * and officers see what happened, where and when, never why (a hospital, an enforcement ground).
 */
export const readsLogReasons = (request: FastifyRequest): boolean =>
  can(actorOf(request).user.role, 'passes.issue');

/** The convoy's page: the maintained manifest, and the stop log and departures folded from its events. */
export async function convoyDetail(
  db: Executor,
  id: string,
  reader: { readonly reasons: boolean },
): Promise<z.infer<typeof ConvoyDetailReply>> {
  const convoy = await requireConvoy(db, id);
  const [manifest, recount, noLongerEligible, clocks] = await Promise.all([
    readManifest(db, id),
    recountPicture(db, id),
    passengersNoLongerEligible(db, convoy),
    checkpointClocks(db),
  ]);
  if (!recount) throw new Problem('transit.not-found', 'No convoy has this id.');
  const p = recount.picture;
  const boarded = countIn(p, 'boarded');
  const arrived = countIn(p, 'arrived');
  const left = countIn(p, 'left');
  return {
    convoy: convoySummary(convoy, manifest.length, clocks),
    corridor: corridorView(convoy.corridor, clocks),
    // A correction at the booth that took away someone's admission in transit leaves their seat listed
    // (the log may name them) but no longer theirs: their passes were revoked then.
    manifest: manifest.map((m) => ({ ...m, eligible: !noLongerEligible.has(m.personId) })),
    counts: {
      listed: manifest.length,
      // Who boarded at departure: those on board now, those who left on the way and those arrived.
      boarded: boarded + left + arrived,
      noShow: countIn(p, 'no-show'),
      onBoard: p.status === 'departed' ? boarded : 0,
      left,
      arrived,
    },
    visits: p.visits.map((v) => ({ ...v })),
    left: p.left.map((l) => ({ ...l, reason: reader.reasons ? l.reason : null })),
    correctable: correctableStep(p, reader.reasons),
    departedAt: p.departedAt,
    arrivedAt: p.arrivedAt,
    cancelled: cancellationOf(p, reader.reasons),
  };
}

// A cancellation is final: nothing is logged after it, so it is the last step standing.
function cancellationOf(p: ConvoyPicture, reasons: boolean) {
  const step = p.lastStep;
  return p.status === 'cancelled' && step?.kind === 'cancelled'
    ? { at: step.at, reason: reasons ? step.reason : null }
    : null;
}

// Offered for correction: the last step standing, when it is one a correction annuls.
function correctableStep(p: ConvoyPicture, reasons: boolean) {
  const step = p.lastStep;
  if (step === null || p.status === 'cancelled' || !CORRECTABLE_STEPS.has(step.kind)) return null;
  const { id, at, ...event } = step;
  if (reasons || (event.kind !== 'left' && event.kind !== 'departed')) return { id, at, event };
  // What was arranged for a child left without an adult is a reason too: not for those who read none.
  const { childAloneReason: _arranged, ...told } = event;
  return { id, at, event: told.kind === 'left' ? { ...told, reason: null } : told };
}
