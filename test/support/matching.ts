// The matching service's tests: a fresh database with the demo seeded before each test, and the
// matching services a test starts over it, each closed after the test.
import { afterEach } from 'vitest';
import { createJobRegistry } from '../../src/server/jobs/jobs';
import { createMatchingService, type MatchingService } from '../../src/server/matching/service';
import type { Dialect } from '../../src/store/db';
import { seedDemo } from '../../src/store/demo';
import { eachTestDb } from './databases';

/** Called inside a describe; `now` is the seeding time and the jobs' clock. */
export function eachMatchingDb(dialect: Dialect, now: string) {
  const t = eachTestDb(dialect, (db) => seedDemo(db.kysely, new Date(now)));
  const jobs = createJobRegistry({ now: () => new Date(now), newId: () => crypto.randomUUID() });
  const started: MatchingService[] = [];
  afterEach(async () => {
    for (const service of started.splice(0)) await service.close();
  });
  const start = async (options?: Parameters<typeof createMatchingService>[2]) => {
    const service = await createMatchingService(t.db, jobs, options);
    started.push(service);
    return service;
  };
  return { t, jobs, start };
}
