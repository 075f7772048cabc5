import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_LENGTH, type NameInput, normalizeName } from './normalize-name';

function norm(input: NameInput) {
  const r = normalizeName(input);
  if (!r.ok) throw new Error(`unexpected ${r.error.code}`);
  return r.value;
}

describe('normalizeName', () => {
  it.each([
    // The four forms of one person from the issue.
    ['María José DE LA CRUZ PEÑA', 'DE LA CRUZ|PENA|MARIA JOSE', ['MARIA', 'JOSE'], ['CRUZ'], ['PENA']],
    ['MARIA JOSE DE LA CRUZ PENA', 'DE LA CRUZ|PENA|MARIA JOSE', ['MARIA', 'JOSE'], ['CRUZ'], ['PENA']],
    ['Maria Cruz', 'CRUZ||MARIA', ['MARIA'], ['CRUZ'], []],
    ['CRUZ PENA MARIA', 'CRUZ|PENA|MARIA', ['MARIA'], ['CRUZ'], ['PENA']],
    // MRZ name field, with the ICAO NXX transliteration of Ñ.
    ['DE<LA<CRUZ<PENXXA<<MARIA<JOSE', 'DE LA CRUZ|PENA|MARIA JOSE', ['MARIA', 'JOSE'], ['CRUZ'], ['PENA']],
    ['Pérez Núñez, José Luis', 'PEREZ|NUNEZ|JOSE LUIS', ['JOSE', 'LUIS'], ['PEREZ'], ['NUNEZ']],
    ['José Luis García Rodríguez', 'GARCIA|RODRIGUEZ|JOSE LUIS', ['JOSE', 'LUIS'], ['GARCIA'], ['RODRIGUEZ']],
    ['María del Carmen San Martín', 'SAN MARTIN||MARIA DEL CARMEN', ['MARIA', 'CARMEN'], ['SANMARTIN'], []],
    [
      'Juan de Dios Montes de Oca Pérez',
      'MONTES|DE OCA PEREZ|JUAN DE DIOS',
      ['JUAN', 'DIOS'],
      ['MONTES'],
      ['OCA', 'PEREZ'],
    ],
    ['  yolanda   ibáñez  ', 'IBANEZ||YOLANDA', ['YOLANDA'], ['IBANEZ'], []],
  ])('normalises %j', (input, canonical, given, s1, s2) => {
    const n = norm(input);
    expect(n.canonical).toBe(canonical);
    expect(n.given).toEqual(given);
    expect(n.surname1Tokens).toEqual(s1);
    expect(n.surname2Tokens).toEqual(s2);
    expect(n.original).toBe(input);
  });

  it.each([
    [
      { givenNames: 'María José', surname1: 'De la Cruz', surname2: 'Peña' },
      'DE LA CRUZ|PENA|MARIA JOSE',
      [],
    ],
    [{ givenNames: 'Cruz Peña', surname1: 'María' }, 'CRUZ|PENA|MARIA', ['fields-swapped']],
    [{ givenNames: 'José', surname1: 'García Rodríguez' }, 'GARCIA|RODRIGUEZ|JOSE', ['surname-split']],
    [
      { givenNames: '', surname1: 'García Rodríguez José Luis' },
      'GARCIA|RODRIGUEZ|JOSE LUIS',
      ['whole-name-in-one-field', 'surnames-first'],
    ],
    [{ givenNames: 'ANA', surname1: '', surname2: 'QUISPE' }, 'QUISPE||ANA', []],
  ])('normalises the record %j', (input, canonical, flags) => {
    const n = norm(input);
    expect(n.canonical).toBe(canonical);
    expect(n.flags).toEqual(flags);
  });

  it.each([
    [{ givenNames: 'Mª José', surname1: 'Glez.' }, 'GONZALEZ||MARIA JOSE'],
    [
      { givenNames: 'M.ª del Carmen', surname1: 'Hdez.', surname2: 'Fdez.' },
      'HERNANDEZ|FERNANDEZ|MARIA DEL CARMEN',
    ],
    [
      { givenNames: 'Fco. Javier', surname1: 'Rguez', surname2: 'Mtz.' },
      'RODRIGUEZ|MARTINEZ|FRANCISCO JAVIER',
    ],
    // Only where the abbreviation is in its part: MA as a surname stays MA.
    [{ givenNames: 'Wei', surname1: 'Ma' }, 'MA||WEI'],
  ])('writes out the abbreviations in %j', (input, canonical) => {
    expect(norm(input).canonical).toBe(canonical);
  });

  it('flags names typed surnames first', () => {
    expect(norm('CRUZ PENA MARIA').flags).toContain('surnames-first');
  });

  it.each(['', '   ', '---', '<<'])('rejects the empty name %j', (input) => {
    expect(normalizeName(input)).toEqual({ ok: false, error: { code: 'name.empty' } });
  });

  it.each([
    ['Владимир Путин', ['ВЛАДИМИР']],
    ['محمد علي', ['محمد']],
    ['王 小明', ['王']],
  ])('keeps names in other scripts: %s', (input, given) => {
    const n = norm(input);
    expect(n.given).toEqual(given);
    expect(n.flags).toContain('other-script');
  });

  it('truncates a 10,000-character name with a warning', () => {
    const n = norm(`José ${'a'.repeat(10_000)}`);
    expect(n.flags).toContain('truncated');
    expect(n.warnings).toEqual([{ code: 'name.too-long', length: 10_005, limit: MAX_INPUT_LENGTH }]);
    expect(n.canonical.length).toBeLessThanOrEqual(310);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ maxLength: 3000 })),
        (s) => {
          normalizeName(s);
          normalizeName({ givenNames: s, surname1: s, surname2: s });
        },
      ),
    );
  });

  it('normalising twice equals normalising once', () => {
    const names = fc.constantFrom(
      'María',
      'DE LA',
      'Cruz',
      'PEÑA',
      'san',
      'Martín',
      'y',
      '<<',
      ',',
      'José',
      'ß',
    );
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.array(names, { maxLength: 8 }).map((a) => a.join(' ')),
    );
    fc.assert(
      fc.property(text, (s) => {
        const once = normalizeName(s);
        if (!once.ok) return;
        const twice = normalizeName(once.value.canonical);
        expect(twice.ok && twice.value.canonical).toBe(once.value.canonical);
        expect(twice.ok && [...twice.value.given, ...twice.value.surname1Tokens]).toEqual([
          ...once.value.given,
          ...once.value.surname1Tokens,
        ]);
      }),
      { numRuns: 500 },
    );
  });
});
