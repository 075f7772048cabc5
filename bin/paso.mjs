#!/usr/bin/env node
// The `paso` command. Plain JavaScript so that it starts without a build: it builds the web app
// when its production build is missing or older than its sources, and bundles the TypeScript CLI
// with esbuild when its bundle is (run through tsx's loader, every command spent seconds of CPU
// loading its modules one by one).
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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
// `paso events import` makes and drops a few short-lived objects per event, millions in all. With
// semi-spaces of 64 MiB instead of V8's 16, fewer of them live long enough to be copied: the garbage
// collector's work falls and a 200,000-event import takes about 5 % less time and CPU (docs/operations.md).
// V8 takes the size only when it starts, so the command starts itself again with it.
const YOUNG_GENERATION = '--max-semi-space-size=64';
if (
  command === 'events' &&
  rest[0] === 'import' &&
  // One the caller gave, on the command line or in NODE_OPTIONS, is theirs to keep.
  ![...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) =>
    a.startsWith('--max-semi-space-size'),
  )
) {
  const child = spawn(
    process.execPath,
    [YOUNG_GENERATION, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  // A signal sent to this process alone (kill, a supervisor) reaches the import too.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  const [code, signal] = await once(child, 'exit');
  process.exit(signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1));
}
// The bundle of the command line and the server, one folder per state of the sources: a command
// already running keeps the folder it loads its lazy chunks from, and two commands that bundle at
// once each write their own folder and the first renamed in place wins.
const CLI_SOURCES = ['api', 'cli', 'domain', 'server', 'store'].map((p) => join(root, 'src', p));
const CLI_DIR = join(root, 'dist', 'cli');

function cliBundle() {
  const inputs = [...CLI_SOURCES, join(root, 'package-lock.json'), fileURLToPath(import.meta.url)].filter(
    (s) => existsSync(s),
  );
  const stamp = Math.floor(Math.max(...inputs.map(newestMtime))).toString(36);
  return { dir: join(CLI_DIR, stamp), entry: join(CLI_DIR, stamp, 'paso.js') };
}

// Each module's import.meta.url stays the URL of its source file, so that what it finds beside itself
// (a worker's module, a model file) it finds in the sources. JSON goes into the bundle, a package's too:
// Node would want an import attribute the sources do not write.
const sourceUrls = {
  name: 'source-urls',
  setup(build) {
    build.onResolve({ filter: /\.json$/ }, (args) => ({
      path: createRequire(args.importer || join(root, 'package.json')).resolve(args.path),
    }));
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: text.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

// The modules that run in worker threads (src/**/*-worker.ts) are bundled beside the command, sharing
// its chunks: started from their sources, each worker spent a second or more loading them through tsx.
function workerSources(dir = join(root, 'src'), found = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) workerSources(path, found);
    else if (entry.name.endsWith('-worker.ts')) found.push({ name: entry.name.slice(0, -3), path });
  }
  return found;
}

// Most packages stay in node_modules, loaded as they are. These pure JavaScript ones go into the
// bundle: Node loads a package module by module (Kysely alone is some 200 files and took 180 ms), and
// every command paid it at start — `paso checkpoint list` took 0.85 s, now 0.5 s. Their CommonJS
// modules find Node's own modules through the `require` each chunk makes for itself (the banner).
const BUNDLED = new Set([
  'kysely',
  'zod',
  'uuid',
  'fast-xml-parser',
  'commander',
  'csv-parse',
  'csv-stringify',
  'jose',
]);
const EXTERNAL = Object.keys(
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies,
).filter((name) => !BUNDLED.has(name));

async function bundleCli(target) {
  const { build } = await import('esbuild');
  const scratch = `${target.dir}.${process.pid}.tmp`;
  await build({
    entryPoints: {
      paso: join(root, 'src', 'cli', 'main.ts'),
      ...Object.fromEntries(workerSources().map((w) => [`workers/${w.name}`, w.path])),
    },
    outdir: scratch,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    sourcemap: 'linked',
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
    plugins: [sourceUrls],
    banner: {
      js: "import { createRequire as pasoRequire } from 'node:module'; const require = pasoRequire(import.meta.url);",
    },
  });
  // Which bundled file runs which worker source, read at each start without walking the sources again.
  const workers = Object.fromEntries(
    workerSources().map((w) => [pathToFileURL(w.path).href, `workers/${w.name}.js`]),
  );
  writeFileSync(join(scratch, 'workers.json'), JSON.stringify(workers));
  try {
    renameSync(scratch, target.dir);
  } catch {
    rmSync(scratch, { recursive: true, force: true }); // another command bundled the same sources first
  }
  // Older bundles go, but for the two before this one, which a running server may still load from.
  const folders = readdirSync(CLI_DIR).filter((f) => !f.endsWith('.tmp'));
  for (const old of folders.sort().slice(0, -3)) rmSync(join(CLI_DIR, old), { recursive: true, force: true });
}

// Where the bundle cannot be written (a read-only install), the sources run through tsx as they are.
async function bundledOrNull() {
  const cli = cliBundle();
  if (existsSync(cli.entry)) return cli.entry;
  try {
    mkdirSync(CLI_DIR, { recursive: true });
    await bundleCli(cli);
    return cli.entry;
  } catch (error) {
    console.error(`paso: running from the sources (no bundle: ${error.message})`);
    return null;
  }
}

// Which bundled file runs each worker source (src/server/jobs/worker.ts starts a worker from its
// bundle when one is named for its source), or null when the bundle has no manifest.
function bundledWorkers(entry) {
  const manifest = join(dirname(entry), 'workers.json');
  if (!existsSync(manifest)) return null;
  const workers = JSON.parse(readFileSync(manifest, 'utf8'));
  return Object.fromEntries(
    Object.entries(workers).map(([source, file]) => [source, pathToFileURL(join(dirname(entry), file)).href]),
  );
}

const entry = await bundledOrNull();
// `paso build-cli` bundles when the bundle is missing or stale and prints its workers as JSON: the tests
// start the server's workers from them, as `paso serve` does (from the sources, each took 2 s to start).
if (command === 'build-cli') {
  console.log(JSON.stringify(entry ? (bundledWorkers(entry) ?? {}) : {}));
  process.exit(0);
}
if (entry) {
  process.setSourceMapsEnabled(true);
  globalThis.pasoBundledWorkers = bundledWorkers(entry) ?? undefined;
  await import(pathToFileURL(entry).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
