// The checkpoint and booth forms: what is missing or out of range is said beside its field in the
// reader's language before anything is sent; what is sent is what the API takes; the API's refusals
// (a field, a code taken) are said beside the field they concern.
import { describe, expect, it } from 'vitest';
import { translators, validationRefusal } from '../../../../test/support/translators';
import { CreateBoothBody, CreateCheckpointBody } from '../../../api/reference';
import { toProblem } from '../../api/problem';
import {
  type CheckpointDraft,
  checkBooth,
  checkCheckpoint,
  newBoothBody,
  newCheckpointBody,
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
