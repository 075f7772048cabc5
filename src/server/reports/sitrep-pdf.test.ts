import { threadId } from 'node:worker_threads';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { pdfPages } from '../../../test/support/pdf';
import type { FigureRow } from '../../domain/crossings';
import {
  type DateCounts,
  protectDate,
  reportText,
  type SitrepData,
  sitrepFigures,
} from '../../domain/reports';
import { linearSolver } from './linear-solver';
import { LEFT } from './pdf-parts';
import { byDirection, renderSitrepPdf, sitrepPdfInWorker } from './sitrep-pdf';

const solver = await linearSolver();

const row = (dims: Record<string, string>, crossed: number, refused = 0, held = 0): FigureRow => ({
  dims: { hour: '09', nationality: 'VEN', sex: 'F', age_group: 'adult', age_band: '18-59', ...dims },
  crossed,
  refused,
  held,
});

// 40 Venezuelan women entering registered, 12 men tallied at 10, 7 exits, 2 refused, 6 held.
const DAY: FigureRow[] = [
  row({ direction: 'entry', source: 'registered', decision: 'admitted' }, 40),
  row(
    { direction: 'entry', source: 'tallied', decision: 'unknown', hour: '10', sex: 'M', age_band: 'unknown' },
    12,
  ),
  row({ direction: 'exit', source: 'registered', decision: 'admitted', nationality: 'COL', hour: '17' }, 7),
  row({ direction: 'entry', source: 'registered', decision: 'refused' }, 0, 2),
  row({ direction: 'entry', source: 'registered', decision: 'held', hour: '11' }, 0, 0, 6),
];

// The report's figures of the date with these counts (and, the day before, these), every checkpoint.
const sitrepOf = (
  day: DateCounts['rows'],
  needs: DateCounts['needs'] = [],
  dayBefore: DateCounts['rows'] = [],
) =>
  sitrepFigures(
    protectDate({ date: '2025-11-26', rows: day, needs }, solver),
    [protectDate({ date: '2025-11-25', rows: dayBefore, needs: [] }, solver)],
    null,
  );

const base = (over: Partial<SitrepData> = {}): SitrepData => ({
  date: '2025-11-26',
  generatedAt: '2025-11-27T06:00:00.000Z',
  checkpoint: { code: 'PE-SANTA-ROSA', name: 'Complejo Fronterizo Santa Rosa' },
  checkpoints: [{ code: 'PE-SANTA-ROSA', name: 'Complejo Fronterizo Santa Rosa' }],
  decreeAvailable: false,
  decree: null,
  incidentsAvailable: false,
  incidents: [],
  figures: sitrepOf(
    DAY,
    [
      {
        checkpoint: 'PE-SANTA-ROSA',
        vulnerability: 'asylum-seeker',
        direction: 'entry',
        crossed: 12,
        refused: 0,
        held: 0,
      },
      {
        checkpoint: 'PE-SANTA-ROSA',
        vulnerability: 'unaccompanied-minor',
        direction: 'entry',
        crossed: 3,
        refused: 0,
        held: 0,
      },
    ],
    [row({ direction: 'entry', source: 'registered', decision: 'admitted', hour: '10' }, 33)],
  ),
  ...over,
});

const textOf = async (data: SitrepData, lang: 'es' | 'en') =>
  (await pdfPages(await renderSitrepPdf(data, lang))).join('\n');

