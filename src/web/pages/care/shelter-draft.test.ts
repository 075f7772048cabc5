// The shelter form: faults said beside their fields before sending, a new shelter sent as the API
// takes it, a change that sends only what changed, and a name taken said beside the name.
import { describe, expect, it } from 'vitest';
import { translators } from '../../../../test/support/translators';
import { NewShelterBody } from '../../../api/care';
import { toProblem } from '../../api/problem';
import { intlLocale } from '../../i18n/language';
import {
  checkShelter,
  emptyShelter,
  newShelterBody,
  refusedShelterFields,
  type ShelterDraft,
  shelterChange,
} from './shelter-draft';

const { es } = translators();
const ES_LOCALE = intlLocale('es');
const ID = '5b0c3a4e-1111-4222-8333-444455556677';
const DRAFT: ShelterDraft = {
  name: ' Albergue San Ramón ',
  city: 'Tacna',
  operator: 'Parroquia',
  latitude: '-18,01',
  longitude: '-70.25',
  family: '12',
  women: '0',
  children: '0',
  general: '1.000',
};

describe('the shelter form', () => {
  it('sends a new shelter as the API takes it, counts typed with groups too', () => {
    expect(checkShelter(DRAFT, es, ES_LOCALE)).toEqual({});
    const body = newShelterBody(ID, DRAFT);
    expect(body).toMatchObject({
      name: 'Albergue San Ramón',
      latitude: -18.01,
      beds: { family: 12, women: 0, children: 0, general: 1000 },
    });
    expect(NewShelterBody.safeParse(body).success).toBe(true);
  });

  it('says in Spanish beside each field what an empty form lacks and which counts are not counts', () => {
    const faults = checkShelter({ ...emptyShelter(), family: '-1', women: '2,5' }, es, ES_LOCALE);
    expect(faults).toMatchObject({
      name: 'Escriba el nombre del albergue.',
      city: 'Escriba la ciudad.',
      operator: 'Escriba quién lo gestiona.',
      latitude: 'Escriba una latitud entre -90 y 90.',
      // The limit with its groups, as the app writes every count in Spanish.
      family: 'Escriba un número entero de camas, de 0 a 100,000.',
      women: 'Escriba un número entero de camas, de 0 a 100,000.',
    });
    expect(faults.general).toBeUndefined();
  });

  it('sends only what changed', () => {
    expect(shelterChange(DRAFT, { ...DRAFT, name: 'Albergue Ramón', women: '4' })).toEqual({
      name: 'Albergue Ramón',
      beds: { family: 12, women: 4, children: 0, general: 1000 },
    });
    expect(shelterChange(DRAFT, { ...DRAFT, latitude: '-18.01' })).toEqual({});
  });

  it('says a name taken beside the name', () => {
    const taken = toProblem(409, { type: 'x', title: 'x', status: 409, code: 'care.shelter-name-taken' });
    expect(refusedShelterFields(taken, es, ES_LOCALE).name).toMatch(/^Ya existe un albergue con ese nombre/);
  });

  it("says beside the coordinate that a shelter falls outside the operation's map", () => {
    const outside = toProblem(400, {
      type: 'x',
      title: 'x',
      status: 400,
      code: 'validation',
      errors: [{ path: 'body.longitude', message: 'outside', code: 'situation.outside-extent' }],
    });
    const faults = refusedShelterFields(outside, es, ES_LOCALE);
    expect(faults.longitude).toMatch(/^El albergue queda fuera del mapa de la operación: revise el signo/);
    expect(faults.latitude).toBeUndefined();
  });
});
