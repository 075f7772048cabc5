// A new version of the app, offered while tally mode is open, in Chromium with its service worker: the
// offer sits in the page under the navigation and covers no control, at a desktop's width and a
// phone's, wherever the page is scrolled. Floating at the foot of the window, it covered the exit keys
// at 1280 px and, on a phone, whatever key the officer scrolled to.
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/store/demo';
import { startAppUpdateProxy } from '../support/app-update';
import { logInAs, openBrowser } from '../support/browser';
import { startWebServer } from '../support/web-server';

/**
 * The controls the offer overlaps, or that something else lies over at their middle, at each scroll
 * position from the top of the page to its foot.
 */
function coveredControls(): string[] {
  const prompt = document.querySelector('[data-testid="update-prompt"]');
  if (prompt === null) return ['no offer on the page'];
  const covered = new Set<string>();
  const step = Math.max(100, Math.floor(window.innerHeight / 3));
  for (let y = 0; y <= document.documentElement.scrollHeight; y += step) {
    window.scrollTo(0, y);
    const offer = prompt.getBoundingClientRect();
    for (const control of document.querySelectorAll<HTMLElement>(
      'button, a[href], input, select, textarea',
    )) {
      if (prompt.contains(control)) continue;
      const box = control.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const name = (control.textContent ?? control.id).trim().replace(/\s+/g, ' ');
      const overlaps =
        box.left < offer.right && box.right > offer.left && box.top < offer.bottom && box.bottom > offer.top;
      if (overlaps) covered.add(name);
      const x = box.left + box.width / 2;
      const middle = box.top + box.height / 2;
      if (middle < 0 || middle >= window.innerHeight || x < 0 || x >= window.innerWidth) continue;
      const top = document.elementFromPoint(x, middle);
      if (top !== null && !control.contains(top) && !top.contains(control)) covered.add(name);
    }
  }
  window.scrollTo(0, 0);
  return [...covered];
}

describe('a new version offered in tally mode, in Chromium', { timeout: 180_000 }, () => {
  it.each([
    [1280, 720],
    [390, 844],
  ])('covers no control at %i px wide, wherever the page is scrolled', async (width, height) => {
    const server = await startWebServer();
    const proxy = await startAppUpdateProxy(server.url);
    const browser = await openBrowser();
    const errors: string[] = [];
    try {
      const page = await logInAs(browser.context, proxy.url, 'oficial.santarosa', DEMO_PASSWORD, errors);
      await page.setViewportSize({ width, height });
      await page.goto(`${proxy.url}/tally?checkpoint=PE-SANTA-ROSA&booth=SR-02`);
      await page.evaluate(() => navigator.serviceWorker.ready);

      // A new version is published; the browser finds it and installs it beside the one running, and
      // the page, opened again, offers it. A second tab of the app stays open meanwhile, as at a booth:
      // a reload of the only one may let the new version take over at once, with nothing to offer.
      const other = await browser.context.newPage();
      await other.goto(`${proxy.url}/`);
      proxy.publish();
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      await page.waitForFunction(
        async () => (await navigator.serviceWorker.getRegistration())?.waiting != null,
      );
      await page.reload();
      await page.getByTestId('update-prompt').waitFor();
      await page.getByTestId('tally-pad').locator('button.tally-button:enabled').first().waitFor();
      expect(await page.getByTestId('update-prompt').textContent()).toContain(
        'Hay una nueva versión de Paso.',
      );
      expect(await page.evaluate(coveredControls)).toEqual([]);
      expect(errors.filter((e) => !e.startsWith('Failed to load resource: net::'))).toEqual([]);
    } finally {
      await browser.close();
      await proxy.close();
      await server.close();
    }
  });
});
