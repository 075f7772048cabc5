import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eachDemoDbToApply } from '../../../test/support/apply-context';
import { DIALECTS } from '../../../test/support/databases';
import { tallyLine } from '../../../test/support/tally-lines';
import { DEMO_USERS } from '../../store/demo';
import type { Executor } from '../../store/executor';
import { exportEvents, importEvents } from './events';

const NOW = '2025-11-28T18:00:00.000Z';
const admin = DEMO_USERS.find((u) => u.role === 'admin');

const tally = (n: number) => tallyLine(n, { direction: 'entry', category: 'woman', count: 1 });

// The audit entries of one action, oldest first, as written.
const auditOf = (db: Executor, action: string) =>
  db
    .selectFrom('audit_entry')
    .select(['actor_id', 'actor_username', 'ip', 'detail'])
    .where('action', '=', action)
    .orderBy('seq')
    .execute()
    .then((rows) => rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as unknown })));

describe.each(DIALECTS)('importEvents on %s', (dialect) => {
  const t = eachDemoDbToApply(dialect, NOW);
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'paso-import-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // Imports a file written with `text` as the demo's administrator, each event id made in turn.
  async function importText(name: string, text: string, options: { progressEvery?: number } = {}) {
    if (!admin) throw new Error('the demo has an administrator');
    const file = join(dir, name);
    writeFileSync(file, text);
    const told: unknown[] = [];
    const reported: string[] = [];
    let n = 0;
    const summary = await importEvents(
      t.db.kysely,
      file,
      admin,
      (line) => reported.push(line),
      () => `f1000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
      { now: () => new Date(NOW), progress: (p) => told.push(p), ...options },
    );
    return { summary, told, reported };
  }

  it('tells how far a long import has gone, in lines applied, and ends with the whole count', async () => {
    // 4,500 lines, one of them not JSON (line 2,500): chunks of 2,000, told every 2,000 lines.
    const lines = Array.from({ length: 4500 }, (_, i) => (i === 2499 ? '{broken' : tally(i)));
    const { summary, told, reported } = await importText('tallies.jsonl', `${lines.join('\n')}\n`, {
      progressEvery: 2000,
    });
    expect(told).toEqual([
      { lines: 2000, applied: 2000, duplicates: 0, bad: 0 },
      { lines: 4000, applied: 3999, duplicates: 0, bad: 1 },
    ]);
    expect(reported).toEqual([expect.stringMatching(/^line 2500: not JSON/)]);
    expect(summary).toEqual({ lines: 4500, applied: 4499, duplicates: 0, bad: 1, waiting: 0 });
  });

  it('reads the first event of a file that begins with a byte-order mark', async () => {
    const { summary, reported } = await importText('bom.jsonl', `\ufeff${tally(0)}\r\n${tally(1)}\r\n`);
    expect(reported).toEqual([]);
    expect(summary).toEqual({ lines: 2, applied: 2, duplicates: 0, bad: 0, waiting: 0 });
  });

  // No password of the user's is asked for: the command line did it, for them.
  it('records the events for the user named, and audits each batch as the command line’s', async () => {
    const { summary } = await importText('two.jsonl', `${tally(0)}\n${tally(1)}\n`);
    expect(summary.applied).toBe(2);
    const recordedBy = await t.db.kysely.selectFrom('crossing_event').select('recorded_by').execute();
    expect(recordedBy.filter((r) => r.recorded_by === admin?.id)).toHaveLength(2);
    expect(await auditOf(t.db.kysely, 'events.import')).toEqual([
      {
        actor_id: null,
        actor_username: 'cli',
        ip: null,
        detail: {
          as: admin?.username,
          file: join(dir, 'two.jsonl'),
          firstLine: 1,
          lastLine: 2,
          applied: 2,
          duplicates: 0,
          refused: 0,
        },
      },
    ]);
  });
});

describe.each(DIALECTS)('exportEvents on %s', (dialect) => {
  const t = eachDemoDbToApply(dialect, NOW);
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'paso-export-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('audits the export of personal data: its dates, how many events and the file written', async () => {
    if (!admin) throw new Error('the demo has an administrator');
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, `${tally(0)}\n${tally(1)}\n`);
    let id = 0;
    const newId = () => `f2000000-0000-4000-8000-${String(++id).padStart(12, '0')}`;
    await importEvents(t.db.kysely, file, admin, () => undefined, newId, { now: () => new Date(NOW) });
    const out = join(dir, 'export.jsonl');
    const n = await exportEvents(t.db.kysely, '2025-11-20', '2025-11-28', out, () => new Date(NOW));
    expect(n).toBe(2);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(2);
    expect(await auditOf(t.db.kysely, 'events.export')).toEqual([
      {
        actor_id: null,
        actor_username: 'cli',
        ip: null,
        detail: { from: '2025-11-20', to: '2025-11-28', events: 2, file: out },
      },
    ]);
  });
});
