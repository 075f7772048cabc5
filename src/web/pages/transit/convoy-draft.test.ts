// The new convoy form: times typed on Lima's clock become UTC, codes and plates are sent as the API
// takes them, and each refusal of the API is said beside its field in Spanish or English.
import { describe, expect, it } from 'vitest';
import { codeTakenRefusal, translators, validationRefusal } from '../../../../test/support/translators';
import { NewConvoyBody } from '../../../api/transit';
import { type ConvoyDraft, convoyBody, convoyFieldErrors, emptyConvoy, limaInstant } from './convoy-draft';

const { es, en } = translators();

const ID = '5b0c3a4e-1111-4222-8333-444455556666';
const CORRIDOR = 'e97915be-b6b5-462b-87d4-5cc3e33569a9';
const draft: ConvoyDraft = {
  ...emptyConvoy(),
  code: ' convoy-002 ',
  corridorId: CORRIDOR,
  departure: '2025-11-28T06:00',
  arrival: '2025-11-29T22:30',
  vehicles: [
    { key: 'a', plate: 'abc-123', kind: 'bus', seats: '44' },
    { key: 'b', plate: 'Z4K-102', kind: 'minibus', seats: '20' },
  ],
};

describe('limaInstant', () => {
  it.each([
    ['2025-11-28T06:00', '2025-11-28T11:00:00.000Z'],
    // Late in the evening in Lima is the next day in UTC.
    ['2025-11-29T22:30', '2025-11-30T03:30:00.000Z'],
    ['', ''],
    ['28/11/2025 06:00', ''],
  ])('reads %s on Lima’s clock as %s', (typed, utc) => {
    expect(limaInstant(typed)).toBe(utc);
  });
});

describe('convoyBody', () => {
  it('sends a body the API takes: times in UTC, code and plates in capitals, seats as numbers', () => {
    const body = convoyBody(ID, draft);
    expect(body).toEqual({
      id: ID,
      code: 'CONVOY-002',
      corridorId: CORRIDOR,
      plannedDeparture: '2025-11-28T11:00:00.000Z',
      plannedArrival: '2025-11-30T03:30:00.000Z',
      vehicles: [
        { plate: 'ABC-123', kind: 'bus', seats: 44 },
        { plate: 'Z4K-102', kind: 'minibus', seats: 20 },
      ],
    });
    expect(NewConvoyBody.safeParse(body).success).toBe(true);
  });

  it('sends seats that are not a whole number so the API names the field', () => {
    const body = convoyBody(ID, {
      ...draft,
      vehicles: [{ key: 'c', plate: 'A1', kind: 'van', seats: 'doce' }],
    });
    const parsed = NewConvoyBody.safeParse(JSON.parse(JSON.stringify(body)));
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['vehicles.0.seats']);
  });
});

describe('convoyFieldErrors', () => {
  // The answer as the API sends it for a bad convoy (seen from POST /api/convoys).
  const refused = validationRefusal([
    { path: 'body.code', message: 'a code of capitals, digits and hyphens' },
    { path: 'body.vehicles.0.seats', message: 'Too small: expected number to be >=1' },
    { path: 'body.vehicles.1.plate', message: 'a plate of capitals, digits and hyphens' },
    { path: 'body.plannedArrival', message: 'the arrival comes after the departure' },
    { path: 'body.vehicles', message: 'each plate once' },
  ]);

  it('says each refusal beside its field, a vehicle’s by its place, in Spanish', () => {
    expect(convoyFieldErrors(refused, es)).toEqual({
      code: 'Use solo mayúsculas, números y guiones, hasta 40 caracteres.',
      'seats-0': 'Un número entero de asientos, de 1 a 120.',
      'plate-1': 'Use solo mayúsculas, números y guiones, hasta 15 caracteres.',
      plannedArrival: 'La llegada debe ser una fecha y hora posterior a la salida.',
      vehicles: 'Entre 1 y 40 vehículos, cada placa una sola vez.',
    });
  });

  it('says them in English for an English reader', () => {
    expect(convoyFieldErrors(refused, en)['seats-0']).toBe('A whole number of seats, from 1 to 120.');
  });

  it('says a code another convoy has beside the code, not in the server’s English', () => {
    const taken = codeTakenRefusal('The convoy code is taken.');
    expect(convoyFieldErrors(taken, es)).toEqual({ code: 'Ya hay un convoy con este código: elija otro.' });
  });
});
