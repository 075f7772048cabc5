// Documents the document checks' tests read: a Venezuelan passport that expired in 2019 (the demo
// decree's transit rule admits it) and a Belgian card of the older series (PRADO BEL-BO-03003), read
// only as an issuer variant: its long number's check digit counts the '<' after the first nine digits,
// then the composite over the line as printed.
import { formatTd1, formatTd3, type MrzDocument } from '../../src/domain/documents';

export const VENEZUELAN_PASSPORT: MrzDocument = {
  documentCode: 'P',
  issuingState: 'VEN',
  surname: 'PEREZ GONZALEZ',
  givenNames: 'MARIA JOSE',
  documentNumber: '123456789',
  nationality: 'VEN',
  birthDate: '1990-03-15',
  sex: 'F',
  expiryDate: '2019-06-30',
  optionalData: '',
  optionalData2: '',
};

/**
 * A Belgian card of the older series: its long number's check digit counts the '<' after nine
 * digits. Its check digits are computed here (ICAO 9303-3 §4.9), not with the parser's arithmetic.
 */
export function belgianCardZone(expiryDate = '2013-11-04'): string {
  const [line1 = '', middle = '', name = ''] = formatTd1({
    documentCode: 'ID',
    issuingState: 'BEL',
    surname: 'REINARTZ',
    givenNames: 'ULRIKE KATIA E',
    documentNumber: '000590240601',
    nationality: 'BEL',
    birthDate: '1985-12-01',
    sex: 'F',
    expiryDate,
    optionalData: '',
    optionalData2: '85120100200',
  });
  const first = `${line1.slice(0, 18)}${digit(line1.slice(5, 18))}${line1.slice(19)}`;
  const composite = first.slice(5) + middle.slice(0, 7) + middle.slice(8, 15) + middle.slice(18, 29);
  return [first, middle.slice(0, 29) + digit(composite), name].join('\n');
}

function digit(text: string): string {
  const value = (ch: string) => (ch === '<' ? 0 : ch <= '9' ? Number(ch) : ch.charCodeAt(0) - 55);
  return String([...text].reduce((sum, ch, i) => sum + value(ch) * ([7, 3, 1][i % 3] ?? 1), 0) % 10);
}

/** Three years from today (UTC): a document expiring then is in force for a server on the real clock. */
export function inThreeYears(): string {
  const day = new Date();
  day.setUTCFullYear(day.getUTCFullYear() + 3);
  return day.toISOString().slice(0, 10);
}

/** A Venezuelan passport in force (it expires three years from today): its zone's two lines. */
export function passportInForce(): [string, string] {
  const [line1 = '', line2 = ''] = formatTd3({
    documentCode: 'P',
    issuingState: 'VEN',
    surname: 'RODRIGUEZ MARQUEZ',
    givenNames: 'LUIS ALBERTO',
    documentNumber: '158273645',
    nationality: 'VEN',
    birthDate: '1988-07-02',
    sex: 'M',
    expiryDate: inThreeYears(),
    optionalData: '',
    optionalData2: '',
  });
  return [line1, line2];
}
