// For tests of several `paso serve` on one PostgreSQL database, as an operator runs them behind a load
// balancer: each server with its own folder, as on its own machine; after each test every server is
// stopped, the database dropped and the folders removed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { readConfig } from '../../src/server/config';
import { type Running, serve } from '../../src/server/serve';
import { openTestDb, type TestDb } from './databases';

export function serversTogether() {
  let t: TestDb | undefined;
  const dirs: string[] = [];
  const running: Running[] = [];
  afterEach(async () => {
    for (const r of running.splice(0)) await r.stop();
    await t?.cleanup();
    t = undefined;
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return {
    /** The servers started, in order. */
    running,
    /** The folders of the servers started, in order. */
    dirs,
    /** A new PostgreSQL database for the test: the environment that names it. */
    database: async () => {
      t = await openTestDb('postgres');
      return t.env;
    },
    /** A server started from `env` (with `settings` added) and `options`, with its folder. */
    start: async (
      env: Record<string, string>,
      options: Parameters<typeof serve>[1],
      settings: Record<string, string> = {},
    ) => {
      const dir = mkdtempSync(join(tmpdir(), 'paso-together-'));
      dirs.push(dir);
      const config = readConfig({
        ...env,
        ...settings,
        PASO_DATA_DIR: dir,
        PASO_PORT: '0',
        PASO_LOG_LEVEL: 'silent',
      });
      const server = await serve(config, { ...options, print: () => undefined });
      running.push(server);
      return { server, dir };
    },
  };
}
