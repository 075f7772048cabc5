// The register's refusal of a decree, said at each field it concerns, every one at once, in the
// interface's words rather than the server's English.
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { ApiProblem } from '../../api/problem';
import { fieldProblems } from './decree-draft';

const refusal = (errors: { path: string; code: string; message: string }[]): ApiProblem =>
  ({
    type: 'https://paso.example/problems/decree.invalid',
    title: 'The decree has problems',
    status: 400,
    code: 'decree.invalid',
    errors,
  }) as ApiProblem;

describe("the decree form's refused fields", () => {
  it('marks every field the register refused, each with its own sentence', () => {
    const i18n = testI18n();
    const problem = refusal([
      { path: 'body.publishedOn', code: 'decree.issued-later', message: 'this day is still to come' },
      { path: 'body.areas.1', code: 'decree.duplicate-zone', message: 'this zone is named twice' },
      {
        path: 'body.checkpoints.0',
        code: 'decree.overlap',
        message: 'another decree covers this zone; record this one as an extension of: D.S. N.° 150-2025-PCM',
      },
    ]);
    expect(fieldProblems(problem, i18n.t)).toEqual({
      publishedOn: 'Ese día aún no llega donde rige: un decreto se registra una vez emitido y publicado.',
      areas: i18n.t('decrees.problem.duplicateZone'),
      checkpoints: i18n.t('decrees.problem.overlap', { number: 'D.S. N.° 150-2025-PCM' }),
    });
    void i18n.changeLanguage('en');
    expect(fieldProblems(problem, i18n.t).publishedOn).toBe(
      'That day has not come yet where it applies: a decree is recorded once issued and published.',
    );
  });
});
