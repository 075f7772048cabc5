// Observations of the line at a checkpoint: people waiting, vehicles and trucks queued, the queue's
// length and the waiting time, as someone standing there counted them at a moment. Each is kept
// (append-only); the picture shows, per checkpoint, side and kind, the latest value observed.
import { err, ok, type Result } from '../shared';
import type { SituationIssue } from './issues';

/**
 * Which queue: relative to the checkpoint, `entry` is those waiting to enter its country (they stand
 * on the neighbour's side of the line: at Santa Rosa, the Chilean side), `exit` those waiting to
 * leave it (on its own side).
 */
export const SIDES = ['entry', 'exit'] as const;
export type Side = (typeof SIDES)[number];

export const OBSERVATION_KINDS = [
  'peopleWaiting',
  'vehiclesQueued',
  'trucksQueued',
  'queueKm',
  'waitMinutes',
] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

// Sane upper limits: beyond them a figure is a typing slip (an extra zero), not a queue. The reference
// case had hundreds waiting and trucks queued for kilometres; these leave room for ten times worse.
export const OBSERVATION_LIMITS: Readonly<Record<ObservationKind, number>> = {
  peopleWaiting: 50_000,
  vehiclesQueued: 20_000,
  trucksQueued: 10_000,
  queueKm: 200,
  waitMinutes: 7 * 24 * 60,
};

// Counts are whole; the queue's length is in kilometres with decimals, the waiting time in minutes.
const WHOLE: Readonly<Record<ObservationKind, boolean>> = {
  peopleWaiting: true,
  vehiclesQueued: true,
  trucksQueued: true,
  queueKm: false,
  waitMinutes: true,
};

/** How far ahead of the server's clock an observation's time may be: a device's clock drifts. */
export const CLOCK_SKEW_MS = 5 * 60_000;
/** How late an observation may be entered (a checkpoint offline for days sends its notes later). */
export const OBSERVATION_MAX_AGE_MS = 7 * 24 * 3600_000;

export type ObservationValues = Readonly<Partial<Record<ObservationKind, number>>>;

export interface ObservationInput {
  readonly side: Side;
  /** When the line was looked at: ISO 8601. */
  readonly observedAt: string;
  readonly values: ObservationValues;
}

export interface CheckedObservation {
  readonly side: Side;
  /** UTC, ISO 8601 with milliseconds: comparable as text in either database. */
  readonly observedAt: string;
  readonly values: ObservationValues;
}

/** An instant as the store keeps it, or null when the text is not one. */
export function normalizeInstant(text: string): string | null {
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/** Issues with a time something was seen or done, against the server's clock. */
export function checkInstant(
  field: string,
  text: string,
  now: Date,
  maxAgeMs: number,
): Result<string, SituationIssue> {
  const at = normalizeInstant(text);
  if (at === null) return err({ code: 'situation.not-a-time', field });
  const latest = new Date(now.getTime() + CLOCK_SKEW_MS).toISOString();
  if (at > latest) return err({ code: 'situation.in-future', field, limit: latest });
  const earliest = new Date(now.getTime() - maxAgeMs).toISOString();
  if (at < earliest) return err({ code: 'situation.too-old', field, limit: earliest });
  return ok(at);
}

function checkValue(kind: ObservationKind, value: number): SituationIssue | null {
  if (!Number.isFinite(value) || value < 0) return { code: 'situation.negative', field: kind };
  if (WHOLE[kind] && !Number.isInteger(value)) return { code: 'situation.not-whole', field: kind };
  const limit = OBSERVATION_LIMITS[kind];
  if (value > limit) return { code: 'situation.too-large', field: kind, limit };
  return null;
}

/** Every issue with an observation, or the observation as it is kept. */
export function checkObservation(
  input: ObservationInput,
  now: Date,
): Result<CheckedObservation, readonly SituationIssue[]> {
  const issues: SituationIssue[] = [];
  const values: Partial<Record<ObservationKind, number>> = {};
  for (const kind of OBSERVATION_KINDS) {
    const value = input.values[kind];
    if (value === undefined) continue;
    const issue = checkValue(kind, value);
    if (issue) issues.push(issue);
    else values[kind] = value;
  }
  if (OBSERVATION_KINDS.every((kind) => input.values[kind] === undefined)) {
    issues.push({ code: 'situation.no-values', field: 'values' });
  }
  const at = checkInstant('observedAt', input.observedAt, now, OBSERVATION_MAX_AGE_MS);
  if (!at.ok) issues.push(at.error);
  if (issues.length > 0 || !at.ok) return err(issues);
  return ok({ side: input.side, observedAt: at.value, values });
}
