import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Every test file shares its worker's modules with the next file the worker runs (isolate: false):
// each loaded them anew, and loading took longer than many files' tests (src/store: 127 s alone, 72 s
// shared; src/server: 386 s, 286 s). With only the domain, web, API and store tests sharing, the suite
// spent 348 s of its workers' time loading modules and took 1,518 s on two cores; with all, 39 s and
// 1,157 s (with the server's workers started from the bundle: test/support/bundled-workers.ts). A file
// that replaces a module with vi.mock runs alone (MOCKING): its stand-in would stay for the next
// files; the architecture test names any other.
export const MOCKING = [
  'src/server/crossings/recount-thread.test.ts',
  'src/web/offline/offline-status.test.tsx',
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
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
          exclude: MOCKING,
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: MOCKING } },
    ],
  },
});
