// Bodies of the writes that the route-wide tests send (bad input, authorization, answers after
// commit): valid on the demo data at the test app's clock (27 November 2025), each under the id given.
import { DEMO_CORRIDOR_ID } from '../../src/store/demo';

export const observationBody = (id: string, peopleWaiting = 40) => ({
  id,
  checkpoint: 'PE-SANTA-ROSA',
  side: 'entry',
  observedAt: '2025-11-27T14:50:00Z',
  peopleWaiting,
});

export const incidentBody = (id: string, title = 'Aglomeración') => ({
  id,
  kind: 'crowd',
  severity: 'low',
  title,
  latitude: -18.27,
  longitude: -70.33,
});

/** A pass on the demo's convoy and corridor (by their codes), valid from noon for two days. */
export const passBody = (id: string) => ({
  id,
  name: 'Ana Rojas',
  birthDate: '1990-01-02',
  document: { kind: 'VE-CI', number: '18273645' },
  convoy: { id: 'CONVOY-001', name: 'Convoy 1' },
  corridor: { id: 'TACNA-TUMBES', name: 'Tacna – Tumbes' },
  validFrom: '2025-11-27T12:00:00Z',
  validUntil: '2025-11-29T12:00:00Z',
});

/** A corridor of two stops that leaves by Tumbes; its name is its code. */
export const corridorBody = (id: string, code: string) => ({
  id,
  code,
  name: code,
  exitPoint: 'PE-TUMBES',
  stops: [
    { code: 'A', name: 'A', latitude: -18, longitude: -70 },
    { code: 'B', name: 'B', latitude: -4, longitude: -80 },
  ],
});

/** A convoy of one 40-seat bus, leaving the day after the test app's today. */
export const convoyBody = (id: string, code: string, corridorId = DEMO_CORRIDOR_ID) => ({
  id,
  code,
  corridorId,
  plannedDeparture: '2025-11-28T11:00:00Z',
  plannedArrival: '2025-11-30T03:00:00Z',
  vehicles: [{ plate: 'BUS-1', kind: 'bus', seats: 40 }],
});
