// axe-core (Deque's accessibility engine) run inside a page of the web app: what it reads is what is
// on screen when it runs (test/support/demo-pages.ts waits for a page to be drawn).
import axe from 'axe-core';
import type { Page } from 'playwright-core';

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
