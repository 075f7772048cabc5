// Documents the document checks' tests read: a Venezuelan passport that expired in 2019 (the demo
// decree's transit rule admits it) and a Belgian card of the older series (PRADO BEL-BO-03003), read
// only as an issuer variant: its long number's check digit counts the '<' after the first nine digits,
// then the composite over the line as printed.
import { formatTd1, type MrzDocument } from '../../src/domain/documents';
import { checkDigitOf } from '../../src/domain/documents/mrz-check';

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

export function belgianCardZone(): string {
  const [line1 = '', middle = '', name = ''] = formatTd1({
    documentCode: 'ID',
    issuingState: 'BEL',
    surname: 'REINARTZ',
    givenNames: 'ULRIKE KATIA E',
    documentNumber: '000590240601',
    nationality: 'BEL',
    birthDate: '1985-12-01',
    sex: 'F',
    expiryDate: '2013-11-04',
    optionalData: '',
    optionalData2: '85120100200',
  });
  const first = `${line1.slice(0, 18)}${checkDigitOf(line1, 5, 18)}${line1.slice(19)}`;
  const composite = first.slice(5) + middle.slice(0, 7) + middle.slice(8, 15) + middle.slice(18, 29);
  return [first, middle.slice(0, 29) + checkDigitOf(composite, 0, composite.length), name].join('\n');
}
