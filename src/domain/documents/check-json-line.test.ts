import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { belgianCardZone } from '../../../test/support/documents';
import { checkDocument, checkIdentifier, checkJsonLine, checkJsonLineToJson } from './index';

const TODAY = new Date('2025-11-27');
const ZONE = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10';

describe('checkJsonLine', () => {
  it.each([
    ['a JSON string', JSON.stringify(ZONE)],
    ['an object with the zone', JSON.stringify({ mrz: ZONE })],
    ['an object with its lines', JSON.stringify({ mrz: ZONE.split('\n') })],
    ['a zone typed on a Latin American layout (`;` for `<`)', JSON.stringify(ZONE.replaceAll('<', ';'))],
  ])('reads a zone given as %s', (_, line) => {
    expect(checkJsonLine(line, TODAY)).toEqual(checkDocument(ZONE, TODAY));
  });

  it('gives the document shape the CLI prints', () => {
    expect(checkJsonLine(JSON.stringify({ mrz: ZONE, ref: 7 }), TODAY)).toEqual({
      valid: true,
      format: 'TD3',
      fields: {
        documentCode: 'P',
        issuingState: 'UTO',
        surname: 'ERIKSSON',
        givenNames: 'ANNA MARIA',
        documentNumber: 'L898902C3',
        nationality: 'UTO',
        birthDate: '1974-08-12',
        birthDatePrecision: 'day',
        sex: 'F',
        expiryDate: '2012-04-15',
        optionalData: 'ZE184226B',
        optionalData2: '',
      },
      expired: true,
      problems: [],
      repairs: [],
      ref: 7,
    });
  });

  it('checks an identity number', () => {
    expect(checkJsonLine('{"idType":"CL-RUN","number":"12.345.678-5","ref":"a"}', TODAY)).toEqual({
      valid: true,
      idType: 'CL-RUN',
      normalized: '12345678-5',
      display: '12.345.678-5',
      problems: [],
      ref: 'a',
    });
    expect(checkIdentifier('PE-DNI', '10117410-3')).toMatchObject({
      valid: false,
      idType: 'PE-DNI',
      problems: [{ code: 'id.check-digit' }],
    });
  });

  it.each([
    ['bad JSON', '{"mrz": ', 'input.json'],
    ['a number', '42', 'input.shape'],
    ['an object without a zone or number', '{"name":"x"}', 'input.shape'],
    ['an array', '["P<UTO"]', 'input.shape'],
  ])('answers %s with a problem', (_, line, code) => {
    expect(checkJsonLine(line, TODAY)).toEqual({
      valid: false,
      problems: [{ field: 'input', code, line: 1, column: 1, length: line.length }],
    });
  });

  it('never throws, whatever line it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ mrz: v })),
        ),
        (line) => {
          expect(typeof checkJsonLine(line, TODAY).valid).toBe('boolean');
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('checkJsonLineToJson', () => {
  it('serialises exactly what checkJsonLine returns, ref last', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constant(ZONE),
          fc.string(),
          fc.constantFrom('CL-RUN', 'PE-DNI').map((idType) => ({ idType, number: '12.345.678-5' })),
        ),
        fc.option(fc.oneof(fc.string(), fc.integer()), { nil: undefined }),
        (payload, ref) => {
          const body = typeof payload === 'string' ? { mrz: payload } : payload;
          const line = JSON.stringify(ref === undefined ? body : { ...body, ref });
          const { json, valid } = checkJsonLineToJson(line, 20251127);
          expect(json).toBe(JSON.stringify(checkJsonLine(line, TODAY)));
          expect(valid).toBe(checkJsonLine(line, TODAY).valid);
        },
      ),
      { numRuns: 300 },
    );
  });

  // The CLI reads {"mrz":"...","ref":...} by hand and writes results by hand: both must agree with
  // JSON.parse and JSON.stringify on every line, whatever the zone, the ref or the spelling.
  const damagedZone = fc
    .record({
      separator: fc.constantFrom('\n', '\r\n', '\r', '', ' \n'),
      edits: fc.array(
        fc.record({ at: fc.nat(), ch: fc.constantFrom(...'AOISBZ0158<<a"\\\u0001é\u2028\ud800') }),
        { maxLength: 3 },
      ),
    })
    .map(({ separator, edits }) => {
      let zone = ZONE.replace('\n', separator);
      for (const { at, ch } of edits) {
        const i = at % zone.length;
        zone = zone.slice(0, i) + ch + zone.slice(i + 1);
      }
      return zone;
    });
  const RAW_REFS = [
    '-0',
    '01',
    '1.0',
    '1e3',
    '1E3',
    '-5',
    '12345678901234567890',
    '"a\\u0062"',
    'true',
    'null',
    '[1]',
    '',
  ];
  const ref = fc.option(
    fc.oneof(
      fc.integer(),
      fc.double(),
      fc.constantFrom(0, -0, 1e21, 123456789012345, 1234567890123456),
      fc.string(),
      fc.constantFrom('a"b', 'ñandú', 'x\\y', ''),
    ),
    { nil: undefined },
  );
  const spelling = fc.constantFrom(
    (zone: string, r: unknown) => JSON.stringify(r === undefined ? { mrz: zone } : { mrz: zone, ref: r }),
    (zone: string, r: unknown) => JSON.stringify(r === undefined ? { mrz: zone } : { ref: r, mrz: zone }),
    (zone: string, r: unknown) => JSON.stringify({ mrz: zone, ref: r, other: 1 }),
    (zone: string, r: unknown) =>
      `{"mrz": ${JSON.stringify(zone)}${r === undefined ? '' : `, "ref": ${JSON.stringify(r)}`}}`,
    (zone: string, r: unknown) => `{"mrz":${JSON.stringify(zone)},"ref":${String(r)}}`,
    (zone: string) => `{"mrz":${JSON.stringify(zone).replace('P', '\\u0050')}}`,
    (zone: string) => `{"mrz":${JSON.stringify(zone)}`,
    // Not JSON.stringify's spelling: raw characters in the zone, refs written by hand.
    (zone: string) => `{"mrz":"${zone}"}`,
    (zone: string, r: unknown) =>
      `{"mrz":${JSON.stringify(zone)},"ref":${typeof r === 'number' ? RAW_REFS[Math.abs(Math.trunc(r)) % RAW_REFS.length] : '-0'}}`,
  );

  it.each([
    ['a repair that awaits confirmation', ZONE.replace('L898902C3', 'L8989O2C3'), 'needsConfirmation'],
    ['a zone read by an issuer variant', belgianCardZone(), 'variant'],
  ])('writes %s as JSON.stringify would, and counts it invalid until confirmed', (_, zone, key) => {
    const line = JSON.stringify({ mrz: zone, ref: 1 });
    const { json, valid } = checkJsonLineToJson(line, 20251127);
    expect(json).toBe(JSON.stringify(checkJsonLine(line, TODAY)));
    expect(json).toContain(`"${key}":`);
    expect(valid).toBe(key === 'variant');
  });

  it('reads and writes zone lines as JSON.parse and JSON.stringify would', () => {
    fc.assert(
      fc.property(damagedZone, ref, spelling, (zone, r, spell) => {
        const line = spell(zone, r);
        const { json, valid } = checkJsonLineToJson(line, 20251127);
        const expected = checkJsonLine(line, TODAY);
        expect(json).toBe(JSON.stringify(expected));
        expect(valid).toBe(expected.valid);
      }),
      { numRuns: 3000 },
    );
  });
});
