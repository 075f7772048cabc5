import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    reporters: ['verbose'],
    // Vitest's default is one file at a time on two cores. Much of a file's time is spent waiting on
    // the processes it starts (the paso command, Chromium, PostgreSQL), so two at a time keep both
    // cores busy: the whole suite took 1,141 s against 1,303 s on the 2-core machine. Timeouts leave
    // room for a file that shares the cores with another.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
