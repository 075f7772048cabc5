import { describe, expect, it } from 'vitest';
import { DIALECTS, eachTestDb } from '../../test/support/databases';
import { insertMany, sizesOf } from './insert-many';

describe('sizesOf', () => {
  it('cuts a batch into powers of two that add up to it', () => {
    for (const total of [1, 2, 3, 17, 50, 511, 512, 513, 2000, 4097]) {
      const sizes = sizesOf(total, 13);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(total);
      for (const s of sizes) expect(Math.log2(s) % 1).toBe(0);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(512);
    }
    expect(sizesOf(50, 13)).toEqual([32, 16, 2]);
  });

  it('keeps each statement under the parameter limit for wide rows', () => {
    expect(Math.max(...sizesOf(5000, 100))).toBeLessThanOrEqual(256);
  });
});

const setting = (n: number) => ({
  key: `k${String(n).padStart(4, '0')}`,
  value: n % 7 === 0 ? '' : `value ${n} with 'quotes' and ñ`,
  updated_at: '2025-11-27T15:00:00.000Z',
});

describe.each(DIALECTS)('insertMany on %s', (dialect) => {
  const t = eachTestDb(dialect);

  const stored = () =>
    t.db.kysely.selectFrom('setting').selectAll().where('key', 'like', 'k%').orderBy('key').execute();

  it('stores every row of batches of any length, twice over the same statements', async () => {
    const rows = Array.from({ length: 1100 }, (_, i) => setting(i));
    await insertMany(t.db.kysely, 'setting', rows.slice(0, 37));
    await t.db.kysely.transaction().execute((tx) => insertMany(tx, 'setting', rows.slice(37)));
    expect(await stored()).toEqual(rows);
  });

  it('stores rows whose columns differ in order or presence', async () => {
    const rows = [setting(1), { updated_at: 'x', value: 'v', key: 'k0002' }, setting(3)];
    await insertMany(t.db.kysely, 'setting', rows);
    expect((await stored()).map((r) => [r.key, r.value])).toEqual([
      ['k0001', setting(1).value],
      ['k0002', 'v'],
      ['k0003', setting(3).value],
    ]);
  });

  it('writes nothing for no rows and refuses a duplicate like a plain insert', async () => {
    await insertMany(t.db.kysely, 'setting', []);
    expect(await stored()).toEqual([]);
    await insertMany(t.db.kysely, 'setting', [setting(1)]);
    await expect(insertMany(t.db.kysely, 'setting', [setting(2), setting(1)])).rejects.toThrow();
  });

  it('adds the counts of a key already stored and inserts the others, in both statement paths', async () => {
    const day = (date: string, crossed: number, order: 'plain' | 'shuffled' = 'plain') =>
      order === 'plain'
        ? { checkpoint: 'X', date, direction: 'entry', crossed, refused: 1, held: 0 }
        : { held: 0, refused: 1, crossed, direction: 'entry', date, checkpoint: 'X' };
    const add = { key: ['checkpoint', 'date', 'direction'], add: ['crossed', 'refused', 'held'] };
    const days = Array.from({ length: 40 }, (_, i) => `2025-11-${String((i % 30) + 1).padStart(2, '0')}`);
    const unique = [...new Set(days)];
    await insertMany(
      t.db.kysely,
      'crossing_day',
      unique.map((d) => day(d, 2)),
      add,
    );
    await t.db.kysely.transaction().execute((tx) =>
      insertMany(
        tx,
        'crossing_day',
        unique.slice(0, 10).map((d) => day(d, 5)),
        add,
      ),
    );
    // Rows in another column order go through Kysely's own insert, with the same upsert.
    await insertMany(
      t.db.kysely,
      'crossing_day',
      [day('2025-11-01', 1, 'shuffled'), day('2025-12-01', 4, 'shuffled')],
      add,
    );
    const rows = await t.db.kysely
      .selectFrom('crossing_day')
      .select(['date', 'crossed', 'refused'])
      .where('checkpoint', '=', 'X')
      .orderBy('date')
      .execute();
    expect(rows).toHaveLength(31);
    expect(rows[0]).toEqual({ date: '2025-11-01', crossed: 8, refused: 3 });
    expect(rows[9]).toEqual({ date: '2025-11-10', crossed: 7, refused: 2 });
    expect(rows[10]).toEqual({ date: '2025-11-11', crossed: 2, refused: 1 });
    expect(rows[30]).toEqual({ date: '2025-12-01', crossed: 4, refused: 1 });
  });
});
