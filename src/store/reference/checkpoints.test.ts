// Checkpoints and booths on both databases, on an empty installation: made, changed, booths opened,
// renamed and retired (kept, marked, still where they were), and a code taken twice refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, openTestDb, type TestDb } from '../../../test/support/databases';
import type { Executor } from '../executor';
import {
  findCheckpoint,
  insertBooth,
  insertCheckpoint,
  listCheckpoints,
  updateBooth,
  updateCheckpoint,
} from './index';

const NOW = '2026-01-10T12:00:00.000Z';
const ID = '0c0c0000-0000-4000-8000-000000000001';
const TUMBES = {
  id: ID,
  code: 'PE-TUMBES',
  name: 'CEBAF Tumbes',
  country: 'PER',
  latitude: -3.5,
  longitude: -80.3,
  timeZone: 'America/Lima',
  booths: [{ id: '0c0c0000-0000-4000-8000-000000000011', code: 'B1', name: 'Caseta 1' }],
};

describe.each(DIALECTS)('checkpoints on %s', (dialect) => {
  let t: TestDb;
  let db: Executor;
  beforeAll(async () => {
    t = await openTestDb(dialect);
    db = t.db.kysely;
    await insertCheckpoint(db, TUMBES, NOW);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it('finds a checkpoint made on an empty installation by its code, with its booth in use', async () => {
    expect(await findCheckpoint(db, 'PE-TUMBES')).toEqual({
      ...TUMBES,
      demo: false,
      booths: [{ id: '0c0c0000-0000-4000-8000-000000000011', code: 'B1', name: 'Caseta 1', retired: false }],
    });
    expect(await findCheckpoint(db, 'PE-NOWHERE')).toBeUndefined();
  });

  it('changes the name, place and zone but keeps the code', async () => {
    await updateCheckpoint(db, ID, {
      name: 'Centro Binacional Tumbes',
      latitude: -3.49,
      timeZone: 'America/Guayaquil',
    });
    const found = await findCheckpoint(db, 'PE-TUMBES');
    expect(found).toMatchObject({
      code: 'PE-TUMBES',
      name: 'Centro Binacional Tumbes',
      latitude: -3.49,
      longitude: -80.3,
      timeZone: 'America/Guayaquil',
    });
  });

  it('opens, renames and retires a booth; the retired booth stays, marked, and can come back', async () => {
    await insertBooth(db, ID, { id: '0c0c0000-0000-4000-8000-000000000012', code: 'B2', name: 'Caseta 2' });
    await updateBooth(db, '0c0c0000-0000-4000-8000-000000000012', { name: 'Caseta norte' }, NOW);
    await updateBooth(db, '0c0c0000-0000-4000-8000-000000000011', { retired: true }, NOW);
    const [found] = await listCheckpoints(db, [ID]);
    expect(found?.booths).toEqual([
      { id: '0c0c0000-0000-4000-8000-000000000011', code: 'B1', name: 'Caseta 1', retired: true },
      { id: '0c0c0000-0000-4000-8000-000000000012', code: 'B2', name: 'Caseta norte', retired: false },
    ]);
    await updateBooth(db, '0c0c0000-0000-4000-8000-000000000011', { retired: false }, NOW);
    expect((await findCheckpoint(db, 'PE-TUMBES'))?.booths[0]?.retired).toBe(false);
  });

  it('refuses a second checkpoint with the same code and a second booth with the same code there', async () => {
    await expect(
      insertCheckpoint(db, { ...TUMBES, id: '0c0c0000-0000-4000-8000-000000000002', booths: [] }, NOW),
    ).rejects.toThrow();
    await expect(
      insertBooth(db, ID, { id: '0c0c0000-0000-4000-8000-000000000013', code: 'B2', name: 'Otra' }),
    ).rejects.toThrow();
  });
});
