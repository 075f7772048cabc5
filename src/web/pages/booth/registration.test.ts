import { describe, expect, it } from 'vitest';
import type { MrzFields } from '../../../domain/documents';
import {
  dayAndTime,
  documentOf,
  documentTypeOfCode,
  EMPTY_FORM,
  formFromZone,
  personOf,
  splitSurnames,
  tallyTimes,
  tallyWhen,
} from './registration';

describe('splitSurnames', () => {
  it.each([
    ['RODRIGUEZ MARQUEZ', 'RODRIGUEZ', 'MARQUEZ'],
    ['DE LA CRUZ PENA', 'DE LA CRUZ', 'PENA'],
    ['GARCIA DE LA TORRE', 'GARCIA', 'DE LA TORRE'],
    ['DE LA CRUZ', 'DE LA CRUZ', ''],
    ['PEREZ', 'PEREZ', ''],
    ['  ', '', ''],
    ['SAN MARTIN QUISPE', 'SAN MARTIN', 'QUISPE'],
  ])('splits %s into %s and %s', (surname, first, second) => {
    expect(splitSurnames(surname)).toEqual({ surname1: first, surname2: second });
  });
});

describe('documentTypeOfCode', () => {
  it.each([
    ['P', 'P'],
    ['PP', 'P'],
    ['ID', 'I'],
    ['AC', 'I'],
    ['V', 'V'],
    ['', ''],
  ])('reads the zone code %s as %s', (code, type) => {
    expect(documentTypeOfCode(code)).toBe(type);
  });
});

const FIELDS: MrzFields = {
  documentCode: 'P',
  issuingState: 'VEN',
  surname: 'DE LA CRUZ PENA',
  givenNames: 'MARIA JOSE',
  documentNumber: '158273645',
  nationality: 'VEN',
  birthDate: '1988-03-14',
  birthDatePrecision: 'day',
  sex: 'F',
  expiryDate: '2029-01-01',
  optionalData: '',
  optionalData2: '',
};

describe('formFromZone', () => {
  it('fills the person and the document from the zone, leaving consent to the officer', () => {
    expect(formFromZone(FIELDS, 'P<VEN…\n158…')).toEqual({
      ...EMPTY_FORM,
      givenNames: 'MARIA JOSE',
      surname1: 'DE LA CRUZ',
      surname2: 'PENA',
      sex: 'F',
      birthDate: '1988-03-14',
      nationality: 'VEN',
      documentType: 'P',
      documentNumber: '158273645',
      issuingState: 'VEN',
      expiryDate: '2029-01-01',
      mrz: 'P<VEN…\n158…',
    });
  });

  it('leaves an unspecified sex and unknown dates empty', () => {
    const form = formFromZone({ ...FIELDS, sex: 'unspecified', birthDate: null, expiryDate: null }, '');
    expect(form).toMatchObject({ sex: '', birthDate: '', expiryDate: '' });
  });
});

describe('personOf and documentOf', () => {
  it('give a person without documents only what was given, and no document', () => {
    const form = {
      ...EMPTY_FORM,
      givenNames: ' Ana ',
      surname1: 'Rojas ',
      nationality: 'ven',
      consent: true,
    };
    expect(personOf(form)).toEqual({ givenNames: 'Ana', surname1: 'Rojas', nationality: 'VEN' });
    expect(documentOf(form)).toBeUndefined();
  });

  it('give the document with the zone as read', () => {
    const form = formFromZone(FIELDS, 'ZONE');
    expect(personOf(form)).toMatchObject({
      surname1: 'DE LA CRUZ',
      surname2: 'PENA',
      sex: 'F',
      birthDate: '1988-03-14',
    });
    expect(documentOf(form)).toEqual({
      type: 'P',
      number: '158273645',
      issuingState: 'VEN',
      expiryDate: '2029-01-01',
      mrz: 'ZONE',
    });
  });

  // A person and a passport as an officer types them by hand.
  const TYPED = { ...EMPTY_FORM, surname1: 'Rojas', documentType: 'P', documentNumber: '158273645' };

  it('send dates typed day first, as officers in the region write them, in the ISO form', () => {
    const form = { ...TYPED, birthDate: '14/03/1988', expiryDate: '1.1.2029' };
    expect(personOf(form).birthDate).toBe('1988-03-14');
    expect(documentOf(form)?.expiryDate).toBe('2029-01-01');
    expect(personOf({ ...form, birthDate: '03/1988' }).birthDate).toBe('1988-03');
  });

  it('send a country typed by name or by its two-letter code as its ICAO code', () => {
    expect(documentOf({ ...TYPED, issuingState: 'Chile' })?.issuingState).toBe('CHL');
    expect(personOf({ ...TYPED, nationality: 'Venezuela' }).nationality).toBe('VEN');
    expect(personOf({ ...TYPED, nationality: 've' }).nationality).toBe('VEN');
    expect(personOf({ ...TYPED, nationality: 'República Dominicana' }).nationality).toBe('DOM');
    expect(personOf({ ...TYPED, nationality: 'Alemania' }).nationality).toBe('D');
    // The nationality as the person states it.
    expect(personOf({ ...TYPED, nationality: 'venezolana' }).nationality).toBe('VEN');
    // What names no country is sent as typed, for the check to refuse.
    expect(personOf({ ...TYPED, nationality: 'venezuelo' }).nationality).toBe('VENEZUELO');
  });

  it('give no document when the type is chosen but the number is blank', () => {
    expect(documentOf({ ...EMPTY_FORM, surname1: 'Rojas', documentType: 'P' })).toBeUndefined();
  });
});

describe('dayAndTime', () => {
  it.each([
    ['America/Lima', { day: '26/11', time: '15:00' }],
    ['America/Santiago', { day: '26/11', time: '17:00' }],
    ['Not/AZone', { day: '26/11', time: '20:00' }],
  ])('shows the instant on the clock of %s', (zone, shown) => {
    expect(dayAndTime('2025-11-26T20:00:00Z', 'es-419', zone)).toEqual(shown);
  });
});

describe('tallyWhen', () => {
  it.each([
    ['a tally of today, on the checkpoint’s clock', '2025-11-26T20:00:00Z', '15:00'],
    ['one of yesterday, with its day', '2025-11-25T20:00:00Z', '25/11 15:00'],
    ['one made at 23:30 in Lima, already the next day in UTC', '2025-11-26T04:30:00Z', '25/11 23:30'],
  ])('lists %s', (_case, at, shown) => {
    expect(tallyWhen(at, '2025-11-26', 'es-419', 'America/Lima')).toBe(shown);
  });
});

describe('tallyTimes', () => {
  it('gives the seconds of tallies made in the same minute, so none reads like another', () => {
    const ats = ['2025-11-26T20:00:05Z', '2025-11-26T20:00:41Z', '2025-11-26T20:03:00Z'];
    expect(tallyTimes(ats, '2025-11-26', 'es-419', 'America/Lima')).toEqual([
      '15:00:05',
      '15:00:41',
      '15:03',
    ]);
  });
});
