// Shelters where people wait: capacity and current occupancy.
import type { Executor } from '../executor';

export interface Shelter {
  readonly id: string;
  readonly name: string;
  readonly city: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly capacity: number;
  readonly occupancy: number;
  readonly operator: string;
  readonly demo: boolean;
}

export async function listShelters(db: Executor): Promise<Shelter[]> {
  const rows = await db.selectFrom('shelter').selectAll().orderBy('name').execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    city: r.city,
    latitude: r.latitude,
    longitude: r.longitude,
    capacity: r.capacity,
    occupancy: r.occupancy,
    operator: r.operator,
    demo: r.demo === 1,
  }));
}

export async function insertShelter(db: Executor, shelter: Shelter): Promise<void> {
  await db
    .insertInto('shelter')
    .values({
      id: shelter.id,
      name: shelter.name,
      city: shelter.city,
      latitude: shelter.latitude,
      longitude: shelter.longitude,
      capacity: shelter.capacity,
      occupancy: shelter.occupancy,
      operator: shelter.operator,
      demo: shelter.demo ? 1 : 0,
    })
    .execute();
}
