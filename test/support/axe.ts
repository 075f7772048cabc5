// axe-core (Deque's accessibility engine) run inside a page of the web app, and a wait for the page to
// be drawn first: what axe reads is what is on screen when it runs.
import axe from 'axe-core';
import type { Page, Request } from 'playwright-core';
import { expect } from 'vitest';

/** WCAG 2.0 and 2.1, levels A and AA: the rules Paso keeps. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The rules a page breaks, one line each: rule, how many elements, the first few of them, and the
 * rule's help. axe is put into the page through the DevTools protocol, which the app's strict CSP
 * does not govern (a <script> tag would be refused).
 */
export async function axeViolations(page: Page, tags: readonly string[] = WCAG_AA_TAGS): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async (values) => {
    const engine = (window as unknown as { readonly axe: typeof axe }).axe;
    const options: axe.RunOptions = {
      runOnly: { type: 'tag', values: [...values] },
      resultTypes: ['violations'],
    };
    const results = await engine.run(document, options);
    return results.violations.map((v) => {
      const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' '));
      return `${v.id} ×${v.nodes.length} (${targets.join(' | ')}): ${v.help}`;
    });
  }, tags);
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
