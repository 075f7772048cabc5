// The supervisor's two queues: screening hits (a registered person resembles a watchlist entry) and
// duplicate links (two records may be one person). Reviews change a status and are reversible where
// the issue asks: a merge can be undone (merges.ts), and every original record stays.
import type { Selectable } from 'kysely';
import { type MatchExplanation, MatchExplanationSchema } from '../../domain/matching';
import type { Executor } from '../executor';
import { insertMany } from '../insert-many';
import type { DuplicateLinkTable, ScreeningHitTable } from '../schema';
import { readStoredJson } from '../stored-json';

export type HitStatus = 'open' | 'confirmed' | 'dismissed';
export type LinkStatus = 'candidate' | 'confirmed' | 'rejected' | 'merged' | 'unmerged';

export interface NewHit {
  readonly id: string;
  readonly registrationId: string;
  readonly personId: string;
  readonly watchlistEntryId: string;
  readonly score: number;
  readonly explanation: MatchExplanation;
  readonly modelVersion: string;
  readonly createdAt: string;
}

export interface HitRecord extends NewHit {
  readonly status: HitStatus;
  readonly reviewedBy: string | null;
  readonly reviewedAt: string | null;
  readonly reviewNote: string | null;
}

export interface NewLink {
  readonly id: string;
  readonly personId: string;
  readonly otherPersonId: string;
  readonly score: number;
  readonly explanation: MatchExplanation;
  readonly modelVersion: string;
  readonly source: 'booth' | 'batch';
  readonly createdAt: string;
}

export interface LinkRecord extends NewLink {
  readonly status: LinkStatus;
  readonly reviewedBy: string | null;
  readonly reviewedAt: string | null;
}

export async function insertHits(tx: Executor, hits: readonly NewHit[]): Promise<void> {
  if (hits.length === 0) return;
  await tx
    .insertInto('screening_hit')
    .values(
      hits.map((h) => ({
        id: h.id,
        registration_id: h.registrationId,
        person_id: h.personId,
        watchlist_entry_id: h.watchlistEntryId,
        score: h.score,
        explanation: JSON.stringify(h.explanation),
        model_version: h.modelVersion,
        status: 'open',
        reviewed_by: null,
        reviewed_at: null,
        review_note: null,
        created_at: h.createdAt,
      })),
    )
    .execute();
}

// Rows as the schema describes them; a link is read without its merge bookkeeping.
type HitRow = Selectable<ScreeningHitTable>;

const toHit = (r: HitRow): HitRecord => ({
  id: r.id,
  registrationId: r.registration_id,
  personId: r.person_id,
  watchlistEntryId: r.watchlist_entry_id,
  score: r.score,
  explanation: readStoredJson(r.explanation, MatchExplanationSchema, {
    table: 'screening_hit',
    column: 'explanation',
    key: r.id,
  }),
  modelVersion: r.model_version,
  createdAt: r.created_at,
  status: r.status as HitStatus,
  reviewedBy: r.reviewed_by,
  reviewedAt: r.reviewed_at,
  reviewNote: r.review_note,
});

export async function listHits(db: Executor, status: HitStatus, limit: number): Promise<HitRecord[]> {
  const rows = await db
    .selectFrom('screening_hit')
    .selectAll()
    .where('status', '=', status)
    .orderBy('created_at', status === 'open' ? 'asc' : 'desc')
    .limit(limit)
    .execute();
  return rows.map(toHit);
}

/** How many hits are in this state: what the review queue says waits, beyond the ones it lists. */
export async function countHits(db: Executor, status: HitStatus): Promise<number> {
  const row = await db
    .selectFrom('screening_hit')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('status', '=', status)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findHit(db: Executor, id: string): Promise<HitRecord | undefined> {
  const row = await db.selectFrom('screening_hit').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toHit(row);
}

export async function reviewHit(
  tx: Executor,
  id: string,
  review: { status: Exclude<HitStatus, 'open'>; by: string; at: string; note: string | null },
): Promise<void> {
  await tx
    .updateTable('screening_hit')
    .set({ status: review.status, reviewed_by: review.by, reviewed_at: review.at, review_note: review.note })
    .where('id', '=', id)
    .execute();
}

export async function countOpenHitsOf(
  db: Executor,
  registrationId: string,
): Promise<{ open: number; confirmed: number }> {
  const rows = await db
    .selectFrom('screening_hit')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('registration_id', '=', registrationId)
    .groupBy('status')
    .execute();
  const count = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
  return { open: count('open'), confirmed: count('confirmed') };
}

/** The watchlist entries each of these registrations has a hit on that is still open or confirmed. */
export async function pendingHitEntries(
  db: Executor,
  registrationIds: readonly string[],
): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  if (registrationIds.length === 0) return out;
  const rows = await db
    .selectFrom('screening_hit')
    .select(['registration_id', 'watchlist_entry_id'])
    .where('registration_id', 'in', registrationIds)
    .where('status', 'in', ['open', 'confirmed'])
    .execute();
  for (const r of rows) {
    const entries = out.get(r.registration_id) ?? new Set<string>();
    entries.add(r.watchlist_entry_id);
    out.set(r.registration_id, entries);
  }
  return out;
}

