// A correction of a person's details typed wrong at the booth: it carries the whole person (and
// document) as corrected, only what changed, the reason as the correction's own note (the crossing's
// note stays), and is stopped without a reason, with nothing changed, or with a document left without
// its number.
import { describe, expect, it } from 'vitest';
import { parseEvent } from '../../../api/events';
import { personCorrectionOf } from './person-correction';
import { EMPTY_FORM, type RegistrationForm } from './registration';

const RECORDED: RegistrationForm = {
  ...EMPTY_FORM,
  givenNames: 'LUIS ALBERTO',
  surname1: 'RODRIGEZ',
  surname2: 'MARQUEZ',
  sex: 'M',
  birthDate: '1988-07-02',
  nationality: 'VEN',
  documentType: 'P',
  documentNumber: '158273645',
  issuingState: 'VEN',
  mrz: 'P<VENRODRIGEZ<<LUIS',
};
const NO_DOCUMENT: RegistrationForm = { ...RECORDED, documentType: '', documentNumber: '', mrz: '' };
const codes = (form: RegistrationForm, reason = 'apellido mal escrito') =>
  personCorrectionOf(RECORDED, form, reason).issues.map((i) => `${i.path}:${i.code}`);

describe('personCorrectionOf', () => {
  it('sets the whole person as corrected, and not the document when it did not change', () => {
    const { body, issues } = personCorrectionOf(RECORDED, { ...RECORDED, surname1: 'rodriguez ' }, ' typo ');
    expect(issues).toEqual([]);
    expect(body).toEqual({
      set: {
        person: {
          givenNames: 'LUIS ALBERTO',
          surname1: 'rodriguez',
          surname2: 'MARQUEZ',
          sex: 'M',
          birthDate: '1988-07-02',
          nationality: 'VEN',
        },
      },
      note: 'typo',
    });
  });

  it('sets the whole document, the zone as read kept, when only its number changed', () => {
    const { body } = personCorrectionOf(RECORDED, { ...RECORDED, documentNumber: '158273646' }, 'número');
    expect(body.set).toEqual({
      document: { type: 'P', number: '158273646', issuingState: 'VEN', mrz: 'P<VENRODRIGEZ<<LUIS' },
    });
  });

  it('reads as a correction event the interchange accepts', () => {
    const { body } = personCorrectionOf(RECORDED, { ...RECORDED, birthDate: '02/07/1987' }, 'año');
    const event = {
      kind: 'correction',
      id: '0b6c8f52-3f7c-4e8a-9d0b-2a1f3c4d5e6f',
      at: '2026-04-04T17:20:00Z',
      checkpoint: 'PE-SANTA-ROSA',
      corrects: '3f1c2a9e-8b4d-4c1a-9e2f-1a2b3c4d5e6f',
      ...body,
    };
    expect(parseEvent(event)).toMatchObject({
      ok: true,
      value: { set: { person: { birthDate: '1987-07-02' } } },
    });
  });

  it.each([
    ['without a reason', { ...RECORDED, surname1: 'RODRIGUEZ' }, '  ', ['reason:correction.reason-required']],
    ['with nothing changed', RECORDED, 'x', ['person:correction.unchanged']],
    [
      'with the same details typed differently',
      { ...RECORDED, surname1: ' RODRIGEZ' },
      'x',
      ['person:correction.unchanged'],
    ],
    [
      'with the document number emptied',
      { ...RECORDED, documentNumber: ' ' },
      'x',
      ['document.number:event.required'],
    ],
    [
      'with a national number that does not check',
      { ...RECORDED, documentType: 'CL-RUN', documentNumber: '12.345.678-4' },
      'x',
      ['document.number:document.national-id'],
    ],
  ] as const)('is stopped %s', (_, form, reason, expected) => {
    expect(codes(form, reason)).toEqual(expected);
  });

  it('never adds a document to a person recorded without one', () => {
    const typed = { ...NO_DOCUMENT, documentType: 'P', documentNumber: '1', givenNames: 'LUIS' };
    expect(personCorrectionOf(NO_DOCUMENT, typed, 'nombre').body.set).toEqual({
      person: expect.objectContaining({ givenNames: 'LUIS' }),
    });
  });
});
