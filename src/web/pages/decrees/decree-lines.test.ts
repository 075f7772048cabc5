// The decree form says which line of a list is too long for the register, and by how much, before
// sending: before, the server refused it and the form said "not valid; see the field's hint" beside a
// hint that named no limit ("Una por línea.").
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { emptyDraft } from './decree-draft';
import { listFaults } from './decree-lines';

const es = testI18n({ interpolation: { escapeValue: false } }).t;
const en = testI18n({ lng: 'en', interpolation: { escapeValue: false } }).t;
const long = (n: number) => 'ñ'.repeat(n);

describe('listFaults', () => {
  it('takes lists within the register’s limits, at the limit, and blank lines', () => {
    const draft = {
      ...emptyDraft(),
      areas: `Tacna\n\n${long(120)}`,
      measures: `Control de identidad\n${long(500)}\n`,
      units: [{ name: long(120), force: 'police' as const, tasks: `${long(500)}\nPatrullaje` }],
    };
    expect(listFaults(draft, es)).toEqual({});
  });

  it.each([
    [
      'a measure past 500 characters, on the line the reader sees (blank lines counted)',
      { measures: `Control de identidad\n\n  ${long(621)}  ` },
      {
        measures: 'La línea 3 tiene 621 caracteres, y cada una admite hasta 500: acórtela o divídala en dos.',
      },
    ],
    [
      'a named zone past 120 characters',
      { areas: `${long(121)}\nTacna` },
      { areas: 'La línea 1 tiene 121 caracteres, y cada una admite hasta 120: acórtela o divídala en dos.' },
    ],
    [
      'more than 50 measures',
      { measures: Array.from({ length: 51 }, (_, i) => `Medida ${i + 1}`).join('\n') },
      { measures: 'Hay 51 líneas, y se admiten hasta 50.' },
    ],
  ])('says at its field %s', (_, patch, faults) => {
    expect(listFaults({ ...emptyDraft(), ...patch }, es)).toEqual(faults);
  });

  it('names the unit, numbered as the form lists it, whose name or task is too long', () => {
    const unit = (name: string, tasks: string) => ({ name, force: 'armed-forces' as const, tasks });
    const draft = (units: ReturnType<typeof unit>[]) => ({ ...emptyDraft(), units });
    expect(listFaults(draft([unit('Ejército', 'Apoyo'), unit(long(130), '')]), es)).toEqual({
      units: 'El nombre de la unidad 2 tiene 130 caracteres, y admite hasta 120.',
    });
    expect(listFaults(draft([unit('Ejército', `Apoyo\n${long(501)}`)]), en)).toEqual({
      units:
        'Line 2 of unit 1’s tasks has 501 characters, and each takes at most 500: shorten it or split it in two.',
    });
    // A unit without a name is not sent, whatever its tasks.
    expect(listFaults(draft([unit(' ', long(900))]), es)).toEqual({});
  });
});
