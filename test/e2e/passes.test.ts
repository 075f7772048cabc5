// The pass verifier offline in Chromium: an officer opens it once online (the keyset is kept on the
// device), the network goes, the page is reloaded, and passes are checked: a valid one, one with a
// changed character, an expired one, one revoked before the network went (and one revoked when its
// holder was taken off a convoy's manifest), one signed by a rotated-out
// key after its retirement and one by a key nobody knows — each with its reason on screen.
// With PASO_SCREENSHOTS=1 it writes docs/screenshots/pass-verifier-offline.png and pass-printed.png
// (the printed pass's first page, rendered by pdf.js in Chromium). A supervisor issues a pass on the
// issue page on the demo's corridor, with the birth date typed day first.
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PassContent, signPass } from '../../src/domain/passes';
import { DEMO_CONVOY_ID, DEMO_PASSWORD } from '../../src/store/demo';
import {
  issuePass,
  loadSigningKey,
  type PassInput,
  revokePass,
  rotateSigningKey,
} from '../../src/store/passes';
import { logInAs, openBrowser, shoot } from '../support/browser';
import { type CuttableProxy, startCuttableProxy } from '../support/cuttable-proxy';
import { startWebServer, type WebServer } from '../support/web-server';

const SCREENSHOTS = process.env.PASO_SCREENSHOTS === '1';
const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

const passenger = (id: string, name: string, from: number, until: number): PassInput => ({
  id,
  name,
  birthDate: '1988-07-02',
  document: { kind: 'VE-CI', number: '15827364' },
  convoy: { id: 'CV-07', name: 'Convoy 7' },
  corridor: { id: 'TAC-TUM', name: 'Tacna – Tumbes' },
  validFrom: hours(from),
  validUntil: hours(until),
});

// pdf.js renders the PDF's first page onto a canvas, twice its size for a sharp picture.
const RENDER_PAGE = `<body style="margin:0;background:#888"><canvas id="c"></canvas><script type="module">
import * as lib from 'http://render.test/pdf.mjs';
lib.GlobalWorkerOptions.workerSrc = 'http://render.test/pdf.worker.mjs';
const doc = await lib.getDocument('http://render.test/pass.pdf').promise;
const first = await doc.getPage(1);
const viewport = first.getViewport({ scale: 2 });
const canvas = document.getElementById('c');
canvas.width = viewport.width;
canvas.height = viewport.height;
await first.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
canvas.dataset.rendered = 'true';
</script></body>`;

