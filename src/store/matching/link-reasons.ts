// Why each duplicate link's last review decided as it did. The reason is written where the review is
// recorded, the link's audit entry (detail.reason), in the same transaction as its new status, so the
// newest review entry of a link speaks for its status; reviews from before reasons were asked have none.
import { LINK_DECISIONS } from '../../domain/matching';
import type { Executor } from '../executor';

const REVIEW_ACTIONS = LINK_DECISIONS.map((d) => `duplicates.${d}`);

/** The reason of each link's last review, by link id; links never reviewed, or without one, are left out. */
export async function linkReviewReasons(
  db: Executor,
  linkIds: readonly string[],
): Promise<ReadonlyMap<string, string>> {
  const reasons = new Map<string, string>();
  if (linkIds.length === 0) return reasons;
  const rows = await db
    .selectFrom('audit_entry')
    .select(['entity_id', 'detail'])
    .where('action', 'in', REVIEW_ACTIONS)
    .where('entity_type', '=', 'duplicate_link')
    .where('entity_id', 'in', [...new Set(linkIds)])
    .orderBy('seq', 'desc')
    .execute();
  const seen = new Set<string>();
  for (const row of rows) {
    if (row.entity_id === null || seen.has(row.entity_id)) continue;
    seen.add(row.entity_id);
    const reason = reasonIn(row.detail);
    if (reason !== null) reasons.set(row.entity_id, reason);
  }
  return reasons;
}

// The audit log keeps whatever was written; a detail that is not Paso's JSON (verification names the
// row) has no reason to show.
function reasonIn(detail: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || !('reason' in value)) return null;
  return typeof value.reason === 'string' && value.reason !== '' ? value.reason : null;
}
