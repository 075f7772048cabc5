// Lays the situation report out as a PDF with pdfkit, on the server, in Spanish or English: the same
// content (SitrepData) gives the same file, whether asked for over HTTP or on the command line.
import PDFDocument from 'pdfkit';
import {
  OTHER_NATIONALITIES,
  type Published,
  type PublishedTable,
  publishedText,
  type ReportLang,
  reportText,
  SEXES,
  type SitrepData,
} from '../../domain/reports';
import { countryByCode, wallClock } from '../../domain/shared';
import { pdfInWorker } from '../jobs/pdf-thread';
import {
  barChart,
  cards,
  ENTRY_COLOUR,
  EXIT_COLOUR,
  heading,
  INK,
  keptWhole,
  LEFT,
  MUTED,
  type Pdf,
  paragraph,
  table,
  tableHeight,
  WIDTH,
} from './pdf-parts';
import { printableData } from './pdf-text';

type Text = ReturnType<typeof reportText>;

const cellText = (p: Published | undefined): string => publishedText(p ?? 0);
const at = <T>(list: readonly T[] | null, i: number): T | undefined => list?.[i];

/** A published table's rows as text, with its row totals last and its column totals as the foot. */
function tableText(t: PublishedTable, rowLabel: (row: string) => string, totalLabel: string) {
  const rows = t.rows.map((row, i) => [
    rowLabel(row),
    ...(t.cells[i] ?? []).map(cellText),
    ...(t.rowTotals ? [cellText(at(t.rowTotals, i))] : []),
  ]);
  const foot = t.colTotals
    ? [totalLabel, ...t.colTotals.map(cellText), ...(t.rowTotals ? [cellText(t.grand ?? 0)] : [])]
    : undefined;
  return { rows, foot };
}

const placeName = (c: { readonly code: string; readonly name: string }) => `${c.name} (${c.code})`;

function header(doc: Pdf, data: SitrepData, { t }: Text, lang: ReportLang): void {
  doc.rect(0, 0, 595.28, 92).fill('#12324f');
  doc.fillColor('#ffffff').font('Helvetica-Bold').fontSize(20).text(t('title'), LEFT, 26, { width: WIDTH });
  doc.font('Helvetica').fontSize(10).fillColor('#d5e3f0').text(t('subtitle'), LEFT, 52, { width: WIDTH });
  doc.y = 104;
  // Measured in the fonts of `line` below: its label in bold, then the places.
  const labelWidth = doc
    .font('Helvetica-Bold')
    .fontSize(9.5)
    .widthOfString(`${t('checkpoints')}: `);
  doc.font('Helvetica');
  const all = `${t('allCheckpoints')}: `;
  const places = data.checkpoints.map(placeName);
  const scope = data.checkpoint
    ? keptWhole(doc, [placeName(data.checkpoint)], '', labelWidth)
    : places.length === 0
      ? `${t('allCheckpoints')} (${t('noCheckpoints')})`
      : all + keptWhole(doc, places, ', ', labelWidth + doc.widthOfString(all));
  const generated = new Date(data.generatedAt).toISOString().replace('T', ' ').slice(0, 16);
  const line = (label: string, value: string) => {
    doc
      .fillColor(MUTED)
      .font('Helvetica-Bold')
      .fontSize(9.5)
      .text(`${label}: `, LEFT, doc.y, { continued: true });
    doc.fillColor(INK).font('Helvetica').text(value, { width: WIDTH });
  };
  line(t('date'), formatDate(data.date, lang));
  line(t('checkpoints'), scope);
  line(t('generatedAt'), `${generated} UTC`);
  // A report of today (or of a date to come) would otherwise read as a whole day's figures.
  if (data.day === 'under-way') paragraph(doc, t('dayUnderWay'), { bold: true });
  if (data.day === 'to-come') paragraph(doc, t('dayToCome'), { bold: true });
  paragraph(doc, t('localTime'), { muted: true, size: 8 });
}

