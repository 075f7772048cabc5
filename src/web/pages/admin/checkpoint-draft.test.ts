// The checkpoint and booth forms: what is missing or out of range is said beside its field in the
// reader's language before anything is sent; what is sent is what the API takes; the API's refusals
// (a field, a code taken) are said beside the field they concern.
import { describe, expect, it } from 'vitest';
import { translators, validationRefusal } from '../../../../test/support/translators';
import { CreateBoothBody, CreateCheckpointBody } from '../../../api/reference';
import { COUNTRY_CODES } from '../../../domain/shared';
import { toProblem } from '../../api/problem';
import {
  type CheckpointDraft,
  checkBooth,
  checkCheckpoint,
  newBoothBody,
  newCheckpointBody,
  placeCountries,
  refusedBoothFields,
  refusedCheckpointFields,
} from './checkpoint-draft';

const { es, en } = translators();
const ID = '5b0c3a4e-1111-4222-8333-444455556677';
const TUMBES: CheckpointDraft = {
  code: ' pe-tumbes ',
  name: ' CEBAF Tumbes ',
  country: 'PER',
  latitude: '-3,49',
  longitude: '−80.27',
  timeZone: 'America/Lima',
};

describe('the checkpoint form', () => {
  it('finds nothing wrong with a checkpoint typed as people type, and sends what the API takes', () => {
    expect(checkCheckpoint(TUMBES, es)).toEqual({});
    const body = newCheckpointBody(ID, TUMBES);
    expect(body).toEqual({
      id: ID,
      code: 'PE-TUMBES',
      name: 'CEBAF Tumbes',
      country: 'PER',
      latitude: -3.49,
      longitude: -80.27,
      timeZone: 'America/Lima',
    });
    expect(CreateCheckpointBody.safeParse(body).success).toBe(true);
  });

  it('says in Spanish beside each field what an empty form lacks', () => {
    const empty = { code: '', name: ' ', country: '', latitude: '', longitude: '', timeZone: '' };
    expect(checkCheckpoint(empty, es)).toEqual({
      code: 'Escriba un código de mayúsculas, cifras y guiones (hasta 40), p. ej. PE-SANTA-ROSA.',
      name: 'Escriba un nombre.',
      country: 'Elija el país del puesto.',
      latitude: 'Escriba una latitud entre -90 y 90.',
      longitude: 'Escriba una longitud entre -180 y 180.',
      timeZone: 'Elija una zona horaria.',
    });
  });

  it.each([
    ['latitude', { latitude: '-91' }],
    ['latitude', { latitude: 'sur' }],
    ['longitude', { longitude: '181' }],
    ['code', { code: 'PE/TUMBES' }],
    ['timeZone', { timeZone: 'America/Tumbes' }],
  ])('refuses the %s of %j in English too', (field, change) => {
    const faults = checkCheckpoint({ ...TUMBES, ...change }, en);
    expect(Object.keys(faults)).toEqual([field]);
    expect(Object.values(faults)[0]).toMatch(/^(Type|Choose)/);
  });

  it('puts the API refusals beside their fields, and a code taken beside the code', () => {
    const refused = validationRefusal([{ path: 'body.timeZone', message: 'an IANA time zone' }]);
    expect(refusedCheckpointFields(refused, es)).toEqual({ timeZone: 'Elija una zona horaria.' });
    const taken = toProblem(409, { type: 'x', title: 'x', status: 409, code: 'checkpoint.exists' });
    expect(refusedCheckpointFields(taken, es)).toEqual({
      code: 'Ese código ya es de otro puesto de control.',
    });
  });
});

describe('the booth form', () => {
  it('sends the code in capitals, and refuses an empty name or a code with spaces', () => {
    expect(checkBooth({ code: 't1', name: 'Caseta 1' }, es)).toEqual({});
    const body = newBoothBody(ID, { code: ' t1 ', name: ' Caseta 1 ' });
    expect(body).toEqual({ id: ID, code: 'T1', name: 'Caseta 1' });
    expect(CreateBoothBody.safeParse(body).success).toBe(true);
    expect(checkBooth({ code: 'T 1', name: '' }, es)).toEqual({
      // A booth's code, with a booth's example, not a checkpoint's.
      code: 'Escriba un código de mayúsculas, cifras y guiones (hasta 40), p. ej. B3.',
      name: 'Escriba un nombre.',
    });
  });

  it('puts the API refusals beside the booth fields, and a code taken beside the code', () => {
    const refused = validationRefusal([{ path: 'body.code', message: 'too long' }]);
    expect(refusedBoothFields(refused, en)).toEqual({
      code: 'Type a code of capitals, digits and hyphens (up to 40), e.g. B3.',
    });
    const boothTaken = toProblem(409, { type: 'x', title: 'x', status: 409, code: 'booth.exists' });
    expect(refusedBoothFields(boothTaken, en)).toEqual({
      code: 'This checkpoint already has a booth with that code.',
    });
  });
});

describe('the countries a checkpoint can be in', () => {
  // As the API lists them: every code a document may carry, bar specimens and withdrawn ones.
  const listed = COUNTRY_CODES.filter((c) => c.kind !== 'deprecated' && c.kind !== 'specimen').map(
    ({ code, alpha2, nameEs, nameEn }) => ({ code, alpha2, nameEs, nameEn }),
  );

  it('offers states only, Germany once, and no nationality, status or organisation', () => {
    const codes = placeCountries(listed, '', 'en').map((c) => c.code);
    expect(codes).toContain('PER');
    expect(codes.filter((c) => c === 'D' || c === 'DEU')).toEqual(['D']);
    for (const code of ['XXA', 'XXB', 'XXC', 'XXX', 'UNO', 'EUE', 'GBS']) expect(codes).not.toContain(code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('sorts them by name in the reader’s language, not by code', () => {
    const names = (language: 'es' | 'en') =>
      placeCountries(listed, '', language).map((c) => (language === 'en' ? c.nameEn : c.nameEs));
    // By code, Aruba (ABW) came first and Germany (D) after Cuba.
    expect(names('en').slice(0, 2)).toEqual(['Afghanistan', 'Åland Islands']);
    expect(names('es')[0]).toBe('Afganistán');
    expect(names('es').indexOf('Alemania')).toBeLessThan(names('es').indexOf('Argentina'));
    expect(names('en').indexOf('Germany')).toBeGreaterThan(names('en').indexOf('Cuba'));
  });

  it('keeps a country already set that is not a state, so an edit does not lose it', () => {
    expect(placeCountries(listed, 'DEU', 'es').map((c) => c.code)).toContain('DEU');
  });
});
