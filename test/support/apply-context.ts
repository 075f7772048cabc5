// What applyEvents needs in the store tests: the database's places, the demo officer recording at a
// fixed time, holds resolvable, and ids counted from f0000000-0000-4000-8000-000000000001.
import { afterEach, beforeEach } from 'vitest';
import { type ApplyContext, loadPlaces } from '../../src/store/crossings';
import type { Db, Dialect } from '../../src/store/db';
import { DEMO_USERS, seedDemo } from '../../src/store/demo';
import type { Executor } from '../../src/store/executor';
import { openTestDb, type TestDb } from './databases';

export async function applyContextOf(db: Executor, now: string): Promise<ApplyContext> {
  let seq = 0;
  return {
    places: await loadPlaces(db),
    recordedBy: DEMO_USERS[0]?.id ?? '',
    now,
    newId: () => `f0000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`,
    mayResolveHolds: true,
  };
}

/** A fresh database with the demo seeded at `now`, and the context to apply events to it. */
export async function openDemoDbToApply(
  dialect: Dialect,
  now: string,
): Promise<{ t: TestDb; ctx: ApplyContext }> {
  const t = await openTestDb(dialect);
  await seedDemo(t.db.kysely, new Date(now));
  return { t, ctx: await applyContextOf(t.db.kysely, now) };
}

/**
 * Called inside a describe: before each of its tests openDemoDbToApply, the database dropped after the
 * test. Read `db` and `ctx` from the returned object inside the tests.
 */
export function eachDemoDbToApply(
  dialect: Dialect,
  now: string,
): { readonly db: Db; readonly ctx: ApplyContext } {
  let current: { t: TestDb; ctx: ApplyContext } | undefined;
  beforeEach(async () => {
    current = await openDemoDbToApply(dialect, now);
  });
  afterEach(async () => {
    await current?.t.cleanup();
    current = undefined;
  });
  const opened = () => {
    if (!current) throw new Error('eachDemoDbToApply is read only inside a test');
    return current;
  };
  return {
    get db() {
      return opened().t.db;
    },
    get ctx() {
      return opened().ctx;
    },
  };
}