function formatDate(date: string, lang: ReportLang): string {
  const d = new Date(`${date}T12:00:00Z`);
  const long = new Intl.DateTimeFormat(lang === 'es' ? 'es-PE' : 'en-GB', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(d);
  return `${long} (${date})`;
}

function decree(doc: Pdf, data: SitrepData, { t }: Text, lang: ReportLang): void {
  heading(doc, t('decree'));
  if (!data.decreeAvailable) {
    paragraph(doc, t('decreeNotAvailable'), { muted: true });
    return;
  }
  const d = data.decree;
  if (d === null) {
    paragraph(doc, t('decreeNone'));
    return;
  }
  paragraph(doc, d.title, { bold: true });
  const end =
    d.inForceTo === null ? t('decreeOpenEnded') : `${t('decreeTo')} ${formatDate(d.inForceTo, lang)}`;
  paragraph(doc, `${t('decreeFrom')} ${formatDate(d.inForceFrom, lang)}, ${end}.`, { muted: true });
  for (const m of d.measures) paragraph(doc, `•  ${m}`);
  const since = d.sinceDeclared;
  if (since === undefined) return;
  paragraph(doc, t('sinceDeclared'), { bold: true });
  // The emergency may cover fewer checkpoints than the report: say which, or its figures read as the
  // report's (no exits at all, say, where the decree covers only the entry post).
  const counted = since.checkpoints
    .map((code) => data.checkpoints.find((c) => c.code === code) ?? { code, name: code })
    .map(placeName)
    .join(', ');
  paragraph(
    doc,
    `${since.declaration}. ${t('sinceDeclaredFrom')} ${formatDate(since.since, lang)} ${t('sinceDeclaredTo')} ${formatDate(data.date, lang)}, ${t('sinceDeclaredAt')}: ${counted}.`,
    { muted: true },
  );
  cards(doc, [
    [t('crossedEntry'), since.entries],
    [t('crossedExit'), since.exits],
    [t('crossedTotal'), since.total],
    [t('refused'), since.refused],
    [t('held'), since.held],
  ]);
}

function headline(doc: Pdf, data: SitrepData, { t }: Text): void {
  heading(doc, t('headline'));
  const { crossings, decisions } = data.figures;
  const decisionTotal = (name: string) => at(decisions.rowTotals, decisions.rows.indexOf(name)) ?? 0;
  cards(doc, [
    [t('crossedEntry'), at(crossings.rowTotals, 0) ?? 0],
    [t('crossedExit'), at(crossings.rowTotals, 1) ?? 0],
    [t('crossedTotal'), crossings.grand ?? 0],
    [t('refused'), decisionTotal('refused')],
  ]);
  cards(doc, [
    [t('registered'), at(crossings.colTotals, 0) ?? 0],
    [t('tallied'), at(crossings.colTotals, 1) ?? 0],
    [t('held'), decisionTotal('held')],
  ]);
  paragraph(doc, t('crossingsNote'), { muted: true, size: 8 });
}

function hourly(doc: Pdf, data: SitrepData, { t }: Text): void {
  const h = data.figures.hourly;
  heading(doc, t('hourly'));
  const column = (j: number) => h.cells.map((row) => row[j] ?? 0);
  barChart(
    doc,
    h.rows,
    [
      { name: t('entry'), colour: ENTRY_COLOUR, values: column(0) },
      { name: t('exit'), colour: EXIT_COLOUR, values: column(1) },
    ],
    '<5 / x',
  );
  const hoursTable = (from: number) => ({
    head: [t('hour'), ...h.rows.slice(from, from + 12)],
    rows: [0, 1].map((j) => [
      j === 0 ? t('entry') : t('exit'),
      ...column(j)
        .slice(from, from + 12)
        .map(cellText),
    ]),
    firstWidth: 71,
    size: 7.5,
  });
  table(doc, hoursTable(0));
  table(doc, hoursTable(12));
}

function nationalities(doc: Pdf, data: SitrepData, { t }: Text, lang: ReportLang): void {
  heading(doc, t('nationalities'), tableHeight(data.figures.nationalities.rows.length + 2));
  const name = (code: string) => {
    if (code === OTHER_NATIONALITIES) return t('others');
    if (code === 'unknown') return t('unknown');
    const c = countryByCode(code);
    return c ? `${lang === 'es' ? c.nameEs : c.nameEn} (${code})` : code;
  };
  const body = tableText(data.figures.nationalities, name, t('total'));
  table(doc, { head: [t('nationality'), t('entry'), t('exit'), t('total')], ...body, firstWidth: 230 });
}

function ageSex(doc: Pdf, data: SitrepData, { t }: Text): void {
  heading(doc, t('ageSex'), tableHeight(data.figures.ageSex.rows.length + 2));
  const ageLabel = (row: string) =>
    row === 'child'
      ? t('ageChild')
      : row === 'adult'
        ? t('ageAdult')
        : row === 'unknown'
          ? t('unknown')
          : row;
  const sexLabel = { F: t('sexF'), M: t('sexM'), X: t('sexX'), unknown: t('unknown') } as const;
  const body = tableText(data.figures.ageSex, ageLabel, t('total'));
  table(doc, {
    head: [t('age'), ...SEXES.map((s) => sexLabel[s]), t('total')],
    ...body,
    firstWidth: 170,
  });
}

/** What a note under a table needs left on the page (a paragraph's room, `paragraph` in pdf-parts). */
const NOTE_ROOM = 40;

/**
 * A table of rows (decisions, needs) by direction, its rows named by their words in the catalogue
 * (`decision.admitted`, `need.pregnant`), with a note under it.
 */
export function byDirection(doc: Pdf, text: Text, of: 'decision' | 'need', figures: PublishedTable): void {
  const { t, word } = text;
  const [title, note] =
    of === 'decision' ? (['decisions', 'decisionsNote'] as const) : (['needs', 'needsNote'] as const);
  // The whole table (its heading row, its rows and its totals) and the note under it: a note that
  // went over to the next page on its own would read as about whatever follows it there.
  heading(doc, t(title), tableHeight(figures.rows.length + 2) + NOTE_ROOM);
  const body = tableText(figures, (row) => word(of, row), t('total'));
  table(doc, { head: [t(of), t('entry'), t('exit'), t('total')], ...body, firstWidth: 230 });
  paragraph(doc, t(note), { muted: true, size: 8 });
}

function days(doc: Pdf, data: SitrepData, { t }: Text): void {
  heading(doc, t('days'), tableHeight(data.figures.days.rows.length + 1));
  const d = data.figures.days;
  const body = tableText(d, (date) => date, t('total'));
  table(doc, {
    head: [t('day'), t('entry'), t('exit'), t('total')],
    rows: body.rows,
    firstWidth: 230,
    boldRows: [d.rows.indexOf(data.date)],
  });
}

// When an incident began, on its checkpoint's clock as the header promises ("2025-11-26 11:10
// GMT-3"); in UTC, and said so, for an incident of no checkpoint.
function onItsClock(at: string, timeZone: string | null): string {
  const ms = Date.parse(at);
  const minute = (instant: number) => new Date(instant).toISOString().replace('T', ' ').slice(0, 16);
  if (timeZone === null) return `${minute(ms)} UTC`;
  const local = wallClock(ms, timeZone);
  const offset = Math.round((local - ms) / 60_000);
  const hours = Math.trunc(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  const sign = offset < 0 ? '-' : '+';
  const gmt =
    offset === 0 ? 'GMT' : `GMT${sign}${hours}${minutes === 0 ? '' : `:${String(minutes).padStart(2, '0')}`}`;
  return `${minute(local)} ${gmt}`;
}

function incidents(doc: Pdf, data: SitrepData, text: Text): void {
  const { t, word } = text;
  heading(doc, t('incidents'));
  if (!data.incidentsAvailable) {
    paragraph(doc, t('incidentsNotAvailable'), { muted: true });
    return;
  }
  if (data.incidents.length === 0) {
    paragraph(doc, t('incidentsNone'));
    return;
  }
  for (const i of data.incidents) {
    const since = onItsClock(i.occurredAt, i.timeZone);
    const where = i.checkpoint === null ? '' : ` · ${i.checkpoint}`;
    paragraph(
      doc,
      `${word('incident', i.kind)} · ${t('severity')}: ${word('severity', i.severity)}${where}`,
      {
        bold: true,
      },
    );
    paragraph(doc, `${t('incidentSince')} ${since}. ${i.summary}`);
    doc.moveDown(0.3);
  }
}

function footers(doc: Pdf, { t }: Text): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    // Writing below the bottom margin would add a page: lift it for the footer only.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.fillColor(MUTED).font('Helvetica').fontSize(7.5);
    doc.text(t('suppressionNote'), LEFT, 800, { width: WIDTH - 70, lineBreak: false });
    doc.text(`${t('page')} ${i + 1} ${t('of')} ${range.count}`, LEFT + WIDTH - 70, 800, {
      width: 70,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = margin;
  }
}

/** Everything under the header: the decree, the figures, the days before and the incidents. */
function body(doc: Pdf, data: SitrepData, text: Text, lang: ReportLang): void {
  decree(doc, data, text, lang);
  headline(doc, data, text);
  if (data.figures.hasData) {
    hourly(doc, data, text);
    nationalities(doc, data, text, lang);
    ageSex(doc, data, text);
    byDirection(doc, text, 'need', data.figures.needs);
    byDirection(doc, text, 'decision', data.figures.decisions);
  } else {
    paragraph(doc, text.t('noData'), { bold: true });
  }
  days(doc, data, text);
  incidents(doc, data, text);
}

const SITREP_WORKER = new URL('./sitrep-pdf-worker.ts', import.meta.url);

/** What the report's worker draws. */
export interface SitrepInput {
  readonly data: SitrepData;
  readonly lang: ReportLang;
}

/**
 * The situation report drawn in a worker thread of its own (a few hundred milliseconds of drawing that
 * the serving thread spends answering the booths instead). `threadId` is the thread that drew it.
 */
export function sitrepPdfInWorker(
  data: SitrepData,
  lang: ReportLang,
): Promise<{ readonly pdf: Buffer; readonly threadId: number }> {
  return pdfInWorker<SitrepInput>(SITREP_WORKER, { data, lang });
}

/** The situation report as a PDF file, drawn in the thread that calls it. */
export function renderSitrepPdf(content: SitrepData, lang: ReportLang): Promise<Buffer> {
  const data = printableData(content);
  const text = reportText(lang);
  const doc = new PDFDocument({
    size: 'A4',
    margin: LEFT,
    bufferPages: true,
    lang,
    displayTitle: true,
    info: {
      Title: `${text.t('title')} ${data.date}`,
      Author: 'Paso',
      CreationDate: new Date(data.generatedAt),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  header(doc, data, text, lang);
  // A date not begun at any checkpoint covered has no figures at all: its zeros, its "no crossings"
  // and the emergency's totals up to it would read as a quiet day. The header says it has not begun,
  // and that is all the report says.
  if (data.day !== 'to-come') body(doc, data, text, lang);
  footers(doc, text);
  doc.end();
  return done;
}
