// A decree as the register's tests write it: the demo's declaration for Santa Rosa
// (D.S. N.° 135-2025-PCM, 29 November 2025 to 27 January 2026 in Tacna), changed where a test says.
import type { Decree } from '../../src/domain/decrees';
import type { Executor } from '../../src/store/executor';
import { insertCheckpoint } from '../../src/store/reference';

export const DECREE_ID = '00000000-0000-4000-8000-000000000135';

export const aDecree = (over: Partial<Decree> = {}): Decree => ({
  id: DECREE_ID,
  extends: null,
  version: 1,
  number: 'D.S. N.° 135-2025-PCM',
  title: 'Estado de emergencia en Tacna',
  issuedOn: '2025-11-28',
  publishedOn: '2025-11-28',
  legalBasis: 'Constitución, art. 137',
  timeZone: 'America/Lima',
  startsOn: '2025-11-29',
  endsOn: '2026-01-27',
  checkpoints: ['PE-SANTA-ROSA'],
  areas: [{ kind: 'province', name: 'Tacna' }],
  rightsSuspended: [],
  measures: [],
  units: [],
  ...over,
});

/**
 * Checkpoints in Peru's zone beside the demo's, for the register's tests to name: a decree may name
 * only checkpoints there are.
 */
export async function addTestCheckpoints(db: Executor, codes: readonly string[]): Promise<void> {
  for (const code of codes) {
    const place = { country: 'PER', latitude: -18.1, longitude: -70.3, timeZone: 'America/Lima' };
    await insertCheckpoint(
      db,
      { id: crypto.randomUUID(), code, name: `Control ${code}`, ...place, booths: [] },
      '2025-11-27T15:00:00.000Z',
    );
  }
}

// Request bodies the route-wide tests send to reach the decree handlers: a declaration over
// Chacalluta (which the demo decree does not name), its extension and an amendment of its first
// version.
const DECLARED = {
  number: 'D.S. N.° 900-2025-PCM',
  title: 'Decreto de prueba',
  issuedOn: '2025-11-28',
  legalBasis: 'Constitución, art. 137',
  startsOn: '2025-11-29',
  endsOn: '2025-12-28',
  checkpoints: ['CL-CHACALLUTA'],
};
export const DECLARATION_BODY = { id: '0a7a0000-0000-4000-8000-0000000000d7', ...DECLARED };
export const EXTENSION_BODY = {
  id: '0a7a0000-0000-4000-8000-0000000000d8',
  number: 'D.S. N.° 901-2025-PCM',
  title: 'Prórroga',
  issuedOn: '2025-12-20',
  legalBasis: 'Constitución, art. 137',
  startsOn: '2025-12-29',
  endsOn: '2026-01-28',
  checkpoints: ['CL-CHACALLUTA'],
};
export const AMENDMENT_BODY = { baseVersion: 1, reason: 'Fe de erratas', content: DECLARED };
