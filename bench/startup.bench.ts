// Time from `paso start` to a served page, on a fresh data folder (first start: migrations and demo
// seed) and on the second start, against a bare Node HTTP server started the same way as baseline.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const ROUNDS = 5;

async function timeToPage(args: string[], env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  const response = await fetch(`${url}/`);
  await response.text();
  const elapsed = performance.now() - started;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  if (response.status !== 200) throw new Error(`page answered ${response.status}`);
  return elapsed;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const bare = join(mkdtempSync(join(tmpdir(), 'paso-bench-')), 'bare.mjs');
writeFileSync(
  bare,
  "import http from 'node:http'; const s = http.createServer((q, r) => r.end('<html></html>')); s.listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + s.address().port)); process.on('SIGTERM', () => s.close());",
);

const first: number[] = [];
const second: number[] = [];
const baseline: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  const data = mkdtempSync(join(tmpdir(), 'paso-bench-data-'));
  const env = { PASO_DATA_DIR: data, PASO_PORT: '0', PASO_LOG_LEVEL: 'warn' };
  first.push(await timeToPage(['bin/paso.mjs', 'start'], env));
  second.push(await timeToPage(['bin/paso.mjs', 'start'], env));
  baseline.push(await timeToPage([bare], {}));
  rmSync(data, { recursive: true, force: true });
}

const row = (name: string, xs: number[]) =>
  `| ${name} | ${(median(xs) / 1000).toFixed(2)} s | ${(median(xs) / median(baseline)).toFixed(1)}× |`;
const report = [
  '## Start-up',
  '',
  `Made by \`node --import tsx bench/startup.bench.ts\` (or \`npm run bench -- startup\`), ${new Date().toISOString()},`,
  `${cpus().length} cores, Node ${process.version}, 1-minute load ${loadavg()[0]?.toFixed(2)}. Median of ${ROUNDS} rounds:`,
  "from spawning the command to the web app's page received. Budget: under 5 s once installed.",
  '',
  '| start | time | ratio to a bare Node HTTP server |',
  '| --- | --- | --- |',
  row('`paso start` (what `npm start` runs) on a fresh data folder: migrations, demo seed', first),
  row('`paso start` again on the same data', second),
  row('bare `node:http` server (baseline)', baseline),
  '',
].join('\n');
writeFileSync(join(ROOT, 'bench', 'results', 'startup.md'), report);
console.log(report);
