// The booth when its network or its server lets it down, in Chromium, behind a link that can be cut:
// a reader swiped with the cursor in Nombres sends its zone to the scan field, a pasted zone too; a
// record made once the server could not be reached (the network up) reaches it marked offline; a refused record
// is set aside and stays on the device; the decree in force stays on screen after a reload offline,
// marked as possibly out of date. No screen scrolls sideways at 390 px.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/store/demo';
import { logInAs } from '../support/browser';
import { type CuttableProxy, startCuttableProxy } from '../support/cuttable-proxy';
import { passportInForce } from '../support/documents';
import { browserSuite } from '../support/web-server';

const [LINE1, LINE2] = passportInForce();

const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 30_000 });

describe('the booth with its network or server down, in Chromium', { timeout: 180_000 }, () => {
  const suite = browserSuite();
  const errors: string[] = [];
  let proxy: CuttableProxy;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    proxy = await startCuttableProxy(suite.server.url);
    context = suite.browser.context;
    page = await logInAs(context, proxy.url, 'oficial.santarosa', DEMO_PASSWORD, errors);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.goto(`${proxy.url}/booth`);
    await page.getByTestId('booth-policy-version').getByText('versión 1').waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  });
  afterAll(async () => {
    await context?.setOffline(false);
    await proxy?.close();
  });

  const zoneField = () => page.getByTestId('mrz-input');
  async function fitsAt390() {
    await page.setViewportSize({ width: 390, height: 900 });
    const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    await page.setViewportSize({ width: 1366, height: 768 });
    return fits;
  }

  it('sends a zone a reader typed into Nombres to the scan field, and leaves Nombres as it was', async () => {
    await page.getByLabel('Nombres').click();
    await page.keyboard.type(`${LINE1}\n${LINE2}\n`);
    await page.getByTestId('scan-result').getByText('Zona válida').waitFor();
    expect(await zoneField().inputValue()).toContain(`${LINE1}\n${LINE2}`);
    // Filled from the zone, as when it is swiped in the scan field; no filler landed in the form.
    expect(await page.getByLabel('Nombres').inputValue()).toBe('LUIS ALBERTO');
    expect(await page.getByLabel('Primer apellido').inputValue()).toBe('RODRIGUEZ');
    expect(await page.getByTestId('zone-in-field').textContent()).toContain(
      '«Nombres» pasó al campo de la zona',
    );
    expect(await fitsAt390()).toBe(true);
  });

  it('sends a zone pasted into a field to the scan field', async () => {
    await page.getByRole('button', { name: 'Nueva lectura' }).click();
    expect(await zoneField().inputValue()).toBe('');
    const surname2 = page.getByLabel('Segundo apellido');
    await surname2.evaluate((input, zone) => {
      const data = new DataTransfer();
      data.setData('text/plain', zone);
      input.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, `${LINE1}\n${LINE2}`);
    await page.getByTestId('scan-result').getByText('Zona válida').waitFor();
    expect(await zoneField().inputValue()).toBe(`${LINE1}\n${LINE2}`);
    expect(await surname2.inputValue()).toBe('MARQUEZ');
    expect(await page.getByTestId('zone-in-field').textContent()).toContain('«Segundo apellido»');
  });

  async function registerDeclared(givenNames: string) {
    await page.getByLabel('Nombres').fill(givenNames);
    await page.getByLabel('Primer apellido').fill('ROJAS');
    await page.getByLabel('Sexo').selectOption('F');
    await page.getByLabel('Fecha de nacimiento').fill('1990-05-04');
    await page.getByLabel('Nacionalidad').fill('VEN');
    await page.getByLabel('Cómo se estableció la identidad').selectOption('declared');
    await page.getByTestId('group-decision').getByLabel('Admitir', { exact: true }).check();
    const reason = page.getByLabel('Motivo para decidir distinto de la recomendación');
    if (await reason.isVisible()) await reason.fill('Documento válido');
    await page.getByRole('button', { name: 'Registrar y decidir' }).click();
    await page.getByTestId('registration-result').locator('[data-queued="true"]').waitFor();
  }

  it('marks offline the records made once the server could not be reached, the network up', async () => {
    await page.reload();
    await page.getByTestId('booth-policy-version').getByText('versión 1').waitFor();
    await page.getByLabel('Caseta', { exact: true }).selectOption('SR-01');
    proxy.setCut(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(true);
    // The first is sent at once and gets no answer: the server may have stored it, so it is resent as
    // it was. The next, made knowing the server cannot be reached, is marked made offline.
    await registerDeclared('ANA');
    await page.getByRole('button', { name: 'Registrar otra persona' }).click();
    await registerDeclared('BEA');
    proxy.setCut(false);
    await page.locator('[data-testid="offline-status"][data-waiting="0"]').waitFor({ timeout: 90_000 });
    const rows = await suite.server.t.db.kysely
      .selectFrom('crossing_event')
      .select('body')
      .where('kind', '=', 'crossing')
      .execute();
    const offlineOf = new Map(
      rows.map((r) => {
        const body = JSON.parse(r.body);
        return [body.person.givenNames, body.offline ?? false];
      }),
    );
    expect(Object.fromEntries(offlineOf)).toEqual({ ANA: false, BEA: true });
    await page.getByRole('button', { name: 'Registrar otra persona' }).click();
  });

  it('sets a refused record aside once read, and keeps it on the device', async () => {
    // An old refused record in the outbox, as a server's answer of a day before left it.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('paso-outbox');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('records', 'readwrite');
            tx.objectStore('records').put({
              id: '5e7a51de-0000-4000-8000-000000000001',
              seq: 1_000_000,
              event: {
                kind: 'tally',
                id: '5e7a51de-0000-4000-8000-000000000001',
                at: '2026-11-30T15:00:00Z',
                checkpoint: 'PE-SANTA-ROSA',
                booth: 'SR-99',
                direction: 'entry',
                category: 'woman',
                count: 1,
              },
              refusal: { code: 'event.unknown-booth', title: 'Unknown booth', detail: '', errors: [] },
            });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    const refused = page.getByTestId('offline-refused');
    await refused.waitFor();
    expect(await fitsAt390()).toBe(true);
    await refused.getByRole('button', { name: /^Apartar el registro rechazado/ }).click();
    await refused.waitFor({ state: 'detached' });
    const aside = page.getByTestId('offline-set-aside');
    await eventually(() => aside.textContent()).toContain('1 registro rechazado apartado');
    await page.reload();
    await aside.waitFor();
    await aside.getByText('1 registro rechazado apartado').click();
    expect(await aside.textContent()).toContain('apartado:');
    await page.getByTestId('outbox-export').waitFor();
    expect(await fitsAt390()).toBe(true);
  });

  it('shows the decree in force read before after a reload offline, marked as possibly out of date', async () => {
    const decree = page.getByTestId('decree-in-force');
    await eventually(() => decree.textContent()).toContain('Decreto en vigor:');
    expect(await page.getByTestId('decree-stale').count()).toBe(0);
    proxy.setCut(true);
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('booth-page').waitFor();
    await eventually(() => decree.textContent()).toContain('Decreto en vigor:');
    const stale = await page.getByTestId('decree-stale').textContent();
    expect(stale).toContain('puede no estar al día');
    // Read when, in Santa Rosa's time (this browser runs on UTC), as every time at the booth.
    expect(stale).toContain('GMT-5');
    expect(await fitsAt390()).toBe(true);
    // The network returns: the decree is read again, and the mark goes.
    proxy.setCut(false);
    await context.setOffline(false);
    await eventually(() => page.getByTestId('decree-stale').count()).toBe(0);
    expect(await decree.textContent()).toContain('Decreto en vigor:');
    expect(errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
  });
});
