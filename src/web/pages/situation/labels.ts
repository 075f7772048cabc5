// Words for the situation's vocabulary, each key written out for the catalogue test.
import type { TFunction } from 'i18next';
import {
  INCIDENT_MAX_AGE_MS,
  type IncidentKind,
  type IncidentStatus,
  OBSERVATION_MAX_AGE_MS,
  type ObservationKind,
  type Severity,
  type Side,
  type SituationIssueCode,
} from '../../../domain/situation';
import type { ApiProblem } from '../../api/problem';

export function incidentKindName(kind: IncidentKind, t: TFunction): string {
  switch (kind) {
    case 'road-blockade':
      return t('situation.kind.roadBlockade');
    case 'crowd':
      return t('situation.kind.crowd');
    case 'medical-emergency':
      return t('situation.kind.medicalEmergency');
    case 'security':
      return t('situation.kind.security');
    case 'weather':
      return t('situation.kind.weather');
    case 'other':
      return t('situation.kind.other');
    default: {
      const never: never = kind;
      return never;
    }
  }
}

export function severityName(severity: Severity, t: TFunction): string {
  switch (severity) {
    case 'low':
      return t('situation.severity.low');
    case 'medium':
      return t('situation.severity.medium');
    case 'high':
      return t('situation.severity.high');
    case 'critical':
      return t('situation.severity.critical');
    default: {
      const never: never = severity;
      return never;
    }
  }
}

export function statusName(status: IncidentStatus, t: TFunction): string {
  switch (status) {
    case 'open':
      return t('situation.status.open');
    case 'monitoring':
      return t('situation.status.monitoring');
    case 'closed':
      return t('situation.status.closed');
    default: {
      const never: never = status;
      return never;
    }
  }
}

export const sideName = (side: Side, t: TFunction): string =>
  side === 'entry' ? t('situation.side.entry') : t('situation.side.exit');

export function figureName(kind: ObservationKind, t: TFunction): string {
  switch (kind) {
    case 'peopleWaiting':
      return t('situation.figure.peopleWaiting');
    case 'vehiclesQueued':
      return t('situation.figure.vehiclesQueued');
    case 'trucksQueued':
      return t('situation.figure.trucksQueued');
    case 'queueKm':
      return t('situation.figure.queueKm');
    case 'waitMinutes':
      return t('situation.figure.waitMinutes');
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** A figure with its unit: "4.5 km", "95 min", "1,200". */
export function figureValue(kind: ObservationKind, value: number, locale: string, t: TFunction): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  if (kind === 'queueKm') return t('situation.unit.km', { value: number });
  if (kind === 'waitMinutes') return t('situation.unit.minutes', { value: number });
  return number;
}

/** A figure's name after its value: "personas", "de cola" ("0.8 km de cola"). */
function figureAfterValue(kind: ObservationKind, t: TFunction): string {
  switch (kind) {
    case 'peopleWaiting':
      return t('situation.map.short.people');
    case 'trucksQueued':
      return t('situation.map.short.trucks');
    case 'vehiclesQueued':
      return t('situation.map.short.vehicles');
    case 'queueKm':
      return t('situation.map.short.queue');
    case 'waitMinutes':
      return t('situation.map.short.wait');
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/**
 * A figure as a phrase, its unit said once: "15 personas", "0.8 km de cola", "50 min de espera"
 * (beside its name with the unit, "Largo de la cola (km): 0.8 km" said it twice).
 */
export const figurePhrase = (kind: ObservationKind, value: number, locale: string, t: TFunction): string =>
  `${figureValue(kind, value, locale, t)} ${figureAfterValue(kind, t)}`;

// How far back each time may go, by the field the rule names: the server's own limits, not a copy.
const DAY_MS = 86_400_000;
const MAX_AGE_DAYS: Readonly<Record<string, number>> = {
  observedAt: OBSERVATION_MAX_AGE_MS / DAY_MS,
  occurredAt: INCIDENT_MAX_AGE_MS / DAY_MS,
};

/** A time too far back, with how far back one may go ("los últimos 7 días") where the field says. */
function tooOldMessage(field: string, t: TFunction): string {
  const days = MAX_AGE_DAYS[field];
  return days === undefined ? t('situation.issue.tooOld') : t('situation.issue.tooOldDays', { count: days });
}

function issueMessage(code: SituationIssueCode, field: string, t: TFunction): string {
  switch (code) {
    case 'situation.negative':
      return t('situation.issue.negative');
    case 'situation.not-whole':
      return t('situation.issue.notWhole');
    case 'situation.too-large':
      return t('situation.issue.tooLarge');
    case 'situation.in-future':
      return t('situation.issue.inFuture');
    case 'situation.too-old':
      return tooOldMessage(field, t);
    case 'situation.no-values':
      return t('situation.issue.noValues');
    case 'situation.outside-extent':
      return t('situation.issue.outsideExtent');
    case 'situation.not-a-time':
      return t('situation.issue.notATime');
    case 'situation.id-taken':
      return t('situation.issue.idTaken');
    case 'incident.no-change':
      return t('situation.issue.noChange');
    case 'incident.closed':
      return t('situation.issue.closed');
    default: {
      const never: never = code;
      return never;
    }
  }
}

const ISSUE_CODES: readonly SituationIssueCode[] = [
  'situation.negative',
  'situation.not-whole',
  'situation.too-large',
  'situation.in-future',
  'situation.too-old',
  'situation.no-values',
  'situation.outside-extent',
  'situation.not-a-time',
  'situation.id-taken',
  'incident.no-change',
  'incident.closed',
];

/**
 * The situation rules' messages by form field (the last segment of each error's path); a field the
 * request's schema refused (no rule's code: a number that is not one, an empty title) is still
 * marked, so that "check the marked fields" always has a field to point at.
 */
export function issuesByField(problem: ApiProblem | null, t: TFunction): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const error of problem?.errors ?? []) {
    const code = ISSUE_CODES.find((c) => c === error.code);
    const field = error.path.split('.').at(-1) ?? '';
    if (out[field] !== undefined) continue;
    out[field] = code === undefined ? t('problem.fieldInvalid') : issueMessage(code, field, t);
  }
  return out;
}
