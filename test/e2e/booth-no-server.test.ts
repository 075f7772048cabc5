// The booth when the browser says it is online but no server answers (the checkpoint's network is up,
// the link beyond it is down, or the server stopped): the status says there is no server and what works
// without it, and signing out asks first, as offline. And a device whose clock runs hours ahead of the
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
