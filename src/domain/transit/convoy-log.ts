// The convoy's current picture, folded from its log: who boarded, who is on board now, who left where
// and when, who arrived. Each event is checked against the picture before it: a log that breaks the
// order of a journey (boarding after departure, a stop off the corridor) is refused, never stored.
import { err, ok, type Result } from '../shared';
import type {
  ConvoyEventKind,
  ConvoyStatus,
  LoggedEvent,
  PassengerState,
  SequenceProblemCode,
  Stop,
  TransitProblem,
} from './types';

export interface StopVisit {
  readonly stop: string;
  readonly arrivedAt: string | null;
  readonly departedAt: string | null;
  readonly headCountIn: number | null;
  readonly headCountOut: number | null;
  /** Who the log says was on board when the convoy reached the stop. */
  readonly expectedOnBoard: number;
}

export interface Departure {
  readonly personId: string;
  readonly stop: string;
  readonly at: string;
  readonly reason: string;
}

export interface ConvoyPicture {
  readonly status: ConvoyStatus;
  readonly passengers: ReadonlyMap<string, PassengerState>;
  /** The stop the convoy stands at now (arrived, not yet departed), or null. */
  readonly atStop: string | null;
  /** The position on the corridor of the last stop reached (0: the origin). */
  readonly reached: number;
  readonly visits: readonly StopVisit[];
  readonly left: readonly Departure[];
  readonly departedAt: string | null;
  readonly arrivedAt: string | null;
  readonly lastAt: string | null;
  /** The last step that stands (not annulled by a correction), or null before the first. */
  readonly lastStep: LoggedEvent | null;
}

/**
 * The steps a correction may annul, the last one standing only: a departure, a stop's arrival or
 * departure, someone leaving, and the arrival at the exit point. A boarding check is corrected by
 * another check; a cancellation is final (its passes are revoked).
 */
export const CORRECTABLE_STEPS: ReadonlySet<ConvoyEventKind> = new Set([
  'departed',
  'stop-arrived',
  'stop-departed',
  'left',
  'arrived',
]);

type Problem = TransitProblem<SequenceProblemCode>;
const problem = (code: SequenceProblemCode, detail: string): Result<never, Problem> => err({ code, detail });

/** The picture of a convoy whose log is empty: everyone listed, nobody checked. */
export function startPicture(manifest: readonly string[]): ConvoyPicture {
  return {
    status: 'planned',
    passengers: new Map(manifest.map((id) => [id, 'listed' as const])),
    atStop: null,
    reached: 0,
    visits: [],
    left: [],
    departedAt: null,
    arrivedAt: null,
    lastAt: null,
    lastStep: null,
  };
}

export const countIn = (picture: ConvoyPicture, state: PassengerState): number =>
  [...picture.passengers.values()].filter((s) => s === state).length;

