// The editor's draft is checked as the save checks it: a rule id the hint forbids (a space, a slash)
// is said beside its field, in Spanish and English, before anything is sent.
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { DEMO_RULESET } from '../../../domain/documents';
import { readDraft } from './policy-draft';
import { formProblemMessage, problemPlace } from './problem-place';

const withFirstId = (id: string) =>
  JSON.stringify(DEMO_RULESET.rules.map((r, i) => (i === 0 ? { ...r, id } : r)));

describe('readDraft', () => {
  it('reads the demo rules as they are', () => {
    expect(readDraft(JSON.stringify(DEMO_RULESET.rules), {}).kind).toBe('ok');
  });

  it.each(['entrada pasaporte vigente', 'entrada/pasaporte', 'r'.repeat(101)])(
    'holds the id %j to the form the hint gives, before anything is sent',
    (id) => {
      const draft = readDraft(withFirstId(id), {});
      expect(draft.kind === 'invalid' ? draft.problems : []).toEqual([
        { code: 'policy.id', path: 'rules[0].id' },
      ]);
    },
  );

  it.each([
    [
      'es',
      'Regla 1 (entrada pasaporte), Identificador',
      'use solo letras, números, puntos, guiones (-) o guiones bajos (_), sin espacios; como máximo 100.',
    ],
    [
      'en',
      'Rule 1 (entrada pasaporte), Identifier',
      'use only letters, digits, dots, hyphens (-) or underscores (_), without spaces; 100 at most.',
    ],
  ])('says in %s where the id is wrong and what an id may be', (lng, place, message) => {
    const { t } = testI18n({ lng });
    const draft = readDraft(withFirstId('entrada pasaporte'), {});
    if (draft.kind !== 'invalid') throw new Error(`not refused: ${draft.kind}`);
    const [problem] = draft.problems;
    expect(problem && problemPlace(problem.path, draft.rules, t)).toBe(place);
    expect(problem && formProblemMessage(problem.code, t)).toBe(message);
  });
});
