// parseMrz on optional data: fillers around the value, and the check digit over it as printed.
import { describe, expect, it } from 'vitest';
import { TODAY } from '../../../test/support/mrz-zones';
import { parseMrz } from './mrz-parse';

describe('parseMrz optional data', () => {
  // Issue 11: some issuers start the optional data with a filler; the value is read without it.
  it.each([
    [
      'TD3',
      ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159<2020711<<<<<<72'],
      '2020711',
      '',
    ],
    [
      'TD1',
      ['I<UTOD231458907<<2020711<<<<<<', '7408122F1204159UTO<ZE184<<<<<5', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'],
      '2020711',
      'ZE184',
    ],
    [
      'MRV-A',
      ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159<6ZE184226B<<<<<'],
      '6ZE184226B',
      '',
    ],
  ] as const)(
    'trims the fillers at both ends of the optional data of a %s zone',
    (format, lines, first, second) => {
      const result = parseMrz(lines, TODAY);
      expect(result).toMatchObject({ valid: true, format, problems: [], repairs: [] });
      expect(result.fields).toMatchObject({ optionalData: first, optionalData2: second });
    },
  );

  it('checks the optional data as printed, its leading filler included', () => {
    // 7 is the check digit of '<2020711<<<<<<'; 5 would be that of the trimmed '2020711<<<<<<<'.
    const shifted = [
      'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
      'L898902C36UTO7408122F12041592020711<<<<<<<58',
    ];
    expect(parseMrz(shifted, TODAY)).toMatchObject({ valid: true, fields: { optionalData: '2020711' } });
    const wrong = [
      'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
      'L898902C36UTO7408122F1204159<2020711<<<<<<50',
    ];
    const result = parseMrz(wrong, TODAY);
    expect(result.valid).toBe(false);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ field: 'optionalData', code: 'mrz.check-digit' }),
    );
  });
});
