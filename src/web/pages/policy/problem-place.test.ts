import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { problemPlace } from './problem-place';

const { t } = testI18n();
const rules = [{ id: 'ven-pasaporte' }, { outcome: 'admit' }];

describe('problemPlace', () => {
  it.each([
    ['rules[0].when.documentKinds', 'Regla 1 (ven-pasaporte), Tipos de documento'],
    ['rules[0].appliesTo.validTo', 'Regla 1 (ven-pasaporte), Rige hasta'],
    ['rules[1].outcome', 'Regla 2, Recomendación'],
    ['rules[1]', 'Regla 2'],
    ['', 'Todas las reglas'],
    ['rules[0].when.somethingNew', 'Regla 1 (ven-pasaporte), when.somethingNew'],
    ['version', 'version'],
  ])('says where %j is in words: %s', (path, words) => {
    expect(problemPlace(path, rules, t)).toBe(words);
  });
});
