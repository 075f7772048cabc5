// The booth's last records of this session as plain data: from the moment they are sent (the officer
// may reload, or go to tally mode and back, before moving on), the people sent stay within reach, each with the decision as it now stands, so that a wrong
// decision found minutes later is corrected from the booth (a correction event) and not left standing,
// and so is a name, a birth date or a document number typed wrong.
import type { EventOutcome } from '../../api/types';
import type { DecisionChoice } from './decision';
import { nameOf } from './member';
import type { RegistrationForm } from './registration';
import { isSent, type Sitting } from './sitting';

export type RecentRecord = {
  /** The crossing event's id, which a correction names. */
  readonly id: string;
  /** '' when no name was given. */
  readonly name: string;
  /** The person's details and document as recorded, or as last corrected from this booth. */
  readonly form: RegistrationForm;
  /** Screening held the person for the supervisor once their details were corrected from this booth. */
  readonly held: boolean;
  /** The decision as recorded, or as last corrected from this booth. */
  readonly choice: DecisionChoice;
  /** When the sitting was sent (UTC). */
  readonly at: string;
  /** The server's answer; null while the record waits in the outbox. */
  readonly outcome: EventOutcome | null;
};

/** How many people the booth keeps within reach: the last few, not a history (the reports have that). */
export const RECENT_LIMIT = 6;

/**
 * The people of a sitting that were sent (applied by the server, or waiting in the outbox), in the
 * sitting's order, each with their decision: `choices` by member, as the sitting planned them, and
 * `corrected` by member id, as corrected since.
 */
export function recentOf(
  sitting: Sitting,
  choices: readonly (DecisionChoice | null)[],
  corrected: Readonly<Record<string, DecisionChoice>>,
): RecentRecord[] {
  if (sitting.at === null) return [];
  const at = sitting.at;
  return sitting.members.flatMap((member, i) => {
    const choice = corrected[member.id] ?? choices[i];
    if (choice === undefined || choice === null || !isSent(sitting, member)) return [];
    const outcome = sitting.outcomes[member.id] ?? null;
    return [{ id: member.id, name: nameOf(member), form: member.form, held: false, choice, at, outcome }];
  });
}

/**
 * The records kept: those just sent first, then the earlier ones, the oldest dropped. A record already
 * kept stays as it is (its decision corrected since, a later answer): a sitting is kept as each of its
 * people is sent, so the same person comes again with the next one sent.
 */
export function withRecent(
  kept: readonly RecentRecord[],
  added: readonly RecentRecord[],
  limit = RECENT_LIMIT,
): RecentRecord[] {
  const known = new Set(kept.map((r) => r.id));
  return [...added.filter((r) => !known.has(r.id)), ...kept].slice(0, limit);
}

/**
 * The records with the answers a later sync brought for those that waited on the device (`outcomeOf`),
 * kept with them: after a reload the sync no longer knows them, and the list would say again that a
 * record sent long ago waits here, and forget a hold screening made. The same list when none is new.
 */
export function withLaterOutcomes(
  kept: readonly RecentRecord[],
  outcomeOf: (id: string) => EventOutcome | undefined,
): readonly RecentRecord[] {
  let changed = false;
  const next = kept.map((r) => {
    const later = r.outcome === null ? outcomeOf(r.id) : undefined;
    if (later === undefined) return r;
    changed = true;
    return { ...r, outcome: later };
  });
  return changed ? next : kept;
}

/** The records with one decision corrected from the booth. */
export function withCorrection(
  kept: readonly RecentRecord[],
  id: string,
  choice: DecisionChoice,
): RecentRecord[] {
  return kept.map((r) => (r.id === id ? { ...r, choice } : r));
}

/**
 * The records with one person's details corrected from the booth: listed by the corrected name, and
 * held when screening the person again as corrected held them.
 */
export function withPersonCorrection(
  kept: readonly RecentRecord[],
  id: string,
  form: RegistrationForm,
  held: boolean,
): RecentRecord[] {
  return kept.map((r) => (r.id === id ? { ...r, form, name: nameOf({ form }), held: r.held || held } : r));
}

/**
 * Whether the booth offers a correction of a record at all: not of one the server refused (there is
 * nothing to correct), nor of a hold by screening (the supervisor's to resolve), at sending or once the details were corrected, as the result shown
 * after sending does. Whether this user may change the decision (an officer's own hold) is the
 * correction's to say.
 */
export function isCorrectable(record: RecentRecord, later: EventOutcome | null): boolean {
  const outcome = record.outcome ?? later;
  return outcome?.status !== 'problem' && outcome?.screening !== 'hold' && !record.held;
}
