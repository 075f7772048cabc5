// The tests that visit every page: one web server holding the whole demo, as `npm start` shows it
// (crossings, queues, incidents, convoys, shelters, held cases), one browser, and a wait for a page to
// be drawn before it is read.
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { refreshDemo } from '../../src/store/demo';
import { openBrowser } from './browser';
import { startWebServer, type WebServer } from './web-server';

type Browser = Awaited<ReturnType<typeof openBrowser>>;

/** The server and browser of a suite, started before its tests and closed after them. */
export function demoPages(): { readonly server: WebServer; readonly browser: Browser } {
  let server: WebServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startWebServer();
    await refreshDemo(server.t.db.kysely, new Date());
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the demo pages are not started yet');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
}

/** Follows a page's requests, besides the live stream that stays open, to tell when it has drawn. */
export function followRequests(page: Page): { drawn(): Promise<void> } {
  const pending = new Set<Request>();
  page.on('request', (r) => {
    if (!new URL(r.url()).pathname.startsWith('/api/live')) pending.add(r);
  });
  page.on('requestfinished', (r) => pending.delete(r));
  page.on('requestfailed', (r) => pending.delete(r));
  return {
    // Drawn: the page's heading is there, nothing says it is still loading, and no request is under
    // way after two frames have been drawn (a lazy part, a map or a chart, asks for more on its way).
    drawn: async () => {
      do {
        await expect.poll(() => pending.size, { timeout: 20_000 }).toBe(0);
        await page.waitForFunction(
          () => document.querySelector('main h1') !== null && document.querySelector('.loading') === null,
        );
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
      } while (pending.size > 0);
    },
  };
}
