// One sitting at the booth as plain data: the people registered together (one, or a family or travel
// group), the one being edited, the group's decision and, once sent, what the server did with each.
import type { Direction, NationalId } from '../../../domain/documents';
import type { EventOutcome } from '../../api/types';
import { choiceOf, type DecisionChoice, type Recommendation, recommendedDecision } from './decision';
import { fieldOfIssue, issueOfServer } from './event-issues';
import { type Member, newMember, type ScanRead, withField, withoutZone, withZone } from './member';
import type { BoothIssue, MemberPlan } from './sitting-events';

export type Sitting = {
  readonly members: readonly Member[];
  /** The index of the member whose form is shown. */
  readonly current: number;
  /** The group's id, shared by every member's event when there is more than one. */
  readonly group: string;
  /** The officer's decision for the group; null while it follows the reference person's recommendation. */
  readonly choice: DecisionChoice | null;
  /** Why the group's decision differs from a member's recommendation. */
  readonly reason: string;
  /** The time of the decision, taken at the first send and kept for resends. */
  readonly at: string | null;
  /** Issues found before sending or by the server, by member id. */
  readonly issues: Readonly<Record<string, readonly BoothIssue[]>>;
  /** The server's outcome for each member sent, by member id. */
  readonly outcomes: Readonly<Record<string, EventOutcome>>;
  /** Members whose event waits in the outbox (made offline): the server will have it at the next sync. */
  readonly queued: readonly string[];
};

export function newSitting(newId: () => string): Sitting {
  return {
    members: [newMember(newId())],
    current: 0,
    group: newId(),
    choice: null,
    reason: '',
    at: null,
    issues: {},
    outcomes: {},
    queued: [],
  };
}

/**
 * The group's decision: the officer's, or what the reference person's recommendation pre-selects
 * (docs/documents.md). Null while there is neither: an empty form, or one the rules cannot advise on
 * (no rules on the device, a document they do not know) has no decision until the officer chooses one,
 * and registers nobody before (`decision.required`): nothing is decided for the officer.
 */
export function groupChoiceOf(
  sitting: Sitting,
  reference: Recommendation | undefined,
  direction: Direction,
): DecisionChoice | null {
  if (sitting.choice !== null) return sitting.choice;
  return reference?.ok ? choiceOf(recommendedDecision(reference, direction)) : null;
}

/**
 * The sitting with the officer's decision for the group: "choose a decision" no longer stands, nor,
 * for the members who follow the group, "choose the ground" once the refusal has one (or is no more).
 */
export function withChoice(sitting: Sitting, choice: DecisionChoice): Sitting {
  const hasGround = choice.decision !== 'refused' || choice.refusalGround !== '';
  const following = new Set(sitting.members.filter((m) => m.override === null).map((m) => m.id));
  const stands = (id: string, issue: BoothIssue) =>
    issue.code !== 'decision.required' &&
    !(hasGround && following.has(id) && issue.code === 'refusal.ground-required');
  const issues = Object.fromEntries(
    Object.entries(sitting.issues)
      .map(([id, list]) => [id, list.filter((i) => stands(id, i))] as const)
      .filter(([, list]) => list.length > 0),
  );
  return { ...sitting, choice, issues };
}

function protectedChoice(recommendation: Recommendation, direction: Direction): DecisionChoice | null {
  if (!recommendation.ok || !recommendation.protection) return null;
  const decision = recommendedDecision(recommendation, direction);
  return decision === 'referred-protection' ? choiceOf(decision) : null;
}

/** Each member with their recommendation and the decision that applies to them. */
export function plansOf(
  sitting: Sitting,
  recommendations: readonly Recommendation[],
  direction: Direction,
): MemberPlan[] {
  const group = groupChoiceOf(sitting, recommendations[0], direction);
  return sitting.members.map((member, i) => {
    const recommendation = recommendations[i] ?? { ok: false, reason: 'noRules' };
    // A child flagged for protection does not follow a group's refusal: their own referral stands.
    const own = member.override ?? protectedChoice(recommendation, direction);
    return {
      member,
      recommendation,
      choice: own ?? group,
      reason: member.override?.reason ?? sitting.reason,
      followsGroup: own === null,
    };
  });
}

/**
 * A member is done once the server applied their event (or had it already), or once it waits in the
 * outbox for the network: it is not sent again from this sitting.
 */
export const isSent = (sitting: Sitting, member: Member): boolean => {
  const status = sitting.outcomes[member.id]?.status;
  return status === 'applied' || status === 'duplicate' || sitting.queued.includes(member.id);
};

export const isFinished = (sitting: Sitting): boolean => sitting.members.every((m) => isSent(sitting, m));

