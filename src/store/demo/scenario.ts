// The demo scenario of shared/DESIGN.md: the Tacna–Arica crossing in late November 2025. Every row
// it makes is marked demo. Ids are fixed so that tests and screenshots can name them.
import type { AccountFacts } from '../accounts';
import type { NewCheckpoint, Shelter } from '../reference';

export const DEMO_PASSWORD = 'paso-demo-2025';

export const SANTA_ROSA_ID = '5a7a0000-0000-4000-8000-000000000001';
export const CHACALLUTA_ID = '5a7a0000-0000-4000-8000-000000000002';

const booth = (n: number, prefix: string, checkpoint: number, label: string) => ({
  id: `5a7a0000-0000-4000-8001-0${checkpoint}000000000${n}`,
  code: `${prefix}-${String(n).padStart(2, '0')}`,
  name: `${label} ${n}`,
});

// Coordinates are approximate: the demo needs a plausible map, not survey accuracy.
export const DEMO_CHECKPOINTS: readonly NewCheckpoint[] = [
  {
    id: SANTA_ROSA_ID,
    code: 'PE-SANTA-ROSA',
    name: 'Complejo Fronterizo Santa Rosa',
    country: 'PER',
    latitude: -18.2622,
    longitude: -70.3295,
    timeZone: 'America/Lima',
    booths: [1, 2, 3, 4, 5, 6].map((n) => booth(n, 'SR', 1, 'Caseta')),
  },
  {
    id: CHACALLUTA_ID,
    code: 'CL-CHACALLUTA',
    name: 'Complejo Fronterizo Chacalluta',
    country: 'CHL',
    latitude: -18.3146,
    longitude: -70.3141,
    timeZone: 'America/Santiago',
    booths: [1, 2, 3, 4].map((n) => booth(n, 'CH', 2, 'Caseta')),
  },
];

export const DEMO_SHELTERS: readonly Shelter[] = [
  {
    id: '5a7a0000-0000-4000-8002-000000000001',
    name: 'Albergue temporal Coliseo Perú',
    city: 'Tacna',
    latitude: -18.0089,
    longitude: -70.2461,
    capacity: 250,
    occupancy: 187,
    operator: 'Municipalidad Provincial de Tacna',
    demo: true,
  },
  {
    id: '5a7a0000-0000-4000-8002-000000000002',
    name: 'Casa de acogida del migrante',
    city: 'Tacna',
    latitude: -18.0158,
    longitude: -70.2529,
    capacity: 80,
    occupancy: 74,
    operator: 'Red de acogida de la sociedad civil',
    demo: true,
  },
  {
    id: '5a7a0000-0000-4000-8002-000000000003',
    name: 'Punto de descanso terminal Collasuyo',
    city: 'Tacna',
    latitude: -18.0031,
    longitude: -70.2382,
    capacity: 60,
    occupancy: 22,
    operator: 'Gobierno Regional de Tacna',
    demo: true,
  },
];

export const DEMO_USERS: readonly AccountFacts[] = [
  {
    id: '5a7a0000-0000-4000-8003-000000000001',
    username: 'oficial.santarosa',
    displayName: 'Oficial de caseta, Santa Rosa',
    role: 'officer',
    checkpointIds: [SANTA_ROSA_ID],
  },
  {
    id: '5a7a0000-0000-4000-8003-000000000002',
    username: 'supervisor',
    displayName: 'Supervisora de turno',
    role: 'supervisor',
    checkpointIds: [],
  },
  {
    id: '5a7a0000-0000-4000-8003-000000000003',
    username: 'humanitario',
    displayName: 'Enlace humanitario',
    role: 'humanitarian',
    checkpointIds: [],
  },
  {
    id: '5a7a0000-0000-4000-8003-000000000004',
    username: 'analista',
    displayName: 'Analista de situación',
    role: 'analyst',
    checkpointIds: [],
  },
  {
    id: '5a7a0000-0000-4000-8003-000000000005',
    username: 'admin',
    displayName: 'Administración del sistema',
    role: 'admin',
    checkpointIds: [],
  },
  // Chacalluta's booths register people too: their records are this officer's, not Santa Rosa's.
  {
    id: '5a7a0000-0000-4000-8003-000000000006',
    username: 'oficial.chacalluta',
    displayName: 'Oficial de caseta, Chacalluta',
    role: 'officer',
    checkpointIds: [CHACALLUTA_ID],
  },
];
