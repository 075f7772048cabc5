// Shelters made and described on both databases: a new shelter has its beds by kind and nobody in it,
// its facts change, and a name is found again whatever its case, spaces or accents.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, openTestDb, type TestDb } from '../../../test/support/databases';
import type { Executor } from '../executor';
import {
  findShelterFacts,
  insertCareShelter,
  listCareShelters,
  shelterNamed,
  updateShelterFacts,
} from './index';

const SHELTER = {
  id: '0d0d0000-0000-4000-8000-000000000001',
  name: 'Albergue Señor de Locumba',
  city: 'Tacna',
  operator: 'Parroquia',
  latitude: -18.01,
  longitude: -70.25,
};

describe.each(DIALECTS)('shelter records on %s', (dialect) => {
  let t: TestDb;
  let db: Executor;
  beforeAll(async () => {
    t = await openTestDb(dialect);
    db = t.db.kysely;
    await insertCareShelter(db, SHELTER, { family: 10, women: 5, children: 0, general: 20 });
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it('makes a shelter with its beds by kind and nobody staying', async () => {
    const [listed] = await listCareShelters(db);
    expect(listed).toMatchObject({
      ...SHELTER,
      demo: false,
      beds: { family: 10, women: 5, children: 0, general: 20 },
      occupied: { family: 0, women: 0, children: 0, general: 0 },
    });
  });

  it.each([['albergue señor de locumba'], ['  ALBERGUE  SENOR DE LOCUMBA '], ['Albergue Señor de Locumba']])(
    'finds the name again as %j',
    async (name) => {
      expect((await shelterNamed(db, name))?.id).toBe(SHELTER.id);
      expect(await shelterNamed(db, name, SHELTER.id)).toBeUndefined();
    },
  );

  it('changes the facts it is given and leaves the others', async () => {
    await updateShelterFacts(db, SHELTER.id, { name: 'Albergue Locumba', latitude: -18.02 });
    expect(await findShelterFacts(db, SHELTER.id)).toEqual({
      ...SHELTER,
      name: 'Albergue Locumba',
      latitude: -18.02,
    });
    expect(await shelterNamed(db, 'Albergue Otro')).toBeUndefined();
  });
});
