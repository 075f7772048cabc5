// Protection referrals opened as events are applied, in the transaction that applies them:
// - a child's need (alone, or with an adult who is not a parent or guardian), when the crossing arrives;
// - the booth's decision `referred-protection` (asylum, refuge, a risk of trafficking), whenever a
//   crossing comes to bear it: on arrival, or by a correction (a held person a supervisor refers, one
//   member's decision changed in a group, a correction that arrived before its crossing).
// One referral an event: a child already referred keeps the child's reason, and a decision changed away
// and back opens none again. A referral stays open when the decision is changed later or the crossing
// voided: someone may already be on the case, and the humanitarian side closes it with a note.
import type { ReferralReason } from '../../domain/crossings';
import type { Executor } from '../executor';
import { insertMany } from '../insert-many';
import { chunks } from './state';

export interface ReferralToOpen {
  readonly eventId: string;
  readonly checkpointId: string;
  /** The crossing's time: the queue lists open referrals by it. */
  readonly arrivedAt: string;
  readonly reason: ReferralReason;
}

/**
 * The referrals for crossings now referred to protection by their decision, less those that have one
 * (a child's, or one opened before) or are given one in this batch. Only the crossings stored before
 * this batch (`isNew` false) are looked up: a crossing stored by it has no referral yet.
 */
export async function decisionReferrals(
  tx: Executor,
  referred: readonly { readonly id: string; readonly checkpointId: string; readonly at: string }[],
  openingNow: readonly ReferralToOpen[],
  isNew: (eventId: string) => boolean,
): Promise<ReferralToOpen[]> {
  const opening = new Set(openingNow.map((r) => r.eventId));
  const candidates = referred.filter((r) => !opening.has(r.id));
  const existing = await withReferral(
    tx,
    candidates.filter((r) => !isNew(r.id)).map((r) => r.id),
  );
  return candidates
    .filter((r) => !existing.has(r.id))
    .map((r) => ({
      eventId: r.id,
      checkpointId: r.checkpointId,
      arrivedAt: r.at,
      reason: 'referred-protection',
    }));
}

/** Of these events, those that have a referral already. */
export async function withReferral(tx: Executor, eventIds: readonly string[]): Promise<Set<string>> {
  const existing = new Set<string>();
  for (const part of chunks(eventIds, 500)) {
    const rows = await tx
      .selectFrom('protection_referral')
      .select('event_id')
      .where('event_id', 'in', part)
      .execute();
    for (const r of rows) existing.add(r.event_id);
  }
  return existing;
}

export async function openReferrals(
  tx: Executor,
  referrals: readonly ReferralToOpen[],
  ctx: { readonly now: string; readonly newId: () => string },
): Promise<void> {
  await insertMany(
    tx,
    'protection_referral',
    referrals.map((r) => ({
      id: ctx.newId(),
      event_id: r.eventId,
      checkpoint_id: r.checkpointId,
      reason: r.reason,
      status: 'open',
      created_at: ctx.now,
      arrived_at: r.arrivedAt,
      closed_at: null,
      closed_by: null,
      note: null,
    })),
  );
}
