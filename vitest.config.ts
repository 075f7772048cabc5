import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// The files that start no process of their own (no browser or paso command): the domain, the web app's
// logic, the API's schemas, the store and the server's tests (which start the server in their own
// process). They share their worker's modules from one file to the next (isolate: false): each loaded
// them anew, and loading took longer than their tests (src/store: 127 s alone, 72 s shared; src/web
// and src/api: 44 s, 14 s; src/domain: 49 s, 30 s; src/server: 386 s, 286 s on two cores). A file that
// replaces a module with vi.mock runs alone (MOCKING): its stand-in would stay for the next files.
const SHARED = [
  'src/domain/**/*.test.ts',
  'src/web/**/*.test.{ts,tsx}',
  'src/api/**/*.test.ts',
  'src/store/**/*.test.ts',
  'src/server/**/*.test.ts',
];
export const MOCKING = [
  'src/server/crossings/recount-thread.test.ts',
  'src/web/pages/booth/sitting-result.test.tsx',
];

export default defineConfig({
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/bundled-workers.ts'],
    reporters: ['verbose'],
    // Vitest's default is one file at a time on two cores. Much of a file's time is spent waiting on
    // the processes it starts (the paso command, Chromium, PostgreSQL), so two at a time keep both
    // cores busy: the whole suite took 1,141 s against 1,303 s on the 2-core machine. Timeouts leave
    // room for a file that shares the cores with another.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'shared', include: SHARED, exclude: MOCKING, isolate: false } },
      {
        extends: true,
        test: {
          name: 'isolated',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
          exclude: SHARED,
        },
      },
      { extends: true, test: { name: 'mocking', include: MOCKING } },
    ],
  },
});