describe('the situation report PDF', () => {
  // Each language's headings and figures, and a heading of the other language that must not show.
  const READINGS: readonly [string, 'es' | 'en', readonly (string | RegExp)[], string][] = [
    [
      'Spanish with its headings and figures',
      'es',
      [
        'Informe de situación diario',
        'Cifras principales',
        'Entradas y salidas por hora',
        'Nacionalidades',
        'Edad y sexo',
        'Necesidades de protección',
        /Solicita refugio\s+12\s+0\s+12/,
        /Menor no acompañado\s+<5\s+0\s+<5/,
        'Decisiones',
        'Días anteriores',
        'Incidentes abiertos',
        /Entradas\s+52/,
        /Salidas\s+7/,
        /Cruces en total\s+59/,
        /Retenidos\s+6/,
        /Rechazados\s+<5/,
        'Venezuela (VEN)',
        'miércoles, 26 de noviembre de 2025',
      ],
      'Headline figures',
    ],
    [
      'English with the same figures',
      'en',
      [
        'Daily situation report',
        'Headline figures',
        'Entries and exits by hour',
        'Protection needs',
        /Seeks asylum\s+12\s+0\s+12/,
        'Open incidents',
        /Entries\s+52/,
        /Crossings in all\s+59/,
        /Refused\s+<5/,
        /Wednesday,? 26 November 2025/,
      ],
      'Cifras principales',
    ],
  ];
  it.each(READINGS)('reads back in %s', async (_, lang, shown, otherLanguage) => {
    const text = await textOf(base(), lang);
    // toMatch takes a string as text to find, a pattern as a pattern.
    for (const part of shown) expect(text).toMatch(part);
    expect(text).not.toContain(otherLanguage);
  });

  it('says a register is not available rather than that there is none', async () => {
    const es = await textOf(base(), 'es');
    expect(es).toContain('Registro de decretos no disponible en esta instalación');
    expect(es).toContain('Registro de incidentes no disponible en esta instalación');
    expect(es).not.toContain('Ningún decreto');
    expect(es).not.toContain('Ningún incidente');
    const en = await textOf(base({ decreeAvailable: true, incidentsAvailable: true }), 'en');
    expect(en).toContain('No decree in force on this date.');
    expect(en).toContain('No open incidents.');
  });

  it('shows the decree in force and the open incidents its providers give', async () => {
    const text = await textOf(
      base({
        decreeAvailable: true,
        decree: {
          title: 'Decreto Supremo 140-2025-PCM',
          inForceFrom: '2025-11-24',
          inForceTo: null,
          measures: ['Se suspende el derecho de reunión.'],
          sinceDeclared: {
            declaration: 'Decreto Supremo 140-2025-PCM',
            since: '2025-11-24',
            checkpoints: ['PE-SANTA-ROSA'],
            entries: 1234,
            exits: 'withheld',
            total: 'withheld',
            refused: 'small',
            held: 0,
          },
        },
        incidentsAvailable: true,
        incidents: [
          {
            kind: 'road-blockade',
            severity: 'high',
            occurredAt: '2025-11-26T14:10:00Z',
            checkpoint: 'CL-CHACALLUTA',
            timeZone: 'America/Santiago',
            summary: 'Personas varadas bloquean la ruta 5.',
          },
        ],
      }),
      'es',
    );
    expect(text).toContain('Decreto Supremo 140-2025-PCM');
    expect(text).toContain('sin fecha de término');
    expect(text).toContain('Se suspende el derecho de reunión.');
    expect(text).toContain('Desde que se declaró la emergencia');
    expect(text).toMatch(/Cruces desde el .*24.* hasta el .*26/);
    // The decree covers one checkpoint: its figures say so, whatever the report covers.
    expect(text).toMatch(/en los puestos que cubre: Complejo Fronterizo Santa Rosa \(PE-SANTA-ROSA\)/);
    expect(text).toMatch(/Entradas\s+1[.,\s]?234/);
    expect(text).toMatch(/Rechazados\s+<5/);
    expect(text).toContain('Bloqueo de vía');
    expect(text).toContain('Gravedad: alta');
    expect(text).toContain('Personas varadas bloquean la ruta 5.');
    // On Arica's clock, as the header says times are (14:10 UTC is 11:10 in Chile's summer).
    expect(text).toContain('Desde 2025-11-26 11:10 GMT-3.');
  });

  it('writes what staff typed with letters its fonts draw, not with unrelated ones', async () => {
    const place = { code: 'PE-SANTA-ROSA', name: 'Complejo Fronterizo Santa Rosa − Tacna' };
    const text = await textOf(
      base({
        checkpoint: place,
        checkpoints: [place],
        decreeAvailable: true,
        decree: {
          title: 'D.S. N.° 135-2025-PCM — Łódź',
          inForceFrom: '2025-11-24',
          inForceTo: null,
          measures: ['Reuniones de ≥ 50 personas → autorización previa'],
        },
        incidentsAvailable: true,
        incidents: [
          {
            kind: 'crowd',
            severity: 'high',
            occurredAt: '2025-11-26T14:10:00Z',
            checkpoint: 'PE-SANTA-ROSA',
            timeZone: 'America/Lima',
            summary: 'Cola ≥ 2 km → Chacalluta ✓',
          },
        ],
      }),
      'es',
    );
    expect(text).toContain('Complejo Fronterizo Santa Rosa - Tacna');
    expect(text).toContain('D.S. N.° 135-2025-PCM — Lódz');
    expect(text).toContain('Reuniones de >= 50 personas -> autorización previa');
    expect(text).toContain('Cola >= 2 km -> Chacalluta ?');
  });

  it("never cuts a checkpoint's code in two at the end of a line", async () => {
    // The demo's two checkpoints, in English: the line ended after "(PE-", and "SANTA-ROSA)" began the next.
    const checkpoints = [
      { code: 'CL-CHACALLUTA', name: 'Complejo Fronterizo Chacalluta' },
      { code: 'PE-SANTA-ROSA', name: 'Complejo Fronterizo Santa Rosa' },
    ];
    for (const lang of ['en', 'es'] as const) {
      const text = await textOf(base({ checkpoint: null, checkpoints }), lang);
      expect(text).toContain('Complejo Fronterizo Santa Rosa (PE-SANTA-ROSA)');
      expect(text).toContain('(CL-CHACALLUTA)');
    }
  });

  it('scales the hourly chart in whole people when every figure is small', async () => {
    // Three people, each hour under 5: every bar is withheld, and the axis once read 0.2, 0.4,
    // 0.6000000000000001 …
    const small = base({
      figures: sitrepOf([
        row({ direction: 'exit', source: 'registered', decision: 'admitted', hour: '00' }, 3),
      ]),
    });
    const chart = (await textOf(small, 'es')).split('Entradas y salidas por hora')[1] ?? '';
    expect(chart).not.toMatch(/\d\.\d/);
  });

  it('says so when the date has no crossings', async () => {
    const empty = base({ figures: sitrepOf([]) });
    expect(await textOf(empty, 'es')).toContain('No hay cruces registrados en esta fecha');
    expect(await textOf(empty, 'en')).toContain('No crossings were recorded on this date');
  });

  it('says only that a date to come has not begun, nothing that would read as a quiet day', async () => {
    const toCome = base({
      day: 'to-come',
      figures: sitrepOf([]),
      decreeAvailable: true,
      decree: {
        title: 'Decreto Supremo 140-2025-PCM',
        inForceFrom: '2025-11-24',
        inForceTo: null,
        measures: [],
        sinceDeclared: {
          declaration: 'Decreto Supremo 140-2025-PCM',
          since: '2025-11-24',
          checkpoints: ['PE-SANTA-ROSA'],
          entries: 0,
          exits: 0,
          total: 0,
          refused: 0,
          held: 0,
        },
      },
      incidentsAvailable: true,
    });
    const en = await textOf(toCome, 'en');
    expect(en).toContain('This date had not begun when the report was generated: there are no figures yet.');
    for (const quiet of [
      'Headline figures',
      'No crossings were recorded',
      'Crossings since',
      'Previous days',
    ])
      expect(en).not.toContain(quiet);
    const es = await textOf(toCome, 'es');
    expect(es).toContain('Esta fecha aún no ha comenzado');
    expect(es).not.toContain('Cifras principales');
  });

  it("keeps a table's note on its table's page, wherever the page ends", async () => {
    const { decisions, needs } = base().figures;
    const notes = [
      [
        'decision',
        decisions,
        'Registered crossings only: tallied people have no decision.',
        /Decision\s+Entry/,
      ],
      ['need', needs, 'the rows do not add up', /Need\s+Entry/],
    ] as const;
    // Drawn from every height of the page's lower half: at some, the table fits and its note once
    // did not, and went over to the next page alone.
    for (let y = 420; y <= 780; y += 6)
      for (const [of, figures, note, table] of notes) {
        const doc = new PDFDocument({ size: 'A4', margin: LEFT, bufferPages: true });
        const chunks: Buffer[] = [];
        doc.on('data', (chunk: Buffer) => chunks.push(chunk));
        const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
        doc.y = y;
        byDirection(doc, reportText('en'), of, figures);
        doc.end();
        const pages = await pdfPages(await done);
        expect(pages.find((p) => p.includes(note)) ?? '', `${of} from y ${y}`).toMatch(table);
      }
  });

  it('says no checkpoint is registered yet, rather than list none after a colon', async () => {
    const fresh = base({ checkpoint: null, checkpoints: [] });
    expect(await textOf(fresh, 'es')).toContain(
      'Puestos de control: todos los puestos (aún no hay ninguno registrado)',
    );
    expect(await textOf(fresh, 'en')).toContain('Checkpoints: all checkpoints (none is registered yet)');
  });

  it('is drawn in a thread of its own, the same report as the serving thread would draw', async () => {
    const data = base({ decreeAvailable: true, incidentsAvailable: true });
    const made = await sitrepPdfInWorker(data, 'en');
    // Not the thread that asked: it goes on answering the booths while the report is drawn.
    expect(made.threadId).not.toBe(threadId);
    expect(await pdfPages(made.pdf)).toEqual(await pdfPages(await renderSitrepPdf(data, 'en')));
  });

  it('says why when the report cannot be drawn in its thread', async () => {
    const broken = base({ generatedAt: 'not a time' });
    await expect(sitrepPdfInWorker(broken, 'es')).rejects.toThrow(/time value/i);
  });
});
