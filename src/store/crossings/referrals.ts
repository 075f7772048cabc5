// Protection referrals: the queue of open ones and the list of closed ones, by checkpoint, reason or
// the person's name, counted and paged by their index, and the one write a referral gets: closing it.
import { sql } from 'kysely';
import type { Executor } from '../executor';
import { type NameColumns, nameHasWord, nameSearchWords } from '../people';
import { type Companion, companionsOf } from './companions';
import { type EventFields, readFields } from './event-fields';
import type { CheckpointRef } from './views';

export type ReferralStatus = 'open' | 'closed';

export interface ReferralRecord {
  readonly id: string;
  readonly eventId: string;
  readonly status: string;
  readonly reason: string;
  readonly createdAt: string;
  readonly closedAt: string | null;
  /** Who closed it, by the name their account shows; null while open. */
  readonly closedBy: string | null;
  readonly note: string | null;
  readonly checkpoint: CheckpointRef;
  readonly boothCode: string | null;
  /** When the person crossed (the event's time). */
  readonly at: string;
  readonly fields: EventFields;
  /** The adult the crossing names as the one the child travels with, when that crossing is stored. */
  readonly companion: Companion | null;
}

/** Which referrals a list or a count takes. */
export interface ReferralFilter {
  readonly status: ReferralStatus;
  readonly checkpointId?: string;
  /** Only the referrals opened for this reason (a child alone, a child separated, the decision). */
  readonly reason?: string;
  /** Part of the person's name as registered: each word in a given name or a surname (nameHasWord). */
  readonly name?: string;
}

const REFERRAL_PERSON_NAMES: NameColumns = {
  givenNames: 'p.given_names',
  surname1: 'p.surname1',
  surname2: 'p.surname2',
  nameKey: 'p.name_key',
};

// How a name search finds referrals. `queue` walks the queue in order, looking up each one's person: a
// page of a common name in milliseconds, but a name nobody has walks them all. `people` reads the person
// table once, then their crossings by index: half a second whatever the name, as a count needs.
type NameSearch = 'queue' | 'people';

function referralsWhere(db: Executor, filter: Partial<ReferralFilter>, search: NameSearch) {
  let query = db.selectFrom('protection_referral as pr');
  // A literal, not a parameter: SQLite takes the index of closed referrals only for the literal.
  if (filter.status !== undefined) query = query.where('pr.status', '=', sql.lit(filter.status));
  if (filter.checkpointId !== undefined) query = query.where('pr.checkpoint_id', '=', filter.checkpointId);
  if (filter.reason !== undefined) query = query.where('pr.reason', '=', filter.reason);
  const words = nameSearchWords(filter.name ?? '');
  if (words.length === 0) return query;
  const conditions = words.map((word) => nameHasWord(word, REFERRAL_PERSON_NAMES));
  if (search === 'people') {
    const people = db
      .selectFrom('person as p')
      .select('p.id')
      .where((eb) => eb.and(conditions.map((holds) => holds(eb))));
    return query.where(
      'pr.event_id',
      'in',
      db.selectFrom('crossing_event as pe').select('pe.id').where('pe.person_id', 'in', people),
    );
  }
  return query.where((eb) =>
    eb.exists(
      eb
        .selectFrom('crossing_event as pe')
        .innerJoin('person as p', 'p.id', 'pe.person_id')
        .select('p.id')
        .whereRef('pe.id', '=', 'pr.event_id')
        .where((person) => person.and(conditions.map((holds) => holds(person)))),
    ),
  );
}

