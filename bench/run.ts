// Runs the benchmarks (bench/*.bench.ts), each in its own process, and gathers what each wrote
// to bench/results/<name>.md into bench/RESULTS.md. `npm run bench -- documents` runs one.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const all = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .sort();
const chosen = wanted.length > 0 ? all.filter((n) => wanted.includes(n)) : all;

for (const name of chosen) {
  console.log(`\n== bench ${name}`);
  const run = spawnSync(
    process.execPath,
    ['--max-old-space-size=8192', '--import', 'tsx', join(here, `${name}.bench.ts`)],
    {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (run.status !== 0) {
    console.error(`bench ${name} failed with status ${run.status}`);
    process.exitCode = 1;
  }
}

const sections = all
  .map((name) => join(here, 'results', `${name}.md`))
  .filter((file) => existsSync(file))
  .map((file) => readFileSync(file, 'utf8').trim());
writeFileSync(
  join(here, 'RESULTS.md'),
  [
    '# Benchmark results',
    '',
    'Made by `npm run bench` (each section names its own command). Figures are ratios against a',
    'baseline run side by side in the same process or script, on the 2-core machine described in',
    'shared/ECOSYSTEM.md. Sections are rewritten each time their benchmark runs.',
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n'),
);
