// What the situation rules find wrong with an observation or an incident: a stable code, the field it
// is about, and the numbers that explain it. The API turns these into a validation problem's errors.

export type SituationIssueCode =
  | 'situation.negative'
  | 'situation.not-whole'
  | 'situation.too-large'
  | 'situation.in-future'
  | 'situation.too-old'
  | 'situation.no-values'
  | 'situation.outside-extent'
  | 'situation.not-a-time'
  | 'situation.id-taken'
  | 'incident.no-change'
  | 'incident.closed';

export interface SituationIssue {
  readonly code: SituationIssueCode;
  /** The input field the issue is about: `peopleWaiting`, `observedAt`, `latitude`, `status`… */
  readonly field: string;
  /** The limit that was passed (a maximum, an instant), where there is one. */
  readonly limit?: number | string;
}

/** The issue in English, for a problem's detail and its errors' messages. */
export function describeIssue(issue: SituationIssue): string {
  switch (issue.code) {
    case 'situation.negative':
      return 'must not be negative';
    case 'situation.not-whole':
      return 'must be a whole number';
    case 'situation.too-large':
      return `must be at most ${issue.limit}`;
    case 'situation.in-future':
      return `must not be later than ${issue.limit} (now, with a little clock skew)`;
    case 'situation.too-old':
      return `must not be earlier than ${issue.limit}`;
    case 'situation.no-values':
      return 'give at least one figure';
    case 'situation.outside-extent':
      return `is outside the map of the operation (${issue.limit})`;
    case 'situation.not-a-time':
      return 'is not a time';
    case 'situation.id-taken':
      return 'another record was already made with this id';
    case 'incident.no-change':
      return 'an update adds a note or changes the status or the severity';
    case 'incident.closed':
      return 'the incident is closed: reopen it (status open or monitoring) to update it';
    default: {
      const never: never = issue.code;
      return never;
    }
  }
}
