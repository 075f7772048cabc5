// parseMrz problems: where a zone is wrong and why, and the unusual values it still reads.
import { describe, expect, it } from 'vitest';
import { specimenTd3, TD3_L1, TD3_L2, TODAY } from '../../../test/support/mrz-zones';
import { checkDigitOf } from './mrz-check';
import { formatTd3 } from './mrz-format';
import { parseMrz } from './mrz-parse';

describe('parseMrz problems', () => {
  const td3 = (l2: string, l1 = TD3_L1) => parseMrz([l1, l2], TODAY);

  it('locates a wrong document number check digit', () => {
    expect(td3('L898902C35UTO7408122F1204159ZE184226B<<<<<10').problems).toEqual([
      { field: 'documentNumber', code: 'mrz.check-digit', line: 2, column: 1, length: 10 },
      { field: 'composite', code: 'mrz.check-digit', line: 2, column: 44, length: 1 },
    ]);
  });

  it('rejects a TD3 line whose composite check digit is wrong', () => {
    expect(td3('L898902C36UTO7408122F1204159ZE184226B<<<<<11').problems).toEqual([
      { field: 'composite', code: 'mrz.check-digit', line: 2, column: 44, length: 1 },
    ]);
  });

  it('flags an unknown country without stopping the check digits', () => {
    const result = td3('L898902C36QQQ7408122F1204159ZE184226B<<<<<10');
    expect(result.problems).toEqual([
      { field: 'nationality', code: 'mrz.unknown-country', line: 2, column: 11, length: 3 },
    ]);
    expect(result.fields?.nationality).toBe('QQQ');
  });

  it('reports a character outside the MRZ alphabet where it is', () => {
    const result = td3(TD3_L2, 'P<UTOERIKS#ON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<');
    expect(result.problems).toEqual([
      { field: 'name', code: 'mrz.invalid-character', line: 1, column: 11, length: 1 },
    ]);
  });

  it.each([
    ['a month 13', '741312'],
    ['the 31st of April', '740431'],
    ['the 29th of February of a common year', '750229'],
  ])('reports %s as an invalid date', (_, date) => {
    const line = `L898902C36UTO${date}${checkDigitOf(date, 0, 6)}F1204159ZE184226B<<<<<1`;
    const zone = line + checkDigitOf(`${line.slice(0, 10)}${line.slice(13, 20)}${line.slice(21, 43)}`, 0, 39);
    expect(td3(zone).problems).toEqual([
      { field: 'birthDate', code: 'mrz.invalid-date', line: 2, column: 14, length: 6 },
    ]);
  });

  it('reports a sex other than M, F, X or filler', () => {
    expect(td3('L898902C36UTO7408122Q1204159ZE184226B<<<<<10').problems).toEqual([
      { field: 'sex', code: 'mrz.invalid-sex', line: 2, column: 21, length: 1 },
    ]);
  });

  it('reports a passport-sized zone whose document code is not P', () => {
    expect(td3(TD3_L2, `I${TD3_L1.slice(1)}`).problems).toEqual([
      { field: 'documentCode', code: 'mrz.document-code', line: 1, column: 1, length: 2 },
    ]);
  });

  it.each([
    ['day unknown', '7408<<', 'month', '1974-08'],
    ['month and day unknown', '74<<<<', 'year', '1974'],
    ['all unknown', '<<<<<<', 'unknown', null],
  ])('tolerates a birth date with %s and records the precision', (_, date, precision, iso) => {
    const result = parseMrz(formatTd3({ ...specimenTd3(), birthDate: iso }), TODAY);
    expect(result.valid).toBe(true);
    expect(result.fields).toMatchObject({ birthDate: iso, birthDatePrecision: precision });
    expect(formatTd3({ ...specimenTd3(), birthDate: iso })[1]?.slice(13, 19)).toBe(date);
  });

  it.each([
    ['a birth date that would be in the future', '2025-11-28', '1925-11-28'],
    ['a birth date of today', '2025-11-27', '2025-11-27'],
    ['a child born this century', '2019-03-01', '2019-03-01'],
  ])('infers the century of %s', (_, written, read) => {
    const result = parseMrz(formatTd3({ ...specimenTd3(), birthDate: written }), TODAY);
    expect(result.fields?.birthDate).toBe(read);
  });

  it('reads X and filler as the two ways of leaving sex unspecified', () => {
    expect(parseMrz(formatTd3({ ...specimenTd3(), sex: 'X' }), TODAY).fields?.sex).toBe('X');
    expect(parseMrz(formatTd3({ ...specimenTd3(), sex: 'unspecified' }), TODAY).fields?.sex).toBe(
      'unspecified',
    );
  });

  it("reads Germany's one-letter code with its filler", () => {
    const result = parseMrz(formatTd3({ ...specimenTd3(), issuingState: 'D', nationality: 'D' }), TODAY);
    expect(result).toMatchObject({ valid: true, fields: { issuingState: 'D', nationality: 'D' } });
  });
});
