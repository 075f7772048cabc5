// The rules of shelter stays: who may be checked in or out, families kept together, beds not
// overfilled; and the recount of occupancy from the stay events alone.
import { err, ok, type Result } from '../shared';
import type { BedKind, Beds, CareError, LookAlikeStaying } from './types';

/** What the store knows of a person the rules ask about. */
export interface CarePerson {
  readonly id: string;
  readonly consented: boolean;
  /** The other members of their family or travel group (crossing `group`), never themselves. */
  readonly family: readonly string[];
  /**
   * A child travelling alone: unaccompanied, or separated from their parents, with a protection
   * referral still open. Such a child sleeps in the beds for children unless a carer says why not.
   */
  readonly childAlone: boolean;
}

export interface CheckInFacts {
  readonly people: ReadonlyMap<string, CarePerson>;
  /** Where each person the rules ask about is staying now (shelter id), if anywhere. */
  readonly stayingAt: ReadonlyMap<string, string>;
  readonly beds: Beds;
  readonly occupied: Readonly<Record<BedKind, number>>;
  /** People staying at a shelter whose records may be those named (duplicate links not rejected). */
  readonly lookAlikes?: readonly LookAlikeStaying[];
}

export interface CheckInRequest {
  readonly shelterId: string;
  readonly bedKind: BedKind;
  readonly personIds: readonly string[];
  /** Check in only those named, though their family stays elsewhere or is not named. */
  readonly allowSplit: boolean;
  /** Why a child travelling alone is placed in beds not meant for children (with a relative, say). */
  readonly childPlacementReason?: string | undefined;
  /** The carer checked that those named are not the look-alikes staying at a shelter. */
  readonly allowPossibleDuplicate?: boolean | undefined;
}

const problem = (code: CareError['code'], detail: string, ids?: readonly string[]): CareError => ({
  code,
  detail,
  ...(ids && ids.length > 0 ? { ids } : {}),
});

/** Everyone the rules must know about for a check-in: those named and their families. */
export function peopleConcerned(personIds: readonly string[], people: ReadonlyMap<string, CarePerson>) {
  const all = new Set(personIds);
  for (const id of personIds) for (const member of people.get(id)?.family ?? []) all.add(member);
  return [...all];
}

/**
 * A check-in is refused, in this order, when: someone is not registered; someone has not consented to
 * care by humanitarian partners; someone is already in a shelter; someone may be, under another record
 * that looks alike, a person staying at a shelter, unless the carer checked; a family member is left out (staying
 * elsewhere or not named) without allowSplit; a child travelling alone would go to beds other than the
 * children's without a reason; the beds of the kind asked for would be more than full.
 */
