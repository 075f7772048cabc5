// Once per `npm test`: a throwaway PostgreSQL for the store tests (both databases, every time), a
// fresh production build of the web app for the browser tests and of the command's bundle for the
// server's workers; migrated empty databases that each test database is copied from.
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
    bundledWorkers: Record<string, string>;
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
  // The command's bundle, made now if missing or stale: the server's workers start from it in the
  // tests as they do under `paso serve` (test/support/bundled-workers.ts).
  const bundle = spawnSync(process.execPath, ['bin/paso.mjs', 'build-cli'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (bundle.status !== 0) throw new Error('bundling the paso command failed');
  project.provide('bundledWorkers', JSON.parse(bundle.stdout) as Record<string, string>);
  postgres = startPostgres();
  project.provide('postgresUrl', postgres.url);
  templates = await makeTemplates(postgres.url, TEST_AUDIT_KEY);
  project.provide('templates', templates);
}

export function teardown(): void {
  postgres?.stop();
  if (templates) rmSync(dirname(templates.sqlite), { recursive: true, force: true });
}
