// The new convoy form: each time is typed on the clock of the stop it belongs to (the departure on the
// origin's, Chacalluta's America/Santiago; the arrival on the last stop's, Tacna's America/Lima) and
// sent in UTC, across Chile's changes of time; codes and plates are sent as the API takes them, and
// each refusal of the API is said beside its field in Spanish or English.
import { describe, expect, it } from 'vitest';
import { codeTakenRefusal, translators, validationRefusal } from '../../../../test/support/translators';
import { NewConvoyBody } from '../../../api/transit';
import {
  type ConvoyDraft,
  type ConvoyEnds,
  convoyBody,
  convoyEnds,
  convoyFieldErrors,
  convoyTimeFaults,
  emptyConvoy,
  typedInstant,
} from './convoy-draft';

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

const IN_PERU: ConvoyEnds = {
  departure: { name: 'Tacna', timeZone: 'America/Lima' },
  arrival: { name: 'Tumbes', timeZone: 'America/Lima' },
};
const FROM_CHILE: ConvoyEnds = {
  departure: { name: 'Chacalluta', timeZone: 'America/Santiago' },
  arrival: { name: 'Tacna', timeZone: 'America/Lima' },
};

describe('typedInstant', () => {
  it.each([
    ['2025-11-28T06:00', 'America/Lima', '2025-11-28T11:00:00.000Z'],
    // Late in the evening in Lima is the next day in UTC.
    ['2025-11-29T22:30', 'America/Lima', '2025-11-30T03:30:00.000Z'],
    // Chile's summer time (UTC−3) until the night of 4 to 5 April 2026, then UTC−4.
    ['2026-04-04T10:00', 'America/Santiago', '2026-04-04T13:00:00.000Z'],
    ['2026-04-05T10:00', 'America/Santiago', '2026-04-05T14:00:00.000Z'],
    // And UTC−3 again from 6 September 2026, when 00:00 became 01:00.
    ['2026-09-05T23:30', 'America/Santiago', '2026-09-06T03:30:00.000Z'],
    ['2026-09-06T01:30', 'America/Santiago', '2026-09-06T04:30:00.000Z'],
    ['', 'America/Lima', ''],
    ['28/11/2025 06:00', 'America/Lima', ''],
  ])('reads %s on the clock of %s as %s', (typed, zone, utc) => {
    expect(typedInstant(typed, '', zone)).toBe(utc);
  });

  it('reads 23:30 on 4 April 2026 in Chile as the instant chosen of the two, and as none until one is', () => {
    expect(typedInstant('2026-04-04T23:30', '', 'America/Santiago')).toBe('');
    expect(typedInstant('2026-04-04T23:30', 'earlier', 'America/Santiago')).toBe('2026-04-05T02:30:00.000Z');
    expect(typedInstant('2026-04-04T23:30', 'later', 'America/Santiago')).toBe('2026-04-05T03:30:00.000Z');
  });

  it('reads 00:30 on 6 September 2026 in Chile, a time its clocks skipped, as none', () => {
    expect(typedInstant('2026-09-06T00:30', '', 'America/Santiago')).toBe('');
  });
});

describe('convoyEnds', () => {
  it("takes the origin's clock for the departure and the last stop's for the arrival", () => {
    const stop = (name: string, timeZone: string) => ({
      code: name.toUpperCase(),
      name,
      latitude: 0,
      longitude: 0,
      timeZone,
    });
    const corridor = {
      id: CORRIDOR,
      code: 'CHACALLUTA-TACNA',
      name: 'Chacalluta → Tacna',
      exitPoint: 'PE-TACNA',
      stops: [
        stop('Chacalluta', 'America/Santiago'),
        stop('Santa Rosa', 'America/Lima'),
        stop('Tacna', 'America/Lima'),
      ],
    };
    expect(convoyEnds(corridor)).toEqual(FROM_CHILE);
    expect(convoyEnds(undefined)).toBeNull();
  });
});

describe('convoyBody', () => {
  it('sends a body the API takes: times in UTC, code and plates in capitals, seats as numbers', () => {
    const body = convoyBody(ID, draft, IN_PERU);
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

  it("sends a departure from Chacalluta on Chile's clock and the arrival at Tacna on Peru's", () => {
    const body = convoyBody(
      ID,
      { ...draft, departure: '2026-04-04T10:00', arrival: '2026-04-05T10:00' },
      FROM_CHILE,
    );
    expect(body.plannedDeparture).toBe('2026-04-04T13:00:00.000Z');
    expect(body.plannedArrival).toBe('2026-04-05T15:00:00.000Z');
  });

  it('sends seats that are not a whole number so the API names the field', () => {
    const body = convoyBody(
      ID,
      { ...draft, vehicles: [{ key: 'c', plate: 'A1', kind: 'van', seats: 'doce' }] },
      IN_PERU,
    );
    const parsed = NewConvoyBody.safeParse(JSON.parse(JSON.stringify(body)));
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['vehicles.0.seats']);
  });
});

describe('convoyTimeFaults', () => {
  it('takes an arrival at Tacna at 09:30 after a departure from Chacalluta at 10:00 the same day in summer', () => {
    const d = { ...draft, departure: '2026-03-01T10:00', arrival: '2026-03-01T09:30' };
    expect(convoyTimeFaults(d, FROM_CHILE, es)).toEqual({});
    expect(convoyBody(ID, d, FROM_CHILE)).toMatchObject({
      plannedDeparture: '2026-03-01T13:00:00.000Z',
      plannedArrival: '2026-03-01T14:30:00.000Z',
    });
  });

  it('says an arrival before the departure, compared as instants, in winter when Chile is an hour ahead', () => {
    const d = { ...draft, departure: '2026-07-01T10:00', arrival: '2026-07-01T08:30' };
    expect(convoyTimeFaults(d, FROM_CHILE, es)).toEqual({
      arrival: 'La llegada debe ser una fecha y hora posterior a la salida.',
    });
  });

  it('asks which of the two 23:30 of 4 April 2026 at Chacalluta, and says nothing once it is chosen', () => {
    const d = { ...draft, departure: '2026-04-04T23:30', arrival: '2026-04-05T12:00' };
    expect(convoyTimeFaults(d, FROM_CHILE, es)).toEqual({ departureRepeat: 'Elija cuál de las dos.' });
    expect(convoyTimeFaults(d, FROM_CHILE, en)).toEqual({ departureRepeat: 'Choose which of the two.' });
    expect(convoyTimeFaults({ ...d, departureRepeat: 'later' }, FROM_CHILE, es)).toEqual({});
  });

  it('says that 00:30 of 6 September 2026 did not happen at Chacalluta', () => {
    const d = { ...draft, departure: '2026-09-06T00:30', arrival: '2026-09-06T12:00' };
    expect(convoyTimeFaults(d, FROM_CHILE, es)).toEqual({
      departure:
        'Esa hora no existió en Chacalluta: esa noche los relojes se adelantaron una hora. Escriba la hora que marcaban.',
    });
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
