import { beforeAll, describe, expect, it } from 'vitest';
import { as, suiteTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { pdfPages } from '../../../test/support/pdf';
import { HXL_HASHTAGS } from '../../domain/reports';
import { readFigures } from '../../store/crossings';
import { seedDemoHistory } from '../../store/demo';

// The HXL 1.1 hashtag spec: a hashtag, then attributes, each a letter and then letters, digits or _.
const HXL_TAG = /^#[a-z][a-z0-9_]*(\s*\+[a-z][a-z0-9_]*)*$/i;

describe('the reports API', () => {
  const ctx = suiteTestApp('sqlite', ['analyst', 'humanitarian', 'officer', 'supervisor']);
  beforeAll(async () => {
    await seedDemoHistory(ctx.t.db.kysely, new Date('2025-11-27T15:00:00Z'));
  });

  const get = (url: string, role: 'analyst' | 'humanitarian' | 'officer' | 'supervisor' = 'analyst') =>
    ctx.app.inject({ method: 'GET', url, headers: as(ctx[role]) });
  const auditActions = async () =>
    (await ctx.t.db.kysely.selectFrom('audit_entry').select(['action', 'detail']).execute()).filter((a) =>
      a.action.startsWith('reports.'),
    );

  it('sends the situation report as a PDF in each language, with the figures of the day', async () => {
    const [entry] = await readFigures(ctx.t.db.kysely, {
      from: '2025-11-26',
      to: '2025-11-26',
      checkpoint: 'PE-SANTA-ROSA',
      by: ['direction'],
    });
    expect(entry?.dims.direction).toBe('entry');
    for (const [lang, title, label] of [
      ['es', 'Informe de situación diario', 'Entradas'],
      ['en', 'Daily situation report', 'Entries'],
    ] as const) {
      const response = await get(`/api/reports/sitrep?date=2025-11-26&lang=${lang}&checkpoint=PE-SANTA-ROSA`);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toContain(
        `paso-sitrep-2025-11-26-PE-SANTA-ROSA-${lang}.pdf`,
      );
      const text = (await pdfPages(response.rawPayload)).join('\n');
      expect(text).toContain(title);
      expect(text).toContain('Complejo Fronterizo Santa Rosa (PE-SANTA-ROSA)');
      expect(text).toMatch(new RegExp(`${label}\\s+${entry?.crossed}\\b`));
    }
    expect(await auditActions()).toContainEqual(
      expect.objectContaining({ action: 'reports.sitrep', detail: expect.stringContaining('"lang":"en"') }),
    );
  });

  it('prints the decree in force and the incidents of the day from their registers', async () => {
    const post = (url: string, payload: object) =>
      ctx.app.inject({ method: 'POST', url, payload, headers: as(ctx.supervisor) });
    const incident = await post('/api/situation/incidents', {
      id: crypto.randomUUID(),
      kind: 'road-blockade',
      severity: 'high',
      title: 'Bloqueo de la Panamericana Sur',
      latitude: -18.27,
      longitude: -70.33,
    });
    expect(incident.statusCode, incident.body).toBe(201);
    const reportedOn = incident.json<{ reportedAt: string }>().reportedAt.slice(0, 10);

    const withDecree = await get('/api/reports/sitrep?date=2025-11-26&lang=en&checkpoint=PE-SANTA-ROSA');
    const decreeText = (await pdfPages(withDecree.rawPayload)).join('\n');
    // The demo decree, declared five days before the demo's today.
    expect(decreeText).toContain('D.S. N.° 135-2025-PCM');
    expect(decreeText).not.toContain('not available in this installation');
    expect(decreeText).toContain('Since the emergency was declared');
    const withIncident = await get(`/api/reports/sitrep?date=${reportedOn}&lang=es`);
    expect((await pdfPages(withIncident.rawPayload)).join('\n')).toContain('Bloqueo de la Panamericana Sur');
  });

  it('sends an HXL export whose second row is HXL hashtags, small cells withheld', async () => {
    const response = await get(
      '/api/reports/export?from=2025-11-25&to=2025-11-27&format=hxl',
      'humanitarian',
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    const [header, tags, ...rows] = response.body.trimEnd().split('\r\n');
    expect(header?.split(',')[0]).toBe('date');
    const hashtags = tags?.split(',') ?? [];
    expect(hashtags).toEqual(HXL_HASHTAGS);
    expect(hashtags.every((t) => HXL_TAG.test(t))).toBe(true);
    expect(hashtags).toEqual(expect.arrayContaining(['#date', '#country+code', '#affected+f+adults']));
    expect(rows.length).toBeGreaterThan(10);
    const figures = rows.flatMap((r) => r.split(',').slice(5));
    expect(figures).toContain('<5');
    expect(figures.filter((f) => /^[1-4]$/.test(f))).toEqual([]);
    expect(await auditActions()).toContainEqual(expect.objectContaining({ action: 'reports.export' }));
  });

  it('sends plain CSV without the hashtag row nor a byte-order mark, for programs', async () => {
    const response = await get('/api/reports/export?from=2025-11-26&to=2025-11-26&checkpoint=CL-CHACALLUTA');
    expect(response.statusCode).toBe(200);
    expect([...response.rawPayload.subarray(0, 4)]).toEqual([...Buffer.from('date')]);
    const lines = response.body.trimEnd().split('\r\n');
    expect(lines[1]?.startsWith('2025-11-26,CL-CHACALLUTA,')).toBe(true);
  });

  it('sends CSV that Excel in Spanish opens in columns: a UTF-8 byte-order mark and semicolons', async () => {
    // A checkpoint name with accents and a comma, as an administrator may write one.
    await ctx.t.db.kysely
      .updateTable('checkpoint')
      .set({ name: 'Complejo Fronterizo Chacalluta, Arica – Región de Arica y Parinacota' })
      .where('code', '=', 'CL-CHACALLUTA')
      .execute();
    const response = await get(
      '/api/reports/export?from=2025-11-26&to=2025-11-26&checkpoint=CL-CHACALLUTA&dialect=excel-semicolon',
      'humanitarian',
    );
    expect(response.statusCode, response.body).toBe(200);
    expect([...response.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, first] = response.rawPayload.subarray(3).toString('utf8').split('\r\n');
    expect(header?.split(';')).toEqual(expect.arrayContaining(['date', 'checkpoint', 'women', 'total']));
    expect(first?.split(';').slice(0, 3)).toEqual([
      '2025-11-26',
      'CL-CHACALLUTA',
      'Complejo Fronterizo Chacalluta, Arica – Región de Arica y Parinacota',
    ]);
    expect(await auditActions()).toContainEqual(
      expect.objectContaining({ detail: expect.stringContaining('"dialect":"excel-semicolon"') }),
    );
  });

  it.each([
    ['a date that does not exist', '/api/reports/sitrep?date=2025-11-31'],
    ['a language Paso does not write', '/api/reports/sitrep?date=2025-11-26&lang=fr'],
    ['a checkpoint nobody has', '/api/reports/sitrep?date=2025-11-26&checkpoint=XX-NOWHERE'],
    ['a range that ends before it starts', '/api/reports/export?from=2025-11-27&to=2025-11-20'],
    ['a range over a year', '/api/reports/export?from=2024-01-01&to=2025-11-20'],
    ['a range that has not begun', '/api/reports/export?from=2099-01-01&to=2099-01-02'],
    ['an unknown format', '/api/reports/export?from=2025-11-20&to=2025-11-21&format=xlsx'],
    ['an unknown CSV dialect', '/api/reports/export?from=2025-11-20&to=2025-11-21&dialect=excel-tab'],
    [
      'an export in a language Paso does not write',
      '/api/reports/export?from=2025-11-20&to=2025-11-21&lang=fr',
    ],
    [
      'an export for a checkpoint nobody has',
      '/api/reports/export?from=2025-11-20&to=2025-11-21&checkpoint=XX',
    ],
  ])('refuses %s with a problem', async (_, url) => {
    const response = await get(url);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'validation' });
  });

  it('refuses the reports to an officer, and says a date without crossings has none', async () => {
    expect((await get('/api/reports/sitrep?date=2025-11-26', 'officer')).statusCode).toBe(403);
    expect((await get('/api/reports/export?from=2025-11-26&to=2025-11-26', 'officer')).statusCode).toBe(403);
    const empty = await get('/api/reports/sitrep?date=2024-03-01&lang=en', 'supervisor');
    expect(empty.statusCode).toBe(200);
    expect((await pdfPages(empty.rawPayload)).join('\n')).toContain(
      'No crossings were recorded on this date',
    );
    const none = await get('/api/reports/export?from=2024-03-01&to=2024-03-02&format=hxl');
    expect(none.body.trimEnd().split('\r\n')).toHaveLength(2);
  });

  it('reads a checkpoint code typed in lower case as the command line does', async () => {
    const sitrep = await get('/api/reports/sitrep?date=2025-11-26&lang=en&checkpoint=pe-santa-rosa');
    expect(sitrep.statusCode, sitrep.body).toBe(200);
    expect(sitrep.headers['content-disposition']).toContain('paso-sitrep-2025-11-26-PE-SANTA-ROSA-en.pdf');
    expect((await pdfPages(sitrep.rawPayload)).join('\n')).toContain(
      'Complejo Fronterizo Santa Rosa (PE-SANTA-ROSA)',
    );
    const file = await get('/api/reports/export?from=2025-11-26&to=2025-11-26&checkpoint=%20Pe-Santa-Rosa');
    expect(file.statusCode, file.body).toBe(200);
    expect(file.body).toContain('PE-SANTA-ROSA');
  });
});

describe.each(DIALECTS)('the export for people on %s', (dialect) => {
  const ctx = suiteTestApp(dialect, ['humanitarian']);
  beforeAll(async () => {
    await seedDemoHistory(ctx.t.db.kysely, new Date('2025-11-27T15:00:00Z'));
  });
  const lines = async (query: string) => {
    const url = `/api/reports/export?from=2025-11-26&to=2025-11-26&${query}`;
    const response = await ctx.app.inject({ method: 'GET', url, headers: as(ctx.humanitarian) });
    expect(response.statusCode, response.body).toBe(200);
    return response.rawPayload
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
  };

  it.each([
    [
      'es',
      'excel-semicolon',
      ';',
      'Fecha;Código del puesto;Puesto de control;Sentido;Nacionalidad;Mujeres',
      /;(Entrada|Salida);/,
    ],
    ['en', 'excel', ',', 'Date,Checkpoint code,Checkpoint,Direction,Nationality,Women', /,(Entry|Exit),/],
  ])(
    'words the header and the directions in %s, for a spreadsheet',
    async (lang, csv, separator, head, direction) => {
      const [header, ...rows] = await lines(`dialect=${csv}&lang=${lang}`);
      expect(header?.startsWith(head)).toBe(true);
      expect(header?.split(separator)).toHaveLength(11);
      expect(rows.length).toBeGreaterThan(2);
      expect(rows.every((r) => direction.test(r))).toBe(true);
      const audited = await ctx.t.db.kysely
        .selectFrom('audit_entry')
        .select('detail')
        .where('action', '=', 'reports.export')
        .execute();
      expect(audited.map((a) => a.detail)).toContainEqual(expect.stringContaining(`"lang":"${lang}"`));
    },
  );

  it('keeps the column names and values for programs without a language', async () => {
    const [header, first] = await lines('dialect=rfc4180');
    expect(header?.split(',').slice(0, 6)).toEqual([
      'date',
      'checkpoint_code',
      'checkpoint',
      'direction',
      'nationality',
      'women',
    ]);
    expect(first?.split(',')[3]).toMatch(/^(entry|exit)$/);
  });
});
