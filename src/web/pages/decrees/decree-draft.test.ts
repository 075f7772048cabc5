// The register's refusal of a decree, said at each field it concerns, every one at once, in the
// interface's words rather than the server's English.
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { ApiProblem, FieldError } from '../../api/problem';
import { fieldProblems, lateExtension, legalBasisFor, refusalText } from './decree-draft';

const refusal = (errors: readonly FieldError[]): ApiProblem =>
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
        other: { id: '0a7a0000-0000-4000-8000-0000000000d1', number: 'D.S. N.° 150-2025-PCM' },
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

  it('says an amended decree would leave its extension behind from the decree’s side, naming it', () => {
    const i18n = testI18n();
    const other = { id: '0a7a0000-0000-4000-8000-0000000000d8', number: 'D.S. N.° 0XX-2027-PCM' };
    const problem = refusal([
      { path: 'body.endsOn', code: 'decree.extension-gap', message: 'an extension starts …', other },
    ]);
    expect(fieldProblems(problem, i18n.t)).toEqual({
      endsOn:
        'D.S. N.° 0XX-2027-PCM prorroga este decreto y empezaría más de un día después de su fin: una prórroga empieza a más tardar el día siguiente al fin del decreto que prorroga.',
    });
    // An extension's own days are said by the rule, as before.
    const own = refusal([{ path: 'body.startsOn', code: 'decree.extension-gap', message: 'an extension …' }]);
    expect(fieldProblems(own, i18n.t)).toEqual({ startsOn: i18n.t('decrees.problem.extensionGap') });
  });

  it('names the decree already covering the zone from the problem’s `other`, whatever the English says', () => {
    const i18n = testI18n();
    const other = { id: '0a7a0000-0000-4000-8000-0000000000d1', number: 'D.S. N.° 150-2025-PCM' };
    // The server's English reworded: the number no longer ends it after ": ".
    const problem = {
      ...refusal([
        {
          path: 'body.areas.0',
          code: 'decree.overlap',
          message: `${other.number} already covers Tacna (record this one as its extension)`,
          other,
        },
      ]),
      code: 'decree.overlap',
      status: 409,
    } as ApiProblem;
    expect(fieldProblems(problem, i18n.t)).toEqual({
      areas: 'D.S. N.° 150-2025-PCM ya cubre esta zona en parte de estos días.',
    });
    expect(refusalText(problem, i18n.t)).toMatch(/^No se registró: D\.S\. N\.° 150-2025-PCM ya rige/);
    void i18n.changeLanguage('en');
    expect(fieldProblems(problem, i18n.t)).toEqual({
      areas: 'D.S. N.° 150-2025-PCM already covers this zone on some of these days.',
    });
  });

  it('says a checkpoint code no checkpoint has at the checkpoints', () => {
    const i18n = testI18n();
    const problem = refusal([
      {
        path: 'body.checkpoints.1',
        code: 'decree.checkpoint-unknown',
        message: 'no checkpoint has this code',
      },
    ]);
    expect(fieldProblems(problem, i18n.t)).toEqual({
      checkpoints:
        'Ningún punto de control tiene este código: un decreto que lo nombra nunca entraría en vigor. Desmárquelo o elija el punto de control correcto.',
    });
  });
});

describe("a new decree's legal basis", () => {
  const PERU = 'Constitución Política del Perú, art. 137, num. 1';
  const CHILE = 'Constitución Política de la República de Chile, arts. 42 y 43';

  it('cites the constitution of the zone’s country while it is the one offered', () => {
    expect(legalBasisFor(PERU, 'America/Santiago')).toBe(CHILE);
    expect(legalBasisFor(CHILE, 'America/Lima')).toBe(PERU);
    expect(legalBasisFor(PERU, 'America/Lima')).toBe(PERU);
  });

  it('keeps what was typed, and what was offered where no country’s rule is known', () => {
    expect(legalBasisFor('Decreto Ley N.° 18.415', 'America/Lima')).toBe('Decreto Ley N.° 18.415');
    expect(legalBasisFor('', 'America/Santiago')).toBe('');
    expect(legalBasisFor(PERU, 'America/Guayaquil')).toBe(PERU);
  });
});

describe('an extension issued after its decree could still be extended', () => {
  // Ended on 15 October: an extension starts by the 16th and is not in force before it is issued.
  const base = { endsOn: '2026-10-15' };

  it.each([
    ['the day after the decree ends', '2026-10-16', null],
    ['while the decree is in force', '2026-10-10', null],
    ['a day that does not read yet', '2026-10-3', null],
    ['later: the state of emergency lapsed', '2026-12-07', '2026-10-16'],
  ])('is told when issued %s', (_, issuedOn, latest) => {
    expect(lateExtension(base, issuedOn)).toBe(latest);
  });
});
