// The demo's humanitarian corridor: Tacna to Tumbes on the Pan-American highway (south, then north of
// Lima), towards Ecuador, and one planned convoy of two buses and a minibus leaving the next morning.
import type { Stop } from '../../domain/transit';
import type { Executor } from '../executor';
import { insertConvoy, insertCorridor } from '../transit';
import { stableId } from './history';

// Approximate town centres (the map needs a plausible road, not survey accuracy).
export const DEMO_CORRIDOR_STOPS: readonly Stop[] = [
  { code: 'TACNA', name: 'Tacna', latitude: -18.0066, longitude: -70.2463 },
  { code: 'MOQUEGUA', name: 'Moquegua', latitude: -17.1934, longitude: -70.9345 },
  { code: 'AREQUIPA', name: 'Arequipa', latitude: -16.3989, longitude: -71.535 },
  { code: 'CAMANA', name: 'Camaná', latitude: -16.6245, longitude: -72.7114 },
  { code: 'NAZCA', name: 'Nazca', latitude: -14.8309, longitude: -74.9389 },
  { code: 'ICA', name: 'Ica', latitude: -14.0678, longitude: -75.7286 },
  { code: 'LIMA', name: 'Lima', latitude: -12.0464, longitude: -77.0428 },
  { code: 'TRUJILLO', name: 'Trujillo', latitude: -8.1116, longitude: -79.0288 },
  { code: 'CHICLAYO', name: 'Chiclayo', latitude: -6.7714, longitude: -79.8409 },
  { code: 'PIURA', name: 'Piura', latitude: -5.1945, longitude: -80.6328 },
  { code: 'TUMBES', name: 'Tumbes (CEBAF Aguas Verdes)', latitude: -3.4811, longitude: -80.2447 },
];

export const DEMO_CORRIDOR_ID = stableId('demo:corridor:tacna-tumbes');
export const DEMO_CONVOY_ID = stableId('demo:convoy:1');

const HOUR_MS = 3600_000;

export async function seedDemoTransit(tx: Executor, now: Date): Promise<void> {
  const at = now.toISOString();
  await insertCorridor(
    tx,
    {
      id: DEMO_CORRIDOR_ID,
      code: 'TACNA-TUMBES',
      name: 'Tacna → Tumbes (hacia Ecuador)',
      exitPoint: 'PE-TUMBES',
      stops: DEMO_CORRIDOR_STOPS,
    },
    { now: at, demo: true },
  );
  // 06:00 in Lima the next day; about 2,600 km and 40 hours of road with the night stops.
  const departure = new Date(Math.ceil(now.getTime() / (24 * HOUR_MS)) * 24 * HOUR_MS + 11 * HOUR_MS);
  await insertConvoy(
    tx,
    {
      id: DEMO_CONVOY_ID,
      code: 'CONVOY-001',
      corridorId: DEMO_CORRIDOR_ID,
      plannedDeparture: departure.toISOString(),
      plannedArrival: new Date(departure.getTime() + 40 * HOUR_MS).toISOString(),
      vehicles: [
        { plate: 'V2A-714', kind: 'bus', seats: 44 },
        { plate: 'V2B-381', kind: 'bus', seats: 40 },
        { plate: 'Z4K-102', kind: 'minibus', seats: 20 },
      ],
    },
    { now: at, by: null, demo: true },
  );
}
