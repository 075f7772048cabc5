// Runs one of Paso's TypeScript modules in a worker thread. On Node 20 a worker does not inherit the
// tsx hooks the main thread registered, and under Vitest nothing transforms it either, so each worker
// registers tsx itself and then imports the module the starting thread named.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
