// The register on both databases: a decree recorded once, amended with its history kept, and the
// decree in force found by checkpoint and instant, extensions included.
import { describe, expect, it } from 'vitest';
import { DIALECTS, eachTestDb } from '../../../test/support/databases';
import { aDecree } from '../../../test/support/decrees';
import type { Decree } from '../../domain/decrees';
import { amendDecree, decreeHistory, decreeInForce, findDecree, insertDecree, listDecrees } from './index';

const BASE = '00000000-0000-4000-8000-000000000135';
const EXTENSION = '00000000-0000-4000-8000-000000000200';

const decree = (over: Partial<Omit<Decree, 'version'>> = {}): Omit<Decree, 'version'> => {
  const { version: _, ...d } = aDecree({
    id: BASE,
    rightsSuspended: ['freedom-of-assembly', 'freedom-of-movement'],
    measures: ['Patrullaje motorizado permanente en la línea de frontera'],
    units: [{ name: 'III Macro Región Policial Tacna', force: 'police', tasks: ['Control de identidad'] }],
    ...over,
  });
  return d;
};
const how = { by: null, at: '2025-11-28T23:00:00.000Z' };

describe.each(DIALECTS)('the decree register on %s', (dialect) => {
  const t = eachTestDb(dialect);

  it('records a decree once and reads back exactly what it says', async () => {
    const db = t.db.kysely;
    expect(await insertDecree(db, decree(), how)).toBe(true);
    expect(await insertDecree(db, decree({ title: 'otro' }), how)).toBe(false);
    const found = await findDecree(db, BASE);
    expect(found).toMatchObject({ ...decree(), version: 1 });
    expect((await listDecrees(db)).map((d) => d.number)).toEqual(['D.S. N.° 135-2025-PCM']);
  });

  it('keeps every version when a decree is amended, and refuses an amendment of an old version', async () => {
    const db = t.db.kysely;
    await insertDecree(db, decree(), how);
    const { id: _id, extends: _e, ...content } = decree({ endsOn: '2026-01-28' });
    const at = '2025-11-30T12:00:00.000Z';
    expect(
      await amendDecree(db, BASE, content, { by: null, at, baseVersion: 1, reason: 'fe de erratas' }),
    ).toBe('amended');
    expect(await amendDecree(db, BASE, content, { by: null, at, baseVersion: 1, reason: 'again' })).toBe(
      'stale',
    );
    const history = await decreeHistory(db, BASE);
    expect(history.map((v) => [v.version, v.change, v.reason, v.content.endsOn])).toEqual([
      [1, 'recorded', null, '2026-01-27'],
      [2, 'amended', 'fe de erratas', '2026-01-28'],
    ]);
    expect((await findDecree(db, BASE))?.endsOn).toBe('2026-01-28');
  });

  it('names who recorded each version as people are named across the app, not by their username', async () => {
    const db = t.db.kysely;
    const by = '00000000-0000-4000-8000-00000000a001';
    await db
      .insertInto('app_user')
      .values({
        id: by,
        username: 'sup.tacna',
        display_name: 'Supervisora de turno, Tacna',
        role: 'supervisor',
        password_hash: 'not-a-hash',
        disabled: 0,
        demo: 0,
        created_at: how.at,
        updated_at: how.at,
      })
      .execute();
    await insertDecree(db, decree(), { by, at: how.at });
    const { id: _id, extends: _e, ...content } = decree({ endsOn: '2026-01-28' });
    await amendDecree(db, BASE, content, { by: null, at: how.at, baseVersion: 1, reason: 'fe de erratas' });
    expect((await decreeHistory(db, BASE)).map((v) => v.recordedBy)).toEqual([
      'Supervisora de turno, Tacna',
      null,
    ]);
  });

  it('finds the decree in force at a checkpoint by the decree’s own days, extensions included', async () => {
    const db = t.db.kysely;
    await insertDecree(db, decree(), how);
    await insertDecree(
      db,
      decree({
        id: EXTENSION,
        extends: BASE,
        number: 'D.S. N.° 0XX-2026-PCM',
        issuedOn: '2026-01-26',
        startsOn: '2026-01-28',
        endsOn: '2026-03-28',
      }),
      how,
    );
    const at = (iso: string) => decreeInForce(db, 'PE-SANTA-ROSA', iso);
    expect(await at('2025-11-29T04:59:59Z')).toBeNull();
    expect((await at('2025-11-29T00:00:00-05:00'))?.number).toBe('D.S. N.° 135-2025-PCM');
    expect((await at('2026-01-27T23:59:00-05:00'))?.id).toBe(BASE);
    expect(await at('2026-01-28T00:00:00-05:00')).toEqual({
      id: EXTENSION,
      number: 'D.S. N.° 0XX-2026-PCM',
      title: 'Estado de emergencia en Tacna',
      startsOn: '2026-01-28',
      endsOn: '2026-03-28',
      timeZone: 'America/Lima',
      extends: BASE,
    });
    expect(await decreeInForce(db, 'CL-CHACALLUTA', '2025-12-10T12:00:00Z')).toBeNull();
    expect(await decreeInForce(db, 'PE-SANTA-ROSA', 'not a time')).toBeNull();
  });
});