/**
 * The sitting with one member changed. An issue shown beside a field goes once that field is changed
 * (typed again, or filled by a document read): what it said is of a value no longer there.
 */
export function withMember(sitting: Sitting, index: number, change: (member: Member) => Member): Sitting {
  const old = sitting.members[index];
  if (old === undefined) return sitting;
  const changed = change(old);
  const members = sitting.members.map((m, i) => (i === index ? changed : m));
  const mine = sitting.issues[old.id];
  if (mine === undefined) return { ...sitting, members };
  const edited = editedFields(old, changed);
  const left = mine.filter((issue) => !edited.has(fieldOfIssue(issue)));
  if (left.length === mine.length) return { ...sitting, members };
  const { [old.id]: _gone, ...others } = sitting.issues;
  return { ...sitting, members, issues: left.length === 0 ? others : { ...others, [old.id]: left } };
}

/** The form fields (and the zone) whose value differs between two versions of a member. */
function editedFields(before: Member, after: Member): ReadonlySet<string> {
  const edited = new Set<string>();
  const a = before.form as Readonly<Record<string, unknown>>;
  const b = after.form as Readonly<Record<string, unknown>>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) if (a[key] !== b[key]) edited.add(key);
  if (before.zone !== after.zone) edited.add('zone');
  // The member's own decision: its refusal's ground is a field of its own.
  if ((before.override?.refusalGround ?? '') !== (after.override?.refusalGround ?? ''))
    edited.add('refusalGround');
  return edited;
}

/**
 * The sitting once the scan field changed. A zone read fills in the member being registered. A field
 * that no longer reads as a zone takes back what the last zone filled in: a swipe cut short, or the
 * field emptied for a new reading ("Nueva lectura"), so the next person is never registered with the
 * previous document. A member already sent stays as sent.
 */
export function withRead(sitting: Sitting, read: ScanRead): Sitting {
  const member = sitting.members[sitting.current];
  if (member === undefined || isSent(sitting, member)) return sitting;
  if (read !== null && read !== 'unreadable')
    return withMember(sitting, sitting.current, (m) => withZone(m, read));
  return member.zone === '' ? sitting : withMember(sitting, sitting.current, withoutZone);
}

/**
 * The sitting with a national number checked at the booth put into the document fields of the member
 * being registered, as the officer would type it (and as a zone's identifier is offered). A member
 * already sent stays as sent.
 */
export function withNationalId(sitting: Sitting, id: Pick<NationalId, 'idType' | 'normalized'>): Sitting {
  const member = sitting.members[sitting.current];
  if (member === undefined || isSent(sitting, member)) return sitting;
  return withMember(sitting, sitting.current, (m) =>
    withField(withField(m, 'documentType', id.idType), 'documentNumber', id.normalized),
  );
}

export function addMember(sitting: Sitting, id: string): Sitting {
  return { ...sitting, members: [...sitting.members, newMember(id)], current: sitting.members.length };
}

/** The sitting without a member; children who travelled with them are left to choose again. */
export function removeMember(sitting: Sitting, index: number): Sitting {
  const gone = sitting.members[index];
  if (gone === undefined || sitting.members.length === 1) return sitting;
  const members = sitting.members
    .filter((_, i) => i !== index)
    .map((m) => (m.travelsWith === gone.id ? { ...m, travelsWith: '' } : m));
  return { ...sitting, members, current: Math.min(sitting.current, members.length - 1) };
}

/** The sitting with the issues found before sending, showing the first member who has any. */
export function withIssues(
  sitting: Sitting,
  issues: Readonly<Record<string, readonly BoothIssue[]>>,
): Sitting {
  const first = sitting.members.findIndex((m) => issues[m.id] !== undefined);
  return { ...sitting, issues, current: first < 0 ? sitting.current : first };
}

/** The sitting with the server's outcomes: what it applied, and each refused event's issues. */
export function withOutcomes(sitting: Sitting, outcomes: readonly EventOutcome[]): Sitting {
  const issues: Record<string, readonly BoothIssue[]> = {};
  for (const o of outcomes) {
    if (o.status === 'problem') issues[o.id] = (o.problem?.errors ?? []).map(issueOfServer);
  }
  return withIssues(
    { ...sitting, outcomes: { ...sitting.outcomes, ...Object.fromEntries(outcomes.map((o) => [o.id, o])) } },
    issues,
  );
}

/** The sitting with events kept in the outbox, to be sent when the network returns. */
export function withQueued(sitting: Sitting, ids: readonly string[]): Sitting {
  return { ...sitting, issues: {}, queued: [...sitting.queued, ...ids] };
}
