// Run before each test file (vitest.config.ts: setupFiles): the server's worker threads start from the
// command's bundle, made by the global setup, as they do under `paso serve`. Started from the sources
// through tsx, each worker spent about two seconds loading them, and the tests start hundreds.
import { inject } from 'vitest';

(globalThis as { pasoBundledWorkers?: Record<string, string> }).pasoBundledWorkers = inject('bundledWorkers');
