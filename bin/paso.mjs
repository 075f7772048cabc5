#!/usr/bin/env node
// The `paso` command. Plain JavaScript so that it starts without a build: it builds the web app
// when its production build is missing or older than its sources, then runs the TypeScript CLI.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function newestMtime(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function isWebStale() {
  const built = join(root, 'dist', 'web', 'index.html');
  if (!existsSync(built)) return true;
  const sources = ['src/web', 'src/domain', 'src/api', 'vite.config.ts', 'package-lock.json'].map((p) =>
    join(root, p),
  );
  const newest = Math.max(...sources.filter((s) => existsSync(s)).map(newestMtime));
  return newest > statSync(built).mtimeMs;
}

function buildWeb() {
  if (!existsSync(join(root, 'src', 'web', 'index.html'))) return;
  console.error('paso: building the web app…');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  // Always React's production build, even when called with NODE_ENV=test (as Vitest runs it).
  const run = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'build-web') {
  if (!rest.includes('--if-stale') || isWebStale()) buildWeb();
  process.exit(0);
}
if (command === 'start') {
  if (isWebStale()) buildWeb();
  process.argv.splice(2, 1, 'serve', '--demo');
}
const { register } = await import('tsx/esm/api');
register();
await import('../src/cli/main.ts');
