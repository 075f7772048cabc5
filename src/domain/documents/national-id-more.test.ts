// Ecuador's and Bolivia's cédulas and Argentina's DNI: the national identity cards of the Andean
// Community (Decision 503) and Mercosur that travellers show at the booth instead of a passport.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ecuadorCheckDigit, parseNationalId } from './national-id';

const errorCode = (idType: string, input: string): string | null => {
  const result = parseNationalId(idType, input);
  return result.ok ? null : result.error.code;
};

describe('parseNationalId: Ecuador cédula (EC-CI)', () => {
  // Valid numbers from python-stdnum, tests/test_ec_ci.doctest, and stdnum-js, src/ec/ci.spec.ts
  // (arthurdejong/python-stdnum and koblas/stdnum-js).
  it.each([
    ['1714307103', '1714307103', '171430710-3'],
    ['171430710-3', '1714307103', '171430710-3'],
    ['0602910945', '0602910945', '060291094-5'],
    ['0926687856', '0926687856', '092668785-6'],
    ['0910005917', '0910005917', '091000591-7'],
    // Computed here: a province at each end of the range, 30 (registered abroad), 50, and a third
    // digit of 6 (a foreigner's cédula), all of which both libraries accept.
    [' 171430710 - 3 ', '1714307103', '171430710-3'],
    ['0111111118', '0111111118', '011111111-8'],
    ['2400000002', '2400000002', '240000000-2'],
    ['3012345678', '3012345678', '301234567-8'],
    ['5012345673', '5012345673', '501234567-3'],
    ['1765432107', '1765432107', '176543210-7'],
  ])('accepts %j as %s, shown as %s', (input, normalized, display) => {
    expect(parseNationalId('EC-CI', input)).toEqual({
      ok: true,
      value: { idType: 'EC-CI', normalized, display },
    });
  });

  it.each([
    // python-stdnum, tests/test_ec_ci.doctest: a wrong check digit, a digit missing, a letter, the
    // third digit, the province.
    ['1714307104', 'id.check-digit'],
    ['171430710', 'id.length'],
    ['123A567890', 'id.format'],
    ['1784307108', 'id.third-digit'],
    ['8814307107', 'id.region'],
    // stdnum-js, src/ec/ci.spec.ts: province 27.
    ['2714307104', 'id.region'],
    // A hyphen anywhere but before the check digit, an empty province, 25, a number too long.
    ['17143071-03', 'id.format'],
    ['1714-307103', 'id.format'],
    ['171430710--3', 'id.format'],
    ['0014307103', 'id.region'],
    ['2514307103', 'id.region'],
    ['17143071031', 'id.length'],
  ])('rejects %j with %s', (input, code) => {
    expect(errorCode('EC-CI', input)).toBe(code);
  });

  it('says which check digit was expected and which province or third digit is wrong', () => {
    expect(parseNationalId('EC-CI', '1714307104')).toEqual({
      ok: false,
      error: { code: 'id.check-digit', idType: 'EC-CI', expected: '3', found: '4' },
    });
    expect(parseNationalId('EC-CI', '8814307107')).toEqual({
      ok: false,
      error: { code: 'id.region', idType: 'EC-CI', found: '88' },
    });
    expect(parseNationalId('EC-CI', '1784307108')).toEqual({
      ok: false,
      error: { code: 'id.third-digit', idType: 'EC-CI', found: '8', max: 6 },
    });
  });

  it('computes the modulo-10 check digit, 0 when the sum is already a multiple of ten', () => {
    expect(ecuadorCheckDigit('171430710')).toBe('3');
    expect(ecuadorCheckDigit('171234567')).toBe('5');
    expect(ecuadorCheckDigit('010000009')).toBe('0');
  });

  it('accepts every number with a valid province, third digit and computed check digit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Array.from({ length: 24 }, (_, i) => String(i + 1).padStart(2, '0')), '30', '50'),
        fc.integer({ min: 0, max: 6 }),
        fc.stringMatching(/^[0-9]{6}$/),
        (province, third, rest) => {
          const first9 = `${province}${third}${rest}`;
          const read = parseNationalId('EC-CI', `${first9}-${ecuadorCheckDigit(first9)}`);
          expect(read.ok && read.value.normalized).toBe(`${first9}${ecuadorCheckDigit(first9)}`);
        },
      ),
    );
  });
});

