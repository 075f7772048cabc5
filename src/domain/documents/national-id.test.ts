import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dniCheckCharacters, ID_TYPES, parseNationalId, runCheckCharacter } from './national-id';

describe('parseNationalId: Chile RUN', () => {
  it.each([
    ['12.345.678-5', '12345678-5', '12.345.678-5'],
    ['12345678-5', '12345678-5', '12.345.678-5'],
    ['123456785', '12345678-5', '12.345.678-5'],
    ['11.111.111-1', '11111111-1', '11.111.111-1'],
    ['7.654.321-6', '7654321-6', '7.654.321-6'],
    ['15.937.162-k', '15937162-K', '15.937.162-K'],
    ['10000013-K', '10000013-K', '10.000.013-K'],
    [' 012.345.678-5 ', '12345678-5', '12.345.678-5'],
    // The country prefix, as python-stdnum and stdnum-js accept it (issue 11).
    ['CL 12531909-2', '12531909-2', '12.531.909-2'],
    ['CL 7.727.230-5', '7727230-5', '7.727.230-5'],
    ['CL12531909-2', '12531909-2', '12.531.909-2'],
    ['cl 12531909-2', '12531909-2', '12.531.909-2'],
    ['cl7.727.230-5', '7727230-5', '7.727.230-5'],
    [' CL 15.937.162-k ', '15937162-K', '15.937.162-K'],
  ])('accepts %j as %s', (input, normalized, display) => {
    expect(parseNationalId('CL-RUN', input)).toEqual({
      ok: true,
      value: { idType: 'CL-RUN', normalized, display },
    });
  });

  it.each([
    ['12.345.678-4', 'id.check-digit'],
    ['15937162-0', 'id.check-digit'],
    ['12.34.5678-5', 'id.format'],
    ['12,345,678-5', 'id.format'],
    ['12345678-55', 'id.format'],
    ['ABC-5', 'id.format'],
    ['1234-3', 'id.length'],
    ['123456789-0', 'id.length'],
    ['', 'id.empty'],
    ['   ', 'id.empty'],
    ['PE 12531909-2', 'id.format'],
    ['AR12531909-2', 'id.format'],
    ['CL CL 12531909-2', 'id.format'],
    ['CL', 'id.format'],
    ['CL 12531909-3', 'id.check-digit'],
  ])('rejects %j with %s', (input, code) => {
    const result = parseNationalId('CL-RUN', input);
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it('reads a valid RUN with or without the CL prefix to the same value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100_000, max: 99_999_999 }),
        fc.constantFrom('CL', 'cl', 'Cl', 'CL ', 'cl ', ' CL  '),
        fc.boolean(),
        fc.constantFrom('-', ''),
        (n, prefix, dotted, hyphen) => {
          const digits = String(n);
          const body = dotted ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : digits;
          const run = `${body}${hyphen}${runCheckCharacter(digits)}`;
          const bare = parseNationalId('CL-RUN', run);
          expect(bare.ok).toBe(true);
          expect(parseNationalId('CL-RUN', `${prefix}${run}`)).toEqual(bare);
        },
      ),
    );
  });

  it('computes the modulo-11 check character, with K for 10 and 0 for 11', () => {
    expect(runCheckCharacter('12345678')).toBe('5');
    expect(runCheckCharacter('15937162')).toBe('K');
    expect(runCheckCharacter('1000013')).toBe('0');
  });
});

