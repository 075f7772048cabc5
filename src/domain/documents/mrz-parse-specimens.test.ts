// parseMrz on the published ICAO 9303 specimens of every format, and whether they have expired.
import { describe, expect, it } from 'vitest';
import { specimenTd3, TODAY } from '../../../test/support/mrz-zones';
import { formatTd3 } from './mrz-format';
import { parseMrz } from './mrz-parse';

// ICAO Doc 9303 specimens (Utopia): Part 4 (TD3), Part 5 (TD1), Part 6 (TD2), Part 7 (MRV-A, MRV-B),
// and Part 11 Appendix D.2 for the TD1 and TD2 long document number.
const ERIKSSON = {
  issuingState: 'UTO',
  surname: 'ERIKSSON',
  givenNames: 'ANNA MARIA',
  nationality: 'UTO',
  birthDate: '1974-08-12',
  birthDatePrecision: 'day',
  sex: 'F',
  expiryDate: '2012-04-15',
};
// The visa specimens (Part 7) carry other details than her passport.
const ERIKSSON_VISA = {
  ...ERIKSSON,
  documentCode: 'V',
  documentNumber: 'L8988901C',
  nationality: 'XXX',
  birthDate: '1940-09-07',
  expiryDate: '1996-12-10',
};
const STEVENSON = {
  documentCode: 'I',
  issuingState: 'UTO',
  surname: 'STEVENSON',
  givenNames: 'PETER JOHN',
  documentNumber: 'D23145890734',
  nationality: 'UTO',
  birthDate: '1934-07-12',
  sex: 'M',
  expiryDate: '1995-07-12',
  optionalData: '',
};

describe('parseMrz on the ICAO 9303 specimens', () => {
  it.each([
    [
      'TD3',
      ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'],
      { ...ERIKSSON, documentCode: 'P', documentNumber: 'L898902C3', optionalData: 'ZE184226B' },
    ],
    [
      'TD1',
      ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'],
      { ...ERIKSSON, documentCode: 'I', documentNumber: 'D23145890', optionalData: '', optionalData2: '' },
    ],
    [
      'TD2',
      ['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6'],
      { ...ERIKSSON, documentCode: 'I', documentNumber: 'D23145890', optionalData: '' },
    ],
    [
      'MRV-A',
      ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L8988901C4XXX4009078F96121096ZE184226B<<<<<<'],
      { ...ERIKSSON_VISA, optionalData: '6ZE184226B' },
    ],
    [
      'MRV-B',
      ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'L8988901C4XXX4009078F9612109<<<<<<<<'],
      { ...ERIKSSON_VISA, optionalData: '' },
    ],
    [
      'TD1',
      ['I<UTOD23145890<7349<<<<<<<<<<<', '3407127M9507122UTO<<<<<<<<<<<2', 'STEVENSON<<PETER<JOHN<<<<<<<<<'],
      STEVENSON,
    ],
    ['TD2', ['I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<', 'D23145890<UTO3407127M95071227349<<<8'], STEVENSON],
  ] as const)('reads the %s specimen to its published fields', (format, lines, fields) => {
    const result = parseMrz(lines, TODAY);
    expect(result).toMatchObject({ valid: true, format, problems: [], repairs: [], expired: true });
    expect(result.fields).toMatchObject(fields);
  });

  it('tells a document that has not expired', () => {
    const lines = formatTd3({ ...specimenTd3(), expiryDate: '2030-01-01' });
    expect(parseMrz(lines, TODAY)).toMatchObject({ valid: true, expired: false });
  });

  it('counts a document expiring today as not expired', () => {
    const lines = formatTd3({ ...specimenTd3(), expiryDate: '2025-11-27' });
    expect(parseMrz(lines, TODAY).expired).toBe(false);
  });
});