export function decideCheckIn(
  request: CheckInRequest,
  facts: CheckInFacts,
): Result<readonly string[], CareError> {
  const ids = [...new Set(request.personIds)];
  const unknown = ids.filter((id) => !facts.people.has(id));
  if (unknown.length > 0)
    return err(problem('care.unknown-person', 'No registered person has this id.', unknown));
  const refusing = ids.filter((id) => facts.people.get(id)?.consented !== true);
  if (refusing.length > 0) {
    return err(
      problem('care.no-consent', 'Only people who consented to humanitarian care are checked in.', refusing),
    );
  }
  const inside = ids.filter((id) => facts.stayingAt.has(id));
  if (inside.length > 0) {
    return err(problem('care.already-in-shelter', 'Check them out of their shelter first.', inside));
  }
  // One person, two records not yet merged: a second bed is not given quietly.
  if (!request.allowPossibleDuplicate) {
    const lookAlikes = lookAlikesToAsk(ids, facts.lookAlikes ?? [], facts.people);
    if (lookAlikes.length > 0) {
      return err({
        ...problem(
          'care.possible-duplicate',
          'Someone staying at a shelter may be the same person under another record: check, and say so to check them in.',
          [...new Set(lookAlikes.map((l) => l.personId))],
        ),
        lookAlikes,
      });
    }
  }
  if (!request.allowSplit) {
    const named = new Set(ids);
    const left = peopleConcerned(ids, facts.people).filter((id) => !named.has(id));
    const elsewhere = left.filter(
      (id) => facts.stayingAt.has(id) && facts.stayingAt.get(id) !== request.shelterId,
    );
    const missing = left.filter((id) => !facts.stayingAt.has(id));
    if (elsewhere.length > 0 || missing.length > 0) {
      return err(
        problem(
          'care.family-split',
          elsewhere.length > 0
            ? 'Part of this family stays at another shelter; say so explicitly to split it.'
            : 'Check the whole family in together, or say so explicitly to split it.',
          [...elsewhere, ...missing],
        ),
      );
    }
  }
  // A child alone is not put quietly among adults or other families: the children's beds are theirs,
  // and placing them elsewhere is a carer's decision, with its reason kept in the audit.
  if (request.bedKind !== 'children' && request.childPlacementReason === undefined) {
    const children = ids.filter((id) => facts.people.get(id)?.childAlone === true);
    if (children.length > 0) {
      return err(
        problem(
          'care.child-alone',
          `A child travelling alone is checked in at children's beds, or at ${request.bedKind} beds with a reason.`,
          children,
        ),
      );
    }
  }
  const free = facts.beds[request.bedKind] - facts.occupied[request.bedKind];
  if (ids.length > free) {
    return err(
      problem(
        'care.over-capacity',
        `${ids.length} people, ${Math.max(0, free)} free ${request.bedKind} beds: add beds or choose another kind.`,
      ),
    );
  }
  return ok(ids);
}

/**
 * The look-alikes a check-in of `ids` must ask about: those of the people checked in, other than one
 * another and their own family (a family's members look alike by name and were told apart by being
 * registered together).
 */
export function lookAlikesToAsk(
  ids: readonly string[],
  lookAlikes: readonly LookAlikeStaying[],
  people: ReadonlyMap<string, CarePerson>,
): LookAlikeStaying[] {
  return lookAlikes.filter(
    (l) =>
      ids.includes(l.personId) &&
      !ids.includes(l.stayingId) &&
      !(people.get(l.personId)?.family ?? []).includes(l.stayingId),
  );
}

/** A check-out is refused when someone named is not staying at a shelter now. */
export function decideCheckOut(
  personIds: readonly string[],
  stayingAt: ReadonlyMap<string, string>,
): Result<readonly string[], CareError> {
  const ids = [...new Set(personIds)];
  const outside = ids.filter((id) => !stayingAt.has(id));
  if (outside.length > 0)
    return err(problem('care.not-checked-in', 'They are not checked in at any shelter.', outside));
  return ok(ids);
}

/** New beds are refused below the people sleeping in them. */
export function decideBeds(beds: Beds, occupied: Readonly<Record<BedKind, number>>): Result<Beds, CareError> {
  const short = (Object.keys(beds) as BedKind[]).filter((kind) => beds[kind] < occupied[kind]);
  if (short.length > 0) {
    return err(
      problem('care.beds-below-occupancy', `Fewer ${short.join(', ')} beds than people in them.`, short),
    );
  }
  return ok(beds);
}

/** A stay event as stored: one person checked in or out of a shelter's bed kind. */
export interface StayEvent {
  readonly kind: 'check-in' | 'check-out';
  readonly personId: string;
  readonly shelterId: string;
  readonly bedKind: BedKind;
  /** UTC, ISO 8601. */
  readonly at: string;
  /** The order events were recorded in. */
  readonly seq: number;
}

/**
 * Occupancy recounted from the events: each check-out ends exactly one stay at the same shelter and
 * bed kind, so the people in each bed kind are its check-ins less its check-outs, whatever the order.
 */
export function recountOccupancy(events: Iterable<Pick<StayEvent, 'kind' | 'shelterId' | 'bedKind'>>) {
  const out = new Map<string, number>();
  for (const e of events) {
    const key = `${e.shelterId}|${e.bedKind}`;
    out.set(key, (out.get(key) ?? 0) + (e.kind === 'check-in' ? 1 : -1));
  }
  return out;
}
