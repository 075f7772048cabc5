import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { errorsOf, fieldOfIssue, issueMessage, issueOfServer } from './event-issues';

// Returns the key and its values, so the choice of sentence can be checked without the catalogue.
const t = ((key: string, values?: Record<string, unknown>) =>
  values === undefined ? key : `${key} ${JSON.stringify(values)}`) as unknown as TFunction;

describe('issueMessage', () => {
  it.each([
    ['2019-02-31', 'eventIssue.date.nonexistentDay {"day":31,"month":"febrero","year":"2019"}'],
    ['2019-13-01', 'eventIssue.date.nonexistentMonth {"month":"13"}'],
    [undefined, 'eventIssue.date.nonexistent'],
  ])('says precisely which date %s does not exist', (value, message) => {
    expect(issueMessage('date.nonexistent', t, 'es', value)).toBe(message);
  });
});

describe('errorsOf a national number that does not read', () => {
  it('says beside the number what is wrong with it: the RUN check digit expected', () => {
    const issue = { path: 'document.number', code: 'document.national-id' as const };
    const form = { documentType: 'CL-RUN', documentNumber: '12.345.678-4' };
    expect(errorsOf([issue], form, t, 'es')).toEqual({
      documentNumber: 'booth.id.problem.checkDigit {"expected":"5","found":"4"}',
    });
  });
});

describe('fieldOfIssue and issueOfServer', () => {
  it.each([
    ['person.birthDate', 'birthDate'],
    ['document.number', 'documentNumber'],
    ['overrideReason', 'overrideReason'],
    ['person', 'person'],
  ])('shows an issue at %s beside %s', (path, field) => {
    expect(fieldOfIssue({ path })).toBe(field);
  });

  it('reads a server error with an unknown code as an invalid value', () => {
    expect(issueOfServer({ path: 'person.nationality', code: 'something.new' })).toEqual({
      path: 'person.nationality',
      code: 'event.invalid-value',
    });
  });
});
