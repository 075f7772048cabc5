// `paso events import` starts itself again with a larger young generation (bin/paso.mjs). Stopped as a
// supervisor stops it, by a signal to the process it started, the import stops too: no import goes on
// behind a command that has ended, the batches committed stay whole, and running it again applies the
// rest. (SQLite alone: what is tried is the command's process, not the database.)
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/store/demo';
import { openTestDb, type TestDb } from '../support/databases';
import { runPaso } from '../support/process';

const PASO = join(import.meta.dirname, '..', '..', 'bin', 'paso.mjs');
const EVENTS = 60_000;
const BATCH = 2000;
const id = (n: number) => `d0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

// The processes whose command line holds every one of these words (Linux's /proc).
function processesWith(...words: string[]): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      const state = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.[0];
      if (state !== 'Z' && words.every((w) => args.includes(w))) found.push(Number(entry));
    } catch {
      // the process ended while it was read
    }
  }
  return found;
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 600; i += 1) {
    const value = await probe();
    if (value !== undefined) return value;
    await sleep(50);
  }
  throw new Error(`gave up waiting: ${what}`);
}

describe('paso events import stopped by a signal', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb('sqlite');
    await seedDemo(t.db.kysely, new Date('2025-11-25T00:00:00Z'));
  });
  afterEach(async () => {
    await t.cleanup();
  });

  const imported = async () => {
    const row = await t.db.kysely
      .selectFrom('crossing_event')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('id', 'like', 'd0000000-%')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };

  it('stops the import it started, keeps whole batches, and a second run applies the rest', async () => {
    const file = join(t.env.PASO_DATA_DIR ?? '', 'tallies.jsonl');
    const lines = Array.from({ length: EVENTS }, (_, n) =>
      JSON.stringify({
        kind: 'tally',
        id: id(n),
        at: new Date(Date.parse('2025-11-26T00:00:00Z') + n * 1000).toISOString(),
        checkpoint: n % 2 ? 'PE-SANTA-ROSA' : 'CL-CHACALLUTA',
        direction: 'entry',
        category: 'woman',
        count: 1,
      }),
    );
    writeFileSync(file, `${lines.join('\n')}\n`);

    const parent = spawn(process.execPath, [PASO, 'events', 'import', '--in', file, '--as', 'supervisor'], {
      env: { ...process.env, ...t.env },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => parent.once('exit', (code) => resolve(code)));
    // The import itself runs in a second process, with the young generation it is tuned for.
    const [importer] = await until('the import process', () => {
      const found = processesWith('--max-semi-space-size=64', file).filter((pid) => pid !== parent.pid);
      return found.length > 0 ? found : undefined;
    });
    await until('a first batch', async () => ((await imported()) >= BATCH ? true : undefined));
    parent.kill('SIGTERM');

    expect(await exited).toBe(143);
    expect(processesWith(file).filter((pid) => pid === importer)).toEqual([]);
    const first = await imported();
    expect(first % BATCH).toBe(0);
    expect(first).toBeLessThan(EVENTS);

    const again = runPaso(['events', 'import', '--in', file, '--as', 'supervisor'], t.env);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain(`${EVENTS - first} applied, ${first} already there`);
    expect(await imported()).toBe(EVENTS);
  });
});
