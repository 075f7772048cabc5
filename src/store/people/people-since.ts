// On PostgreSQL, the people committed since a server last looked, by transaction snapshot: each person
// row keeps the transaction that made it (`created_xid`, migration 0029, indexed), and a look reads the
// people of the transactions its previous look could not see (then in progress, or begun after) and
// nothing else. A transaction that commits late, a writer whose clock is behind: both are read once,
// when committed, with no window of creation times to read again (decision 0020).
import { sql } from 'kysely';
import type { Executor } from '../executor';
import { type PersonForMatching, peopleWithDocuments, toPersonForMatching } from './registrations';

/** What a look saw: every person of a transaction committed by then, but those of `unseen`. */
export interface PeopleMark {
  /** PostgreSQL's xmax: transactions from this one on had not ended (pg_current_snapshot). */
  readonly xmax: string;
  /** Transactions before xmax still in progress then (and the looking one's own, not yet committed). */
  readonly unseen: readonly string[];
}

interface Snapshot extends PeopleMark {
  readonly own: string | null;
}

async function snapshotNow(db: Executor): Promise<Snapshot> {
  const { rows } = await sql<{ snapshot: string; own: string | null }>`
    SELECT pg_current_snapshot()::text AS snapshot, pg_current_xact_id_if_assigned()::text AS own`.execute(
    db,
  );
  const row = rows[0];
  if (!row) throw new Error('pg_current_snapshot() gave no row');
  // xmin:xmax:xip,xip,… (https://www.postgresql.org/docs/current/functions-info.html#FUNCTIONS-PG-SNAPSHOT-PARTS)
  const [, xmax = '', xip = ''] = row.snapshot.split(':');
  const inProgress = xip === '' ? [] : xip.split(',');
  // A transaction never lists itself as in progress: one that has written is counted unseen, so that
  // what it writes is read once it has committed, and never before (it may yet roll back).
  return { xmax, unseen: row.own === null ? inProgress : [...inProgress, row.own], own: row.own };
}

/** Where a server that reads every person after this starts its looks (before that read, at start). */
export async function peopleMarkNow(db: Executor): Promise<PeopleMark> {
  const { xmax, unseen } = await snapshotNow(db);
  return { xmax, unseen };
}

/**
 * The people committed since `since` was taken and the mark of this look. Each transaction's people are
 * read once: those of a transaction `since` counted unseen, or begun from its xmax on and ended before
 * this look's xmax (later ones, the next look reads). Index probes, however many people there are.
 */
export async function peopleCommittedSince(
  db: Executor,
  since: PeopleMark,
): Promise<{ readonly people: PersonForMatching[]; readonly mark: PeopleMark }> {
  // Taken before the read: whatever the read sees beyond it (committed meanwhile) is read again next
  // time, never lost.
  const now = await snapshotNow(db);
  const xid = sql.ref('person.created_xid');
  let query = peopleWithDocuments(db).where(
    sql<boolean>`(${xid} = ANY(${[...since.unseen]}::xid8[])
      OR (${xid} >= ${since.xmax}::xid8 AND ${xid} < ${now.xmax}::xid8))`,
  );
  if (now.own !== null) query = query.where(sql<boolean>`${xid} <> ${now.own}::xid8`);
  const rows = await query.execute();
  return { people: rows.map(toPersonForMatching), mark: { xmax: now.xmax, unseen: now.unseen } };
}
