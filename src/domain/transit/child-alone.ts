// A child must not be left travelling without an adult of their family: the convoy's departure without
// the adult who did not board, or an adult leaving on the road while the child stays, leaves a child on
// board alone. Such a step is named here; whoever records it says what was arranged for the child.
// Ages are completed years on the step's local date (counting rule 5) at the checkpoint that admitted
// the rider in transit: a corridor's stops are towns, not checkpoints, and it runs in that country.
import { ageOn, localHour } from '../crossings';
import type { ConvoyPicture } from './convoy-log';

/**
 * Who rides, as far as this rule needs: their family (null alone), birth date as registered, and the
 * time zone of the checkpoint whose crossing admitted them in transit.
 */
export interface Rider {
  readonly personId: string;
  readonly familyKey: string | null;
  readonly birthDate: string | null;
  readonly timeZone: string;
}

/**
 * Under 18 at the instant, on its local date where the rider was admitted (in Lima, 23:30 is still the
 * day before the UTC date). A person of unknown age is not taken for a child, as at the booth.
 */
export function isMinorAt(rider: Pick<Rider, 'birthDate' | 'timeZone'>, at: string | Date): boolean {
  const age = ageOn(rider.birthDate, localHour(at, rider.timeZone).date);
  return age !== null && age < 18;
}

/**
 * The children among `travelling` with nobody of their family travelling who is not a child: a child
 * whose family has only children, or who has no family on the convoy, has no adult with them.
 */
export function childrenWithoutAdult(
  riders: readonly Rider[],
  travelling: ReadonlySet<string>,
  at: string | Date,
): string[] {
  const accompanied = new Set<string>();
  for (const r of riders) {
    if (r.familyKey !== null && travelling.has(r.personId) && !isMinorAt(r, at)) {
      accompanied.add(r.familyKey);
    }
  }
  return riders
    .filter(
      (r) =>
        travelling.has(r.personId) &&
        isMinorAt(r, at) &&
        (r.familyKey === null || !accompanied.has(r.familyKey)),
    )
    .map((r) => r.personId);
}

/**
 * Who travels in a picture: the whole manifest until departure (a no-show is final only then), those
 * on board on the road, and nobody once the convoy arrived or was cancelled.
 */
export function travellingIn(picture: ConvoyPicture): ReadonlySet<string> {
  const on = (keep: (state: string) => boolean) =>
    new Set([...picture.passengers].flatMap(([id, state]) => (keep(state) ? [id] : [])));
  switch (picture.status) {
    case 'planned':
    case 'boarding':
      return on(() => true);
    case 'departed':
      return on((state) => state === 'boarded');
    case 'arrived':
    case 'cancelled':
      return new Set();
    default: {
      const unknown: never = picture.status;
      return unknown;
    }
  }
}

/**
 * The children a step leaves on board without an adult of their family who had one before it: those
 * alone after the step and not before (a child the manifest already seats without an adult is the
 * manifest's to answer for, not each step's). `at` is the step's instant, for their age.
 */
export function childrenLeftAlone(
  riders: readonly Rider[],
  before: ConvoyPicture,
  after: ConvoyPicture,
  at: string,
): string[] {
  const already = new Set(childrenWithoutAdult(riders, travellingIn(before), at));
  return childrenWithoutAdult(riders, travellingIn(after), at).filter((id) => !already.has(id));
}
