// `paso report sitrep`, `paso report export` and `paso counts --dialect` as an operator runs them: the
// files they write are the ones the API sends (one service makes both), and each file leaving Paso is
// audited.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeExport } from '../../src/server/reports/service';
import { listAudit } from '../../src/store/audit';
import { seedDemo, seedDemoHistory } from '../../src/store/demo';
import { openTestDb, type TestDb } from '../support/databases';
import { pdfPages } from '../support/pdf';
import { runPaso } from '../support/process';

describe('paso report', { timeout: 120_000 }, () => {
  let t: TestDb;
  let dir: string;
  beforeAll(async () => {
    t = await openTestDb('sqlite');
    const now = new Date('2025-11-27T15:00:00Z');
    await seedDemo(t.db.kysely, now);
    await seedDemoHistory(t.db.kysely, now);
    dir = mkdtempSync(join(tmpdir(), 'paso-report-'));
  });
  afterAll(async () => {
    await t.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the situation report of a date as a PDF in English', async () => {
    const out = join(dir, 'sitrep.pdf');
    const run = runPaso(['report', 'sitrep', '--date', '2025-11-26', '--lang', 'en', '--out', out], t.env);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`Wrote the situation report of 2025-11-26 (en) to ${out}.`);
    const text = (await pdfPages(readFileSync(out))).join('\n');
    expect(text).toContain('Daily situation report');
    // The demo decree, declared five days before the demo's today, is in force on the date.
    expect(text).toContain('D.S. N.° 135-2025-PCM');
    expect(text).not.toContain('not available in this installation');
    expect(text).toMatch(/Entries\s+\d+/);
  });

  // Before, the command's entry had no `bytes`, which the API's entry for the same file has.
  it('audits the situation report it wrote with the file’s size, as the API does', async () => {
    const out = join(dir, 'sitrep-audited.pdf');
    const run = runPaso(['report', 'sitrep', '--date', '2025-11-26', '--out', out], t.env);
    expect(run.status, run.stderr).toBe(0);
    const [entry] = await listAudit(t.db.kysely, { action: 'reports.sitrep', limit: 1 });
    expect(entry).toMatchObject({ actorUsername: 'cli' });
    expect(entry?.detail).toEqual({
      date: '2025-11-26',
      lang: 'es',
      checkpoint: null,
      bytes: readFileSync(out).length,
      via: 'cli',
    });
  });

  it('writes the same HXL export as the API, of a checkpoint typed in lower case, and audits it', async () => {
    const out = join(dir, 'export.csv');
    const args = ['report', 'export', '--from', '2025-11-25', '--to', '2025-11-27', '--format', 'hxl'];
    const run = runPaso([...args, '--checkpoint', 'pe-santa-rosa', '--out', out], t.env);
    expect(run.status, run.stderr).toBe(0);
    const same = await makeExport(
      t.db.kysely,
      {
        from: '2025-11-25',
        to: '2025-11-27',
        format: 'hxl',
        dialect: 'rfc4180',
        checkpoint: 'PE-SANTA-ROSA',
      },
      new Date(),
    );
    expect(same.ok && same.value.text).toBe(readFileSync(out, 'utf8'));
    expect(readFileSync(out, 'utf8').split('\r\n')[1]).toMatch(/^#date,#loc\+code,/);
    const audit = await t.db.kysely
      .selectFrom('audit_entry')
      .select(['action', 'actor_username'])
      .where('action', 'like', 'reports.%')
      .execute();
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'reports.sitrep', actor_username: 'cli' },
        { action: 'reports.export', actor_username: 'cli' },
      ]),
    );
  });

  it('writes the export for Excel in Spanish when asked: a UTF-8 byte-order mark and semicolons', () => {
    const out = join(dir, 'excel.csv');
    const args = ['report', 'export', '--from', '2025-11-25', '--to', '2025-11-27'];
    const run = runPaso([...args, '--dialect', 'excel-semicolon', '--out', out], t.env);
    expect(run.status, run.stderr).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, first] = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(header).toBe(
      'date;checkpoint_code;checkpoint;direction;nationality;women;girls;men;boys;other;total',
    );
    expect(first).toMatch(/^2025-11-25;[A-Z-]+;[^;]+;(entry|exit);([A-Z]{3}|unknown);/);
    // Without --dialect the file is plain RFC 4180 for programs: no byte-order mark.
    const plain = join(dir, 'plain.csv');
    expect(runPaso([...args, '--out', plain], t.env).status).toBe(0);
    expect(readFileSync(plain, 'utf8').startsWith('date,checkpoint_code,')).toBe(true);
  });

  it('words the header and the directions in Spanish for people who open it in a spreadsheet', () => {
    const out = join(dir, 'personas.csv');
    const args = ['report', 'export', '--from', '2025-11-25', '--to', '2025-11-27'];
    const run = runPaso([...args, '--dialect', 'excel-semicolon', '--lang', 'es', '--out', out], t.env);
    expect(run.status, run.stderr).toBe(0);
    const [header, first] = readFileSync(out, 'utf8').slice(1).split('\r\n');
    expect(header).toBe(
      'Fecha;Código del puesto;Puesto de control;Sentido;Nacionalidad;Mujeres (18 años o más);' +
        'Niñas (menores de 18);Hombres (18 años o más);Niños (menores de 18);' +
        'Sexo o edad no especificados;Total',
    );
    expect(first).toMatch(/^2025-11-25;[A-Z-]+;[^;]+;(Entrada|Salida);([A-Z]{3}|Sin dato);/);
    const french = runPaso([...args, '--lang', 'fr', '--out', out], t.env);
    expect(french.status).toBe(2);
    expect(french.stderr).toContain('Allowed choices are es, en');
  });

  it('writes counts for Excel in Spanish when asked, and as before for the terminal', () => {
    const args = ['counts', '--from', '2025-11-26', '--to', '2025-11-26', '--by', 'checkpoint,direction'];
    const excel = runPaso([...args, '--dialect', 'excel-semicolon'], t.env);
    expect(excel.status, excel.stderr).toBe(0);
    const [header, first] = excel.stdout.split('\r\n');
    expect(header).toBe('\ufeffcheckpoint;direction;crossed;refused;held');
    expect(first).toMatch(/^[A-Z-]+;(entry|exit);\d+;\d+;\d+$/);
    const plain = runPaso(args, t.env);
    expect(plain.stdout.split('\n')[0]).toBe('checkpoint,direction,crossed,refused,held');
  });

  it('refuses a range that ends before it starts or is to come, a checkpoint nobody has, a bad date and format with status 2', () => {
    const out = join(dir, 'never.csv');
    const backwards = runPaso(
      ['report', 'export', '--from', '2025-11-27', '--to', '2025-11-20', '--out', out],
      t.env,
    );
    expect(backwards.status).toBe(2);
    expect(backwards.stderr).toContain('the first date comes after the last');
    // A range not begun yet would give a file of no one, read as days nobody crossed.
    const later = runPaso(
      ['report', 'export', '--from', '2099-01-01', '--to', '2099-01-02', '--out', out],
      t.env,
    );
    expect(later.status).toBe(2);
    expect(later.stderr).toContain('2099-01-01 has not begun at any checkpoint covered');
    const nowhere = runPaso(
      ['report', 'sitrep', '--date', '2025-11-26', '--checkpoint', 'XX-NOWHERE', '--out', out],
      t.env,
    );
    expect(nowhere.status).toBe(2);
    expect(nowhere.stderr).toContain('no checkpoint has the code XX-NOWHERE');
    const badDate = runPaso(['report', 'sitrep', '--date', '2025-11-31', '--out', out], t.env);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('a date is YYYY-MM-DD and exists');
    const badFormat = runPaso(
      ['report', 'export', '--from', '2025-11-20', '--to', '2025-11-21', '--format', 'xlsx', '--out', out],
      t.env,
    );
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toContain('Allowed choices are csv, hxl');
    const badDialect = runPaso(
      ['report', 'export', '--from', '2025-11-20', '--to', '2025-11-21', '--dialect', 'tab', '--out', out],
      t.env,
    );
    expect(badDialect.status).toBe(2);
    expect(badDialect.stderr).toContain('Allowed choices are excel-semicolon, excel, rfc4180');
  });
});
