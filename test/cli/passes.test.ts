// `paso pass issue`, `paso keys export`, `paso pass verify` and `paso keys rotate` as an operator runs
// them: the pass text out, a keyset file for a checkpoint, one verdict a line and the exit code.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { insertConvoy, insertCorridor } from '../../src/store/transit';
import { DIALECTS, openTestDb, type TestDb } from '../support/databases';
import { runPaso } from '../support/process';

const hoursFromNow = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
const PASSENGER = [
  '--name',
  'José Gregorio Hernández',
  '--birth-date',
  '1985-03',
  '--document-kind',
  'VE-CI',
  '--document-number',
  '14567890',
  '--convoy-id',
  'CV-02',
  '--convoy-name',
  'Convoy 2',
  '--corridor-id',
  'TAC-TUM',
  '--corridor-name',
  'Tacna – Tumbes',
];

// The convoy the passes name, on its corridor: a pass names a convoy of the transit area.
async function planConvoy(db: TestDb['db']['kysely']): Promise<void> {
  const now = new Date().toISOString();
  const corridorId = '0f0c0000-0000-4000-8000-000000000001';
  await insertCorridor(
    db,
    {
      id: corridorId,
      code: 'TAC-TUM',
      name: 'Tacna – Tumbes',
      exitPoint: 'PE-TUMBES',
      stops: [
        { code: 'TACNA', name: 'Tacna', latitude: -18, longitude: -70.2 },
        { code: 'TUMBES', name: 'Tumbes', latitude: -3.5, longitude: -80.2 },
      ],
    },
    { now },
  );
  await insertConvoy(
    db,
    {
      id: '0f0c0000-0000-4000-8000-000000000002',
      code: 'CV-02',
      corridorId,
      // On the road since 60 hours ago: a pass that ended an hour ago was still one it could carry
      // (a pass that ends before its convoy leaves is refused).
      plannedDeparture: hoursFromNow(-60),
      plannedArrival: hoursFromNow(40),
      vehicles: [{ plate: 'BUS-1', kind: 'bus', seats: 40 }],
    },
    { now, by: null },
  );
}

describe.each(DIALECTS)('paso pass and paso keys on %s', { timeout: 120_000 }, (dialect) => {
  let t: TestDb | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await t?.cleanup();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('issues passes, exports the keyset and verifies one pass a line with the reason for each', async () => {
    t = await openTestDb(dialect);
    await planConvoy(t.db.kysely);
    dir = mkdtempSync(join(tmpdir(), 'paso-passes-'));
    const issue = (...extra: string[]) => {
      const run = runPaso(['pass', 'issue', ...PASSENGER, ...extra], t?.env ?? {});
      expect(run.status, run.stderr).toBe(0);
      return run.stdout.trim();
    };
    const valid = issue('--until', hoursFromNow(48));
    expect(valid).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const expired = issue('--from', hoursFromNow(-48), '--until', hoursFromNow(-1));

    const rotated = runPaso(['keys', 'rotate'], t.env);
    expect(rotated.stdout).toMatch(/New signing key \S+; retired: \S+\./);
    const afterRotation = issue('--until', hoursFromNow(24));

    const exported = runPaso(['keys', 'export'], t.env);
    expect(exported.status, exported.stderr).toBe(0);
    const keyset = JSON.parse(exported.stdout);
    expect(keyset.keys).toHaveLength(2);
    const keysetFile = join(dir, 'keyset.json');
    writeFileSync(keysetFile, exported.stdout);

    const [h, p = '', s] = valid.split('.');
    const altered = [h, `${p.slice(0, 20)}${p[20] === 'A' ? 'B' : 'A'}${p.slice(21)}`, s].join('.');
    const input = join(dir, 'passes.txt');
    writeFileSync(input, [valid, altered, expired, '', 'not a pass', afterRotation].join('\n'));

    const run = runPaso(['pass', 'verify', '--in', input, '--keyset', keysetFile], {});
    expect(run.status).toBe(1);
    const out = run.stdout.trim().split('\n');
    expect(out).toHaveLength(5);
    expect(out[0]).toMatch(/^valid [\w-]+ José Gregorio Hernández · Convoy 2 · Tacna – Tumbes · until /);
    expect(out[1]).toBe('altered: the signature does not match the content');
    expect(out[2]).toMatch(/^expired: [\w-]+ was valid until /);
    expect(out[3]).toBe('malformed: not a pass');
    expect(out[4]).toMatch(/^valid /);
    expect(run.stderr).toContain('Checked 5 passes: 2 valid, 3 not valid.');

    // The database's own keyset, and a file of valid passes only: exit code 0.
    writeFileSync(input, `${valid}\n${afterRotation}\n`);
    const clean = runPaso(['pass', 'verify', '--in', input], t.env);
    expect(clean.status, clean.stderr).toBe(0);
    expect(
      clean.stdout
        .trim()
        .split('\n')
        .every((line) => line.startsWith('valid ')),
    ).toBe(true);
  });

  it.each([
    ['a convoy that does not exist', ['--convoy-id', 'CV-20'], 'no convoy has the id or code CV-20'],
    [
      'a corridor the convoy does not travel',
      ['--corridor-id', 'LIM-TUM'],
      'convoy CV-02 does not travel corridor LIM-TUM',
    ],
    [
      'a pass that ends before it starts',
      ['--from', hoursFromNow(2)],
      'a pass ends (--until) after it starts (--from)',
    ],
    ['a birth date that does not exist', ['--birth-date', '1988-02-31'], 'a day that exists'],
    ['a holder born after today', ['--birth-date', '2099'], '--birth-date: a birth date after today'],
    [
      'an end on a day that does not exist',
      ['--until', '2027-02-31T00:00:00Z'],
      '--until: 2027-02-31T00:00:00Z is not an ISO 8601 time that exists',
    ],
    ['an empty name', ['--name', ' '], '--name is empty'],
    [
      'a pass that ends before its convoy leaves',
      ['--from', hoursFromNow(-80), '--until', hoursFromNow(-70)],
      'the pass would end before convoy CV-02 is due to leave',
    ],
  ])('refuses %s, with a clear message', async (_, extra, message) => {
    t = await openTestDb(dialect);
    await planConvoy(t.db.kysely);
    const run = runPaso(['pass', 'issue', ...PASSENGER, '--until', hoursFromNow(1), ...extra], t.env);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
