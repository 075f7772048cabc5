import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dniCheckCharacters, ID_TYPES, parseNationalId, runCheckCharacter } from './national-id';

describe('parseNationalId: Chile RUN', () => {
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

  it.each(['RUN 12.345.678-5', 'RUT: 12.345.678-5', 'run12345678-5', 'CL RUN 12.345.678-5'])(
    'reads %s, with the label the card prints, as 12345678-5',
    (written) => {
      const read = parseNationalId('CL-RUN', written);
      expect(read.ok && read.value.normalized).toBe('12345678-5');
    },
  );

  it('computes the modulo-11 check character, with K for 10 and 0 for 11', () => {
    expect(runCheckCharacter('12345678')).toBe('5');
    expect(runCheckCharacter('15937162')).toBe('K');
    expect(runCheckCharacter('1000013')).toBe('0');
  });
});

describe('parseNationalId: Peru DNI', () => {
  it('gives the digit and the letter a card may print (python-stdnum pe.cui)', () => {
    expect(dniCheckCharacters('10117410')).toBe('2G');
  });
});

describe('parseNationalId: each type', () => {
  it.each([
    ['CL-RUN', '12.345.678-5', '12345678-5', '12.345.678-5'],
    ['CL-RUN', '12345678-5', '12345678-5', '12.345.678-5'],
    ['CL-RUN', '123456785', '12345678-5', '12.345.678-5'],
    ['CL-RUN', '11.111.111-1', '11111111-1', '11.111.111-1'],
    ['CL-RUN', '7.654.321-6', '7654321-6', '7.654.321-6'],
    ['CL-RUN', '15.937.162-k', '15937162-K', '15.937.162-K'],
    ['CL-RUN', '10000013-K', '10000013-K', '10.000.013-K'],
    ['CL-RUN', ' 012.345.678-5 ', '12345678-5', '12.345.678-5'],
    // The country prefix, as python-stdnum and stdnum-js accept it (issue 11).
    ['CL-RUN', 'CL 12531909-2', '12531909-2', '12.531.909-2'],
    ['CL-RUN', 'CL 7.727.230-5', '7727230-5', '7.727.230-5'],
    ['CL-RUN', 'CL12531909-2', '12531909-2', '12.531.909-2'],
    ['CL-RUN', 'cl 12531909-2', '12531909-2', '12.531.909-2'],
    ['CL-RUN', 'cl7.727.230-5', '7727230-5', '7.727.230-5'],
    ['CL-RUN', ' CL 15.937.162-k ', '15937162-K', '15.937.162-K'],
    ['PE-DNI', '10117410', '10117410', '10117410'],
    ['PE-DNI', '10117410-2', '10117410', '10117410'],
    ['PE-DNI', '101174102', '10117410', '10117410'],
    ['PE-DNI', '46658592-6', '46658592', '46658592'],
    ['PE-DNI', '46658592k', '46658592', '46658592'],
    ['PE-DNI', ' 10117410 ', '10117410', '10117410'],
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
    ['CL-RUN', '12.345.678-4', 'id.check-digit'],
    ['CL-RUN', '15937162-0', 'id.check-digit'],
    ['CL-RUN', '12.34.5678-5', 'id.format'],
    ['CL-RUN', '12,345,678-5', 'id.format'],
    ['CL-RUN', '12345678-55', 'id.format'],
    ['CL-RUN', 'ABC-5', 'id.format'],
    ['CL-RUN', '1234-3', 'id.length'],
    ['CL-RUN', '123456789-0', 'id.length'],
    ['CL-RUN', '', 'id.empty'],
    ['CL-RUN', '   ', 'id.empty'],
    ['CL-RUN', 'PE 12531909-2', 'id.format'],
    ['CL-RUN', 'AR12531909-2', 'id.format'],
    ['CL-RUN', 'CL CL 12531909-2', 'id.format'],
    ['CL-RUN', 'CL', 'id.format'],
    ['CL-RUN', 'CL 12531909-3', 'id.check-digit'],
    ['PE-DNI', '10117410-3', 'id.check-digit'],
    ['PE-DNI', '46658592A', 'id.check-digit'],
    ['PE-DNI', '1011741', 'id.length'],
    ['PE-DNI', '1011741A', 'id.format'],
    ['PE-DNI', '10117410-', 'id.format'],
    ['PE-DNI', '10117410-22', 'id.format'],
    ['PE-DNI', '1011-7410', 'id.length'],
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
  // What copying from a PDF or a phone's keyboard puts in: each reads as the form typed plainly.
  it.each([
    ['CL-RUN', '12.345.678\u20135', '12.345.678-5', 'an en dash'],
    ['CL-RUN', '12.345.678\u22125', '12.345.678-5', 'a minus sign'],
    ['CL-RUN', '12345678\u20115', '12345678-5', 'a non-breaking hyphen'],
    [
      'CL-RUN',
      '\uff11\uff12.\uff13\uff14\uff15.\uff16\uff17\uff18-\uff15',
      '12.345.678-5',
      'full-width digits',
    ],
    ['VE-CI', 'V\u201412.345.678', 'V-12.345.678', 'an em dash'],
    ['CO-CC', '1\u00a0020\u202f304\u00a0050', '1 020 304 050', 'no-break and narrow no-break spaces'],
    ['PE-DNI', '\u200b12345678\u200e', '12345678', 'a zero-width space and a direction mark'],
    ['PE-CPP', '123\t456\t789', '123 456 789', 'tabs'],
  ])('%s %j reads as %j (%s)', (idType, pasted, plain) => {
    const read = parseNationalId(idType, pasted);
    expect(read.ok).toBe(true);
    expect(read).toEqual(parseNationalId(idType, plain));
  });

  it('reports an unknown type instead of throwing', () => {
    expect(parseNationalId('UY-CI', '12345678')).toEqual({
      ok: false,
      error: { code: 'id.unknown-type', idType: 'UY-CI' },
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
