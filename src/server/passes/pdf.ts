// The printable pass: one A5 page with the QR code (the pass text, error correction M) and what a
// person at a checkpoint reads without a scanner, in Spanish or English. Times in Lima's zone.
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { Pass } from '../../domain/passes';
import { pdfInWorker } from '../jobs/pdf-thread';
import { birthDateWords, documentWords, type PdfLanguage } from './pdf-facts';

const WORDS = {
  es: {
    title: 'Salvoconducto de tránsito humanitario',
    subtitle: 'Verifíquelo escaneando el código QR: funciona sin conexión.',
    name: 'Nombre',
    birthDate: 'Fecha de nacimiento',
    document: 'Documento',
    convoy: 'Convoy',
    corridor: 'Corredor',
    validFrom: 'Válido desde',
    validUntil: 'Válido hasta',
    pass: 'Pase',
    key: 'Clave',
    zone: 'hora de Lima',
    none: 'no consta',
    footer: 'Este pase es personal. Un pase alterado, vencido o revocado no es válido.',
  },
  en: {
    title: 'Humanitarian transit pass',
    subtitle: 'Verify it by scanning the QR code: it works offline.',
    name: 'Name',
    birthDate: 'Date of birth',
    document: 'Document',
    convoy: 'Convoy',
    corridor: 'Corridor',
    validFrom: 'Valid from',
    validUntil: 'Valid until',
    pass: 'Pass',
    key: 'Key',
    zone: 'Lima time',
    none: 'not stated',
    footer: 'This pass is personal. An altered, expired or revoked pass is not valid.',
  },
} as const;

// The PDF's standard fonts write WinAnsi only: arrows and other signs become what they mean.
const printable = (text: string) => text.replace(/→/g, '–').replace(/[^\u0020-\u00ff–—‘’“”•…€]/g, '?');

function localTime(iso: string, language: PdfLanguage): string {
  return new Intl.DateTimeFormat(language === 'es' ? 'es-PE' : 'en-GB', {
    timeZone: 'America/Lima',
    dateStyle: 'long',
    timeStyle: 'short',
    // A 24-hour clock, as everywhere in Paso: no a.m./p.m. to misread at a checkpoint.
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** A pass to print: what it says and the signed text its QR code holds. */
export type PrintedPass = { readonly pass: Pass; readonly text: string };

/** One pass, drawn in the thread that asks (a page takes tens of milliseconds). */
export function passPdf(pass: Pass, text: string, language: PdfLanguage): Promise<Buffer> {
  return drawPassesPdf([{ pass, text }], language, pass.id);
}

/** What the passes' worker draws. */
export interface PassesInput {
  readonly passes: readonly PrintedPass[];
  readonly language: PdfLanguage;
  readonly subject: string;
}

const PDF_WORKER = new URL('./pdf-worker.ts', import.meta.url);

/**
 * Passes to print in one go (a convoy's), one A5 page each, in the order given. They are drawn in a
 * worker thread of their own: a convoy of 40 takes seconds to draw, and the serving thread goes on
 * answering the booths meanwhile. `threadId` is the thread that drew them.
 */
export function passesPdfInWorker(
  passes: readonly PrintedPass[],
  language: PdfLanguage,
  subject: string,
): Promise<{ readonly pdf: Buffer; readonly threadId: number }> {
  return pdfInWorker<PassesInput>(PDF_WORKER, { passes, language, subject });
}

export async function passesPdf(
  passes: readonly PrintedPass[],
  language: PdfLanguage,
  subject: string,
): Promise<Buffer> {
  return (await passesPdfInWorker(passes, language, subject)).pdf;
}

/** Draws the passes, one A5 page each, in the thread that calls it. */
export function drawPassesPdf(
  passes: readonly PrintedPass[],
  language: PdfLanguage,
  subject: string,
): Promise<Buffer> {
  const w = WORDS[language];
  const doc = new PDFDocument({
    size: 'A5',
    margin: 36,
    autoFirstPage: false,
    info: { Title: w.title, Subject: subject },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const { pass, text } of passes) {
    doc.addPage();
    drawPass(doc, pass, text, language);
  }
  doc.end();
  return done;
}

function drawPass(doc: PDFKit.PDFDocument, pass: Pass, text: string, language: PdfLanguage): void {
  const w = WORDS[language];
  const width = doc.page.width - 72;
  doc.font('Helvetica-Bold').fontSize(16).fillColor('#1f4e79').text(w.title, { width, align: 'center' });
  doc
    .moveDown(0.3)
    .font('Helvetica')
    .fontSize(9)
    .fillColor('#333')
    .text(w.subtitle, { width, align: 'center' });
  const side = 220;
  drawQr(doc, text, (doc.page.width - side) / 2, doc.y + 10, side);
  doc.y += side + 24;

  const rows: [string, string][] = [
    [w.name, pass.name],
    [w.birthDate, pass.birthDate ? birthDateWords(pass.birthDate, language) : w.none],
    [w.document, pass.document ? documentWords(pass.document, language) : w.none],
    [w.convoy, pass.convoy.name],
    [w.corridor, pass.corridor.name],
    [w.validFrom, `${localTime(pass.validFrom, language)} (${w.zone})`],
    [w.validUntil, `${localTime(pass.validUntil, language)} (${w.zone})`],
  ];
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.font('Helvetica').fontSize(9).fillColor('#555').text(label, 36, y, { width: 110 });
    doc
      .font('Helvetica-Bold')
      .fontSize(11)
      .fillColor('#000')
      .text(printable(value), 150, y, { width: width - 114 });
    doc.moveDown(0.4);
  }
  doc.moveDown(0.6).font('Helvetica').fontSize(7).fillColor('#555');
  doc.text(`${w.pass} ${pass.id} · ${w.key} ${pass.kid}`, 36, doc.y, { width, align: 'center' });
  doc.moveDown(0.3).text(w.footer, { width, align: 'center' });
}

// The QR code as squares drawn on the page, not a picture: sharp at any print size, and quick. A PNG
// of each code took some 0.3 s to encode and embed, so a convoy of forty held the server 12 s.
const QUIET_ZONE = 2;

function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, side: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const unit = side / (n + 2 * QUIET_ZONE);
  doc.save().rect(x, y, side, side).fill('#ffffff');
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      // A run of dark modules is one rectangle, a hair taller so that rows leave no seam between them.
      const start = col;
      while (col < n && modules.get(row, col)) col++;
      doc.rect(
        x + (QUIET_ZONE + start) * unit,
        y + (QUIET_ZONE + row) * unit,
        (col - start) * unit,
        unit + 0.05,
      );
    }
  }
  doc.fill('#000000').restore();
}
