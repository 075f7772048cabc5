// The matching batch tools as an analyst runs them from a terminal, on files they write.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listWatchlists } from '../../src/store/matching';
import { openTestDb, type TestDb } from '../support/databases';
import { runPaso } from '../support/process';

describe('paso dedupe, screen and import-watchlist', { timeout: 120_000 }, () => {
  let dir: string;
  let t: TestDb;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'paso-cli-'));
    t = await openTestDb('sqlite');
  });
  afterAll(async () => {
    await t.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });
  const file = (name: string) => join(dir, name);

  it('generates a labelled population, clusters it and screens it, with progress on standard error', () => {
    const gen = runPaso(
      [
        'generate-people',
        '--out',
        file('people.csv'),
        '--size',
        '3000',
        '--seed',
        '5',
        '--watchlist',
        file('list.csv'),
        '--watchlist-size',
        '50',
      ],
      {},
    );
    expect(gen.status, gen.stderr).toBe(0);
    const people = readFileSync(file('people.csv'), 'utf8').trim().split('\n');
    expect(people[0]).toContain('record_id,given_names,surname1,surname2,sex,birth_date,nationality');
    expect(people).toHaveLength(3001);

    const dedupe = runPaso(['dedupe', '--in', file('people.csv'), '--out', file('clusters.csv')], {});
    expect(dedupe.status, dedupe.stderr).toBe(0);
    // By default as Excel in Spanish opens it: a byte-order mark, semicolons, CRLF.
    const clusters = readFileSync(file('clusters.csv'), 'utf8').trimEnd().split('\r\n');
    expect(clusters[0]).toBe('\ufeffrecord_id;cluster_id');
    expect(clusters).toHaveLength(3001);
    // The summary counts people, and as clusters only those of two or more records (a record alone
    // has a cluster id of its own in the file, but is no cluster).
    const sizes = new Map<string, number>();
    for (const row of clusters.slice(1)) {
      const clusterId = row.split(';')[1] ?? '';
      sizes.set(clusterId, (sizes.get(clusterId) ?? 0) + 1);
    }
    const twoOrMore = [...sizes.values()].filter((n) => n >= 2).length;
    expect(dedupe.stderr).toContain(
      `3000 records of ${sizes.size} people: ${twoOrMore} clusters of two or more records, in `,
    );

    // A watchlist naming the first generated person, as a list would write them.
    const [id, given, surname1, surname2, sex, birth, nationality] = (people[1] ?? '').split(',');
    writeFileSync(
      file('named.csv'),
      `watch_id,given_names,surname1,surname2,sex,birth_date,nationality,aliases\nX1,${given?.toUpperCase()},${surname1},${surname2},${sex},${birth},${nationality},\n`,
    );
    const screen = runPaso(
      [
        'screen',
        '--watchlist',
        file('named.csv'),
        '--in',
        file('people.csv'),
        '--out',
        file('hits.csv'),
        '--dialect',
        'rfc4180',
      ],
      {},
    );
    expect(screen.status, screen.stderr).toBe(0);
    expect(screen.stderr).toMatch(/3000 people screened/);
    const hits = readFileSync(file('hits.csv'), 'utf8').trim().split('\r\n');
    expect(hits[0]).toBe('record_id,watch_id,score,explanation');
    expect(hits.map((h) => h.split(',')[0])).toContain(id);
  });

  it('names the line of a malformed people file and exits 2', () => {
    writeFileSync(
      file('bad.csv'),
      'record_id,given_names,surname1,birth_date\nR1,Ana,Rojas,1990-01-01\nR2,Luis,Soto,1990-02-31\n',
    );
    const run = runPaso(['dedupe', '--in', file('bad.csv'), '--out', file('never.csv')], {});
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/line 3/i);
    // A list's size without the list to write was left unused, without a word.
    const sizeAlone = runPaso(['generate-people', '--out', file('never.csv'), '--watchlist-size', '5'], {});
    expect([sizeAlone.status, sizeAlone.stderr.trim()]).toEqual([
      2,
      'paso: --watchlist-size goes with --watchlist, which names the file to write',
    ]);
  });

  it('tells what to do with a workbook, a missing file or a folder given for a list, and exits 2', () => {
    // An .xlsx is a zip file: its first bytes are PK\x03\x04, then binary bytes.
    writeFileSync(file('lista.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0, 0]));
    const workbook = runPaso(
      ['import-watchlist', '--file', file('lista.xlsx'), '--name', 'Excel', '--as', 'admin'],
      t.env,
    );
    expect(workbook.status).toBe(2);
    expect(workbook.stderr).toContain(`paso: ${file('lista.xlsx')} is a spreadsheet workbook`);
    expect(workbook.stderr).toContain('save the sheet as CSV');
    const missing = runPaso(['dedupe', '--in', file('nowhere.csv'), '--out', file('never.csv')], {});
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`paso: ${file('nowhere.csv')}: no such file or folder`);
    const folder = runPaso(
      ['screen', '--watchlist', dir, '--in', file('nowhere.csv'), '--out', file('x')],
      {},
    );
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain('is a folder, not a file');
  });

  it.each([
    ['dedupe', '--in', 'people.csv', '--out', 'never.csv'],
    ['evaluate-matching', '--size', '100'],
  ])('says in words that a model file does not exist, and exits 2: paso %s', (command, ...rest) => {
    const args = rest.map((a) => (a.endsWith('.csv') ? file(a) : a));
    const run = runPaso([command, ...args, '--model', file('nope.json')], {});
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`paso: ${file('nope.json')}: no such file or folder`);
  });

  it('refuses a language for the explanations other than es or en, naming the choices, and exits 2', () => {
    const run = runPaso(
      ['screen', '--watchlist', file('x.csv'), '--in', file('x.csv'), '--out', file('x'), '--lang', 'fr'],
      {},
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      "option '--lang <lang>' argument 'fr' is invalid. Allowed choices are es, en.",
    );
  });

  it('imports a watchlist into the database, and refuses a malformed one whole', async () => {
    writeFileSync(
      file('ok.csv'),
      'watch_id,given_names,surname1,surname2,birth_date,aliases\nW1,Ana,Rojas,Díaz,1970,Anita Rojas\n',
    );
    writeFileSync(
      file('broken.csv'),
      'watch_id,given_names,surname1,birth_date\nW1,Ana,Rojas,1970\nW2,Luis,Soto,31-02-1970\n',
    );
    expect(runPaso(['seed-demo'], t.env).status).toBe(0);
    const broken = runPaso(
      ['import-watchlist', '--file', file('broken.csv'), '--name', 'Rota', '--as', 'admin'],
      t.env,
    );
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('line 3');
    const ok = runPaso(
      ['import-watchlist', '--file', file('ok.csv'), '--name', 'Buena', '--as', 'admin'],
      t.env,
    );
    expect(ok.status, ok.stderr).toBe(0);
    // The demo brings its own fictitious list; the broken file added nothing beside it.
    const lists = (await listWatchlists(t.db.kysely)).map((w) => [w.name, w.entryCount]);
    expect(lists).toContainEqual(['Buena', 1]);
    expect(lists.map(([name]) => name)).not.toContain('Rota');
    expect(lists).toHaveLength(2);
  });

  it('imports a list saved by Excel in Spanish (Windows-1252, semicolons) with its names intact', async () => {
    writeFileSync(
      file('excel.csv'),
      Buffer.from(
        'watch_id;given_names;surname1;surname2;birth_date\r\nX1;José;PEÑA;NÚÑEZ;1970\r\n',
        'latin1',
      ),
    );
    const run = runPaso(
      ['import-watchlist', '--file', file('excel.csv'), '--name', 'Excel', '--as', 'admin'],
      t.env,
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('is not UTF-8: read as windows-1252');
    const row = await t.db.kysely
      .selectFrom('watchlist_entry')
      .select('entry')
      .where('watch_id', '=', 'X1')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.entry).names).toEqual([
      { givenNames: 'José', surname1: 'PEÑA', surname2: 'NÚÑEZ' },
    ]);
  });

  it.each([
    ['empty', '', '--name is empty'],
    ['of 5,000 characters', 'a'.repeat(5000), '--name is longer than 120 characters'],
  ])('refuses a list name that is %s, as the API does, and exits 2', async (_, name, message) => {
    // The demo seeded above has the administrator: only the name is wrong.
    const before = (await listWatchlists(t.db.kysely)).length;
    writeFileSync(file('named-list.csv'), 'watch_id,given_names,surname1\nW1,Ana,Rojas\n');
    const run = runPaso(
      ['import-watchlist', '--file', file('named-list.csv'), '--name', name, '--as', 'admin'],
      t.env,
    );
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`paso: ${message} (nothing imported)`);
    expect((await listWatchlists(t.db.kysely)).length).toBe(before);
  });

  it('imports every entity of a published list, telling which values it skipped', async () => {
    writeFileSync(
      file('opensanctions.json'),
      [
        '{"id":"os-1","schema":"Person","properties":{"name":["Ivan Petrov"],"birthDate":["unknown"],"nationality":["ru"]}}',
        '{"id":"os-2","schema":"Person","properties":{"name":["Faisal Al Saud"],"birthDate":["1788"],"nationality":["sa"]}}',
      ].join('\n'),
    );
    const run = runPaso(
      ['import-watchlist', '--file', file('opensanctions.json'), '--name', 'OpenSanctions', '--as', 'admin'],
      t.env,
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('opensanctions.json, line 1: skipped birthDate "unknown"');
    // As someone who may not import it: refused first, no value listed as skipped, nothing imported.
    const importAs = (username: string) =>
      runPaso(
        ['import-watchlist', '--file', file('opensanctions.json'), '--name', 'Otra', '--as', username],
        t.env,
      );
    const analyst = importAs('analista');
    expect(analyst.status).toBe(2);
    expect(analyst.stderr.trim()).toBe(
      'paso: "analista" is an analyst, not an administrator (nothing imported)',
    );
    expect(importAs('nadie').stderr.trim()).toBe('paso: no user is called "nadie" (nothing imported)');
    expect(importAs(' Admin ').status).toBe(0);
    expect(run.stdout).toContain('Imported 2 entries as "OpenSanctions" (1 unreadable values skipped');
    const lists = (await listWatchlists(t.db.kysely)).map((w) => [w.name, w.entryCount]);
    expect(lists).toContainEqual(['OpenSanctions', 2]);
  });

  it('tells what paso migrate applied to a new data folder, and that nothing was left the second time', () => {
    const env = { PASO_DATA_DIR: file('fresh-data') };
    const first = runPaso(['migrate'], env);
    expect(first.status, first.stderr).toBe(0);
    const done = /^Created the database and applied (\d+) migrations: (0001-[^,]+(?:, [^,]+)*)\.$/m.exec(
      first.stdout,
    );
    expect(done, first.stdout).not.toBeNull();
    expect(done?.[2]?.split(', ')).toHaveLength(Number(done?.[1]));
    const second = runPaso(['migrate'], env);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout.trim()).toBe('The database is up to date.');
  });

  it('gives the screening threshold the domain uses and docs/matching.md states as the default', () => {
    const root = join(import.meta.dirname, '..', '..');
    const code = readFileSync(join(root, 'src/domain/matching/person-index-query.ts'), 'utf8');
    const docs = readFileSync(join(root, 'docs/matching.md'), 'utf8');
    const inCode = /const SCREENING_THRESHOLD = ([0-9.]+);/.exec(code)?.[1];
    expect(inCode).toBeDefined();
    expect(/\*\*Screening\*\*: default ([0-9.]+)\./.exec(docs)?.[1]).toBe(inCode);
    const help = runPaso(['screen', '--help'], {});
    expect(help.status).toBe(0);
    expect(help.stdout.replace(/\s+/g, ' ')).toContain(`match probability for a hit (default ${inCode})`);
  });

  it.each([
    ['serve'],
    ['migrate'],
    ['seed-demo'],
    ['user', 'add'],
    ['audit', 'verify'],
    ['documents', 'check'],
    ['dedupe'],
    ['screen'],
  ])('explains itself: paso %s --help', (...command: string[]) => {
    const help = runPaso([...command, '--help'], {});
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: paso /m);
  });
});
