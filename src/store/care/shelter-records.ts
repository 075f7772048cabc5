// A shelter as a record: made with its beds by kind, its name, place and operator changed later. Names
// are told apart without regard to case or accents, so that "Albergue Tacna" is not made twice.
import type { Beds } from '../../domain/care';
import type { Executor } from '../executor';

export interface ShelterFacts {
  readonly id: string;
  readonly name: string;
  readonly city: string;
  readonly operator: string;
  readonly latitude: number;
  readonly longitude: number;
}

export type ShelterFactsChange = Partial<Omit<ShelterFacts, 'id'>>;

/** A name as compared: trimmed, spaces folded, without case or accents. */
export const shelterNameKey = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLocaleLowerCase('es');

/** The shelter, other than `exceptId`, that already has this name (compared as shelterNameKey does). */
export async function shelterNamed(
  tx: Executor,
  name: string,
  exceptId?: string,
): Promise<ShelterFacts | undefined> {
  const key = shelterNameKey(name);
  const rows = await tx.selectFrom('shelter').selectAll().execute();
  const row = rows.find((r) => r.id !== exceptId && shelterNameKey(r.name) === key);
  return row && factsOf(row);
}

export async function findShelterFacts(tx: Executor, id: string): Promise<ShelterFacts | undefined> {
  const row = await tx.selectFrom('shelter').selectAll().where('id', '=', id).executeTakeFirst();
  return row && factsOf(row);
}

const factsOf = (r: ShelterFacts): ShelterFacts => ({
  id: r.id,
  name: r.name,
  city: r.city,
  operator: r.operator,
  latitude: r.latitude,
  longitude: r.longitude,
});

/** A new shelter with its beds by kind (its capacity is their sum); nobody is staying there yet. */
export async function insertCareShelter(tx: Executor, shelter: ShelterFacts, beds: Beds): Promise<void> {
  await tx
    .insertInto('shelter')
    .values({
      ...shelter,
      capacity: beds.family + beds.women + beds.children + beds.general,
      occupancy: 0,
      demo: 0,
    })
    .execute();
  for (const [kind, n] of Object.entries(beds)) {
    await tx.insertInto('shelter_bed').values({ shelter_id: shelter.id, bed_kind: kind, beds: n }).execute();
  }
}

export async function updateShelterFacts(
  tx: Executor,
  id: string,
  change: ShelterFactsChange,
): Promise<void> {
  const set = {
    ...(change.name !== undefined && { name: change.name }),
    ...(change.city !== undefined && { city: change.city }),
    ...(change.operator !== undefined && { operator: change.operator }),
    ...(change.latitude !== undefined && { latitude: change.latitude }),
    ...(change.longitude !== undefined && { longitude: change.longitude }),
  };
  if (Object.keys(set).length === 0) return;
  await tx.updateTable('shelter').set(set).where('id', '=', id).execute();
}
