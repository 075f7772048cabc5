// Screenshots of the web app for docs/screenshots: the login page, each demo role's home page and
// the admin pages, at a booth laptop's 1366×768, in Spanish. Needs a running demo server:
//   npm start   (then, in another shell)   npx tsx scripts/screenshots.ts [http://127.0.0.1:8080]
// Prints every console error and failed request the pages produce, so a screenshot run doubles as a
// smoke test.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/store/demo';
import { CHROMIUM, CHROMIUM_FLAGS } from '../test/support/browser';

const BASE_URL = process.argv[2] ?? process.env.PASO_URL ?? 'http://127.0.0.1:8080';
const OUT_DIR = join(import.meta.dirname, '..', 'docs', 'screenshots');

const problems: string[] = [];

function watch(page: Page, label: string): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${label}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${label}: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) {
      problems.push(`${label}: ${response.status()} ${response.url()}`);
    }
  });
}

/** Waits until no section is still loading, then a moment for fonts and layout to settle. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelector('.loading') === null);
}

async function shoot(page: Page, name: string): Promise<void> {
  await settle(page);
  const path = join(OUT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  console.log(`wrote ${path}`);
}

async function logIn(page: Page, username: string): Promise<void> {
  await page.goto(`${BASE_URL}/login`);
  await page.getByTestId('login-page').waitFor();
  await page.getByLabel('Usuario').fill(username);
  await page.getByLabel('Contraseña').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Ingresar' }).click();
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'paso-screenshots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1366, height: 768 },
    locale: 'es-PE',
    timezoneId: 'America/Lima',
  });
  try {
    const page = await context.newPage();
    watch(page, 'login');
    await page.goto(BASE_URL);
    await page.getByTestId('login-page').waitFor();
    await shoot(page, 'login');
    await page.close();

    for (const user of DEMO_USERS) {
      const rolePage = await context.newPage();
      watch(rolePage, user.role);
      await logIn(rolePage, user.username);
      await rolePage.getByTestId(`home-${user.role}`).waitFor();
      await shoot(rolePage, `home-${user.role}`);
      if (user.role === 'admin') {
        await rolePage.getByRole('link', { name: 'Usuarios', exact: true }).click();
        await rolePage.getByTestId('admin-users').waitFor();
        await shoot(rolePage, 'admin-users');
        await rolePage.getByRole('link', { name: 'Auditoría', exact: true }).click();
        await rolePage.getByTestId('admin-audit').waitFor();
        await shoot(rolePage, 'admin-audit');
      }
      await rolePage.getByTestId('logout').click();
      await rolePage.getByTestId('login-page').waitFor();
      await rolePage.close();
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s) seen in the pages:`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exitCode = 1;
  }
}

await main();
