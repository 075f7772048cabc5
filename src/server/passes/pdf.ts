// The printable pass: one A5 page with the QR code (the pass text, error correction M) and what a
// person at a checkpoint reads without a scanner, in Spanish or English. Times in Lima's zone.
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { Pass } from '../../domain/passes';

export type PdfLanguage = 'es' | 'en';

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

export function passPdf(pass: Pass, text: string, language: PdfLanguage): Promise<Buffer> {
  return passesPdf([{ pass, text }], language, pass.id);
}

/** Passes to print in one go (a convoy's), one A5 page each, in the order given. */
export async function passesPdf(
  passes: readonly PrintedPass[],
  language: PdfLanguage,
  subject: string,
): Promise<Buffer> {
  const w = WORDS[language];
  const qrs = await Promise.all(
    passes.map(({ text }) =>
      QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 8 }),
    ),
  );
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
  passes.forEach(({ pass }, i) => {
    const qr = qrs[i];
    if (qr === undefined) return;
    doc.addPage();
    drawPass(doc, pass, qr, language);
  });
  doc.end();
  return done;
}

function drawPass(doc: PDFKit.PDFDocument, pass: Pass, qr: Buffer, language: PdfLanguage): void {
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
  doc.image(qr, (doc.page.width - side) / 2, doc.y + 10, { width: side, height: side });
  doc.y += side + 24;

  const rows: [string, string][] = [
    [w.name, pass.name],
    [w.birthDate, pass.birthDate ?? w.none],
    [w.document, pass.document ? `${pass.document.kind} ${pass.document.number}` : w.none],
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
