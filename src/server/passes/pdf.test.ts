import { threadId } from 'node:worker_threads';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { Pass } from '../../domain/passes';
import { drawPassesPdf, type PrintedPass, passesPdfInWorker } from './pdf';

const FONTS = new URL('../../../node_modules/pdfjs-dist/standard_fonts/', import.meta.url).pathname;

function printed(n: number): PrintedPass {
  const pass: Pass = {
    id: `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    kid: 'k1',
    name: `Persona Número ${n}`,
    birthDate: '1990-05-14',
    document: n % 2 === 0 ? { kind: 'passport', number: `P${n}` } : null,
    convoy: { id: 'CONVOY-001', name: 'Tacna–Tumbes' },
    corridor: { id: 'TAC-TUM', name: 'Tacna → Tumbes' },
    issuedAt: '2025-11-28T08:00:00Z',
    validFrom: '2025-11-28T10:00:00Z',
    validUntil: '2025-11-30T10:00:00Z',
  };
  return { pass, text: `PASO1.${n}.signed` };
}

async function pagesText(bytes: Buffer): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: FONTS }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages;
}

describe("a convoy's passes as one PDF", () => {
  it('are drawn in a thread of their own, a page a pass in the order given, as the serving thread would draw them', async () => {
    const passes = [1, 2, 3].map(printed);
    const made = await passesPdfInWorker(passes, 'es', 'CONVOY-001');
    // Not the thread that asked: it goes on answering booths while a large convoy is drawn.
    expect(made.threadId).not.toBe(threadId);
    const pages = await pagesText(made.pdf);
    expect(pages).toHaveLength(3);
    pages.forEach((text, i) => {
      expect(text).toContain(`Persona Número ${i + 1}`);
      expect(text).toContain('Salvoconducto de tránsito humanitario');
    });
    expect(await pagesText(await drawPassesPdf(passes, 'es', 'CONVOY-001'))).toEqual(pages);
  });

  it('says why when the passes cannot be drawn', async () => {
    const broken = { ...printed(1), pass: { ...printed(1).pass, validFrom: 'not a time' } };
    await expect(passesPdfInWorker([broken], 'en', 'CONVOY-001')).rejects.toThrow(/time value/i);
  });
});

describe('a printed pass', () => {
  const holder = (birthDate: string, document: Pass['document']): PrintedPass => ({
    ...printed(1),
    pass: { ...printed(1).pass, birthDate, document },
  });

  it.each([
    ['es', '2000-12-11', { kind: 'P', number: 'V03755187' }, '11 dic 2000', 'Pasaporte V03755187'],
    ['en', '2000-12-11', { kind: 'P', number: 'V03755187' }, '11 Dec 2000', 'Passport V03755187'],
    [
      'es',
      '2017-05',
      { kind: 'ID', number: 'V-18447120' },
      'mayo de 2017',
      'Documento de identidad V-18447120',
    ],
    [
      'en',
      '2017-05',
      { kind: 'VE-CI', number: '15827364' },
      'May 2017',
      'Identity card (Venezuela) 15827364',
    ],
    ['es', '1988', { kind: 'PE-DNI', number: '45879213' }, '1988', 'DNI (Perú) 45879213'],
    ['en', '1988', { kind: 'Carnet', number: 'X1' }, '1988', 'Carnet X1'],
  ] as const)(
    'in %s writes a birth date of %s and the document in words, as the web app shows them',
    async (language, birthDate, document, day, words) => {
      const [text] = await pagesText(await drawPassesPdf([holder(birthDate, document)], language, 'P'));
      expect(text).toContain(day);
      expect(text).toContain(words);
      // No date as ISO writes it (2000-12, 2017-05) is left on the page.
      expect(text).not.toMatch(/\b(19|20)\d{2}-\d{2}\b/);
    },
  );
});
