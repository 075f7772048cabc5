// Incidents and the log of their updates. An incident row holds its current state; every change to
// it is a new log entry written in the same transaction (the log is append-only).
import {
  type CheckedIncident,
  INCIDENT_KINDS,
  INCIDENT_STATUSES,
  type IncidentChange,
  type IncidentKind,
  type IncidentStatus,
  SEVERITIES,
  type Severity,
} from '../../domain/situation';
import type { Executor } from '../executor';
import { insertOnce } from '../insert-once';
import { storedChoice } from '../stored-choice';
import { CHECKPOINT_COLUMNS, type PlaceRef, placeOf, type UserRef, userOf } from './refs';

export interface NewIncident extends CheckedIncident {
  readonly id: string;
  readonly title: string;
  readonly description: string | null;
  /** Whether the reporter shared the description with humanitarian partners; not, unless said. */
  readonly descriptionShared?: boolean;
  readonly checkpointId: string | null;
  readonly reportedBy: string | null;
  readonly reportedAt: string;
  /** The id of the log's first entry, the opening. */
  readonly openingId: string;
  readonly demo?: boolean;
}

export interface IncidentUpdateRecord {
  readonly id: string;
  readonly at: string;
  readonly by: UserRef | null;
  readonly note: string | null;
  /** Whether its writer shared the note with humanitarian partners (false for entries before 0028). */
  readonly noteShared: boolean;
  /** From null on the opening entry. */
  readonly status: { readonly from: IncidentStatus | null; readonly to: IncidentStatus } | null;
  readonly severity: { readonly from: Severity | null; readonly to: Severity } | null;
}

export interface IncidentRecord {
  readonly id: string;
  readonly kind: IncidentKind;
  readonly title: string;
  readonly description: string | null;
  /** Whether the reporter shared the description with humanitarian partners. */
  readonly descriptionShared: boolean;
  readonly latitude: number;
  readonly longitude: number;
  readonly checkpoint: PlaceRef | null;
  readonly severity: Severity;
  readonly status: IncidentStatus;
  readonly occurredAt: string;
  readonly reportedAt: string;
  readonly reporter: UserRef | null;
  readonly updatedAt: string;
  readonly closedAt: string | null;
}

export interface IncidentWithLog extends IncidentRecord {
  /** Oldest first: the opening, then each update. */
  readonly updates: readonly IncidentUpdateRecord[];
}

const kindOf = (v: string): IncidentKind => storedChoice(INCIDENT_KINDS, v, 'other');
const statusOf = (v: string | null): IncidentStatus => storedChoice(INCIDENT_STATUSES, v, 'open');
const severityOf = (v: string | null): Severity => storedChoice(SEVERITIES, v, 'medium');