// Links are stored with the two ids in a fixed order, so one pair has one link whoever found it.
const ordered = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

// An explanation's left side is the person the link was found for; stored the other way round, its
// sides change places with the ids, so that each record's values stay under that record.
function mirrored(e: MatchExplanation): MatchExplanation {
  return { ...e, comparisons: e.comparisons.map((c) => ({ ...c, left: c.right, right: c.left })) };
}

// Returns the links that were new; a pair linked before (or twice in `links`) is left as it is. A
// booth batch brings thousands of links: the pairs already stored are read and the new ones written
// in a few statements, not one query and one insert per link.
export async function insertLinks(tx: Executor, links: readonly NewLink[]): Promise<NewLink[]> {
  const byPair = new Map<string, NewLink>();
  for (const given of links) {
    const swap = given.otherPersonId < given.personId;
    const link = swap ? { ...given, explanation: mirrored(given.explanation) } : given;
    const [a, b] = ordered(link.personId, link.otherPersonId);
    const pair = `${a} ${b}`;
    if (a === b || byPair.has(pair)) continue;
    byPair.set(pair, { ...link, personId: a, otherPersonId: b });
  }
  const stored = await storedPairs(tx, [...new Set([...byPair.values()].map((l) => l.personId))]);
  const fresh = [...byPair].flatMap(([pair, link]) => (stored.has(pair) ? [] : [link]));
  await insertMany(
    tx,
    'duplicate_link',
    fresh.map((link) => ({
      id: link.id,
      person_id: link.personId,
      other_person_id: link.otherPersonId,
      score: link.score,
      explanation: JSON.stringify(link.explanation),
      model_version: link.modelVersion,
      source: link.source,
      status: 'candidate',
      merged_ids: null,
      reviewed_by: null,
      reviewed_at: null,
      created_at: link.createdAt,
    })),
  );
  return fresh;
}

// The linked pairs whose first id is one of these, as "first second".
async function storedPairs(tx: Executor, firstIds: readonly string[]): Promise<Set<string>> {
  const pairs = new Set<string>();
  for (let i = 0; i < firstIds.length; i += 500) {
    const rows = await tx
      .selectFrom('duplicate_link')
      .select(['person_id', 'other_person_id'])
      .where('person_id', 'in', firstIds.slice(i, i + 500))
      .execute();
    for (const r of rows) pairs.add(`${r.person_id} ${r.other_person_id}`);
  }
  return pairs;
}

type LinkRow = Omit<Selectable<DuplicateLinkTable>, 'merged_ids'>;

const toLink = (r: LinkRow): LinkRecord => ({
  id: r.id,
  personId: r.person_id,
  otherPersonId: r.other_person_id,
  score: r.score,
  explanation: readStoredJson(r.explanation, MatchExplanationSchema, {
    table: 'duplicate_link',
    column: 'explanation',
    key: r.id,
  }),
  modelVersion: r.model_version,
  source: r.source === 'batch' ? 'batch' : 'booth',
  createdAt: r.created_at,
  status: r.status as LinkStatus,
  reviewedBy: r.reviewed_by,
  reviewedAt: r.reviewed_at,
});

const LINK_COLUMNS = [
  'id',
  'person_id',
  'other_person_id',
  'score',
  'explanation',
  'model_version',
  'source',
  'status',
  'reviewed_by',
  'reviewed_at',
  'created_at',
] as const;

export async function listLinks(
  db: Executor,
  statuses: readonly LinkStatus[],
  limit: number,
): Promise<LinkRecord[]> {
  const rows = await db
    .selectFrom('duplicate_link')
    .select(LINK_COLUMNS)
    .where('status', 'in', statuses)
    .orderBy('score', 'desc')
    .orderBy('created_at')
    .limit(limit)
    .execute();
  return rows.map(toLink);
}

/** How many links are in this state, as countHits. */
export async function countLinks(db: Executor, status: LinkStatus): Promise<number> {
  const row = await db
    .selectFrom('duplicate_link')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('status', '=', status)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findLink(db: Executor, id: string): Promise<LinkRecord | undefined> {
  const row = await db
    .selectFrom('duplicate_link')
    .select(LINK_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toLink(row);
}

export async function setLinkStatus(
  tx: Executor,
  id: string,
  status: LinkStatus,
  by: string,
  at: string,
  mergedIds?: readonly string[] | null,
): Promise<void> {
  await tx
    .updateTable('duplicate_link')
    .set({
      status,
      reviewed_by: by,
      reviewed_at: at,
      ...(mergedIds !== undefined && { merged_ids: mergedIds === null ? null : JSON.stringify(mergedIds) }),
    })
    .where('id', '=', id)
    .execute();
}
