// Sentences for what is wrong with an event, by its stable code (the same codes the API answers with),
// and the booth's form field each issue's path points at. Each key is written out for the catalogue test.
import type { TFunction } from 'i18next';
import { idProblemMessage } from './messages';
import { nationalIdProblem } from './registration';
import type { BoothIssue, BoothIssueCode } from './sitting-events';

/** A nonexistent date made precise: "the 31st of February 2019 does not exist", or its month. */
function nonexistentDate(value: string | undefined, t: TFunction, locale: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value?.trim() ?? '');
  if (match === null) return t('eventIssue.date.nonexistent');
  const [, year = '', month = '', day] = match;
  const m = Number(month);
  if (m < 1 || m > 12) return t('eventIssue.date.nonexistentMonth', { month });
  const monthName = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, m - 1, 1)),
  );
  return t('eventIssue.date.nonexistentDay', { day: Number(day), month: monthName, year });
}

/** The sentence for an issue; `value` is what the field holds, for a precise date message. */
export function issueMessage(code: BoothIssueCode, t: TFunction, locale: string, value?: string): string {
  switch (code) {
    case 'event.invalid-type':
      return t('eventIssue.event.invalidType');
    case 'event.invalid-value':
      return t('eventIssue.event.invalidValue');
    case 'event.required':
      return t('eventIssue.event.required');
    case 'event.unknown-field':
      return t('eventIssue.event.unknownField');
    case 'event.too-long':
      return t('eventIssue.event.tooLong');
    case 'event.time':
      return t('eventIssue.event.time');
    case 'event.in-future':
      return t('eventIssue.event.inFuture');
    case 'event.uuid':
      return t('eventIssue.event.uuid');
    case 'event.checkpoint-code':
      return t('eventIssue.event.checkpointCode');
    case 'date.format':
      return t('eventIssue.date.format');
    case 'date.nonexistent':
      return nonexistentDate(value, t, locale);
    case 'date.before-1900':
      return t('eventIssue.date.before1900');
    case 'date.future':
      return t('eventIssue.date.future');
    case 'country.unknown':
      return t('eventIssue.country.unknown', { code: value?.trim().toUpperCase() ?? '' });
    case 'tally.count-range':
      return t('eventIssue.tally.countRange');
    case 'refusal.ground-required':
      return t('eventIssue.refusal.groundRequired');
    case 'refusal.ground-unexpected':
      return t('eventIssue.refusal.groundUnexpected');
    case 'transit.exit-point-required':
      return t('eventIssue.transit.exitPointRequired');
    case 'correction.empty':
      return t('eventIssue.correction.empty');
    case 'correction.both':
      return t('eventIssue.correction.both');
    case 'correction.fixed-field':
      return t('eventIssue.correction.fixedField');
    case 'group.relationship-required':
      return t('eventIssue.group.relationshipRequired');
    case 'decision.required':
      return t('booth.issue.decisionRequired');
    case 'override.reason-required':
      return t('booth.issue.overrideReasonRequired');
    case 'correction.reason-required':
      return t('booth.issue.correctionReasonRequired');
    case 'correction.unchanged':
      return t('booth.issue.correctionUnchanged');
    case 'zone.unconfirmed':
      return t('booth.issue.zoneUnconfirmed');
    case 'document.national-id':
      return t('booth.issue.nationalId');
    default: {
      const unknown: never = code;
      return unknown;
    }
  }
}

// An event's path to the form field that shows the issue ('person.birthDate' → 'birthDate').
const FIELD_OF_PATH: Readonly<Record<string, string>> = {
  'person.givenNames': 'givenNames',
  'person.surname1': 'surname1',
  'person.surname2': 'surname2',
  'person.sex': 'sex',
  'person.birthDate': 'birthDate',
  'person.nationality': 'nationality',
  'document.type': 'documentType',
  'document.number': 'documentNumber',
  'document.issuingState': 'issuingState',
  'document.expiryDate': 'expiryDate',
  'document.mrz': 'zone',
};

/** The form field an issue belongs beside; paths the form has no field for are shown as the decision's. */
export const fieldOfIssue = (issue: Pick<BoothIssue, 'path'>): string =>
  FIELD_OF_PATH[issue.path] ?? (issue.path.startsWith('person') || issue.path === '' ? 'person' : issue.path);

const KNOWN_CODES: ReadonlySet<string> = new Set<BoothIssueCode>([
  'event.invalid-type',
  'event.invalid-value',
  'event.required',
  'event.unknown-field',
  'event.too-long',
  'event.time',
  'event.in-future',
  'event.uuid',
  'event.checkpoint-code',
  'date.format',
  'date.nonexistent',
  'date.before-1900',
  'date.future',
  'country.unknown',
  'tally.count-range',
  'refusal.ground-required',
  'refusal.ground-unexpected',
  'transit.exit-point-required',
  'correction.empty',
  'correction.both',
  'correction.fixed-field',
  'group.relationship-required',
]);

/** A server's error entry as a booth issue; a code the web app does not know reads as an invalid value. */
export function issueOfServer(error: { readonly path: string; readonly code: string }): BoothIssue {
  const code = KNOWN_CODES.has(error.code) ? (error.code as BoothIssueCode) : 'event.invalid-value';
  return { path: error.path.replace(/^\/?events\/\d+\/?/, '').replaceAll('/', '.'), code };
}

/** Messages by form field for a member's issues; the field's value makes a date's message precise. */
export function errorsOf(
  issues: readonly BoothIssue[],
  values: Readonly<Record<string, unknown>>,
  t: TFunction,
  locale: string,
): Readonly<Record<string, string>> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = fieldOfIssue(issue);
    if (errors[field] !== undefined) continue;
    const value = values[field];
    const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : '');
    const id =
      issue.code === 'document.national-id'
        ? nationalIdProblem({ documentType: text('documentType'), documentNumber: text('documentNumber') })
        : null;
    errors[field] =
      id !== null
        ? idProblemMessage(id, t)
        : issueMessage(issue.code, t, locale, typeof value === 'string' ? value : undefined);
  }
  return errors;
}
