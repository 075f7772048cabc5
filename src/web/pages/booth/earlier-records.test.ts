// What the booth asks about the person in the form before deciding: nothing while too little is known
// to compare, then the person as a crossing would carry them, and of the document only what matching
// compares (not the zone as read).
import { describe, expect, it } from 'vitest';
import { earlierQueryOf } from './earlier-records';
import { EMPTY_FORM } from './registration';

const named = { ...EMPTY_FORM, givenNames: ' María José ', surname1: 'Cáceres', surname2: '' };

describe('earlierQueryOf', () => {
  it('asks nothing until a name and a birth date or a document number are there', () => {
    expect(earlierQueryOf(EMPTY_FORM, 'PE-SANTA-ROSA')).toBeNull();
    expect(earlierQueryOf(named, 'PE-SANTA-ROSA')).toBeNull();
    expect(earlierQueryOf({ ...named, givenNames: '', birthDate: '1988-03-14' }, 'PE-SANTA-ROSA')).toBeNull();
    expect(earlierQueryOf({ ...named, birthDate: '1988-03-14' }, null)).toBeNull();
    // A day that does not exist, or one half typed, is not asked about: the form says what is wrong.
    expect(earlierQueryOf({ ...named, birthDate: '1988-02-31' }, 'PE-SANTA-ROSA')).toBeNull();
    expect(
      earlierQueryOf(
        { ...named, birthDate: '1988-02-31', documentType: 'passport', documentNumber: 'X1' },
        'PE-SANTA-ROSA',
      )?.person,
    ).toEqual({ givenNames: 'María José', surname1: 'Cáceres' });
  });

  it('asks with the person as a crossing carries them once a birth date is typed', () => {
    expect(
      earlierQueryOf({ ...named, birthDate: '1988-03-14', nationality: 'ven' }, 'PE-SANTA-ROSA'),
    ).toEqual({
      checkpoint: 'PE-SANTA-ROSA',
      person: { givenNames: 'María José', surname1: 'Cáceres', birthDate: '1988-03-14', nationality: 'VEN' },
    });
  });

  it('asks with the document number, without the zone as read or the expiry', () => {
    const scanned = {
      ...named,
      documentType: 'passport',
      documentNumber: 'c12345678',
      issuingState: 'VEN',
      expiryDate: '2030-01-01',
      mrz: 'P<VENCACERES<<MARIA<JOSE<<<<<<<<<<<<<<<<<<<<',
    };
    expect(earlierQueryOf(scanned, 'PE-SANTA-ROSA')?.document).toEqual({
      type: 'passport',
      number: 'C12345678',
      issuingState: 'VEN',
    });
  });
});

describe('earlierQueryOf and a country being typed', () => {
  it('leaves out a nationality or issuing state that is no code yet, instead of a question refused', () => {
    const typing = { ...named, birthDate: '1988-03-14', nationality: 'Narnia' };
    expect(earlierQueryOf(typing, 'PE-SANTA-ROSA')?.person).toEqual({
      givenNames: 'María José',
      surname1: 'Cáceres',
      birthDate: '1988-03-14',
    });
    const half = { ...named, documentType: 'passport', documentNumber: 'C1', issuingState: 'V' };
    expect(earlierQueryOf(half, 'PE-SANTA-ROSA')?.document).toEqual({ type: 'passport', number: 'C1' });
    expect(earlierQueryOf({ ...half, issuingState: 'VEN' }, 'PE-SANTA-ROSA')?.document).toEqual({
      type: 'passport',
      number: 'C1',
      issuingState: 'VEN',
    });
  });
});
