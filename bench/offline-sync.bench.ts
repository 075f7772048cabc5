// A booth's 10,000 offline records syncing, against the budget of shared/DESIGN.md (under 10 s, each
// applied exactly once): the web app's own outbox and sync loop (on fake-indexeddb in Node, the
// browser's IndexedDB stand-in) draining to a real `paso serve --demo` on SQLite, in batches of 250.
// Beside it, the baseline: the same records posted one request each, one after another.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { EventBatchReply, type PasoEvent } from '../src/api/events';
import { err, ok } from '../src/domain/shared';
import { CLIENT_CODES, clientProblem } from '../src/web/api/problem';
import { openOutbox } from '../src/web/offline/outbox';
import { createSync } from '../src/web/offline/sync';
import { BATCH_SIZE } from '../src/web/offline/sync-rules';
import { boothShift } from '../test/support/booth-records';
import { TEST_AUDIT_KEY } from '../test/support/databases';

const ROOT = join(import.meta.dirname, '..');
const PASO = join(ROOT, 'bin', 'paso.mjs');
const RECORDS = Number(process.env.BENCH_OFFLINE_RECORDS ?? 10_000);
const lines: string[] = [];
const note = (line: string) => {
  console.log(line);
  lines.push(line);
};

async function serve(dir: string) {
  const child = spawn(process.execPath, [PASO, 'serve', '--demo', '--port', '0'], {
    env: {
      ...process.env,
      PASO_LOG_LEVEL: 'warn',
      PASO_DATA_DIR: dir,
      PASO_AUDIT_KEY: TEST_AUDIT_KEY.toString('hex'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /serving at (http:\/\/[^\s]+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.stderr.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.once('exit', (code) => reject(new Error(`paso serve exited ${code}: ${out}`)));
  });
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'oficial.santarosa', password: 'paso-demo-2025' }),
  });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  const post = async (events: readonly PasoEvent[]) => {
    const r = await fetch(`${url}/api/events`, { method: 'POST', headers, body: JSON.stringify({ events }) });
    if (r.status !== 200) throw new Error(`POST /api/events answered ${r.status}: ${await r.text()}`);
    return EventBatchReply.parse(await r.json()).outcomes;
  };
  return {
    post,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The booth's records found in the server's own database (the demo's events are beside them). */
function storedOf(dir: string, ids: readonly string[]): number {
  const db = new Database(join(dir, 'paso.sqlite'), { readonly: true });
  const rows = db.prepare('SELECT id FROM crossing_event').all() as { id: string }[];
  db.close();
  const stored = new Set(rows.map((r) => r.id));
  return ids.filter((id) => stored.has(id)).length;
}

async function outboxSync(shift: readonly PasoEvent[][], ids: readonly string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'paso-bench-offline-'));
  const server = await serve(dir);
  // The shift made offline: every record in the outbox before the network returns.
  const outbox = openOutbox('bench-booth', { indexedDB: new IDBFactory(), IDBKeyRange });
  for (const submission of shift) await outbox.put(submission);
  let requests = 0;
  let applied = 0;
  let inRequests = 0;
  const sync = createSync({
    outbox,
    send: async (events) => {
      requests += 1;
      const sent = performance.now();
      try {
        const outcomes = await server.post(events);
        inRequests += performance.now() - sent;
        applied += outcomes.filter((o) => o.status === 'applied').length;
        return ok(outcomes);
      } catch (error) {
        console.error(error);
        return err(clientProblem(CLIENT_CODES.network));
      }
    },
    schedule: () => () => undefined,
    now: () => new Date(),
    online: false,
  });
  const started = performance.now();
  sync.setOnline(true);
  await sync.flush();
  const seconds = (performance.now() - started) / 1000;
  const state = sync.getState();
  await server.stop();
  const stored = storedOf(dir, ids);
  rmSync(dir, { recursive: true, force: true });
  // Exactly once: every record stored (ids are unique there) and answered `applied` once, no more.
  const once = stored === ids.length && applied === ids.length;
  return {
    seconds,
    requests,
    applied,
    left: state.waiting + state.refused.length,
    stored,
    once,
    inRequests: inRequests / 1000,
  };
}

async function oneByOne(events: readonly PasoEvent[], ids: readonly string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'paso-bench-offline-'));
  const server = await serve(dir);
  let applied = 0;
  const started = performance.now();
  for (const event of events) {
    const [outcome] = await server.post([event]);
    if (outcome?.status === 'applied') applied += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  await server.stop();
  const stored = storedOf(dir, ids);
  rmSync(dir, { recursive: true, force: true });
  const once = stored === ids.length && applied === ids.length;
  return { seconds, requests: events.length, applied, left: 0, stored, once, inRequests: seconds };
}

const shift = boothShift(RECORDS);
const events = shift.flat();
const ids = events.map((e) => e.id);
const kinds = (kind: PasoEvent['kind']) => events.filter((e) => e.kind === kind).length.toLocaleString('en');

const outbox = await outboxSync(shift, ids);
const baseline = process.env.BENCH_OFFLINE_NO_BASELINE === '1' ? outbox : await oneByOne(events, ids);

note('## Offline sync');
note('');
note(
  `Made by \`node --import tsx bench/offline-sync.bench.ts\` (or \`npm run bench -- offline-sync\`), started ${new Date().toISOString()},`,
);
note(
  `${cpus().length} cores, Node ${process.version}, 1-minute load at the end ${loadavg()[0]?.toFixed(2)}.`,
);
note('');
note(
  `A booth's shift made offline: ${events.length.toLocaleString('en')} records (${kinds('crossing')} crossings of people in families, ` +
    `${kinds('tally')} tally presses, ${kinds('correction')} corrections: undos, people taken off a tally, decisions), ` +
    "made by the booth's own sitting code (test/support/booth-records.ts). Each row starts a fresh `paso serve --demo` on SQLite " +
    '(the embedded default) and logs in as the officer; the records are screened and compared with earlier registrations as in ' +
    "the field. The outbox row is the web app's outbox and sync loop, in Node over fake-indexeddb (the browser keeps it in " +
    `IndexedDB), draining in batches of ${BATCH_SIZE}; the baseline posts each record in its own request, one after another. ` +
    '"Exactly once" reads the server\'s database afterwards. Budget: under 10 s, each applied exactly once.',
);
note('');
note(
  '| how | records | requests | time | of which waiting for the server | rate | applied | left in outbox | exactly once |',
);
note('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const [name, r] of [
  [`outbox sync, batches of ${BATCH_SIZE}`, outbox],
  ['one request per record (baseline)', baseline],
] as const) {
  note(
    `| ${name} | ${events.length.toLocaleString('en')} | ${r.requests.toLocaleString('en')} | ${r.seconds.toFixed(1)} s | ${r.inRequests.toFixed(1)} s | ` +
      `${Math.round(events.length / r.seconds).toLocaleString('en')} /s | ${r.applied.toLocaleString('en')} | ${r.left} | ` +
      `${r.once ? 'yes' : 'NO'}: ${r.stored.toLocaleString('en')} stored |`,
  );
}
note('');
note(
  `The outbox sync took ${(baseline.seconds / outbox.seconds).toFixed(1)} times less time than the baseline.`,
);
writeFileSync(join(ROOT, 'bench', 'results', 'offline-sync.md'), `${lines.join('\n')}\n`);
