// Debian's Chromium driven by playwright-core, with the flags this closed network needs and a fresh
// profile each time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.PASO_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `serviceWorkers: 'block'` for a test that decides what the network gives: the app's service worker
 * would otherwise answer from its cache, out of the test's reach (page.route does not see it). */
export async function openBrowser(
  options: { readonly serviceWorkers?: 'allow' | 'block' } = {},
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'paso-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1366, height: 768 },
    locale: 'es-PE',
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Logs in through the login page in a new tab, signed out first; console errors go into `errors`.
// Tabs share one cookie jar, so the tabs already open are closed first: left open, they would go on
// asking in the background as nobody and log 401s, or act as the new user.
export async function logInAs(
  context: BrowserContext,
  url: string,
  username: string,
  password: string,
  errors: string[],
): Promise<Page> {
  await Promise.all(context.pages().map((open) => open.close()));
  await context.clearCookies();
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.getByTestId('login-page').waitFor();
  await page.getByLabel('Usuario').fill(username);
  await page.getByLabel('Contraseña').fill(password);
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await page.getByTestId('logout').waitFor();
  return page;
}

const SCREENSHOTS = process.env.PASO_SCREENSHOTS === '1';
const SCREENSHOT_DIR = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

// With PASO_SCREENSHOTS=1, writes docs/screenshots/<name>.png once the page has loaded its data.
export async function shoot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  await page.waitForFunction(() => document.querySelector('.loading') === null);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
