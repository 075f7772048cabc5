// Every page each role can reach from the menu, on a 390 px wide phone and a 768 px wide tablet: none
// scrolls sideways. A wide table scrolls inside its own frame, and what is hidden for screen readers
// inside it does not widen the page (the queues, convoys, supplies, users and screening review pages
// all did at 390 px; the tally's last button let its key out at 768 px). On a phone and a tablet the
// menu folds behind a button, so that each page begins on the first screen.
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS } from '../../src/store/demo';
import { logInAs } from '../support/browser';
import { demoPages, followRequests } from '../support/demo-pages';

const WIDTHS = [390, 768];

describe('each page on a phone and a tablet', { timeout: 300_000 }, () => {
  const suite = demoPages();
  // A page is checked once, for the first role whose menu reaches it: the layout is the page's, and
  // visiting it again for every role took a minute and a half of the suite's half hour.
  const checked = new Set<string>();

  it.each(DEMO_USERS.map((u) => [u.role, u.username]))(
    'fits every page the %s (%s) is the first to reach without scrolling sideways',
    async (_role, username) => {
      const errors: string[] = [];
      const page = await logInAs(suite.browser.context, suite.server.url, username, DEMO_PASSWORD, errors);
      const requests = followRequests(page);
      const paths = await page
        .locator('nav a[href^="/"]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '/'));
      expect(paths.length).toBeGreaterThan(2);
      const unchecked = [...new Set(paths)].filter((p) => !checked.has(p));
      for (const p of unchecked) checked.add(p);
      const wide: string[] = [];
      for (const [width, path] of WIDTHS.flatMap((w) => unchecked.map((p) => [w, p] as const))) {
        await page.setViewportSize({ width, height: 844 });
        await page.goto(new URL(path, suite.server.url).href);
        await requests.drawn();
        const drawn = await page.evaluate(() => document.documentElement.scrollWidth);
        if (drawn > width) wide.push(`${path} at ${width} px: ${drawn} px wide`);
      }
      expect(wide).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('folds the menu behind a button on a phone, opens it, and folds it again once a page is chosen', async () => {
    const page = await logInAs(suite.browser.context, suite.server.url, 'supervisor', DEMO_PASSWORD, []);
    const nav = page.getByRole('navigation', { name: 'Navegación principal' });
    const menu = nav.getByRole('button', { name: 'Menú' });
    const queues = nav.getByRole('link', { name: 'Colas y espera' });
    // Wide: every link in sight, no button.
    expect(await menu.isVisible()).toBe(false);
    expect(await queues.isVisible()).toBe(true);

    await page.setViewportSize({ width: WIDTHS[0] ?? 390, height: 844 });
    await page.goto(new URL('/dashboard', suite.server.url).href);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    // The page begins on the first screen: the heading is not pushed below it by the links.
    expect(await queues.isVisible()).toBe(false);
    expect((await heading.boundingBox())?.y ?? 1e9).toBeLessThan(844 / 2);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');

    await menu.click();
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('true');
    await queues.click();
    await page.waitForURL((url) => url.pathname === '/queues');
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => queues.isVisible()).toBe(false);

    // From the keyboard: Escape folds it and gives focus back to the button.
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('☰ Menú');
    // Tabbing on past its last link folds it too: the page below is not left covered.
    await page.keyboard.press('Enter');
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('true');
    const links = await nav.getByRole('link').count();
    for (let i = 0; i <= links; i++) await page.keyboard.press('Tab');
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.querySelector('nav')?.contains(document.activeElement))).toBe(
      false,
    );

    // On a tablet too: the supervisor's links took five rows, 257 px, at 768 px. Folded, the menu is
    // one row; open, its links stand in columns, a few rows high rather than one long list.
    await page.setViewportSize({ width: WIDTHS[1] ?? 768, height: 1024 });
    await page.goto(new URL('/dashboard', suite.server.url).href);
    await heading.waitFor();
    expect(await menu.isVisible()).toBe(true);
    expect(await queues.isVisible()).toBe(false);
    expect((await nav.boundingBox())?.height ?? 1e9).toBeLessThan(64);
    await menu.click();
    await expect.poll(() => queues.isVisible()).toBe(true);
    const open = await nav.boundingBox();
    // One long list of the supervisor's links would be some 1,000 px.
    expect(open?.height ?? 1e9).toBeLessThan(450);
    await page.close();
  });
});
