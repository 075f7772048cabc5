// Records the web app's unit tests show, made once: a demo checkpoint and a travel pass.
import type { Pass } from '../../src/domain/passes';
import type { Checkpoint } from '../../src/web/api/types';

/** Santa Rosa as the checkpoint list gives it, with the booths a test needs. */
export const santaRosa = (booths: Checkpoint['booths'] = []): Checkpoint => ({
  id: '5a7a0000-0000-4000-8000-000000000001',
  code: 'PE-SANTA-ROSA',
  name: 'Santa Rosa',
  country: 'PER',
  latitude: -18.1,
  longitude: -70.3,
  timeZone: 'America/Lima',
  demo: true,
  booths,
});

/** A pass for the Tacna–Tumbes convoy, valid two days. */
export const SAMPLE_PASS: Pass = {
  id: '3b0c6a4e-0000-4000-8000-000000000001',
  kid: 'k1',
  name: 'Pedro Ramírez Soto',
  birthDate: '1990-05',
  document: null,
  convoy: { id: 'CV-07', name: 'Convoy 7' },
  corridor: { id: 'TAC-TUM', name: 'Tacna – Tumbes' },
  issuedAt: '2026-12-05T05:00:00.000Z',
  validFrom: '2026-12-05T05:00:00.000Z',
  validUntil: '2026-12-07T05:00:00.000Z',
};
