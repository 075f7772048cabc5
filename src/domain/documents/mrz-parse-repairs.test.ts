// parseMrz repairs: misread characters it repairs for certain, and a number it will not guess.
import { describe, expect, it } from 'vitest';
import { specimenTd3, TD3_L1, TD3_L2, TODAY } from '../../../test/support/mrz-zones';
import { formatTd3 } from './mrz-format';
import { parseMrz } from './mrz-parse';

describe('parseMrz repairs', () => {
  it.each([
    ['O for 0 in a date', 'L898902C36UTO74O8122F1204159ZE184226B<<<<<10', 'birthDate', 16, 'O', '0'],
    ['S for 5 in a date', 'L898902C36UTO7408122F12041S9ZE184226B<<<<<10', 'expiryDate', 27, 'S', '5'],
    [
      '0 for O in a country code',
      'L898902C36UT07408122F1204159ZE184226B<<<<<10',
      'nationality',
      13,
      '0',
      'O',
    ],
    [
      'I for 1 in a check digit',
      'L898902C36UTO7408122F1204159ZE184226B<<<<<I0',
      'optionalData',
      43,
      'I',
      '1',
    ],
  ])('repairs %s for certain', (_, line2, field, column, from, to) => {
    const result = parseMrz([TD3_L1, line2], TODAY);
    expect(result.valid).toBe(true);
    expect(result.repairs).toContainEqual({ field, line: 2, column, from, to });
    expect(result.fields?.documentNumber).toBe('L898902C3');
  });

  it('repairs a country code read with a digit, V3N, to VEN', () => {
    const lines = formatTd3({ ...specimenTd3(), issuingState: 'VEN', nationality: 'VEN' });
    const result = parseMrz([`P<V3N${lines[0]?.slice(5)}`, lines[1] ?? ''], TODAY);
    expect(result).toMatchObject({ valid: true, fields: { issuingState: 'VEN' } });
    expect(result.repairs).toEqual([{ field: 'issuingState', line: 1, column: 4, from: '3', to: 'E' }]);
  });

  it('reads a digit in a name as a letter even where it could stand for two (mrz-names.test.ts)', () => {
    const result = parseMrz(['P<UTOER1KSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', TD3_L2], TODAY);
    expect(result).toMatchObject({ valid: true, problems: [], fields: { surname: 'ERIKSSON' } });
    expect(result.repairs).toEqual([{ field: 'name', line: 1, column: 8, from: '1', to: 'I' }]);
  });

  it('reports an ambiguous document number instead of choosing a reading', () => {
    // B at column 2 is the misread 8; but 2 read as Z at column 7 would pass the check just as well.
    const result = parseMrz([TD3_L1, 'LB98902C36UTO7408122F1204159ZE184226B<<<<<10'], TODAY);
    expect(result.valid).toBe(false);
    expect(result.repairs).toEqual([]);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ field: 'documentNumber', code: 'mrz.repair-ambiguous' }),
    );
  });
});
