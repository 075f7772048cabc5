// Tally mode in Chromium, by keyboard alone: an officer picks a booth and a nationality from the
// lists, counts arrivals and departures with the keys, undoes the last press, and the server's
// figures say exactly what the screen says. Presses made in a burst are all counted. The session's
// totals and its undo outlive a visit to the booth and a reload, and a reload keeps the booth and the
// group's nationality. The last sync is said on the checkpoint's clock, whatever the browser's. With
// PASO_SCREENSHOTS=1 it also writes docs/screenshots/tally-mode.png.

import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shoot } from '../support/browser';
import { browserSuite } from '../support/web-server';

const SR_01 = '5a7a0000-0000-4000-8001-010000000001';

describe('tally mode in Chromium', { timeout: 120_000 }, () => {
  const suite = browserSuite();
  const errors: string[] = [];

  const db = () => suite.server.t.db.kysely;
  const tallied = async () => {
    const row = await db()
      .selectFrom('crossing_count')
      .select(sql<number>`coalesce(sum(crossed), 0)`.as('crossed'))
      .where('source', '=', 'tallied')
      .where('checkpoint', '=', 'PE-SANTA-ROSA')
      .executeTakeFirst();
    return Number(row?.crossed ?? 0);
  };
  const states = async () =>
    db()
      .selectFrom('event_state')
      .select(['event_id', 'voided', 'fields'])
      .where('kind', '=', 'tally')
      .execute();
  const allSent = (page: Page) => page.locator('[data-testid="offline-status"][data-waiting="0"]').waitFor();
  const total = async (page: Page, direction: 'entry' | 'exit') =>
    (await page.getByTestId(`tally-total-${direction}`).textContent())?.trim();

  it('counts by keyboard alone, undoes the last press, and the server counts what the screen shows', async () => {
    const page = await suite.logIn('oficial.santarosa', errors);
    await page.goto(`${suite.server.url}/tally`);
    await page.getByTestId('tally-page').waitFor();
    await page.getByRole('option', { name: 'Complejo Fronterizo Santa Rosa' }).waitFor({ state: 'attached' });

    // The lists by keyboard: Tab into each, arrows or the first letter to choose, Esc back to counting.
    await page.getByLabel('Puesto de control').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Caseta').inputValue()).toBe('SR-01');
    await page.waitForURL((url) => url.search === '?checkpoint=PE-SANTA-ROSA&booth=SR-01');
    await page.keyboard.press('Tab');
    await page.keyboard.type('V');
    expect(await page.getByLabel('Nacionalidad del grupo').inputValue()).toBe('VEN');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tally-pad');

    // A reload keeps the booth and the group's nationality (in the address): the presses below are
    // counted as Venezuelans at SR-01, as the officer still believes.
    await page.waitForURL((url) => url.searchParams.get('nationality') === 'VEN');
    await page.reload();
    await page.getByTestId('tally-pad').locator('button.tally-button:enabled').first().waitFor();
    expect(await page.getByLabel('Caseta').inputValue()).toBe('SR-01');
    expect(await page.getByLabel('Nacionalidad del grupo').inputValue()).toBe('VEN');
    await page.getByTestId('tally-pad').focus();

    // Two arrivals (a man, a woman) and a departure (a man); then the departure is undone.
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await page.keyboard.press('q');
    await page.getByTestId('tally-said').getByText('Contado: Salida: Hombre.').waitFor();
    expect([await total(page, 'entry'), await total(page, 'exit')]).toEqual(['2', '1']);
    await page.keyboard.press('Backspace');
    await page.getByTestId('tally-said').getByText('Se deshizo: Salida: Hombre.').waitFor();
    expect([await total(page, 'entry'), await total(page, 'exit')]).toEqual(['2', '0']);
    await allSent(page);
    await page.getByText('Todos los registros están en el servidor.').waitFor();

    // "Nothing waiting" can be read before the presses are in the outbox (as below): ask the server
    // until the three presses and the undo have arrived.
    const arrived = async () => {
      const rows = await states();
      return `${rows.length} made, ${rows.filter((s) => s.voided === 1).length} undone`;
    };
    await expect.poll(arrived, { timeout: 20_000 }).toBe('3 made, 1 undone');
    const made = await states();
    expect(await tallied()).toBe(2);
    const voided = made.find((s) => s.voided === 1);
    expect(JSON.parse(voided?.fields ?? '{}')).toMatchObject({ direction: 'exit', category: 'man' });
    const booths = await db()
      .selectFrom('crossing_event')
      .select(['booth_id', 'body'])
      .where('kind', '=', 'tally')
      .execute();
    expect(booths.every((b) => b.booth_id === SR_01)).toBe(true);
    expect(booths.every((b) => JSON.parse(b.body).nationality === 'VEN')).toBe(true);

    // A burst of presses: each one counted, none lost while a send is in flight.
    await page.keyboard.type('3455wert');
    expect([await total(page, 'entry'), await total(page, 'exit')]).toEqual(['6', '4']);
    // The outbox may show nothing waiting before the burst's records are in it: ask the server until
    // they arrive.
    await allSent(page);
    await expect.poll(tallied, { timeout: 20_000 }).toBe(10);
    expect(await page.getByTestId('tally-totals').locator('[data-category="girl"]').textContent()).toBe(
      'Niña11',
    );
    await shoot(page, 'tally-mode');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the session totals through a visit to the booth and a reload, and undoes a press made before', async () => {
    const page = await suite.logIn('oficial.santarosa', errors);
    await page.goto(`${suite.server.url}/tally`);
    await page.getByTestId('tally-pad').locator('button.tally-button:enabled').first().waitFor();
    const before = await tallied();
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    await page.keyboard.press('w');
    await page.getByTestId('tally-said').getByText('Contado: Salida: Mujer.').waitFor();

    // To the booth to register someone, and back to counting: the totals go on from where they were.
    await page.getByRole('link', { name: 'Caseta' }).click();
    await page.getByTestId('booth-page').waitFor();
    await page.getByRole('link', { name: 'Conteo' }).click();
    await page.getByTestId('tally-pad').locator('button.tally-button:enabled').first().waitFor();
    expect([await total(page, 'entry'), await total(page, 'exit')]).toEqual(['2', '1']);

    // A reload keeps them too, and Backspace still undoes the last press, made before it.
    await page.reload();
    await page.getByTestId('tally-pad').locator('button.tally-button:enabled').first().waitFor();
    expect([await total(page, 'entry'), await total(page, 'exit')]).toEqual(['2', '1']);
    await page.keyboard.press('Backspace');
    await page.getByTestId('tally-said').getByText('Se deshizo: Salida: Mujer.').waitFor();
    expect([await total(page, 'entry'), await total(page, 'exit')]).toEqual(['2', '0']);
    await allSent(page);
    await expect.poll(tallied, { timeout: 20_000 }).toBe(before + 2);

    // Undone from its button down to nothing: the button then says it is off and keeps focus (before,
    // it went disabled under the keyboard and focus fell to the page's top).
    const undo = page.getByTestId('tally-pad').locator('.tally-undo');
    await undo.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('tally-said').getByText('Se deshizo: Llegada: Hombre.').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => undo.getAttribute('aria-disabled')).toBe('true');
    await page.keyboard.press('Enter');
    expect([await total(page, 'entry'), await total(page, 'exit')]).toEqual(['0', '0']);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('tally-undo'))).toBe(true);
    await page.close();
  });

  it('says the last sync on the checkpoint’s clock, on the tally and at the booth, from a browser elsewhere', async () => {
    const page = await suite.logIn('oficial.santarosa', errors);
    // An officer whose laptop is still on Madrid's time: before, the last sync was said on it (GMT+1),
    // when every other time of Santa Rosa is on Lima's (GMT-5).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'Europe/Madrid' });
    await page.goto(`${suite.server.url}/tally?checkpoint=PE-SANTA-ROSA`);
    await page.getByTestId('tally-pad').locator('button.tally-button:enabled').first().waitFor();
    await page.keyboard.press('1');
    await allSent(page);
    const lastSync = page.getByTestId('offline-last-sync');
    await lastSync.getByText(/^Última sincronización: .+ GMT-5$/).waitFor();
    await page.getByRole('link', { name: 'Caseta' }).click();
    await page.getByTestId('booth-page').waitFor();
    await lastSync.getByText(/^Última sincronización: .+ GMT-5$/).waitFor();
    await page.close();
  });

  it('fits a 390 px wide phone without scrolling sideways, and offers tally mode only to who records', async () => {
    const page = await suite.logIn('oficial.santarosa', errors);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${suite.server.url}/tally`);
    await page.getByTestId('tally-pad').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();

    const partner = await suite.logIn('humanitario', errors);
    const nav = partner.getByRole('navigation', { name: 'Navegación principal' });
    expect(await nav.getByRole('link', { name: 'Conteo' }).count()).toBe(0);
    await partner.goto(`${suite.server.url}/tally`);
    await partner.getByText('Acceso no permitido').waitFor();
    await partner.close();
  });

  it('tells the officer a key pressed before the checkpoints are known counted nobody', async () => {
    // The checkpoints are held back, as on a slow link: the pad is there, the place is not yet.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const pattern = '**/api/checkpoints';
    await suite.browser.context.route(pattern, async (route) => {
      await held;
      await route.continue();
    });
    const page = await suite.logIn('oficial.santarosa', errors);
    await page.goto(`${suite.server.url}/tally`);
    await page.getByTestId('tally-pad').waitFor();
    const before = await tallied();
    await page.keyboard.press('1');
    await page
      .getByTestId('tally-said')
      .getByText('No se contó: todavía se cargan los puestos de control.', { exact: false })
      .waitFor();
    expect(await total(page, 'entry')).toBe('0');

    release();
    await page.getByTestId('tally-pad').locator('button.tally-button:enabled').first().waitFor();
    await page.keyboard.press('1');
    await page.getByTestId('tally-said').getByText('Contado: Llegada: Hombre.', { exact: false }).waitFor();
    await allSent(page);
    await expect.poll(tallied, { timeout: 20_000 }).toBe(before + 1);
    await suite.browser.context.unroute(pattern);
    await page.close();
  });

  it('lets an officer turn the keys off on the device, so that a key pressed counts nobody, through a reload', async () => {
    const page = await suite.logIn('oficial.santarosa', errors);
    await page.goto(`${suite.server.url}/tally`);
    await page.getByTestId('tally-pad').locator('button.tally-button:enabled').first().waitFor();
    const before = await tallied();
    const entries = await total(page, 'entry');
    const keys = page.getByLabel('Contar con el teclado');
    expect(await keys.isChecked()).toBe(true);
    await keys.uncheck();
    await page.getByText('Las teclas no cuentan en este dispositivo', { exact: false }).waitFor();
    // Focus away from the box (a key there belongs to it), then the keys a dictation might type.
    await page.getByRole('heading', { name: 'Modo conteo', level: 1 }).click();
    for (const key of ['1', 'q', 'Backspace']) await page.keyboard.press(key);
    expect(await total(page, 'entry')).toBe(entries);
    await page.reload();
    await page.getByTestId('tally-pad').locator('button.tally-button:enabled').first().waitFor();
    expect(await keys.isChecked()).toBe(false);
    await page.keyboard.press('2');
    // The buttons still count.
    await page
      .getByTestId('tally-pad')
      .getByRole('button', { name: /^Mujer 2/ })
      .click();
    await page.getByTestId('tally-said').getByText('Contado: Llegada: Mujer.', { exact: false }).waitFor();
    await keys.check();
    await page.getByRole('heading', { name: 'Modo conteo', level: 1 }).click();
    await page.keyboard.press('1');
    await page.getByTestId('tally-said').getByText('Contado: Llegada: Hombre.', { exact: false }).waitFor();
    await allSent(page);
    await expect.poll(tallied, { timeout: 20_000 }).toBe(before + 2);
    expect(errors).toEqual([]);
    await page.close();
  });
});