describe('the pass verifier offline in Chromium', { timeout: 180_000 }, () => {
  let server: WebServer;
  let proxy: CuttableProxy;
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  const errors: string[] = [];
  const texts: Record<string, string> = {};

  beforeAll(async () => {
    server = await startWebServer();
    proxy = await startCuttableProxy(server.url);
    browser = await openBrowser();
    const db = server.t.db.kysely;
    const by = { now: new Date(), userId: null };
    const issue = async (input: PassInput) => {
      const issued = await issuePass(db, input, by);
      if (!issued.ok) throw new Error(issued.error.detail);
      return issued.value;
    };
    const valid = await issue(
      passenger('b0000000-0000-4000-8000-000000000001', 'Luis Alberto Rodríguez', -1, 48),
    );
    texts.valid = valid.text;
    texts.expired = (
      await issue(passenger('b0000000-0000-4000-8000-000000000002', 'Rosa Torres', -72, -1))
    ).text;
    const revoked = await issue(passenger('b0000000-0000-4000-8000-000000000003', 'Pedro Silva', -1, 48));
    // Withdrawn by hand: the verifier says so, and never the reason the supervisor wrote.
    await revokePass(db, revoked.pass.id, {
      reason: 'Coincidencia en lista de vigilancia',
      cause: 'withdrawn',
      at: new Date(),
      userId: null,
    });
    texts.revoked = revoked.text;
    // Revoked by Paso itself when its holder was taken off the convoy's manifest: said in Spanish.
    const removed = await issue(passenger('b0000000-0000-4000-8000-000000000006', 'Ana Paz', -1, 48));
    await revokePass(db, removed.pass.id, {
      reason: 'Taken off the manifest of convoy CV-07.',
      cause: 'manifest-removed',
      at: new Date(),
      userId: null,
    });
    texts.removed = removed.text;

    // The key rotates; a pass made with the old key afterwards (a leaked key) is refused as retired.
    await rotateSigningKey(db, new Date());
    const oldKey = await loadSigningKey(db, valid.pass.kid);
    if (!oldKey) throw new Error('the old key is gone');
    const content = (id: string, name: string): PassContent => ({
      id,
      name,
      birthDate: null,
      document: null,
      convoy: { id: 'CV-07', name: 'Convoy 7' },
      corridor: { id: 'TAC-TUM', name: 'Tacna – Tumbes' },
      // A minute after the rotation: the old key no longer signed then.
      issuedAt: hours(1 / 60),
      validFrom: hours(0),
      validUntil: hours(24),
    });
    texts.retired = await signPass(content('b0000000-0000-4000-8000-000000000004', 'Falso Uno'), oldKey);
    const stranger = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
    texts.unknown = await signPass(content('b0000000-0000-4000-8000-000000000005', 'Falso Dos'), {
      kid: 'forged01',
      x: String(stranger.x),
      d: String(stranger.d),
    });
    const [h, p = '', s] = valid.text.split('.');
    const i = Math.floor(p.length / 2);
    texts.altered = [h, `${p.slice(0, i)}${p[i] === 'A' ? 'B' : 'A'}${p.slice(i + 1)}`, s].join('.');
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await server?.close();
  });

  const verify = async (page: Page, text: string) => {
    await page.getByLabel('Texto del pase').fill(text);
    await page.getByLabel('Texto del pase').press('Enter');
    const verdict = page.getByTestId('pass-verdict');
    await verdict.waitFor();
    return verdict;
  };

  it('verifies with the network off, and says why each bad pass is refused', async () => {
    const page = await logInAs(browser.context, proxy.url, 'oficial.santarosa', DEMO_PASSWORD, errors);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.getByRole('link', { name: 'Verificar pases' }).click();
    await page.locator('[data-testid="keyset-status"][data-source="fresh"]').waitFor();
    // A scanner types like a keyboard: the field has focus on arrival, or its first pass goes nowhere.
    await page.waitForFunction(() => document.activeElement?.id === 'pass-text');

    proxy.setCut(true);
    await browser.context.setOffline(true);
    await page.reload();
    await page.getByTestId('pass-verify-page').waitFor();
    await page.locator('[data-testid="keyset-status"][data-source="kept"]').waitFor();
    await expect.poll(() => page.getByTestId('keyset-status').textContent()).toContain('Sin conexión');
    await page.waitForFunction(() => document.activeElement?.id === 'pass-text');
    // Two keys since the rotation, and one pass revoked: counted in good Spanish.
    expect(await page.getByTestId('keyset-status').textContent()).toContain('(2 claves, 2 pases revocados)');

    const valid = await verify(page, texts.valid ?? '');
    expect(await valid.getAttribute('data-valid')).toBe('true');
    const shown = await valid.textContent();
    for (const word of [
      'Pase válido',
      'Luis Alberto Rodríguez',
      '2 jul 1988',
      'Convoy 7',
      'Tacna – Tumbes',
    ]) {
      expect(shown).toContain(word);
    }
    if (SCREENSHOTS)
      await page.screenshot({ path: join(SHOTS, 'pass-verifier-offline.png'), fullPage: true });
    // A scanner set to end each scan with CR and LF: its second Enter is the scan's end, and the
    // verdict stays (it was replaced by "nothing read").
    await page.getByLabel('Texto del pase').fill(texts.valid ?? '');
    await page.getByLabel('Texto del pase').press('Enter');
    await page.getByLabel('Texto del pase').press('Enter');
    await page.locator('[data-testid="pass-verdict"][data-valid="true"]').waitFor();
    expect(await page.getByTestId('pass-empty').count()).toBe(0);
    // A scan that read nothing (an Enter alone, later than a scanner's line end would come): the last
    // person's verdict goes, and the page says so.
    await page.waitForTimeout(600);
    await page.getByLabel('Texto del pase').press('Enter');
    await page.getByTestId('pass-empty').waitFor();
    expect(await page.getByTestId('pass-verdict').count()).toBe(0);
    // The verdict shown is always of the pass being read: typing another clears the notice.
    await page.getByLabel('Texto del pase').pressSequentially('ey');
    expect(await page.getByTestId('pass-empty').count()).toBe(0);
    expect(await page.getByTestId('pass-verdict').count()).toBe(0);

    const cases: [string, string, string][] = [
      ['altered', 'altered', 'Pase alterado: la firma no corresponde al contenido.'],
      ['expired', 'expired', 'Pase vencido: valía hasta el'],
      ['revoked', 'revoked', 'lo retiró la autoridad que lo emitió.'],
      ['removed', 'revoked', 'su titular fue retirado del manifiesto del convoy'],
      ['retired', 'retired-key', 'Firmado con una clave retirada'],
      ['unknown', 'unknown-key', 'Firmado con una clave desconocida (forged01)'],
    ];
    for (const [name, reason, words] of cases) {
      const verdict = await verify(page, texts[name] ?? '');
      await page.locator(`[data-testid="pass-verdict"][data-reason="${reason}"]`).waitFor();
      expect(await verdict.textContent(), name).toContain(words);
    }
    expect(errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
  });

  it('issues a pass with the birth date typed day first, and marks the fields it cannot take', async () => {
    proxy.setCut(false);
    await browser.context.setOffline(false);
    const page = await logInAs(browser.context, server.url, 'supervisor', DEMO_PASSWORD, errors);
    await page.getByRole('link', { name: 'Emitir pases' }).click();
    const form = page.getByTestId('pass-issue-page');
    // Sent blank: what is missing is said beside each field, in Spanish, not in a browser's bubble.
    await form.getByRole('button', { name: 'Emitir pase' }).click();
    await form.getByTestId('pass-missing').waitFor();
    for (const field of ['name', 'convoy']) {
      expect(await form.locator(`#pass-${field}-error`).textContent()).toBe('Complete este dato.');
    }
    await form.getByLabel('Nombre', { exact: true }).fill('Ana Lucía Mendoza');
    // The convoy is one the transit area has (the demo's), not a code typed or guessed; the pass
    // names the corridor it travels.
    const convoy = form.getByLabel('Convoy', { exact: true });
    await expect.poll(() => convoy.locator('option').count()).toBe(2);
    expect(await convoy.locator('option').nth(1).textContent()).toMatch(
      /^CONVOY-001 · Tacna → Tumbes \(hacia Ecuador\) · sale /,
    );
    await convoy.selectOption(DEMO_CONVOY_ID);
    await form.getByText('Recorre Tacna → Tumbes (hacia Ecuador).').waitFor();
    await shoot(page, 'pass-issue');
    const birth = form.getByLabel('Fecha de nacimiento');

    // A month that does not exist: the API refuses it and the form says where.
    await birth.fill('1988-13-01');
    await form.getByRole('button', { name: 'Emitir pase' }).click();
    await form.locator('#pass-birthDate-error').waitFor();
    expect(await birth.getAttribute('aria-invalid')).toBe('true');

    // A pass that would end before it starts is not sent; its end says why.
    const until = await form.getByLabel('Válido hasta').inputValue();
    await form.getByLabel('Válido hasta').fill(await form.getByLabel('Válido desde').inputValue());
    expect(await form.locator('#pass-until-error').textContent()).toContain('terminar después de empezar');
    // A pass that would lapse before its convoy leaves (tomorrow at 06:00 in Lima) is not sent either.
    // Typed day first on a 24-hour clock, on the device's clock, as the field's hint says.
    const inAnHour = new Date(Date.now() + 3_600_000);
    const local = new Date(inAnHour.getTime() - inAnHour.getTimezoneOffset() * 60_000).toISOString();
    const typed = `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`;
    expect(await form.locator('#pass-until-hint').textContent()).toMatch(/^Hora de este equipo \(.+\)\.$/);
    await form.getByLabel('Válido hasta').fill(typed);
    expect(await form.locator('#pass-until-error').textContent()).toContain(
      'El pase vencería antes de la salida prevista del convoy',
    );
    await form.getByLabel('Válido hasta').fill(until);
    expect(await form.locator('#pass-until-error').count()).toBe(0);
    // A holder born after today: said beside the birth date, before anything is sent.
    await birth.fill('2099');
    expect(await form.locator('#pass-birthDate-error').textContent()).toBe(
      'La fecha de nacimiento es posterior a hoy: revísela.',
    );

    // A day that does not exist: said once the field is left, before anything is sent; typing again
    // takes the mark away.
    await birth.fill('31/02/1990');
    expect(await form.locator('#pass-birthDate-error').count()).toBe(0);
    await birth.blur();
    expect(await form.locator('#pass-birthDate-error').textContent()).toBe(
      'La fecha de nacimiento no se lee o no existe: escríbala como dice la ayuda.',
    );

    // As Excel and the booth write it: day first.
    await birth.fill('14/3/1988');
    expect(await form.locator('#pass-birthDate-error').count()).toBe(0);
    await birth.blur();
    expect(await birth.inputValue()).toBe('1988-03-14');
    // The first answer is lost on the way back (the server has the pass); asking again gets that
    // pass, not a second one for the same passenger. Routed on the context, not the page: the app's
    // service worker controls the page by now, and a page's route is not promised to see requests
    // that pass through one (playwright issues 1090 and 7588); a context's route sees those too. In
    // one CI run the page's route left the form with no answer at all.
    const sent: string[] = [];
    const passes = '**/api/passes';
    await browser.context.route(passes, async (route) => {
      sent.push((JSON.parse(route.request().postData() ?? '{}') as { id: string }).id);
      if (sent.length > 1) return route.continue();
      await route.fetch();
      return route.abort('connectionreset');
    });
    await form.getByRole('button', { name: 'Emitir pase' }).click();
    await form.getByRole('alert').waitFor();
    await form.getByRole('button', { name: 'Emitir pase' }).click();
    await page.getByTestId('pass-issued').waitFor();
    // Focus comes to the pass, far below the button: its heading says it was issued.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Pase emitido');
    expect(sent).toHaveLength(2);
    expect(sent[1]).toBe(sent[0]);
    // Issued, the passenger's fields are cleared for the next one of the convoy: a click more issues
    // no second pass to the same person.
    expect(await form.getByLabel('Nombre', { exact: true }).inputValue()).toBe('');
    expect(await convoy.inputValue()).toBe(DEMO_CONVOY_ID);
    await form.getByRole('button', { name: 'Emitir pase' }).click();
    await form.getByTestId('pass-missing').waitFor();
    expect(sent).toHaveLength(2);
    await browser.context.unroute(passes);
    const issued = await page.getByTestId('pass-text').textContent();
    // A reason of spaces only is no reason: the field says so, and the pass stays valid.
    await page.getByLabel('Motivo de la revocación').fill('   ');
    await page.getByRole('button', { name: 'Revocar pase' }).click();
    await page.locator('#pass-revoke-reason-error').waitFor();
    await page.goto(`${server.url}/passes/verify`);
    await page.locator('[data-testid="keyset-status"][data-source="fresh"]').waitFor();
    const verdict = await verify(page, issued ?? '');
    expect(await verdict.getAttribute('data-valid')).toBe('true');
    expect(await verdict.textContent()).toContain('14 mar 1988');
    expect(await verdict.textContent()).toContain('Tacna → Tumbes (hacia Ecuador)');
  });

  it.skipIf(!SCREENSHOTS)('renders the printed pass (pdf.js in Chromium) for the docs', async () => {
    proxy.setCut(false);
    await browser.context.setOffline(false);
    const supervisor = await logInAs(browser.context, proxy.url, 'supervisor', DEMO_PASSWORD, errors);
    const pdf = await supervisor.request.get(
      `${proxy.url}/api/passes/b0000000-0000-4000-8000-000000000001/pdf?lang=es`,
    );
    expect(pdf.status()).toBe(200);
    const bytes = await pdf.body();
    const pdfjs = join(import.meta.dirname, '..', '..', 'node_modules', 'pdfjs-dist', 'build');
    const page = await browser.context.newPage();
    await page.route('http://render.test/**', (route) => {
      const file = new URL(route.request().url()).pathname.slice(1);
      if (file === 'pass.pdf') return route.fulfill({ body: bytes, contentType: 'application/pdf' });
      if (file === 'index.html') return route.fulfill({ contentType: 'text/html', body: RENDER_PAGE });
      return route.fulfill({ body: readFileSync(join(pdfjs, file)), contentType: 'text/javascript' });
    });
    await page.goto('http://render.test/index.html');
    await page.locator('#c[data-rendered="true"]').waitFor();
    await page.locator('#c').screenshot({ path: join(SHOTS, 'pass-printed.png') });
  });
});
