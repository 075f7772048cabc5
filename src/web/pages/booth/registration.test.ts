import { describe, expect, it } from 'vitest';
import type { MrzFields } from '../../../domain/documents';
import {
  dayAndTime,
  documentTypeOfCode,
  EMPTY_FORM,
  formFromZone,
  splitSurnames,
  toRegistration,
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

const WHERE = {
  id: '8d1f3c7e-5b2a-4c1d-9e8f-0a1b2c3d4e5f',
  checkpointId: '5a7a0000-0000-4000-8000-000000000001',
  boothId: '',
  at: new Date('2025-11-26T20:00:00Z'),
  intention: 'transit' as const,
};

describe('toRegistration', () => {
  it('sends a person without documents with only what was given', () => {
    const body = toRegistration(
      { ...EMPTY_FORM, givenNames: ' Ana ', surname1: 'Rojas ', nationality: 'ven', consent: true },
      WHERE,
    );
    expect(body).toEqual({
      id: WHERE.id,
      checkpointId: WHERE.checkpointId,
      at: '2025-11-26T20:00:00.000Z',
      person: { givenNames: 'Ana', surname1: 'Rojas', nationality: 'VEN' },
      intention: 'transit',
      consent: true,
      vulnerabilities: [],
      offline: false,
    });
  });

  it('sends the document, the booth and the vulnerabilities when there are any', () => {
    const body = toRegistration(
      { ...formFromZone(FIELDS, 'ZONE'), vulnerabilities: ['pregnant'] },
      { ...WHERE, boothId: '5a7a0000-0000-4000-8001-000000000003' },
    );
    expect(body).toMatchObject({
      boothId: '5a7a0000-0000-4000-8001-000000000003',
      person: { surname1: 'DE LA CRUZ', surname2: 'PENA', sex: 'F', birthDate: '1988-03-14' },
      document: {
        type: 'P',
        number: '158273645',
        issuingState: 'VEN',
        expiryDate: '2029-01-01',
        mrz: 'ZONE',
      },
      vulnerabilities: ['pregnant'],
    });
  });

  it('sends no document part when the type is chosen but the number is blank', () => {
    expect(toRegistration({ ...EMPTY_FORM, surname1: 'Rojas', documentType: 'P' }, WHERE)).not.toHaveProperty(
      'document',
    );
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
