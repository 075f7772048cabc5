// A child must not be left travelling without an adult of their family: the convoy's departure without
// the adult who did not board, or an adult leaving on the road while the child stays, leaves a child on
// board alone. Such a step is named here; whoever records it says what was arranged for the child.
import { ageOn } from '../crossings';
import type { ConvoyPicture } from './convoy-log';

/** Who rides, as far as this rule needs: their family (null alone) and birth date as registered. */
export interface Rider {
  readonly personId: string;
  readonly familyKey: string | null;
  readonly birthDate: string | null;
}

/** Under 18 on the date (YYYY-MM-DD). A person of unknown age is not taken for a child, as at the booth. */
export function isMinorOn(birthDate: string | null, date: string): boolean {
  const age = ageOn(birthDate, date);
  return age !== null && age < 18;
}

/**
 * The children among `travelling` with nobody of their family travelling who is not a child: a child
 * whose family has only children, or who has no family on the convoy, has no adult with them.
 */
export function childrenWithoutAdult(
  riders: readonly Rider[],
  travelling: ReadonlySet<string>,
  date: string,
): string[] {
  const accompanied = new Set<string>();
  for (const r of riders) {
    if (r.familyKey !== null && travelling.has(r.personId) && !isMinorOn(r.birthDate, date)) {
      accompanied.add(r.familyKey);
    }
  }
  return riders
    .filter(
      (r) =>
        travelling.has(r.personId) &&
        isMinorOn(r.birthDate, date) &&
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
 * manifest's to answer for, not each step's). `date` is the step's (YYYY-MM-DD), for their age.
 */
export function childrenLeftAlone(
  riders: readonly Rider[],
  before: ConvoyPicture,
  after: ConvoyPicture,
  date: string,
): string[] {
  const already = new Set(childrenWithoutAdult(riders, travellingIn(before), date));
  return childrenWithoutAdult(riders, travellingIn(after), date).filter((id) => !already.has(id));
}