/** The picture after one more event, or the reason the event cannot follow the log so far. */
export function applyConvoyEvent(
  picture: ConvoyPicture,
  event: LoggedEvent,
  stops: readonly Stop[],
): Result<ConvoyPicture, Problem> {
  if (picture.status === 'arrived' || picture.status === 'cancelled') {
    return problem('sequence.finished', `The convoy has ${picture.status}; its log is closed.`);
  }
  if (picture.lastAt !== null && event.at < picture.lastAt) {
    return problem('sequence.time-order', `The event at ${event.at} is earlier than the log's last one.`);
  }
  const next = { ...picture, lastAt: event.at, lastStep: event };
  const departed = picture.status === 'departed';
  switch (event.kind) {
    case 'boarding': {
      if (departed) return problem('sequence.boarding-after-departure', 'The convoy has already departed.');
      if (!picture.passengers.has(event.personId)) {
        return problem('sequence.not-on-manifest', `${event.personId} is not on the manifest.`);
      }
      const passengers = new Map(picture.passengers);
      passengers.set(event.personId, event.boarded ? 'boarded' : 'no-show');
      return ok({ ...next, status: 'boarding', passengers });
    }
    case 'departed': {
      if (departed) return problem('sequence.boarding-after-departure', 'The convoy has already departed.');
      const unchecked = countIn(picture, 'listed');
      if (unchecked > 0) {
        return problem('sequence.boarding-incomplete', `${unchecked} passengers have no boarding check.`);
      }
      if (countIn(picture, 'boarded') === 0) return problem('sequence.nobody-boarded', 'Nobody boarded.');
      const origin = stops[0]?.code ?? '';
      return ok({
        ...next,
        status: 'departed',
        departedAt: event.at,
        atStop: null,
        reached: 0,
        visits: [
          {
            stop: origin,
            arrivedAt: null,
            departedAt: event.at,
            headCountIn: null,
            headCountOut: countIn(picture, 'boarded'),
            expectedOnBoard: countIn(picture, 'boarded'),
          },
        ],
      });
    }
    case 'stop-arrived': {
      if (!departed) return problem('sequence.not-departed', 'The convoy has not departed yet.');
      const position = stopPosition(stops, event.stop);
      if (position === null || position === 0 || position === stops.length - 1) {
        return problem('sequence.stop-not-on-corridor', `${event.stop} is not a stop on the way.`);
      }
      if (picture.atStop !== null || position <= picture.reached) {
        return problem('sequence.stop-order', `${event.stop} does not come next on the corridor.`);
      }
      const visit: StopVisit = {
        stop: event.stop,
        arrivedAt: event.at,
        departedAt: null,
        headCountIn: event.headCount,
        headCountOut: null,
        expectedOnBoard: countIn(picture, 'boarded'),
      };
      return ok({ ...next, atStop: event.stop, reached: position, visits: [...picture.visits, visit] });
    }
    case 'stop-departed': {
      if (picture.atStop !== event.stop) {
        return problem('sequence.not-at-stop', `The convoy is not standing at ${event.stop}.`);
      }
      const visits = picture.visits.map((v, i) =>
        i === picture.visits.length - 1 ? { ...v, departedAt: event.at, headCountOut: event.headCount } : v,
      );
      return ok({ ...next, atStop: null, visits });
    }
    case 'left': {
      if (!departed) return problem('sequence.not-departed', 'The convoy has not departed yet.');
      const position = stopPosition(stops, event.stop);
      if (position === null) {
        return problem('sequence.stop-not-on-corridor', `${event.stop} is not a stop of the corridor.`);
      }
      if (position > picture.reached) {
        return problem('sequence.stop-order', `The convoy has not reached ${event.stop} yet.`);
      }
      if (picture.passengers.get(event.personId) !== 'boarded') {
        return problem('sequence.not-on-board', `${event.personId} is not on board.`);
      }
      const passengers = new Map(picture.passengers);
      passengers.set(event.personId, 'left');
      const gone = { personId: event.personId, stop: event.stop, at: event.at, reason: event.reason };
      return ok({ ...next, passengers, left: [...picture.left, gone] });
    }
    case 'arrived': {
      if (!departed) return problem('sequence.not-departed', 'The convoy has not departed yet.');
      const named = new Set(event.personIds);
      for (const id of named) {
        if (picture.passengers.get(id) !== 'boarded')
          return problem('sequence.not-on-board', `${id} is not on board.`);
      }
      const unaccounted = [...picture.passengers].filter(([id, s]) => s === 'boarded' && !named.has(id));
      if (unaccounted.length > 0) {
        return problem(
          'sequence.arrival-unaccounted',
          `${unaccounted.length} on board are not among those arrived: record where they left first.`,
        );
      }
      const passengers = new Map(picture.passengers);
      for (const id of named) passengers.set(id, 'arrived');
      const exit = stops[stops.length - 1];
      const visit: StopVisit = {
        stop: exit?.code ?? '',
        arrivedAt: event.at,
        departedAt: null,
        headCountIn: named.size,
        headCountOut: null,
        expectedOnBoard: countIn(picture, 'boarded'),
      };
      return ok({
        ...next,
        status: 'arrived',
        passengers,
        arrivedAt: event.at,
        atStop: exit?.code ?? null,
        reached: stops.length - 1,
        visits: [...picture.visits, visit],
      });
    }
    case 'cancelled': {
      if (departed)
        return problem('sequence.boarding-after-departure', 'A convoy on the road is not cancelled.');
      return ok({ ...next, status: 'cancelled' });
    }
    case 'correction':
      // A correction changes the log behind the picture: appendToLog replays it without the step.
      return problem('sequence.correction-not-last', 'A correction is appended with appendToLog.');
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

/**
 * The picture of a whole log, from the manifest: what the maintained picture must always equal. A
 * step a correction annulled is left out, as if it had not happened; the log keeps both.
 */
export function replayConvoy(
  manifest: readonly string[],
  log: readonly LoggedEvent[],
  stops: readonly Stop[],
): Result<ConvoyPicture, Problem & { readonly eventId: string }> {
  const annulled = new Set(log.flatMap((e) => (e.kind === 'correction' ? [e.corrects] : [])));
  let picture = startPicture(manifest);
  for (const event of log) {
    if (event.kind === 'correction' || annulled.has(event.id)) continue;
    const next = applyConvoyEvent(picture, event, stops);
    if (!next.ok) return err({ ...next.error, eventId: event.id });
    picture = next.value;
  }
  // Later events follow the last one logged, annulled or not: the log stays in time order.
  return ok({ ...picture, lastAt: log.at(-1)?.at ?? picture.lastAt });
}

/**
 * How far after the server's clock a step may be dated: a device's clock a little ahead. A step dated
 * later would close the log to every true step until then (the log stays in time order).
 */
export const LOG_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The picture once `event` follows `log` (whose picture is `before`), or why it cannot. A correction
 * may annul only the last step standing, and only a step that can be corrected (CORRECTABLE_STEPS).
 * `now` is the server's clock: a step dated more than LOG_CLOCK_SKEW_MS after it is refused.
 */
export function appendToLog(
  manifest: readonly string[],
  log: readonly LoggedEvent[],
  before: ConvoyPicture,
  event: LoggedEvent,
  stops: readonly Stop[],
  now: string,
): Result<ConvoyPicture, Problem> {
  if (Date.parse(event.at) > Date.parse(now) + LOG_CLOCK_SKEW_MS) {
    return problem(
      'sequence.in-future',
      `The event at ${event.at} is later than the server's clock, ${now}.`,
    );
  }
  if (event.kind !== 'correction') return applyConvoyEvent(before, event, stops);
  if (before.status === 'cancelled') {
    return problem('sequence.finished', 'The convoy was cancelled; its log is closed.');
  }
  if (before.lastAt !== null && event.at < before.lastAt) {
    return problem('sequence.time-order', `The event at ${event.at} is earlier than the log's last one.`);
  }
  const last = before.lastStep;
  if (last === null || last.id !== event.corrects) {
    return problem('sequence.correction-not-last', `${event.corrects} is not the last step standing.`);
  }
  if (!CORRECTABLE_STEPS.has(last.kind)) {
    return problem('sequence.not-correctable', `A ${last.kind} step is not corrected this way.`);
  }
  const after = replayConvoy(manifest, [...log, event], stops);
  if (!after.ok) return problem(after.error.code, after.error.detail);
  return ok(after.value);
}

function stopPosition(stops: readonly Stop[], code: string): number | null {
  const i = stops.findIndex((s) => s.code === code);
  return i < 0 ? null : i;
}
