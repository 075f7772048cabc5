// The booth when the browser says it is online but no server answers (the checkpoint's network is up,
// the link beyond it is down, or the server stopped): the status says there is no server and what works
// without it, and signing out asks first, as offline; what waits is sent once per try, each try later
// than the last, not again at each new record. And a device whose clock runs hours ahead of the
// server's is told so at the booth, before its records are refused at the sync.
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/store/demo';
import { logInAs, openBrowser } from '../support/browser';
import { startCuttableProxy } from '../support/cuttable-proxy';
import { startWebServer } from '../support/web-server';

describe('the booth with no server answering, in Chromium', { timeout: 120_000 }, () => {
  it('says there is no server, and signing out asks first, though the browser is online', async () => {
    const server = await startWebServer();
    const proxy = await startCuttableProxy(server.url);
    const browser = await openBrowser({ serviceWorkers: 'block' });
    const errors: string[] = [];
    try {
      const page = await logInAs(browser.context, proxy.url, 'oficial.santarosa', DEMO_PASSWORD, errors);
      await page.goto(`${proxy.url}/tally?checkpoint=PE-SANTA-ROSA&booth=SR-02`);
      await page.getByTestId('tally-pad').locator('button.tally-button:enabled').first().waitFor();
      await page.getByTestId('offline-network').getByText('En línea').waitFor();

      proxy.setCut(true);
      await page.getByTestId('tally-pad').focus();
      await page.keyboard.press('1');
      await page.keyboard.press('2');
      await page.locator('[data-testid="offline-status"][data-waiting="2"]').waitFor();
      await page.getByTestId('offline-network').getByText('Sin conexión con el servidor').waitFor();
      await page.getByTestId('offline-scope').waitFor();
      expect(await page.evaluate(() => navigator.onLine)).toBe(true);

      await page.getByTestId('logout').click();
      const question = page.getByTestId('logout-question');
      expect(await question.textContent()).toContain('nadie podrá volver a entrar en este equipo');
      expect(await question.textContent()).toContain('2 registros de esta sesión esperan su envío');
      await question.getByRole('button', { name: 'Cancelar' }).click();

      // The server answers again: the records go, and the status says so.
      proxy.setCut(false);
      await page.getByRole('button', { name: 'Reintentar' }).click();
      await page.locator('[data-testid="offline-status"][data-waiting="0"]').waitFor();
      await page.getByTestId('offline-network').getByText('En línea').waitFor();
      expect(errors.filter((e) => !e.startsWith('Failed to load resource: net::'))).toEqual([]);
    } finally {
      await browser.close();
      await proxy.close();
      await server.close();
    }
  });

  it('sends what waits once per try while no server answers, not again at each press', async () => {
    const server = await startWebServer();
    const proxy = await startCuttableProxy(server.url);
    const browser = await openBrowser({ serviceWorkers: 'block' });
    const errors: string[] = [];
    const tallies = async () =>
      (
        await server.t.db.kysely
          .selectFrom('crossing_event')
          .select('id')
          .where('kind', '=', 'tally')
          .execute()
      ).length;
    try {
      // The page's timers run only when the test moves its clock: the retries come when it says.
      await browser.context.clock.install();
      const page = await logInAs(browser.context, proxy.url, 'oficial.santarosa', DEMO_PASSWORD, errors);
      await page.goto(`${proxy.url}/tally?checkpoint=PE-SANTA-ROSA&booth=SR-02`);
      await page.getByTestId('tally-pad').locator('button.tally-button:enabled').first().waitFor();
      await page.getByTestId('offline-network').getByText('En línea').waitFor();
      const before = await tallies();
      const sends: number[] = [];
      page.on('request', (request) => {
        if (request.method() !== 'POST' || new URL(request.url()).pathname !== '/api/events') return;
        sends.push((JSON.parse(request.postData() ?? '{}') as { events: unknown[] }).events.length);
      });
      await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000));

      proxy.setCut(true);
      await page.getByTestId('tally-pad').focus();
      for (let press = 0; press < 6; press += 1) await page.keyboard.press('1');
      await page.locator('[data-testid="offline-status"][data-waiting="6"]').waitFor();
      await page.getByTestId('offline-network').getByText('Sin conexión con el servidor').waitFor();
      // One try for six presses (with those made before it read the outbox); the others wait for the retry.
      expect(sends).toHaveLength(1);
      // The retry, a second later, sends the six together; then it waits longer (2 s), not sooner.
      await page.clock.runFor(1_000);
      await expect.poll(() => sends.length).toBe(2);
      expect(sends[1]).toBe(6);
      await page.clock.runFor(1_000);
      expect(sends).toHaveLength(2);
      // The server answers again: the next retry sends the six once, and each is applied once.
      proxy.setCut(false);
      await page.clock.runFor(1_000);
      await page.locator('[data-testid="offline-status"][data-waiting="0"]').waitFor();
      expect(sends.slice(1)).toEqual([6, 6]);
      expect((await tallies()) - before).toBe(6);
      // With the server answering, a press goes at once.
      await page.keyboard.press('1');
      await expect.poll(() => sends.slice(1)).toEqual([6, 6, 1]);
      expect(errors.filter((e) => !e.startsWith('Failed to load resource: net::'))).toEqual([]);
    } finally {
      await browser.close();
      await proxy.close();
      await server.close();
    }
  });

  it('warns at the booth of a device clock three hours ahead of the server', async () => {
    const server = await startWebServer();
    const browser = await openBrowser({ serviceWorkers: 'block' });
    const errors: string[] = [];
    try {
      await browser.context.clock.setSystemTime(new Date(Date.now() + 3 * 3_600_000));
      const page = await logInAs(browser.context, server.url, 'oficial.santarosa', DEMO_PASSWORD, errors);
      await page.getByRole('link', { name: 'Caseta' }).click();
      const warning = page.getByTestId('offline-clock');
      await warning.waitFor();
      expect(await warning.textContent()).toContain('El reloj de este equipo va 3 h adelantado');
      // Kept on the device: a page opened again (offline too) still says it.
      await page.reload();
      await warning.waitFor();
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
