// Every page each role reaches, in Spanish on a 1280 px screen and a 390 px phone, breaks no rule of
// WCAG 2.1 A and AA that axe-core checks; and a screen reader finds its way on the login and home
// pages: landmarks, one h1 and headings in order, labelled fields, the language in <html lang>, and
// focus on the content after each change of page. One browser, the pages one after another.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS } from '../../src/store/demo';
import { axeViolations } from '../support/axe';
import { logInAs } from '../support/browser';
import { demoPages, followRequests } from '../support/demo-pages';

const WIDTHS = [1280, 390];

describe('accessibility of every page (axe-core, WCAG 2.1 A and AA)', { timeout: 300_000 }, () => {
  const suite = demoPages();

  /** Opens `path` at `width` and waits until it has drawn. */
  async function open(page: Page, path: string, width: number): Promise<void> {
    const requests = followRequests(page);
    await page.setViewportSize({ width, height: 844 });
    await page.goto(new URL(path, suite.server.url).href);
    await requests.drawn();
  }

  /** Opens `path` at `width` and says what axe finds there. */
  async function audit(page: Page, path: string, width: number): Promise<string[]> {
    await open(page, path, width);
    return (await axeViolations(page)).map((v) => `${path} at ${width} px: ${v}`);
  }

  it('finds nothing on the login page, as it opens, with its fields left empty and with a wrong password', async () => {
    await suite.browser.context.clearCookies();
    const page = await suite.browser.context.newPage();
    const found: string[] = [];
    for (const width of WIDTHS) {
      found.push(...(await audit(page, '/login', width)));
      await page.getByRole('button', { name: 'Ingresar' }).click();
      await page.getByText('Complete este dato').first().waitFor();
      found.push(...(await axeViolations(page)).map((v) => `/login, empty, at ${width} px: ${v}`));
      await page.getByLabel('Usuario').fill('supervisor');
      await page.getByLabel('Contraseña').fill('no-es-la-clave');
      await page.getByRole('button', { name: 'Ingresar' }).click();
      await page.getByRole('alert').first().waitFor();
      found.push(...(await axeViolations(page)).map((v) => `/login, refused, at ${width} px: ${v}`));
    }
    expect(found).toEqual([]);
    await page.close();
  });

  // A page is checked once, for the first role whose menu reaches it (as the narrow-screens test
  // does); each role's home page is its own, and so is its menu, opened on a phone.
  const checked = new Set<string>();

  it.each(DEMO_USERS.map((u) => [u.role, u.username]))(
    'finds nothing on the pages the %s (%s) is the first to reach, at 1280 and 390 px',
    async (role, username) => {
      const page = await logInAs(suite.browser.context, suite.server.url, username, DEMO_PASSWORD, []);
      const links = await page
        .locator('nav a[href^="/"]')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? '/'));
      const paths = [...new Set(links)].filter((p) => !checked.has(p === '/' ? `/ as ${role}` : p));
      for (const p of paths) checked.add(p === '/' ? `/ as ${role}` : p);
      // A convoy's page is reached from the transit page, not from the menu.
      if (paths.includes('/transit')) {
        await page.goto(new URL('/transit', suite.server.url).href);
        const convoy = await page.locator('a[href^="/transit/convoy?id="]').first().getAttribute('href');
        expect(convoy).toMatch(/^\/transit\/convoy\?id=/);
        paths.push(convoy ?? '');
      }
      const found: string[] = [];
      for (const width of WIDTHS) {
        for (const path of paths) found.push(...(await audit(page, path, width)));
      }
      // The menu folded behind its button on a phone, opened.
      await open(page, '/', 390);
      await page.getByRole('button', { name: 'Menú' }).click();
      await page.getByRole('link', { name: 'Inicio' }).waitFor();
      found.push(...(await axeViolations(page)).map((v) => `menu opened at 390 px: ${v}`));
      expect(found).toEqual([]);
      await page.close();
    },
  );

  it('finds nothing on a page that does not exist or that the role may not open', async () => {
    const page = await logInAs(suite.browser.context, suite.server.url, 'analista', DEMO_PASSWORD, []);
    const found: string[] = [];
    for (const width of WIDTHS) {
      found.push(...(await audit(page, '/no-existe', width)));
      await page.getByTestId('not-found').waitFor();
      found.push(...(await audit(page, '/admin/users', width)));
      await page.getByTestId('forbidden').waitFor();
    }
    expect(found).toEqual([]);
    await page.close();
  });

  it("finds nothing on the map with a popup open, and names the popup's close button in Spanish", async () => {
    const page = await logInAs(suite.browser.context, suite.server.url, 'supervisor', DEMO_PASSWORD, []);
    await open(page, '/map', 1280);
    await page.locator('path.checkpoint-marker').first().click({ force: true });
    const popup = page.locator('.leaflet-popup');
    await popup.getByText('Complejo Fronterizo Chacalluta').waitFor();
    // Leaflet names it "Close popup" whatever the page's language.
    expect(await popup.getByRole('button').getAttribute('aria-label')).toBe('Cerrar');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  /** The levels of the headings in the main content, in order. */
  const headingLevels = (page: Page): Promise<number[]> =>
    page
      .locator('main')
      .evaluate((main) =>
        [...main.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])),
      );

  /** Whether one h1 opens the content and no heading goes more than one level deeper than the last. */
  const inOrder = (levels: readonly number[]): boolean =>
    levels[0] === 1 &&
    levels.filter((l) => l === 1).length === 1 &&
    levels.every((l, i) => i === 0 || l <= (levels[i - 1] ?? 0) + 1);

  const focused = (page: Page): Promise<string> =>
    page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim() || '');

  it('leads a screen reader through the login and home pages', async () => {
    await suite.browser.context.clearCookies();
    const page = await suite.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 844 });
    await page.goto(new URL('/login', suite.server.url).href);
    await page.getByTestId('login-page').waitFor();
    // The page says its language and its name; the first Tab reaches the skip link, which leads to
    // the content.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.title()).toBe('Iniciar sesión · Paso');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Saltar al contenido principal');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('main');
    // One banner, one main, one footer; the language choice is a named group; headings in order.
    for (const landmark of ['banner', 'main', 'contentinfo'] as const)
      expect(await page.getByRole(landmark).count()).toBe(1);
    expect(await page.getByRole('group', { name: 'Idioma' }).count()).toBe(1);
    expect(inOrder(await headingLevels(page))).toBe(true);
    // Each field is named by its label; left empty, it says so and focus goes to the first one.
    await page.getByRole('button', { name: 'Ingresar' }).click();
    const username = page.getByRole('textbox', { name: 'Usuario' });
    await expect.poll(() => focused(page)).toBe('login-username');
    expect(await username.getAttribute('aria-invalid')).toBe('true');
    expect(await username.evaluate((e) => e.getAttribute('aria-describedby'))).toBe('login-username-error');
    expect(await page.locator('#login-username-error').textContent()).toBe('Complete este dato.');
    // In English, <html lang> and the page's words follow; back in Spanish, they follow again.
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Log in');
    expect(await page.getByRole('textbox', { name: 'Username' }).count()).toBe(1);
    expect(await page.title()).toBe('Log in · Paso');
    await page.getByRole('button', { name: 'Español' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');

    // Signed in: focus starts on the home page's content, which the tab names; the menu is a named
    // navigation that marks the page it is on.
    await username.fill('supervisor');
    await page.getByRole('textbox', { name: 'Contraseña' }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.getByTestId('home-supervisor').waitFor();
    await expect.poll(() => focused(page)).toBe('main');
    expect(await page.title()).toBe('Supervisión del operativo · Paso');
    const nav = page.getByRole('navigation', { name: 'Navegación principal' });
    expect(await nav.getByRole('link', { name: 'Inicio' }).getAttribute('aria-current')).toBe('page');
    for (const landmark of ['banner', 'main', 'contentinfo'] as const)
      expect(await page.getByRole(landmark).count()).toBe(1);
    await page.waitForFunction(() => document.querySelector('.loading') === null);
    expect(inOrder(await headingLevels(page))).toBe(true);
    // Another page from the menu: focus on its content again, the tab and the menu say where.
    await nav.getByRole('link', { name: 'Mapa' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mapa de la situación' }).waitFor();
    await expect.poll(() => focused(page)).toBe('main');
    expect(await page.title()).toBe('Mapa de la situación · Paso');
    expect(await nav.getByRole('link', { name: 'Mapa' }).getAttribute('aria-current')).toBe('page');
    await page.goBack();
    await page.getByTestId('home-supervisor').waitFor();
    await expect.poll(() => focused(page)).toBe('main');
    // The language changes the home page too, and its tab.
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.title()).toBe('Operation overview · Paso');
    await page.getByRole('button', { name: 'Español' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');
    await page.close();
  });
});
