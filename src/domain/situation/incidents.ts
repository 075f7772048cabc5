// Incidents on the map: a blockade, a crowd, an emergency, placed at a point inside the operation's
// extent, with a severity and a status that supervisors change over time. Every change is an entry
// in the incident's log; the incident itself holds the state the last entry left.
import { err, ok, type Result } from '../shared';
import { type Extent, type GeoPoint, isWithinExtent } from './extent';
import type { SituationIssue } from './issues';
import { checkInstant } from './observations';

export const INCIDENT_KINDS = [
  'road-blockade',
  'crowd',
  'medical-emergency',
  'security',
  'weather',
  'other',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** `open` and `monitoring` are both not closed: the map and the sitrep show them. */
export const INCIDENT_STATUSES = ['open', 'monitoring', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

// An incident may be reported some days after it began (a checkpoint offline, a late report).
export const INCIDENT_MAX_AGE_MS = 30 * 24 * 3600_000;

export interface NewIncidentInput extends GeoPoint {
  readonly kind: IncidentKind;
  readonly severity: Severity;
  /** When it began, as far as the reporter knows: ISO 8601. */
  readonly occurredAt: string;
}

export interface CheckedIncident extends GeoPoint {
  readonly kind: IncidentKind;
  readonly severity: Severity;
  readonly occurredAt: string;
}

const extentText = (e: Extent): string =>
  `latitude ${e.south} to ${e.north}, longitude ${e.west} to ${e.east}`;

/** Issues with a point: it must be on the map of the operation. */
export function checkPoint(point: GeoPoint, extent: Extent): readonly SituationIssue[] {
  if (isWithinExtent(extent, point)) return [];
  const limit = extentText(extent);
  const latitudeOut = !(point.latitude >= extent.south && point.latitude <= extent.north);
  const longitudeOut = !(point.longitude >= extent.west && point.longitude <= extent.east);
  return [
    ...(latitudeOut ? [{ code: 'situation.outside-extent' as const, field: 'latitude', limit }] : []),
    ...(longitudeOut ? [{ code: 'situation.outside-extent' as const, field: 'longitude', limit }] : []),
  ];
}

export function checkNewIncident(
  input: NewIncidentInput,
  extent: Extent,
  now: Date,
): Result<CheckedIncident, readonly SituationIssue[]> {
  const issues: SituationIssue[] = [...checkPoint(input, extent)];
  const at = checkInstant('occurredAt', input.occurredAt, now, INCIDENT_MAX_AGE_MS);
  if (!at.ok) issues.push(at.error);
  if (issues.length > 0 || !at.ok) return err(issues);
  return ok({
    kind: input.kind,
    severity: input.severity,
    latitude: input.latitude,
    longitude: input.longitude,
    occurredAt: at.value,
  });
}

export interface IncidentState {
  readonly status: IncidentStatus;
  readonly severity: Severity;
}

export interface IncidentUpdateInput {
  readonly note?: string | undefined;
  /** Whether its writer shares the note with humanitarian partners; not, unless said. */
  readonly noteShared?: boolean | undefined;
  readonly status?: IncidentStatus | undefined;
  readonly severity?: Severity | undefined;
}

/** One entry of an incident's log: what changed (from → to) and what was said. */
export interface IncidentChange {
  readonly note: string | null;
  /** Whether humanitarian partners may read the note: false when there is none. */
  readonly noteShared: boolean;
  readonly status: { readonly from: IncidentStatus; readonly to: IncidentStatus } | null;
  readonly severity: { readonly from: Severity; readonly to: Severity } | null;
}

/**
 * The log entry an update makes of an incident as it stands. A status or severity given unchanged is
 * not a change; an update that changes nothing and says nothing is refused, and so is any update to a
 * closed incident that does not reopen it.
 */
export function planIncidentUpdate(
  current: IncidentState,
  input: IncidentUpdateInput,
): Result<IncidentChange, readonly SituationIssue[]> {
  const note = input.note?.trim() ? input.note.trim() : null;
  const status =
    input.status !== undefined && input.status !== current.status
      ? { from: current.status, to: input.status }
      : null;
  const severity =
    input.severity !== undefined && input.severity !== current.severity
      ? { from: current.severity, to: input.severity }
      : null;
  if (current.status === 'closed' && status === null) {
    return err([{ code: 'incident.closed', field: 'status' }]);
  }
  if (note === null && status === null && severity === null) {
    return err([{ code: 'incident.no-change', field: 'note' }]);
  }
  return ok({ note, noteShared: note !== null && input.noteShared === true, status, severity });
}

/** The state an incident is in after a change. */
export const afterChange = (current: IncidentState, change: IncidentChange): IncidentState => ({
  status: change.status?.to ?? current.status,
  severity: change.severity?.to ?? current.severity,
});

/** An entry of an incident's log as kept: the opening's `from` values are null. */
export interface LoggedChange {
  readonly note: string | null;
  readonly noteShared: boolean;
  readonly status: { readonly from: IncidentStatus | null; readonly to: IncidentStatus } | null;
  readonly severity: { readonly from: Severity | null; readonly to: Severity } | null;
}

/**
 * Whether an update sent again under the id of entry `index` of the log (oldest first, the opening
 * at 0) is that entry: planned against the state the entries before it left, it makes the same
 * change, its note shared with partners or not alike. A status or severity sent unchanged then is
 * still unchanged now, so it matches too.
 */
export function isSameUpdate(
  log: readonly LoggedChange[],
  index: number,
  input: IncidentUpdateInput,
): boolean {
  const entry = log[index];
  if (entry === undefined || index === 0) return false;
  // The state each entry left: the opening sets both, later entries what they changed.
  let status: IncidentStatus | undefined;
  let severity: Severity | undefined;
  for (const e of log.slice(0, index)) {
    status = e.status?.to ?? status;
    severity = e.severity?.to ?? severity;
  }
  if (status === undefined || severity === undefined) return false;
  const planned = planIncidentUpdate({ status, severity }, input);
  if (!planned.ok) return false;
  const change = planned.value;
  return (
    change.note === entry.note &&
    change.noteShared === entry.noteShared &&
    change.status?.from === entry.status?.from &&
    change.status?.to === entry.status?.to &&
    change.severity?.from === entry.severity?.from &&
    change.severity?.to === entry.severity?.to
  );
}
