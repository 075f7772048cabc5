// Once per `npm test`: a throwaway PostgreSQL for the store tests (both databases, every time) and
// a fresh production build of the web app for the browser tests; migrated empty databases that
// each test database is copied from.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TestProject } from 'vitest/node';
import { TEST_AUDIT_KEY } from './audit-key';
import { startPostgres, type ThrowawayPostgres } from './postgres';
import { makeTemplates, type Templates } from './templates';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    templates: Templates;
  }
}

let postgres: ThrowawayPostgres | undefined;
let templates: Templates | undefined;

export async function setup(project: TestProject): Promise<void> {
  // PASO_TEST_SKIP_WEB_BUILD=1 skips the build for quick runs that leave the browser tests out.
  if (process.env.PASO_TEST_SKIP_WEB_BUILD !== '1') {
    const build = spawnSync(process.execPath, ['bin/paso.mjs', 'build-web', '--if-stale'], {
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('building the web app failed');
  }
  postgres = startPostgres();
  project.provide('postgresUrl', postgres.url);
  templates = await makeTemplates(postgres.url, TEST_AUDIT_KEY);
  project.provide('templates', templates);
}

export function teardown(): void {
  postgres?.stop();
  if (templates) rmSync(dirname(templates.sqlite), { recursive: true, force: true });
}
