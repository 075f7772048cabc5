// A row's field is keyed the same way whether it is left blank or refused by the API, so that both
// are said beside the same field of the same row.
import { describe, expect, it } from 'vitest';
import { validationRefusal } from '../../../../test/support/translators';
import { refusedFields, rowFields } from './refused-fields';

const vehicles = [
  { key: 'a', plate: 'ABC-123', seats: '' },
  { key: 'b', plate: '', seats: '20' },
];

describe('rowFields', () => {
  it('keys each named field of each row with its place', () => {
    expect(rowFields(vehicles, ['plate', 'seats'])).toEqual({
      'plate-0': 'ABC-123',
      'seats-0': '',
      'plate-1': '',
      'seats-1': '20',
    });
  });

  it('keys a row’s field as the API’s refusal of it is keyed', () => {
    const refusal = validationRefusal([{ path: 'body.vehicles.1.plate', message: 'Required' }]);
    const refused = refusedFields(refusal, 'vehicles', { plate: 'Falta la placa.' });
    expect(refused).toEqual({ 'plate-1': 'Falta la placa.' });
    expect(Object.keys(rowFields(vehicles, ['plate']))).toContain('plate-1');
  });
});
