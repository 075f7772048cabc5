// The pass verifier on a device whose clock runs three hours ahead, in Chromium: when the keys were
// downloaded is said on the server's clock (the officer judges by it whether they are fresh), the
// device's clock being off is said, and a pass is judged on the server's clock as the device last
// learnt it, not on the device's (which would call a pass valid for another hour expired). And at
// Chacalluta, in Chile, the verifier's times are on Chacalluta's clock (America/Santiago), named.
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/store/demo';
import { issuePass } from '../../src/store/passes';
import { formatDateTime } from '../../src/web/format/format';
import { logInAs, openBrowser } from '../support/browser';
import { startWebServer, type WebServer } from '../support/web-server';

const HOUR = 3_600_000;

/** A pass valid from an hour ago to an hour from now, on the server's clock; its text and its end. */
async function passForAnHour(server: WebServer): Promise<{ text: string; until: string }> {
  const now = Date.now();
  const issued = await issuePass(
    server.t.db.kysely,
    {
      id: 'b0000000-0000-4000-8000-0000000000c1',
      name: 'Luis Alberto Rodríguez',
      birthDate: '1988-07-02',
      document: { kind: 'VE-CI', number: '15827364' },
      convoy: { id: 'CV-07', name: 'Convoy 7' },
      corridor: { id: 'TAC-TUM', name: 'Tacna – Tumbes' },
      validFrom: new Date(now - HOUR).toISOString(),
      validUntil: new Date(now + HOUR).toISOString(),
    },
    { now: new Date(now), userId: null },
  );
  if (!issued.ok) throw new Error(issued.error.detail);
  return { text: issued.value.text, until: issued.value.pass.validUntil };
}

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

  it("finds a pass valid on the server's clock though the device's, three hours ahead, is past its end", async () => {
    const server = await startWebServer();
    const browser = await openBrowser({ serviceWorkers: 'block' });
    const errors: string[] = [];
    try {
      const pass = await passForAnHour(server);
      await browser.context.clock.setSystemTime(new Date(Date.now() + 3 * HOUR));
      const page = await logInAs(browser.context, server.url, 'oficial.santarosa', DEMO_PASSWORD, errors);
      await page.goto(`${server.url}/passes/verify`);
      await page.locator('[data-testid="keyset-status"][data-source="fresh"]').waitFor();
      await page.getByLabel('Texto del pase').fill(pass.text);
      await page.getByLabel('Texto del pase').press('Enter');
      const verdict = page.getByTestId('pass-verdict');
      await verdict.waitFor();
      expect(await verdict.getAttribute('data-valid')).toBe('true');
      const judged = page.getByTestId('pass-judged');
      expect(await judged.getAttribute('data-clock')).toBe('server');
      expect(await judged.textContent()).toContain('Vigencia comprobada con la hora del servidor');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it("writes a pass's times at Chacalluta on Chile's clock, and names it", async () => {
    const server = await startWebServer();
    const browser = await openBrowser({ serviceWorkers: 'block' });
    const errors: string[] = [];
    try {
      const pass = await passForAnHour(server);
      const page = await logInAs(browser.context, server.url, 'oficial.chacalluta', DEMO_PASSWORD, errors);
      await page.goto(`${server.url}/passes/verify`);
      await page.locator('[data-testid="keyset-status"][data-source="fresh"]').waitFor();
      const zone = page.locator('[data-testid="pass-zone"][data-zone="America/Santiago"]');
      await zone.waitFor();
      expect(await zone.textContent()).toMatch(
        /^Horas de Complejo Fronterizo Chacalluta: Santiago \(Chile, UTC−4; UTC−3 en verano\)\.$/,
      );
      await page.getByLabel('Texto del pase').fill(pass.text);
      await page.getByLabel('Texto del pase').press('Enter');
      const verdict = page.locator('[data-testid="pass-verdict"][data-valid="true"]');
      await verdict.waitFor();
      const until = formatDateTime(pass.until, 'es-419', 'America/Santiago', 'minute');
      expect(until).not.toBe(formatDateTime(pass.until, 'es-419', 'America/Lima', 'minute'));
      expect(await verdict.textContent()).toContain(until);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