function selectIncidents(db: Executor) {
  return db
    .selectFrom('incident as i')
    .leftJoin('checkpoint as c', 'c.id', 'i.checkpoint_id')
    .leftJoin('app_user as u', 'u.id', 'i.reported_by')
    .selectAll('i')
    .select([...CHECKPOINT_COLUMNS, 'u.display_name as reporter_name']);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectIncidents>['execute']>>[number];

function recordOf(r: Row): IncidentRecord {
  return {
    id: r.id,
    kind: kindOf(r.kind),
    title: r.title,
    description: r.description,
    descriptionShared: r.description !== null && Number(r.description_shared) === 1,
    latitude: Number(r.latitude),
    longitude: Number(r.longitude),
    checkpoint: r.checkpoint_id === null ? null : placeOf(r.checkpoint_id, r),
    severity: severityOf(r.severity),
    status: statusOf(r.status),
    occurredAt: r.occurred_at,
    reportedAt: r.reported_at,
    reporter: userOf(r.reported_by, r.reporter_name),
    updatedAt: r.updated_at,
    closedAt: r.closed_at,
  };
}

/** Opens an incident with its first log entry. False when the id is taken (a resend): nothing changes. */
export async function insertIncident(tx: Executor, i: NewIncident): Promise<boolean> {
  // Nothing to share without a text: the flag is kept only with one.
  const shared = i.description !== null && i.descriptionShared === true ? 1 : 0;
  const opened = await insertOnce(tx, 'incident', 'id', {
    id: i.id,
    kind: i.kind,
    title: i.title,
    description: i.description,
    description_shared: shared,
    latitude: i.latitude,
    longitude: i.longitude,
    checkpoint_id: i.checkpointId,
    severity: i.severity,
    status: 'open',
    occurred_at: i.occurredAt,
    reported_at: i.reportedAt,
    reported_by: i.reportedBy,
    updated_at: i.reportedAt,
    closed_at: null,
    demo: i.demo ? 1 : 0,
  });
  if (!opened) return false;
  await tx
    .insertInto('incident_update')
    .values({
      id: i.openingId,
      incident_id: i.id,
      seq: 1,
      at: i.reportedAt,
      by_id: i.reportedBy,
      note: i.description,
      note_shared: shared,
      status_from: null,
      status_to: 'open',
      severity_from: null,
      severity_to: i.severity,
    })
    .execute();
  return true;
}

/**
 * Holds the incident until the transaction ends (PostgreSQL takes the row's lock on an update; SQLite
 * has one writer at a time), so that two supervisors' updates are planned and logged one after the
 * other. False when there is no such incident.
 */
export async function lockIncident(tx: Executor, id: string): Promise<boolean> {
  const result = await tx
    .updateTable('incident')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The incident whose log holds the entry with this id, or null when no log does. */
export async function incidentOfUpdate(db: Executor, updateId: string): Promise<string | null> {
  const row = await db
    .selectFrom('incident_update')
    .select('incident_id')
    .where('id', '=', updateId)
    .executeTakeFirst();
  return row?.incident_id ?? null;
}

/**
 * Applies a change the domain planned (planIncidentUpdate) to an incident: a new log entry and the
 * incident's new state. Run it in the transaction that locked the incident and read its state.
 * False, and nothing changed, when an entry of some incident's log has the id already.
 */
export async function appendIncidentUpdate(
  tx: Executor,
  incidentId: string,
  change: IncidentChange,
  entry: { readonly id: string; readonly at: string; readonly by: string | null },
): Promise<boolean> {
  const last = await tx
    .selectFrom('incident_update')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('incident_id', '=', incidentId)
    .executeTakeFirst();
  const logged = await insertOnce(tx, 'incident_update', 'id', {
    id: entry.id,
    incident_id: incidentId,
    seq: Number(last?.seq ?? 0) + 1,
    at: entry.at,
    by_id: entry.by,
    note: change.note,
    note_shared: change.note !== null && change.noteShared ? 1 : 0,
    status_from: change.status?.from ?? null,
    status_to: change.status?.to ?? null,
    severity_from: change.severity?.from ?? null,
    severity_to: change.severity?.to ?? null,
  });
  if (!logged) return false;
  const closing = change.status?.to === 'closed';
  const reopening = change.status !== null && change.status.to !== 'closed';
  await tx
    .updateTable('incident')
    .set({
      updated_at: entry.at,
      ...(change.status && { status: change.status.to }),
      ...(change.severity && { severity: change.severity.to }),
      ...(closing && { closed_at: entry.at }),
      ...(reopening && { closed_at: null }),
    })
    .where('id', '=', incidentId)
    .execute();
  return true;
}

export async function findIncident(db: Executor, id: string): Promise<IncidentWithLog | null> {
  const row = await selectIncidents(db).where('i.id', '=', id).executeTakeFirst();
  if (!row) return null;
  const updates = await db
    .selectFrom('incident_update as e')
    .leftJoin('app_user as u', 'u.id', 'e.by_id')
    .selectAll('e')
    .select('u.display_name')
    .where('e.incident_id', '=', id)
    .orderBy('e.seq')
    .execute();
  return {
    ...recordOf(row),
    updates: updates.map((e) => ({
      id: e.id,
      at: e.at,
      by: userOf(e.by_id, e.display_name),
      note: e.note,
      noteShared: e.note !== null && Number(e.note_shared) === 1,
      status:
        e.status_to === null
          ? null
          : { from: e.status_from === null ? null : statusOf(e.status_from), to: statusOf(e.status_to) },
      severity:
        e.severity_to === null
          ? null
          : {
              from: e.severity_from === null ? null : severityOf(e.severity_from),
              to: severityOf(e.severity_to),
            },
    })),
  };
}

// Sorting by this puts the most severe first (SEVERITIES runs from low to critical).
const rank = (s: Severity) => SEVERITIES.length - SEVERITIES.indexOf(s);

/** `open`: every incident not closed (open or monitoring); `closed`; or `all`. */
export type IncidentFilter = 'open' | 'closed' | 'all';

/**
 * Incidents, most severe first and then the most recently changed (`closed`: the most recently
 * changed first). What the map, the incidents page and the daily sitrep list.
 */
export async function listIncidents(
  db: Executor,
  q: { readonly filter: IncidentFilter; readonly limit: number },
): Promise<IncidentRecord[]> {
  let query = selectIncidents(db);
  if (q.filter === 'open') query = query.where('i.status', '!=', 'closed');
  if (q.filter === 'closed') query = query.where('i.status', '=', 'closed');
  const rows = await query.orderBy('i.updated_at', 'desc').orderBy('i.id', 'desc').limit(q.limit).execute();
  return rows.map(recordOf).sort((a, b) => (q.filter === 'closed' ? 0 : rank(a.severity) - rank(b.severity)));
}

/**
 * The incidents that were under way at some moment between two instants (begun before `to`, by when
 * they began rather than when they were typed in, and still open or closed after `from`), most severe
 * first: what a report for a past day lists. Their
 * status and severity are as they stand now; the log (findIncident) has them as they were.
 */
export async function listIncidentsDuring(
  db: Executor,
  q: { readonly from: string; readonly to: string; readonly limit: number },
): Promise<IncidentRecord[]> {
  const rows = await selectIncidents(db)
    .where('i.occurred_at', '<', q.to)
    .where((eb) => eb.or([eb('i.closed_at', 'is', null), eb('i.closed_at', '>=', q.from)]))
    .orderBy('i.occurred_at')
    .orderBy('i.id')
    .limit(q.limit)
    .execute();
  return rows.map(recordOf).sort((a, b) => rank(a.severity) - rank(b.severity));
}

/** The incidents not closed (open or monitoring), most severe first: what the sitrep reports. */
export const listOpenIncidents = (db: Executor, limit = 500): Promise<IncidentRecord[]> =>
  listIncidents(db, { filter: 'open', limit });
