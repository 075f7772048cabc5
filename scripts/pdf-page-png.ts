// Renders a page of a PDF (the first unless told) to a PNG, with pdfjs-dist in headless Chromium: how
// the situation report's picture in docs/screenshots is made, and a way to look at any report.
//   npx tsx scripts/pdf-page-png.ts report.pdf docs/screenshots/sitrep.png [PAGE]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../test/support/browser';

const [pdfPath, pngPath, pageArg = '1'] = process.argv.slice(2);
const pageNumber = Number(pageArg);
if (!pdfPath || !pngPath || !Number.isInteger(pageNumber) || pageNumber < 1) {
  console.error('usage: npx tsx scripts/pdf-page-png.ts FILE.pdf OUT.png [PAGE]');
  process.exit(2);
}
const PDFJS = join(import.meta.dirname, '..', 'node_modules', 'pdfjs-dist');
const ORIGIN = 'http://pdf.local';

const PAGE = `<!doctype html><html><body style="margin:0;background:#fff">
<canvas id="page"></canvas>
<script type="module">
import * as pdfjs from '/pdfjs/build/pdf.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/pdfjs/build/pdf.worker.mjs';
const doc = await pdfjs.getDocument({ url: '/file.pdf', standardFontDataUrl: '/pdfjs/standard_fonts/' }).promise;
const page = await doc.getPage(${pageNumber});
const viewport = page.getViewport({ scale: 2 });
const canvas = document.getElementById('page');
canvas.width = viewport.width;
canvas.height = viewport.height;
await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
document.body.dataset.done = 'yes';
</script></body></html>`;

const TYPES: Record<string, string> = { mjs: 'text/javascript', pdf: 'application/pdf', html: 'text/html' };

const profile = mkdtempSync(join(tmpdir(), 'paso-pdf-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: CHROMIUM_FLAGS,
});
try {
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(e.message));
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const file =
      path === '/' ? null : path === '/file.pdf' ? pdfPath : join(PDFJS, path.replace(/^\/pdfjs\//, ''));
    const body = file === null ? PAGE : readFileSync(file);
    const ext = file === null ? 'html' : (file.split('.').pop() ?? '');
    await route.fulfill({ body, contentType: TYPES[ext] ?? 'application/octet-stream' });
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForSelector('body[data-done="yes"]', { timeout: 30_000 });
  await page.locator('#page').screenshot({ path: pngPath });
  console.log(`wrote ${pngPath}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
