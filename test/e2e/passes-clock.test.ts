// The pass verifier on a device whose clock runs three hours ahead, in Chromium: when the keys were
// downloaded is said on the server's clock (the officer judges by it whether they are fresh), and the
// device's clock being off is said, since a pass's validity is judged by it.
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/store/demo';
import { formatDateTime } from '../../src/web/format/format';
import { logInAs, openBrowser } from '../support/browser';
import { startWebServer } from '../support/web-server';

const HOUR = 3_600_000;

describe('the pass verifier on a device whose clock is off, in Chromium', { timeout: 120_000 }, () => {
  it("says when its keys were downloaded on the server's clock, and how far off the device's is", async () => {
    const server = await startWebServer();
    const browser = await openBrowser({ serviceWorkers: 'block' });
    const errors: string[] = [];
    try {
      const device = Date.now() + 3 * HOUR;
      await browser.context.clock.setSystemTime(new Date(device));
      const page = await logInAs(browser.context, server.url, 'oficial.santarosa', DEMO_PASSWORD, errors);
      await page.goto(`${server.url}/passes/verify`);
      const status = page.locator('[data-testid="keyset-status"][data-source="fresh"]');
      await status.waitFor();
      expect(await status.getAttribute('data-clock')).toBe('server');
      const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('paso.passes.keyset') ?? '{}'));
      // Kept on the server's clock: hours before what the device's clock read.
      expect(Date.parse(kept.fetchedAt)).toBeLessThan(device - 2 * HOUR);
      const time = formatDateTime(kept.fetchedAt, 'es-419', 'America/Lima', 'minute');
      expect(await status.textContent()).toContain(`Claves actualizadas el ${time}, hora del servidor`);
      expect(await page.getByTestId('pass-clock').textContent()).toContain(
        'El reloj de este equipo va 3 h adelantado respecto del servidor.',
      );
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
