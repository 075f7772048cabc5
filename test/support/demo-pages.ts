// The tests that visit every page: one web server holding the whole demo, as `npm start` shows it
// (crossings, queues, incidents, convoys, shelters, held cases), one browser, and a wait for a page to
// be drawn before it is read.
import type { Page, Request } from 'playwright-core';
import { beforeAll, expect } from 'vitest';
import { refreshDemo } from '../../src/store/demo';
import { browserSuite } from './web-server';

/** A browser suite (browserSuite) whose server holds the whole demo before the first test. */
export function demoPages(): ReturnType<typeof browserSuite> {
  const suite = browserSuite();
  // After the suite's own beforeAll, which starts the server: hooks run in the order they are set.
  beforeAll(async () => {
    await refreshDemo(suite.server.t.db.kysely, new Date());
  });
  return suite;
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
