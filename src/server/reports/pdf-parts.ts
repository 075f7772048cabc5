// The drawing parts of the situation report: headings, figure cards, tables and the bar chart of the
// hours, on pdfkit's vector drawing. They know nothing of what the figures mean.
import type { Published } from '../../domain/reports';
import { publishedText } from '../../domain/reports';

export type Pdf = PDFKit.PDFDocument;

export const INK = '#1d2733';
export const MUTED = '#5b6773';
export const RULE = '#c9d1d9';
export const ENTRY_COLOUR = '#1f5f99';
export const EXIT_COLOUR = '#d9822b';
const SHADE = '#eef2f6';
const SUPPRESSED_COLOUR = '#9aa5b1';

/** A horizontal line at `y` from `x1` to `x2`. */
function rule(doc: Pdf, x1: number, x2: number, y: number, width: number, colour: string): void {
  doc.moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(colour).stroke();
}

export const LEFT = 40;
export const WIDTH = 515;
const BOTTOM = 780;

/** Starts a new page when fewer than `height` points are left on this one. */
export function ensureRoom(doc: Pdf, height: number): void {
  if (doc.y + height > BOTTOM) doc.addPage();
}

/** A section heading; `room` is what must fit under it on the same page (a short table whole). */
export function heading(doc: Pdf, text: string, room = 90): void {
  ensureRoom(doc, room + 30);
  doc.moveDown(0.8);
  const y = doc.y;
  doc.rect(LEFT, y, 4, 14).fill(ENTRY_COLOUR);
  doc
    .fillColor(INK)
    .font('Helvetica-Bold')
    .fontSize(12)
    .text(text, LEFT + 10, y + 1, { width: WIDTH - 10 });
  doc.moveDown(0.4);
  doc.x = LEFT;
}

