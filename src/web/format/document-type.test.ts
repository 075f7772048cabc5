import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import es from '../i18n/es.json';
import { documentTypeName } from './document-type';

// A stand-in translator that shows which key was asked for.
const t = ((key: string) => `t:${key}`) as unknown as TFunction;

const lookUp = (catalogue: unknown, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);

describe('documentTypeName', () => {
  it.each([
    ['P', 'documentType.passport'],
    ['P<', 'documentType.passport'],
    ['PP', 'documentType.passport'],
    ['PD', 'documentType.diplomaticPassport'],
    ['PO', 'documentType.officialPassport'],
    ['PS', 'documentType.servicePassport'],
    ['I', 'documentType.identityCard'],
    ['ID', 'documentType.identityCard'],
    ['IR', 'documentType.identityCard'],
    ['A', 'documentType.travelDocumentA'],
    ['C', 'documentType.travelDocumentC'],
    ['AC', 'documentType.crewCertificate'],
    ['V', 'documentType.visa'],
    ['VB', 'documentType.visa'],
    [' p ', 'documentType.passport'],
  ])('names the ICAO document code %j', (code, key) => {
    expect(documentTypeName(code, t)).toBe(`t:${key}`);
    expect(lookUp(es, key)).toEqual(expect.any(String));
    expect(lookUp(en, key)).toEqual(expect.any(String));
  });

  it('says "Pasaporte" in Spanish and "Passport" in English for P', () => {
    expect(lookUp(es, 'documentType.passport')).toBe('Pasaporte');
    expect(lookUp(en, 'documentType.passport')).toBe('Passport');
  });

  it.each(['Passport', 'CL-RUN', 'X', '', 'P1'])('shows %j, which is no ICAO code, as given', (code) => {
    expect(documentTypeName(code, t)).toBe(code);
  });
});
