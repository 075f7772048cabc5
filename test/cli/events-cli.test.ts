// `paso events import`, `paso events export` and `paso counts` as an operator runs them, on both
// databases: every bad line is named with its reason while the good ones land, a correction of an
// unknown event waits, the figures equal the recount, and an export re-imports to the same figures.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_DECREE_ID, refreshDemo, seedDemo } from '../../src/store/demo';
import { DIALECTS, openTestDb, type TestDb } from '../support/databases';
import { runPaso } from '../support/process';

const id = (n: number) => `c0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const person = {
  givenNames: 'Yohana',
  surname1: 'Briceño',
  sex: 'F',
  birthDate: '1994-08',
  nationality: 'VEN',
};
const LINES = [
  {
    kind: 'crossing',
    id: id(1),
    at: '2025-11-26T13:00:00Z',
    checkpoint: 'PE-SANTA-ROSA',
    direction: 'entry',
    decision: 'admitted-transit',
    exitPoint: 'PE-TUMBES',
    person,
  },
  {
    kind: 'crossing',
    id: id(2),
    at: '2025-11-26T13:05:00Z',
    checkpoint: 'PE-SANTA-ROSA',
    direction: 'entry',
    decision: 'refused',
    refusalGround: 'no-valid-document',
    person: { ...person, givenNames: 'Ana' },
  },
  {
    kind: 'tally',
    id: id(3),
    at: '2025-11-26T08:15:00-05:00',
    checkpoint: 'PE-SANTA-ROSA',
    direction: 'entry',
    category: 'boy',
    nationality: 'VEN',
    count: 4,
  },
  {
    kind: 'correction',
    id: id(4),
    at: '2025-11-26T14:00:00Z',
    checkpoint: 'PE-SANTA-ROSA',
    corrects: id(3),
    set: { count: 3 },
  },
  {
    kind: 'correction',
    id: id(5),
    at: '2025-11-26T14:00:00Z',
    checkpoint: 'PE-SANTA-ROSA',
    corrects: id(99),
    void: true,
  },
  // Bad lines, each for its own reason.
  {
    kind: 'crossing',
    id: id(6),
    at: '2025-11-26T13:00:00Z',
    checkpoint: 'PE-SANTA-ROSA',
    direction: 'entry',
    decision: 'refused',
    person,
  },
  {
    kind: 'crossing',
    id: id(7),
    at: '2025-11-26T13:00:00Z',
    checkpoint: 'PE-SANTA-ROSA',
    direction: 'entry',
    decision: 'admitted',
    person: { ...person, birthDate: '1994-02-31' },
  },
  {
    kind: 'crossing',
    id: id(8),
    at: '2025-11-26T13:00:00Z',
    checkpoint: 'PE-SANTA-ROSA',
    direction: 'entry',
    decision: 'admitted',
    person: { ...person, nationality: 'XYZ' },
  },
  {
    kind: 'tally',
    id: id(9),
    at: '2025-11-26T13:00:00Z',
    checkpoint: 'PE-SANTA-ROSA',
    direction: 'exit',
    category: 'man',
    count: -2,
  },
  {
    kind: 'tally',
    id: id(10),
    at: '2025-11-26T13:00:00Z',
    checkpoint: 'XX-NOWHERE',
    direction: 'exit',
    category: 'man',
    count: 1,
  },
].map((e) => JSON.stringify(e));

describe.each(DIALECTS)('paso events and counts on %s', { timeout: 120_000 }, (dialect) => {
  let t: TestDb;
  let dir: string;
  beforeEach(async () => {
    t = await openTestDb(dialect);
    await seedDemo(t.db.kysely, new Date('2025-11-25T00:00:00Z'));
    dir = mkdtempSync(join(tmpdir(), 'paso-events-'));
  });
  afterEach(async () => {
    await t.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports the good lines, names every bad one, and exits 1', async () => {
    const file = join(dir, 'events.jsonl');
    writeFileSync(file, `${[...LINES, '{not json'].join('\n')}\n`);
    const run = runPaso(['events', 'import', '--in', file, '--as', 'supervisor'], t.env);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/line 6: refusalGround: .*refusal\.ground-required/);
    expect(run.stderr).toMatch(/line 7: person\.birthDate: .*date\.nonexistent/);
    expect(run.stderr).toMatch(/line 8: person\.nationality: .*country\.unknown/);
    expect(run.stderr).toMatch(/line 9: count: .*tally\.count-range/);
    expect(run.stderr).toMatch(/line 10: .*XX-NOWHERE.*event\.unknown-checkpoint/);
    expect(run.stderr).toMatch(/line 11: not JSON/);
    expect(run.stderr).toContain('Read 11 lines: 5 applied, 0 already there, 6 refused. 1 corrections wait');

    // Each crossing records the demo decree, in force at Santa Rosa on that day; tallies name none.
    const bodies = await t.db.kysely.selectFrom('crossing_event').select(['kind', 'body']).execute();
    const decrees = bodies.map((r) => [r.kind, (JSON.parse(r.body) as { decree?: unknown }).decree]);
    expect(decrees).toEqual(
      expect.arrayContaining([['crossing', { id: DEMO_DECREE_ID, number: 'D.S. N.° 135-2025-PCM' }]]),
    );
    expect(decrees.filter(([kind, decree]) => kind === 'crossing' && decree === undefined)).toEqual([]);
    expect(decrees.filter(([kind, decree]) => kind !== 'crossing' && decree !== undefined)).toEqual([]);

    const again = runPaso(['events', 'import', '--in', file, '--as', 'supervisor'], t.env);
    expect(again.stderr).toContain('0 applied, 5 already there');

    const by = ['--from', '2025-11-26', '--to', '2025-11-26', '--by', 'date,hour,source,decision'];
    const counts = runPaso(['counts', ...by], t.env);
    expect(counts.status, counts.stderr).toBe(0);
    expect(counts.stdout).toBe(
      [
        'date,hour,source,decision,crossed,refused,held',
        '2025-11-26,08,registered,admitted-transit,1,0,0',
        '2025-11-26,08,registered,refused,0,1,0',
        '2025-11-26,08,tallied,unknown,3,0,0',
        '',
      ].join('\n'),
    );
    // Every event here is at Santa Rosa: its code in lower case is the checkpoint's.
    const recount = runPaso(['counts', ...by, '--recount', '--checkpoint', 'pe-santa-rosa'], t.env);
    expect(recount.stdout).toBe(counts.stdout);
  });

  it('refuses an import on behalf of an officer, an unknown or disabled account, and counts with an unknown dimension', async () => {
    const file = join(dir, 'events.jsonl');
    writeFileSync(file, `${LINES[0]}\n`);
    const officer = runPaso(['events', 'import', '--in', file, '--as', 'oficial.santarosa'], t.env);
    expect(officer.status).toBe(2);
    expect(officer.stderr).toContain(
      '"oficial.santarosa" is an officer, not a supervisor or an administrator (nothing imported)',
    );
    const nobody = runPaso(['events', 'import', '--in', file, '--as', 'nadie'], t.env);
    expect([nobody.status, nobody.stderr]).toEqual([
      2,
      'paso: no user is called "nadie" (nothing imported)\n',
    ]);
    // The username as the login takes it, whatever its case; a disabled account imports nothing.
    const capitalised = runPaso(['events', 'import', '--in', file, '--as', ' Supervisor'], t.env);
    expect([capitalised.status, capitalised.stderr]).toEqual([
      0,
      'Read 1 lines: 1 applied, 0 already there, 0 refused.\n',
    ]);
    await t.db.kysely
      .updateTable('app_user')
      .set({ disabled: 1 })
      .where('username', '=', 'supervisor')
      .execute();
    const disabled = runPaso(['events', 'import', '--in', file, '--as', 'supervisor'], t.env);
    expect([disabled.status, disabled.stderr]).toEqual([
      2,
      'paso: the account "supervisor" is disabled (nothing imported)\n',
    ]);
    const day = ['--from', '2025-11-26', '--to', '2025-11-26'];
    const nowhere = runPaso(['counts', ...day, '--by', 'hour', '--checkpoint', 'XX-NOPE'], t.env);
    expect(nowhere.status).toBe(2);
    expect(nowhere.stderr).toMatch(
      /^paso: no checkpoint has the code XX-NOPE \(checkpoints: .*PE-SANTA-ROSA/,
    );
    const bad = runPaso(['counts', ...day, '--by', 'colour'], t.env);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('unknown dimension colour');
    const json = runPaso(['counts', ...day, '--by', 'hour', '--format', 'json', '--dialect', 'excel'], t.env);
    expect([json.status, json.stderr.trim()]).toEqual([
      2,
      'paso: --dialect is how a CSV is written: leave it out with --format json',
    ]);
    const backwards = runPaso(['events', 'export', '--from', '2025-11-27', '--to', '2025-11-26'], t.env);
    expect(backwards.status).toBe(2);
    expect(backwards.stderr).toContain('--from comes after --to');
    const folder = runPaso(['events', 'import', '--in', dir, '--as', 'admin'], t.env);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain(`paso: ${dir}: is a folder, not a file`);
  });

  it('exports events that import elsewhere to the same figures, with their corrections of a later day', async () => {
    const file = join(dir, 'events.jsonl');
    // Ana's refusal is corrected to an admission the next morning: the 26th's export carries it.
    const nextMorning = JSON.stringify({
      kind: 'correction',
      id: id(40),
      at: '2025-11-27T13:30:00Z',
      checkpoint: 'PE-SANTA-ROSA',
      corrects: id(2),
      set: { decision: 'admitted' },
    });
    writeFileSync(file, `${[...LINES.slice(0, 5), nextMorning].join('\n')}\n`);
    expect(runPaso(['events', 'import', '--in', file, '--as', 'admin'], t.env).status).toBe(0);
    const out = join(dir, 'export.jsonl');
    const exported = runPaso(
      ['events', 'export', '--from', '2025-11-26', '--to', '2025-11-26', '--out', out],
      t.env,
    );
    expect(exported.stderr).toContain('Exported 6 events.');
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(6);

    const other = await openTestDb(dialect);
    try {
      await seedDemo(other.db.kysely, new Date('2025-11-25T00:00:00Z'));
      expect(runPaso(['events', 'import', '--in', out, '--as', 'admin'], other.env).status).toBe(0);
      const args = [
        'counts',
        '--from',
        '2025-11-20',
        '--to',
        '2025-11-30',
        '--by',
        'checkpoint,nationality,age_group',
        '--format',
        'json',
      ];
      const here = runPaso(args, t.env);
      expect(JSON.parse(here.stdout)).toEqual([
        {
          checkpoint: 'PE-SANTA-ROSA',
          nationality: 'VEN',
          age_group: 'adult',
          crossed: 2,
          refused: 0,
          held: 0,
        },
        {
          checkpoint: 'PE-SANTA-ROSA',
          nationality: 'VEN',
          age_group: 'child',
          crossed: 3,
          refused: 0,
          held: 0,
        },
      ]);
      expect(runPaso(args, other.env).stdout).toBe(here.stdout);
    } finally {
      await other.cleanup();
    }
  });

  // The demo's days as an operator exports them: each crossing with the decree the server recorded in
  // it, families, corrections and tallies. Before, the decree made every crossing a conflict with
  // itself, and crossings the demo had typed with no first surname were refused.
  it("exports the demo's days and imports them again: every line is already there", async () => {
    const now = new Date('2025-11-28T12:00:00Z');
    await refreshDemo(t.db.kysely, now);
    const out = join(dir, 'demo.jsonl');
    const range = ['--from', '2025-11-20', '--to', '2025-11-28'];
    expect(runPaso(['events', 'export', ...range, '--out', out], t.env).status).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(500);
    expect(lines.filter((l) => l.includes('"decree"')).length).toBeGreaterThan(0);

    const again = runPaso(['events', 'import', '--in', out, '--as', 'supervisor'], t.env);
    expect(again.stderr).toContain(
      `${lines.length} lines: 0 applied, ${lines.length} already there, 0 refused`,
    );
    expect(again.status).toBe(0);

    const other = await openTestDb(dialect);
    try {
      await seedDemo(other.db.kysely, new Date('2025-11-25T00:00:00Z'));
      const elsewhere = runPaso(['events', 'import', '--in', out, '--as', 'supervisor'], other.env);
      expect(elsewhere.stderr).toContain(`${lines.length} applied, 0 already there, 0 refused`);
      const counts = ['counts', ...range, '--by', 'checkpoint,date,decision,nationality,age_group'];
      expect(runPaso(counts, other.env).stdout).toBe(runPaso(counts, t.env).stdout);
    } finally {
      await other.cleanup();
    }
  });
});