export function paragraph(
  doc: Pdf,
  text: string,
  options: { bold?: boolean; muted?: boolean; size?: number } = {},
) {
  ensureRoom(doc, 30);
  doc
    .fillColor(options.muted ? MUTED : INK)
    .font(options.bold ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(options.size ?? 9.5)
    .text(text, LEFT, doc.y, { width: WIDTH });
  doc.x = LEFT;
}

/**
 * `items` joined by `separator`, each begun on a new line where it would not fit whole on the one it
 * would start, of which `indent` points are taken (in the font set now). pdfkit breaks lines after a
 * hyphen, and a checkpoint's code cut in two (PE- / SANTA-ROSA) reads as two; an item longer than a
 * whole line is still wrapped by pdfkit.
 */
export function keptWhole(doc: Pdf, items: readonly string[], separator: string, indent: number): string {
  let text = '';
  let used = indent;
  items.forEach((item, i) => {
    const joined = i === 0 ? item : `${separator}${item}`;
    const fits = used + doc.widthOfString(joined) <= WIDTH - 1;
    if (fits || doc.widthOfString(item) > WIDTH - 1 || (i === 0 && indent === 0)) {
      text += joined;
      used += doc.widthOfString(joined);
      return;
    }
    text += `${i === 0 ? '' : separator.trimEnd()}\n${item}`;
    used = doc.widthOfString(item);
  });
  return text;
}

/** A row of figure cards: a label over a large number. */
export function cards(doc: Pdf, items: readonly (readonly [string, Published])[]): void {
  const gap = 8;
  const w = (WIDTH - gap * (items.length - 1)) / items.length;
  const h = 46;
  ensureRoom(doc, h + 10);
  const y = doc.y;
  items.forEach(([label, value], i) => {
    const x = LEFT + i * (w + gap);
    doc.rect(x, y, w, h).fill(SHADE);
    doc
      .fillColor(MUTED)
      .font('Helvetica')
      .fontSize(8)
      .text(label, x + 6, y + 6, { width: w - 12, lineBreak: false });
    doc
      .fillColor(INK)
      .font('Helvetica-Bold')
      .fontSize(18)
      .text(publishedText(value), x + 6, y + 20, { width: w - 12, lineBreak: false });
  });
  doc.y = y + h + 8;
  doc.x = LEFT;
}

/** The height of a table of `rows` rows (its header and foot included) in the default size. */
export const tableHeight = (rows: number): number => rows * 14.5 + 6;

export interface TableSpec {
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** A last row in bold (the totals), if any. */
  readonly foot?: readonly string[] | undefined;
  /** Width of the first column; the others share the rest. */
  readonly firstWidth?: number;
  readonly width?: number;
  readonly size?: number;
  readonly boldRows?: readonly number[];
}

/** A table with a shaded header, right-aligned figures and a bold last row. */
export function table(doc: Pdf, spec: TableSpec): void {
  const size = spec.size ?? 8.5;
  const rowH = size + 6;
  const width = spec.width ?? WIDTH;
  const first = spec.firstWidth ?? 170;
  const rest = (width - first) / Math.max(1, spec.head.length - 1);
  const widths = spec.head.map((_, i) => (i === 0 ? first : rest));
  const all = [spec.head, ...spec.rows, ...(spec.foot ? [spec.foot] : [])];
  ensureRoom(doc, rowH * Math.min(all.length, 6));
  all.forEach((cells, r) => {
    const isHead = r === 0;
    const isFoot = spec.foot !== undefined && r === all.length - 1;
    const bold = isHead || isFoot || (spec.boldRows ?? []).includes(r - 1);
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
    // A cell too long for its column ("No especificado" in a narrow one) takes a second line, and
    // its row grows to hold it rather than write over the row below.
    const oneLine = doc.heightOfString('0');
    const h =
      rowH +
      Math.max(
        0,
        ...cells.map((text, c) => doc.heightOfString(text, { width: (widths[c] ?? rest) - 8 }) - oneLine),
      );
    ensureRoom(doc, h);
    const y = doc.y;
    if (isHead) doc.rect(LEFT, y, width, h).fill(SHADE);
    let x = LEFT;
    cells.forEach((text, c) => {
      const w = widths[c] ?? rest;
      doc
        .fillColor(isHead ? MUTED : INK)
        .font(bold ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(size)
        .text(text, x + 4, y + 3.5, { width: w - 8, align: c === 0 ? 'left' : 'right' });
      x += w;
    });
    rule(doc, LEFT, LEFT + width, y + h, isFoot ? 0.8 : 0.4, RULE);
    doc.y = y + h;
  });
  doc.x = LEFT;
  doc.moveDown(0.3);
}

/** Grouped bars: one group per label, one bar per series; withheld figures are a grey mark. */
export function barChart(
  doc: Pdf,
  labels: readonly string[],
  series: readonly {
    readonly name: string;
    readonly colour: string;
    readonly values: readonly Published[];
  }[],
  note: string,
): void {
  const h = 150;
  const axisW = 26;
  ensureRoom(doc, h + 50);
  const top = doc.y + 6;
  const base = top + h;
  const plotW = WIDTH - axisW;
  const max = Math.max(
    1,
    ...series.flatMap((s) => s.values.filter((v): v is number => typeof v === 'number')),
  );
  const step = niceStep(max);
  const ceiling = Math.ceil(max / step) * step;
  doc.font('Helvetica').fontSize(7);
  for (let v = 0; v <= ceiling; v += step) {
    const y = base - (v / ceiling) * h;
    rule(doc, LEFT + axisW, LEFT + WIDTH, y, 0.3, RULE);
    doc.fillColor(MUTED).text(String(v), LEFT, y - 3, { width: axisW - 4, align: 'right', lineBreak: false });
  }
  const groupW = plotW / labels.length;
  const barW = (groupW * 0.8) / series.length;
  labels.forEach((label, i) => {
    const gx = LEFT + axisW + i * groupW + groupW * 0.1;
    series.forEach((s, k) => {
      const v = s.values[i] ?? 0;
      const x = gx + k * barW;
      if (typeof v === 'number') {
        if (v > 0) doc.rect(x, base - (v / ceiling) * h, barW - 0.8, (v / ceiling) * h).fill(s.colour);
      } else {
        doc.rect(x, base - 3, barW - 0.8, 3).fill(SUPPRESSED_COLOUR);
      }
    });
    doc
      .fillColor(MUTED)
      .fontSize(6.5)
      .text(label, gx - 2, base + 3, { width: groupW * 0.8 + 4, align: 'center', lineBreak: false });
  });
  rule(doc, LEFT + axisW, LEFT + WIDTH, base, 0.6, MUTED);
  let lx = LEFT + axisW;
  const ly = base + 14;
  for (const s of series) {
    doc.rect(lx, ly, 8, 8).fill(s.colour);
    doc
      .fillColor(INK)
      .fontSize(8)
      .text(s.name, lx + 11, ly, { lineBreak: false });
    lx += 20 + doc.widthOfString(s.name);
  }
  doc.rect(lx, ly + 5, 8, 3).fill(SUPPRESSED_COLOUR);
  doc
    .fillColor(MUTED)
    .fontSize(7.5)
    .text(note, lx + 11, ly, { lineBreak: false });
  doc.y = ly + 16;
  doc.x = LEFT;
}

// A step of the axis of people: whole numbers only (a max of 1 made steps of 0.2, and 0.2 added up
// three times is printed 0.6000000000000001).
function niceStep(max: number): number {
  const rough = Math.max(1, max / 5);
  const power = 10 ** Math.floor(Math.log10(rough));
  const m = rough / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}
