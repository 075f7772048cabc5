import fc from 'fast-check';
import countries from 'i18n-iso-countries/index.js';
import { describe, expect, it } from 'vitest';
import {
  COUNTRY_CODES,
  isStateCode,
  nationalityCode,
  nationalityForMatching,
  resolveCountry,
} from './countries';

// What ICAO prints where ISO 3166-1 says otherwise.
const icaoOf = (alpha3: string) => (alpha3 === 'DEU' ? 'D' : alpha3 === 'XKK' ? 'RKS' : alpha3);

describe('resolveCountry', () => {
  it('maps every ISO 3166-1 alpha-2 and alpha-3 code, in either case', () => {
    for (const [alpha2, alpha3] of Object.entries(countries.getAlpha2Codes())) {
      expect([alpha2, alpha2.toLowerCase(), alpha3].map(resolveCountry)).toEqual(
        Array(3).fill(icaoOf(alpha3)),
      );
    }
  });

  it('maps every English and Spanish name the library knows, official or alias', () => {
    const wrong: string[] = [];
    for (const [alpha2, alpha3] of Object.entries(countries.getAlpha2Codes())) {
      for (const lang of ['en', 'es']) {
        for (const name of countries.getName(alpha2, lang, { select: 'all' }) ?? []) {
          // "Congo" is also an alias of the Democratic Republic; it stays with the Republic.
          if (name === 'Congo' && alpha2 === 'CD') continue;
          if (resolveCountry(name) !== icaoOf(alpha3)) wrong.push(`${lang} ${name}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('maps every ICAO code and its names to itself, the filler of an MRZ ignored', () => {
    for (const c of COUNTRY_CODES) {
      for (const text of [c.code, `${c.code}<<`.slice(0, 3), c.nameEn, c.nameEs]) {
        expect(resolveCountry(text), text).toBe(icaoOf(c.code));
      }
    }
  });

  it.each([
    ['IRAN (ISLAMIC REPUBLIC OF)', 'IRN'],
    ["DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", 'PRK'],
    ['Syrian Arab Republic', 'SYR'],
    ['Türkiye', 'TUR'],
    ['Bolivia (Plurinational State of)', 'BOL'],
    ['Venezuela (Bolivarian Republic of)', 'VEN'],
    ['United Kingdom of Great Britain and Northern Ireland', 'GBR'],
    ['Viet Nam', 'VNM'],
    ['Congo', 'COG'],
    ['Democratic Republic of the Congo', 'COD'],
    ['Republic of Korea', 'KOR'],
    ['Lao People’s Democratic Republic', 'LAO'],
    ['AFGHANISTAN', 'AFG'],
    ['Indonesia (as at December 2003)', 'IDN'],
    ['Alemania', 'D'],
    ['D<<', 'D'],
    ['DEU', 'D'],
    ['de', 'D'],
    ['xk', 'RKS'],
    ['Kosovo', 'RKS'],
    ['Corea del Norte', 'PRK'],
    ['Estados Unidos de América', 'USA'],
    ['Perú', 'PER'],
    ['Apátrida (Convención de 1954, art. 1)', 'XXA'],
    ['GBD', 'GBD'],
    ['UNO', 'UNO'],
    // A nationality as the person states it at the booth.
    ['venezolana', 'VEN'],
    ['VENEZOLANO', 'VEN'],
    ['Colombiana', 'COL'],
    ['peruano', 'PER'],
    ['chilena', 'CHL'],
    ['ecuatoriano', 'ECU'],
    ['haitiana', 'HTI'],
    ['Brasileña', 'BRA'],
    ['dominicana', 'DOM'],
    ['Venezuelan', 'VEN'],
    ['Argentine', 'ARG'],
  ])('maps %s to %s', (text, code) => {
    expect(resolveCountry(text)).toBe(code);
  });

  it.each(['Narnia', 'suhh', 'ua-dpr', 'Not available', '', 'Korea'])('maps %j to nothing', (text) => {
    expect(resolveCountry(text)).toBeUndefined();
  });
});

describe('nationalityCode', () => {
  it('never throws, and mapping a mapped value changes nothing', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = nationalityCode(s);
        expect(nationalityCode(once)).toBe(once);
      }),
    );
  });

  it('keeps a nationality no code maps to as written', () => {
    expect(nationalityCode(' Soviet Union ')).toBe('Soviet Union');
    expect(nationalityCode('ru')).toBe('RUS');
  });
});

describe('nationalityForMatching', () => {
  it.each([
    ['VEN', 'VEN'],
    ['Deutschland?', ''],
    ['GBN', 'GBR'],
    ['UNK', 'RKS'],
    ['XXA', ''],
    ['XXB', ''],
    ['XXX', ''],
    ['UNO', ''],
    ['EUE', ''],
    ['UTO', ''],
    ['ANT', 'ANT'],
  ])('compares %s as %j', (text, code) => {
    expect(nationalityForMatching(text)).toBe(code);
  });
});

describe('isStateCode', () => {
  it.each([
    ['PER', true],
    ['D', true],
    ['RKS', true],
    // Germany is offered once, under the code ICAO prints.
    ['DEU', false],
    ['XXA', false],
    ['XXB', false],
    ['XXC', false],
    ['XXX', false],
    ['UNO', false],
    ['EUE', false],
    ['GBS', false],
    ['ANT', false],
    ['ZZZ', false],
  ])('says %s is a state: %s', (code, state) => {
    expect(isStateCode(code)).toBe(state);
  });

  it('names each state once, in English and in Spanish', () => {
    const states = COUNTRY_CODES.filter((c) => isStateCode(c.code));
    expect(new Set(states.map((c) => c.nameEn)).size).toBe(states.length);
    expect(new Set(states.map((c) => c.nameEs)).size).toBe(states.length);
  });
});
