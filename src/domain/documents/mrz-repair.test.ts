// Issue 11, point 9: a repair in an alphanumeric field can be wrong, so it waits for a person; a repair
// that could not be otherwise stays as it is; an issuer's number format rules readings out.
import { describe, expect, it } from 'vitest';
import { formatTd3, type MrzDocument } from './mrz-format';
import { parseMrz } from './mrz-parse';

const TODAY = new Date('2025-11-27T12:00:00Z');
const L1 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<';
const L2 = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';

const at = (line: string, column: number, ch: string): string =>
  line.slice(0, column - 1) + ch + line.slice(column);

describe('repairs that need a person to confirm them', () => {
  it.each([
    ['the document number', 6, 'O', '0', 'documentNumber', { documentNumber: 'L898902C3' }],
    ['the personal number', 33, 'A', '4', 'optionalData', { optionalData: 'ZE184226B' }],
  ] as const)(
    'takes a look-alike in %s, with the field as repaired, but not as valid until confirmed',
    (_, column, from, to, field, fields) => {
      const result = parseMrz([L1, at(L2, column, from)], TODAY);
      expect(result).toMatchObject({ valid: false, problems: [], fields });
      expect(result.repairs).toEqual([{ field, line: 2, column, from, to, needsConfirmation: true }]);
    },
  );

  it.each([
    ['a letter in a date', 16, 'O', '0', 'birthDate'],
    ['a letter in a check digit', 43, 'I', '1', 'optionalData'],
  ] as const)('keeps the repair of %s certain, and the zone valid', (_, column, from, to, field) => {
    const result = parseMrz([L1, at(L2, column, from)], TODAY);
    expect(result).toMatchObject({ valid: true, problems: [] });
    expect(result.repairs).toEqual([{ field, line: 2, column, from, to }]);
  });
});

const PASSPORT: MrzDocument = {
  documentCode: 'P',
  issuingState: 'UTO',
  surname: 'MUSTERMANN',
  givenNames: 'ERIKA',
  documentNumber: 'L898902C3',
  nationality: 'UTO',
  birthDate: '1964-08-12',
  sex: 'F',
  expiryDate: '2030-01-01',
  optionalData: '',
  optionalData2: '',
};

describe("repairs decided by the issuer's number format", () => {
  it('reads B where Germany prints no B as the 8 it must be, where elsewhere the reading is ambiguous', () => {
    const damaged = (issuingState: string) => {
      const [l1 = '', l2 = ''] = formatTd3({ ...PASSPORT, issuingState, nationality: issuingState });
      return [l1, at(l2, 2, 'B')];
    };
    // 8 read as B, or 2 read as Z at column 7: both readings pass the check digit. Germany prints Z but
    // never B, so the B is a misread for certain and the reading that keeps it is ruled out.
    const german = parseMrz(damaged('D'), TODAY);
    expect(german).toMatchObject({ valid: true, problems: [], fields: { documentNumber: 'L898902C3' } });
    expect(german.repairs).toEqual([{ field: 'documentNumber', line: 2, column: 2, from: 'B', to: '8' }]);

    const elsewhere = parseMrz(damaged('UTO'), TODAY);
    expect(elsewhere.repairs).toEqual([]);
    expect(elsewhere.problems).toContainEqual(
      expect.objectContaining({ field: 'documentNumber', code: 'mrz.repair-ambiguous' }),
    );
  });

  it('reads O in a Dutch number as the 0 it must be: the Netherlands never prints the letter O', () => {
    const [l1 = '', l2 = ''] = formatTd3({
      ...PASSPORT,
      issuingState: 'NLD',
      nationality: 'NLD',
      documentNumber: 'NX1204567',
    });
    const result = parseMrz([l1, at(l2, 5, 'O')], TODAY);
    expect(result).toMatchObject({ valid: true, fields: { documentNumber: 'NX1204567' } });
    expect(result.repairs).toEqual([{ field: 'documentNumber', line: 2, column: 5, from: 'O', to: '0' }]);
  });

  it('still reads a valid zone whose number does not fit its issuer’s format', () => {
    // Formats choose between readings; a number that checks is read as printed.
    const lines = formatTd3({
      ...PASSPORT,
      issuingState: 'D',
      nationality: 'D',
      documentNumber: 'A0E1I2O3U',
    });
    expect(parseMrz(lines, TODAY)).toMatchObject({
      valid: true,
      repairs: [],
      fields: { documentNumber: 'A0E1I2O3U' },
    });
  });
});
