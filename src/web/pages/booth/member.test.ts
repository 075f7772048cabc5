import { describe, expect, it } from 'vitest';
import { chileanCard } from '../../../../test/support/mrz-zones';
import { formatTd1, formatTd3, parseMrz } from '../../../domain/documents';
import { newMember, withField, withoutZone, withZone } from './member';
import { EMPTY_FORM } from './registration';

const TODAY = new Date('2025-11-27T12:00:00Z');
const ZONE = formatTd3({
  documentCode: 'P',
  issuingState: 'VEN',
  surname: 'RODRIGUEZ MARQUEZ',
  givenNames: 'LUIS ALBERTO',
  documentNumber: '158273645',
  nationality: 'VEN',
  birthDate: '1988-07-02',
  sex: 'M',
  expiryDate: '2030-01-01',
  optionalData: '',
  optionalData2: '',
}).join('\n');

function read(zone: string) {
  const fields = parseMrz(zone, TODAY).fields;
  if (fields === null) throw new Error('the zone does not read');
  return { fields, zone, doubtful: [] };
}

describe('withoutZone', () => {
  it('empties what a zone filled in once the scan field stops reading as a zone', () => {
    const asked = withField(withZone(newMember('m1'), read(ZONE)), 'consent', true);
    const member = withoutZone({ ...asked, form: { ...asked.form, vulnerabilities: ['medical'] } });
    expect(member.form).toEqual({ ...EMPTY_FORM, consent: true, vulnerabilities: ['medical'] });
    expect(member.zone).toBe('');
    // The same zone read again fills the form again.
    expect(withZone(member, read(ZONE)).form.documentNumber).toBe('158273645');
  });

  it('leaves a person typed by hand as typed', () => {
    const typed = withField(withField(newMember('m1'), 'givenNames', 'María José'), 'surname1', 'Núñez');
    expect(withoutZone(typed)).toBe(typed);
  });
});

describe('withZone', () => {
  const card = (optionalData: string) => formatTd1(chileanCard({ optionalData })).join('\n');

  it('keeps the RUN a Chilean card carries, checked, to offer it as the person’s identifier', () => {
    const member = withZone(newMember('m1'), read(card('12345678<5')));
    expect(member.zoneIdentifier).toEqual({
      idType: 'CL-RUN',
      normalized: '12345678-5',
      display: '12.345.678-5',
    });
    // The card's own number stays the document's until the officer takes the RUN.
    expect(member.form.documentNumber).toBe('527183946');
    expect(withoutZone(member).zoneIdentifier).toBeNull();
  });

  it('offers no RUN whose check character is wrong, nor any from a passport', () => {
    expect(withZone(newMember('m1'), read(card('12345678<4'))).zoneIdentifier).toBeNull();
    expect(withZone(newMember('m1'), read(ZONE)).zoneIdentifier).toBeNull();
  });
});
