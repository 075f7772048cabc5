// Once per `npm test`: a throwaway PostgreSQL for the store tests (both databases, every time) and
// a fresh production build of the web app for the browser tests.
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { startPostgres, type ThrowawayPostgres } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

let postgres: ThrowawayPostgres | undefined;

export function setup(project: TestProject): void {
  // PASO_TEST_SKIP_WEB_BUILD=1 skips the build for quick runs that leave the browser tests out.
  if (process.env.PASO_TEST_SKIP_WEB_BUILD !== '1') {
    const build = spawnSync(process.execPath, ['bin/paso.mjs', 'build-web', '--if-stale'], {
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('building the web app failed');
  }
  postgres = startPostgres();
  project.provide('postgresUrl', postgres.url);
}

export function teardown(): void {
  postgres?.stop();
}