describe('parseNationalId: Peru DNI', () => {
  it.each([
    ['10117410', '10117410'],
    ['10117410-2', '10117410'],
    ['101174102', '10117410'],
    ['46658592-6', '46658592'],
    ['46658592k', '46658592'],
    [' 10117410 ', '10117410'],
  ])('accepts %j', (input, normalized) => {
    expect(parseNationalId('PE-DNI', input)).toEqual({
      ok: true,
      value: { idType: 'PE-DNI', normalized, display: normalized },
    });
  });

  it.each([
    ['10117410-3', 'id.check-digit'],
    ['46658592A', 'id.check-digit'],
    ['1011741', 'id.length'],
    ['1011741A', 'id.format'],
    ['10117410-', 'id.format'],
    ['10117410-22', 'id.format'],
    ['1011-7410', 'id.length'],
  ])('rejects %j with %s', (input, code) => {
    const result = parseNationalId('PE-DNI', input);
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it('gives the digit and the letter a card may print (python-stdnum pe.cui)', () => {
    expect(dniCheckCharacters('10117410')).toBe('2G');
  });
});

// The types without a check digit: only the length and the characters, and the form shown.
describe('parseNationalId: Peru CE and CPP, Venezuela and Colombia', () => {
  it.each([
    ['PE-CE', '001234567', '001234567', '001234567'],
    ['PE-CE', '01234567', '001234567', '001234567'],
    ['PE-CE', '000001234567', '001234567', '001234567'],
    ['PE-CE', '1234567890', '1234567890', '1234567890'],
    ['PE-CPP', '123456789', '123456789', '123456789'],
    ['PE-CPP', '123-456-789', '123456789', '123456789'],
    ['VE-CI', 'V12345678', 'V12345678', 'V-12.345.678'],
    ['VE-CI', 'V-12.345.678', 'V12345678', 'V-12.345.678'],
    ['VE-CI', 'v 12345678', 'V12345678', 'V-12.345.678'],
    ['VE-CI', '12345678', 'V12345678', 'V-12.345.678'],
    ['VE-CI', 'E-84.123.456', 'E84123456', 'E-84.123.456'],
    ['VE-CI', 'V1', 'V1', 'V-1'],
    ['CO-CC', '1.023.456.789', '1023456789', '1.023.456.789'],
    ['CO-CC', '79456123', '79456123', '79.456.123'],
    ['CO-CC', '123', '123', '123'],
  ])('accepts a %s %j as %s, shown as %s', (idType, input, normalized, display) => {
    expect(parseNationalId(idType, input)).toEqual({ ok: true, value: { idType, normalized, display } });
  });

  it.each([
    ['PE-CE', '1234567', 'id.length'],
    ['PE-CE', '1234567890123', 'id.length'],
    ['PE-CE', '00123456A', 'id.format'],
    ['PE-CPP', '12345678', 'id.length'],
    ['PE-CPP', '12345678X', 'id.format'],
    ['VE-CI', 'X12345678', 'id.format'],
    ['VE-CI', 'V-1234567890', 'id.length'],
    ['VE-CI', 'V-12.34.5678', 'id.format'],
    ['CO-CC', '12', 'id.length'],
    ['CO-CC', '12345678901', 'id.length'],
    ['CO-CC', '1,023,456', 'id.format'],
    ['CO-CC', '0123', 'id.format'],
  ])('rejects a %s %j with %s', (idType, input, code) => {
    const result = parseNationalId(idType, input);
    expect(result.ok ? null : result.error.code).toBe(code);
  });
});

describe('parseNationalId in general', () => {
  it('reports an unknown type instead of throwing', () => {
    expect(parseNationalId('AR-DNI', '12345678')).toEqual({
      ok: false,
      error: { code: 'id.unknown-type', idType: 'AR-DNI' },
    });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ID_TYPES, 'XX'), fc.string(), (idType, value) => {
        parseNationalId(idType, value);
      }),
      { numRuns: 2000 },
    );
  });

  it('normalising twice equals once, and the display form reads back the same', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ID_TYPES),
        fc.stringMatching(/^[VvEe]?-?[0-9.kK -]{1,14}$/),
        (idType, value) => {
          const once = parseNationalId(idType, value);
          if (!once.ok) return;
          expect(parseNationalId(idType, once.value.normalized)).toEqual(once);
          expect(parseNationalId(idType, once.value.display)).toEqual(once);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('accepts every RUN it computes a check character for', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100_000, max: 99_999_999 }), (n) => {
        const body = String(n);
        const result = parseNationalId('CL-RUN', `${body}-${runCheckCharacter(body)}`);
        expect(result.ok).toBe(true);
      }),
    );
  });
});
