// On PostgreSQL, the people committed since a server last looked, by transaction snapshot: each person
// row keeps the transaction that made it (`created_xid`, migration 0029) and the one that last corrected
// it (`corrected_xid`, migration 0030), both indexed, and a look reads the people of the transactions its
// previous look could not see (then in progress, or begun after) and nothing else. A transaction that
// commits late, a writer whose clock is behind: both are read once, when committed, with no window of
// creation or correction times to read again (decisions 0020, 0022).
import { type RawBuilder, sql } from 'kysely';
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

// The rows whose transaction in `column` `since` could not see and `now` can: those `since` counted
// unseen, or begun from its xmax on and ended before now's xmax (later ones, the next look reads).
function committedBetween(
  column: 'created_xid' | 'corrected_xid',
  since: PeopleMark,
  now: PeopleMark,
): RawBuilder<boolean> {
  const xid = sql.ref(`person.${column}`);
  return sql<boolean>`(${xid} = ANY(${[...since.unseen]}::xid8[])
      OR (${xid} >= ${since.xmax}::xid8 AND ${xid} < ${now.xmax}::xid8))`;
}

/** What one look read: the people made and the people corrected since `since`, and its own mark. */
export interface PeopleCommitted {
  readonly people: PersonForMatching[];
  /** As now corrected; a person made and corrected since `since` is in both. */
  readonly corrected: PersonForMatching[];
  readonly mark: PeopleMark;
}

/**
 * The people committed since `since` was taken, those corrected since, and the mark of this look. Each
 * transaction's people, and each transaction's corrections, are read once. Index probes (by the
 * transaction that made a person, and by the one that last corrected them), however many people there are.
 */
export async function peopleCommittedSince(db: Executor, since: PeopleMark): Promise<PeopleCommitted> {
  // Taken before the reads: whatever they see beyond it (committed meanwhile) is read again next
  // time, never lost.
  const now = await snapshotNow(db);
  // Inside a transaction that has written, a look reads nothing and the next starts where this one
  // would have: what it wrote may yet roll back, and a person it corrected hides, until then, the
  // correction another transaction made before (read from the row, it would be lost with a rollback).
  if (now.own !== null) return { people: [], corrected: [], mark: since };
  const made = await peopleWithDocuments(db)
    .where(committedBetween('created_xid', since, now))
    .execute();
  // A person corrected again after this read is read again by the next look, as then corrected.
  const corrected = await peopleWithDocuments(db)
    .where(committedBetween('corrected_xid', since, now))
    .execute();
  return {
    people: made.map(toPersonForMatching),
    corrected: corrected.map(toPersonForMatching),
    mark: { xmax: now.xmax, unseen: now.unseen },
  };
}