function referralQuery(db: Executor, filter: Partial<ReferralFilter> = {}) {
  return referralsWhere(db, filter, 'queue')
    .innerJoin('crossing_event as ce', 'ce.id', 'pr.event_id')
    .innerJoin('checkpoint as c', 'c.id', 'pr.checkpoint_id')
    .leftJoin('event_state as es', 'es.event_id', 'pr.event_id')
    .leftJoin('booth as b', 'b.id', 'ce.booth_id')
    .leftJoin('app_user as cu', 'cu.id', 'pr.closed_by')
    .select([
      'pr.id',
      'pr.event_id',
      'pr.status',
      'pr.reason',
      'pr.created_at',
      'pr.closed_at',
      'cu.display_name as closed_by_name',
      'pr.note',
      'c.id as checkpoint_id',
      'c.code as checkpoint_code',
      'c.name as checkpoint_name',
      'c.time_zone',
      'b.code as booth_code',
      'ce.at',
      'ce.body',
      'es.fields',
    ]);
}

type ReferralRow = Awaited<ReturnType<ReturnType<typeof referralQuery>['execute']>>[number];

async function withCompanions(db: Executor, rows: readonly ReferralRow[]): Promise<ReferralRecord[]> {
  const referrals = rows.map(toReferral);
  const companions = await companionsOf(db, referrals);
  return referrals.map((r) => {
    const adult = typeof r.fields.travelsWith === 'string' ? companions.get(r.fields.travelsWith) : undefined;
    return adult === undefined ? r : { ...r, companion: adult };
  });
}

const toReferral = (r: ReferralRow): ReferralRecord => ({
  id: r.id,
  eventId: r.event_id,
  status: r.status,
  reason: r.reason,
  createdAt: r.created_at,
  closedAt: r.closed_at,
  closedBy: r.closed_by_name,
  note: r.note,
  checkpoint: {
    id: r.checkpoint_id,
    code: r.checkpoint_code,
    name: r.checkpoint_name,
    timeZone: r.time_zone,
  },
  boothCode: r.booth_code,
  at: r.at,
  fields: readFields(r.fields, r.body, r.event_id),
  companion: null,
});

/**
 * Protection referrals by status: open ones by the person's arrival, earliest first (the longest
 * waiting on top, also when a booth that worked offline sent its crossings hours later), closed
 * ones most recently closed first; optionally at one checkpoint only, or of people by name.
 * `limit` of them after the first `skip` in that order: a page of the queue.
 */
export async function listReferrals(
  db: Executor,
  filter: ReferralFilter,
  limit: number,
  skip = 0,
): Promise<ReferralRecord[]> {
  return withCompanions(db, await referralPageQuery(db, filter, limit, skip).execute());
}

/** The query of a page of referrals, in the order of their index (0024): no sort of them all. */
export function referralPageQuery(db: Executor, filter: ReferralFilter, limit: number, skip = 0) {
  const query = referralQuery(db, filter);
  const ordered =
    filter.status === 'open'
      ? query.orderBy('pr.arrived_at').orderBy('pr.id')
      : query.orderBy('pr.closed_at', 'desc').orderBy('pr.id', 'desc');
  return ordered.limit(limit).offset(skip);
}

/** How many referrals the filter takes, however many a list shows. */
export async function countReferrals(db: Executor, filter: ReferralFilter): Promise<number> {
  const row = await referralCountQuery(db, filter).executeTakeFirst();
  return Number(row?.n ?? 0);
}

export function referralCountQuery(db: Executor, filter: ReferralFilter) {
  return referralsWhere(db, filter, 'people').select((eb) => eb.fn.countAll<number | string>().as('n'));
}

export async function findReferral(db: Executor, id: string): Promise<ReferralRecord | null> {
  const row = await referralQuery(db).where('pr.id', '=', id).executeTakeFirst();
  return row ? ((await withCompanions(db, [row]))[0] ?? null) : null;
}

/** Closes an open referral; false when it was not open (closed meanwhile, or no such referral). */
export async function closeReferral(
  tx: Executor,
  id: string,
  close: { readonly by: string; readonly at: string; readonly note: string },
): Promise<boolean> {
  const result = await tx
    .updateTable('protection_referral')
    .set({ status: 'closed', closed_at: close.at, closed_by: close.by, note: close.note })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
