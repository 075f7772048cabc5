import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { DEMO_RULESET, type DocumentKind, type PolicyRule } from '../../../domain/documents';
import { documentKindName } from '../../format/document-type';
import { conditionSentences } from './conditions';

const i18n = testI18n();

const COUNTRIES: Readonly<Record<string, string>> = { VEN: 'Venezuela', COL: 'Colombia' };
const words = (lng: 'es' | 'en') => ({
  t: i18n.getFixedT(lng),
  locale: lng === 'es' ? 'es-419' : 'en-GB',
  countryName: (code: string) => COUNTRIES[code] ?? code,
});
const sentences = (when: PolicyRule['when'], lng: 'es' | 'en' = 'es') => conditionSentences(when, words(lng));

describe('conditionSentences', () => {
  it.each<[PolicyRule['when'], readonly string[]]>([
    [
      { documentKinds: ['passport'], maxExpiredYears: 0 },
      ['Presenta pasaporte.', 'El documento está vigente.'],
    ],
    [
      { documentKinds: ['passport'], nationalities: ['VEN'], maxExpiredYears: 10 },
      [
        'Presenta pasaporte.',
        'Es nacional de Venezuela (VEN).',
        'El documento está vigente o venció hace 10 años como máximo.',
      ],
    ],
    [
      { documentKinds: ['birth-certificate'], ageUnder: 18 },
      ['Presenta partida de nacimiento.', 'Tiene menos de 18 años.'],
    ],
    [{ documentKinds: ['none'] }, ['No presenta ningún documento.']],
    [{ documentKinds: ['visa', 'none'] }, ['Presenta visa, o ningún documento.']],
    [{ nationalities: ['VEN', 'COL', 'XXA'] }, ['Es nacional de Venezuela (VEN), Colombia (COL) o XXA.']],
    [{ ageAtLeast: 1, humanitarian: false }, ['Tiene 1 año o más.', 'No es un caso humanitario.']],
    [{ humanitarian: true }, ['Es un caso humanitario.']],
    [{}, ['Siempre: la regla no pone condiciones.']],
  ])('writes %j in Spanish', (when, expected) => {
    expect(sentences(when)).toEqual(expected);
  });

  it('writes them in English too', () => {
    expect(
      sentences({ documentKinds: ['passport', 'national-id'], maxExpiredYears: 1, ageAtLeast: 18 }, 'en'),
    ).toEqual([
      'Shows a passport or national identity document.',
      'The document is in force or expired at most 1 year ago.',
      'Is 18 years of age or older.',
    ]);
  });

  it('leaves no raw field name or code in the demo rules', () => {
    for (const rule of DEMO_RULESET.rules) {
      for (const lng of ['es', 'en'] as const) {
        const text = sentences(rule.when, lng).join(' ');
        expect(text).not.toMatch(
          /documentKinds|maxExpiredYears|ageUnder|humanitarian:|national-id|birth-certificate/,
        );
        expect(text).not.toContain('policy.when');
      }
    }
  });
});

describe('documentKindName', () => {
  // Every kind of the policy; the record makes the compiler ask for a new one here.
  const KINDS: Readonly<Record<DocumentKind, true>> = {
    passport: true,
    'national-id': true,
    visa: true,
    'residence-permit': true,
    'refugee-document': true,
    'safe-conduct': true,
    'birth-certificate': true,
    none: true,
  };
  it.each(Object.keys(KINDS) as DocumentKind[])('names %s in both languages', (kind) => {
    for (const lng of ['es', 'en'] as const) {
      const name = documentKindName(kind, i18n.getFixedT(lng));
      expect(name).not.toMatch(/^documentKind\./);
    }
  });
});
