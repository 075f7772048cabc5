// The situation rules' refusals said at their fields: a time too far back says how far back one may go,
// the limit being the one the rules refuse at (a week for the line, 30 days for an incident).
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import {
  checkNewIncident,
  checkObservation,
  type SituationIssue,
  WHOLE_EARTH,
} from '../../../domain/situation';
import type { ApiProblem } from '../../api/problem';
import { issuesByField } from './labels';

const NOW = new Date('2026-12-07T10:00:00.000Z');
const daysAgo = (days: number): string => new Date(NOW.getTime() - days * 86_400_000).toISOString();

/** The refusal as the API sends it: each issue at `body.<field>`, with its code. */
const refusal = (issues: readonly SituationIssue[]): ApiProblem =>
  ({
    type: 'https://paso.example/problems/validation',
    title: 'The request is not valid',
    status: 400,
    code: 'validation',
    errors: issues.map((i) => ({
      path: `body.${i.field}`,
      message: 'must not be earlier than …',
      code: i.code,
    })),
  }) as ApiProblem;

const refused = <T>(result: { ok: true; value: T } | { ok: false; error: readonly SituationIssue[] }) =>
  result.ok ? [] : result.error;

describe('a time too far back to record', () => {
  it('says an observation of the line goes back a week at most', () => {
    const issues = refused(
      checkObservation({ side: 'entry', observedAt: daysAgo(8), values: { peopleWaiting: 40 } }, NOW),
    );
    expect(issues.map((i) => i.code)).toEqual(['situation.too-old']);
    const i18n = testI18n();
    expect(issuesByField(refusal(issues), i18n.t)).toEqual({
      observedAt:
        'Es demasiado antiguo para registrarlo: solo se registra lo de los últimos 7 días. Revise la fecha.',
    });
    void i18n.changeLanguage('en');
    expect(issuesByField(refusal(issues), i18n.t).observedAt).toBe(
      'Too long ago to record: only the last 7 days can be recorded. Check the date.',
    );
  });

  it('says an incident goes back 30 days at most, and takes one 29 days back', () => {
    const incident = { kind: 'crowd', severity: 'high', latitude: -18.3, longitude: -70.3 } as const;
    expect(checkNewIncident({ ...incident, occurredAt: daysAgo(29) }, WHOLE_EARTH, NOW).ok).toBe(true);
    const issues = refused(checkNewIncident({ ...incident, occurredAt: daysAgo(31) }, WHOLE_EARTH, NOW));
    expect(issues.map((i) => i.code)).toEqual(['situation.too-old']);
    const i18n = testI18n();
    expect(issuesByField(refusal(issues), i18n.t)).toEqual({
      occurredAt:
        'Es demasiado antiguo para registrarlo: solo se registra lo de los últimos 30 días. Revise la fecha.',
    });
  });
});
