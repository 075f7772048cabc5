// The new corridor form: stops sent in order with their coordinates as typed (a decimal comma too),
// codes in capitals, and each refusal of the API said beside its field, a stop's by its row.
import { describe, expect, it } from 'vitest';
import { codeTakenRefusal, translators, validationRefusal } from '../../../../test/support/translators';
import { NewCorridorBody } from '../../../api/transit';
import {
  type CorridorDraft,
  corridorBody,
  corridorFieldErrors,
  moveStop,
  repeatedStopCodes,
} from './corridor-draft';

const { es, en } = translators();

const ID = '5b0c3a4e-1111-4222-8333-444455556677';
const draft: CorridorDraft = {
  code: 'tacna-desaguadero',
  name: ' Tacna → Desaguadero (hacia Bolivia) ',
  exitPoint: 'pe-desaguadero',
  stops: [
    { key: 'a', code: 'tacna', name: 'Tacna', latitude: '-18,0066', longitude: '-70.2463' },
    { key: 'b', code: 'DESAGUADERO', name: 'Desaguadero', latitude: '-16.5656', longitude: '-69.0406' },
  ],
};

describe('corridorBody', () => {
  it('sends the stops in order, with coordinates typed with a comma or a point', () => {
    const body = corridorBody(ID, draft);
    expect(body).toEqual({
      id: ID,
      code: 'TACNA-DESAGUADERO',
      name: 'Tacna → Desaguadero (hacia Bolivia)',
      exitPoint: 'PE-DESAGUADERO',
      stops: [
        { code: 'TACNA', name: 'Tacna', latitude: -18.0066, longitude: -70.2463 },
        { code: 'DESAGUADERO', name: 'Desaguadero', latitude: -16.5656, longitude: -69.0406 },
      ],
    });
    expect(NewCorridorBody.safeParse(body).success).toBe(true);
  });

  it('sends a coordinate that is not a number so the API names its field', () => {
    const stops = [
      { key: 'a', code: 'TACNA', name: 'Tacna', latitude: '-18.0066', longitude: '-70.2463' },
      { key: 'b', code: 'DESAGUADERO', name: 'Desaguadero', latitude: 'sur', longitude: '-69.0406' },
    ];
    const parsed = NewCorridorBody.safeParse(
      JSON.parse(JSON.stringify(corridorBody(ID, { ...draft, stops }))),
    );
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['stops.1.latitude']);
  });
});

describe('corridorFieldErrors', () => {
  const refused = validationRefusal([
    { path: 'body.stops.1.latitude', message: 'Too small: expected number to be >=-90' },
    { path: 'body.stops.0.code', message: 'a code of capitals, digits and hyphens' },
    { path: 'body.stops', message: 'each stop code once' },
  ]);

  it('says each refusal beside its field, a stop’s by its row, in Spanish and English', () => {
    expect(corridorFieldErrors(refused, es)).toEqual({
      'latitude-1': 'Una latitud entre -90 y 90, en grados decimales.',
      'code-0': 'Use solo mayúsculas, números y guiones, hasta 40 caracteres.',
      stops: 'De 2 a 60 paradas, cada código una sola vez.',
    });
    expect(corridorFieldErrors(refused, en)['latitude-1']).toBe(
      'A latitude between -90 and 90, in decimal degrees.',
    );
  });

  it('says a code another corridor has beside the code', () => {
    const taken = codeTakenRefusal('The corridor code is taken.');
    expect(corridorFieldErrors(taken, es)).toEqual({
      code: 'Ya hay un corredor con este código: elija otro.',
    });
  });
});

describe('moveStop', () => {
  const [a, b] = draft.stops;
  const c = { key: 'c', code: 'TARATA', name: 'Tarata', latitude: '-17.47', longitude: '-70.03' };
  const stops = [a, b, c].flatMap((s) => (s ? [s] : []));
  const keys = (moved: readonly { key: string }[]) => moved.map((s) => s.key);
  it.each([
    ['the last stop up, before the exit point', 2, -1, ['a', 'c', 'b']],
    ['the first stop down', 0, 1, ['b', 'a', 'c']],
    ['the first stop up: nowhere to go', 0, -1, ['a', 'b', 'c']],
    ['the last stop down: nowhere to go', 2, 1, ['a', 'b', 'c']],
  ] as const)('moves %s', (_, index, by, expected) => {
    expect(keys(moveStop(stops, index, by))).toEqual(expected);
  });
  it('sends the stops in the order they were moved to', () => {
    const body = corridorBody(ID, { ...draft, stops: moveStop(stops, 2, -1) });
    expect(body.stops.map((s) => s.code)).toEqual(['TACNA', 'TARATA', 'DESAGUADERO']);
  });
});

describe('repeatedStopCodes', () => {
  it('marks each stop whose code an earlier stop has, on its own row, naming the first', () => {
    const stop = (key: string, code: string) => ({ key, code, name: key, latitude: '', longitude: '' });
    const stops = [
      stop('a', 'TACNA'),
      stop('b', 'moquegua'),
      stop('c', ' tacna '),
      stop('d', ''),
      stop('e', ''),
    ];
    expect(repeatedStopCodes(stops, es)).toEqual({
      'code-2': 'La parada 1 ya tiene este código: cada parada, un código distinto.',
    });
    expect(repeatedStopCodes(stops, en)).toEqual({
      'code-2': 'Stop 1 already has this code: each stop needs a code of its own.',
    });
    expect(repeatedStopCodes(draft.stops, es)).toEqual({});
  });
});
