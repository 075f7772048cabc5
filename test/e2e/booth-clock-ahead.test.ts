// A booth whose device clock runs three hours ahead, in Chromium: the server refuses its records as
// dated after its clock (event.in-future). They are the officer's work all the same: tally mode says
// they wait on the device, from when they go, and what to do (set the clock right; nothing with them),
// does not list them as refused, and sends them by itself once the server's clock has reached them.
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/store/demo';
import { logInAs, openBrowser } from '../support/browser';
import { startWebServer } from '../support/web-server';

const HOUR = 3_600_000;

describe('a booth whose clock runs ahead of the server, in Chromium', { timeout: 120_000 }, () => {
  it('keeps its records waiting, says so, and sends them once the server clock reaches them', async () => {
    // The server's clock, moved on by the test as the hours pass.
    let passed = 0;
    const server = await startWebServer({ now: () => new Date(Date.now() + passed) });
    const browser = await openBrowser({ serviceWorkers: 'block' });
    const errors: string[] = [];
    try {
      await browser.context.clock.setSystemTime(new Date(Date.now() + 3 * HOUR));
      const page = await logInAs(browser.context, server.url, 'oficial.santarosa', DEMO_PASSWORD, errors);
      await page.goto(`${server.url}/tally?checkpoint=PE-SANTA-ROSA&booth=SR-02`);
      await page.getByTestId('tally-pad').locator('button.tally-button:enabled').first().waitFor();
      await page.getByTestId('tally-pad').focus();
      await page.keyboard.press('1');

      const ahead = page.getByTestId('offline-ahead');
      await ahead.waitFor();
      const words = await ahead.textContent();
      expect(words).toContain('1 registro lleva una hora posterior a la del servidor');
      expect(words).toContain('se enviará solo cuando el reloj del servidor llegue a su hora, a partir del');
      expect(words).toContain('Corrija la fecha, la hora y la zona horaria del equipo');
      await page.locator('[data-testid="offline-status"][data-waiting="1"]').waitFor();
      expect(await page.getByTestId('offline-refused').count()).toBe(0);
      expect(await page.getByTestId('offline-waiting').textContent()).toBe('1 registro espera su envío.');

      // The officer sets the device's clock right: the next press goes at once, the first still waits.
      await browser.context.clock.setSystemTime(new Date());
      await page.keyboard.press('2');
      await expect
        .poll(
          async () => (await server.t.db.kysely.selectFrom('crossing_event').select('id').execute()).length,
        )
        .toBe(1);
      expect(await ahead.getAttribute('data-count')).toBe('1');

      // Three hours on (the session has ended meanwhile), the server's clock has reached the first press:
      // the officer signs in again, and the booth sends it.
      passed = 3 * HOUR;
      const later = await logInAs(browser.context, server.url, 'oficial.santarosa', DEMO_PASSWORD, errors);
      await later.goto(`${server.url}/tally?checkpoint=PE-SANTA-ROSA&booth=SR-02`);
      await later.locator('[data-testid="offline-status"][data-waiting="0"]').waitFor();
      expect(await later.getByTestId('offline-ahead').count()).toBe(0);
      const events = await server.t.db.kysely.selectFrom('crossing_event').select(['kind']).execute();
      expect(events.map((e) => e.kind)).toEqual(['tally', 'tally']);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