describe('parseNationalId: Bolivia cédula (BO-CI)', () => {
  it.each([
    ['1234567', '1234567'],
    ['1234567 LP', '1234567'],
    ['1234567 lp', '1234567'],
    ['1234567LP', '1234567'],
    ['1234567 L.P.', '1234567'],
    ['LP 1234567', '1234567'],
    ['CI 1234567 SC', '1234567'],
    ['C.I. 1234567', '1234567'],
    ['1234567-1K', '1234567-1K'],
    ['1234567 - 1k', '1234567-1K'],
    ['1234567-1K LP', '1234567-1K'],
    ['1234567-1KLP', '1234567-1K'],
    ['1234567-1LP', '1234567-1'],
    ['01234567', '1234567'],
    ['12345', '12345'],
    ['1234567890 TJ', '1234567890'],
    // stdnum-js, src/bo/ci.spec.ts (koblas/stdnum-js): a department after a hyphen, and a complement
    // after it as they write it; the department is dropped here.
    ['1234567-SC', '1234567'],
    ['12345678-LP', '12345678'],
    ['5555555-PT', '5555555'],
    ['8888888-BE', '8888888'],
  ])('accepts %j as %s', (input, normalized) => {
    expect(parseNationalId('BO-CI', input)).toEqual({
      ok: true,
      value: { idType: 'BO-CI', normalized, display: normalized },
    });
  });

  it.each(['LP', 'CB', 'SC', 'OR', 'PT', 'CH', 'TJ', 'BE', 'PD'])('knows the department %s', (department) => {
    expect(errorCode('BO-CI', `1234567 ${department}`)).toBeNull();
  });

  it.each([
    // stdnum-js, src/bo/ci.spec.ts: unknown departments.
    ['1234567-XX', 'id.region'],
    ['1234567-BR', 'id.region'],
    ['12345678-ZZ', 'id.region'],
    ['9876543-QQ', 'id.region'],
    // stdnum-js, src/bo/ci.spec.ts: letters for digits, a character that is no separator.
    ['ABCDEFG-SC', 'id.format'],
    ['1234567=SC', 'id.format'],
    ['1234567-SC-ABC', 'id.format'],
    // Too short and too long; a complement that does not start with a digit or is too long (1KK reads as 1 and a department KK); two
    // departments; a department of three letters.
    ['1234', 'id.length'],
    ['12345678901', 'id.length'],
    ['00001234', 'id.length'],
    ['1234567-K', 'id.format'],
    ['1234567-123', 'id.format'],
    ['1234567-1KK', 'id.region'],
    ['LP 1234567 LP', 'id.format'],
    ['1234567 LPZ', 'id.format'],
    ['1234567 XX', 'id.region'],
  ])('rejects %j with %s', (input, code) => {
    expect(errorCode('BO-CI', input)).toBe(code);
  });

  it('names the department it does not know', () => {
    expect(parseNationalId('BO-CI', '1234567 XX')).toEqual({
      ok: false,
      error: { code: 'id.region', idType: 'BO-CI', found: 'XX' },
    });
  });
});

describe('parseNationalId: Argentina DNI (AR-DNI)', () => {
  it.each([
    // python-stdnum, stdnum/ar/dni.py, and stdnum-js, src/ar/dni.spec.ts.
    ['20.123.456', '20123456', '20.123.456'],
    ['20123456', '20123456', '20.123.456'],
    ['5.123.456', '5123456', '5.123.456'],
    ['05.123.456', '5123456', '5.123.456'],
    ['94 123 456', '94123456', '94.123.456'],
  ])('accepts %j as %s, shown as %s', (input, normalized, display) => {
    expect(parseNationalId('AR-DNI', input)).toEqual({
      ok: true,
      value: { idType: 'AR-DNI', normalized, display },
    });
  });

  it.each([
    // python-stdnum, stdnum/ar/dni.py, and stdnum-js, src/ar/dni.spec.ts: ten digits.
    ['2012345699', 'id.length'],
    ['123.456', 'id.length'],
    ['201.234.56', 'id.format'],
    ['20,123,456', 'id.format'],
    ['20123456A', 'id.format'],
  ])('rejects %j with %s', (input, code) => {
    expect(errorCode('AR-DNI', input)).toBe(code);
  });
});

describe('parseNationalId: the three together', () => {
  it('reads back its own stored and shown forms, whatever it accepted', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('EC-CI', 'BO-CI', 'AR-DNI'),
        fc.stringMatching(
          /^(?:(?:LP|SC|XX|CI) ?)?[0-9. -]{1,13}(?:-[0-9][A-Z0-9]?)?(?: ?(?:L\.P\.|CB|ZZ))?$/,
        ),
        (idType, value) => {
          const once = parseNationalId(idType, value);
          if (!once.ok) return;
          expect(parseNationalId(idType, once.value.normalized)).toEqual(once);
          expect(parseNationalId(idType, once.value.display)).toEqual(once);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads a full-width number and an en dash as the plain ones', () => {
    expect(
      parseNationalId('EC-CI', '\uff11\uff17\uff11\uff14\uff13\uff10\uff17\uff11\uff10\u2013\uff13'),
    ).toEqual(parseNationalId('EC-CI', '171430710-3'));
    expect(parseNationalId('BO-CI', '1234567\u20111K\u00a0LP')).toEqual(
      parseNationalId('BO-CI', '1234567-1K LP'),
    );
  });
});
