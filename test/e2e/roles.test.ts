// A person at each role logs in through the real web app in Chromium, lands on their home page,
// sees that the data is demo data, and logs out — with the strict CSP in force and no errors.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/access';
import { DEMO_PASSWORD, DEMO_USERS } from '../../src/store/demo';
import { browserSuite } from '../support/web-server';

describe('logging in as each demo role in Chromium', { timeout: 120_000 }, () => {
  const suite = browserSuite();

  async function newPage(): Promise<{ page: Page; errors: string[] }> {
    // Each case starts signed out.
    await suite.browser.context.clearCookies();
    const page = await suite.browser.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    return { page, errors };
  }

  it.each(DEMO_USERS.map((u) => [u.role, u.username] as [Role, string]))(
    'logs in as %s (%s), sees the home page and the demo marker, and logs out',
    async (role, username) => {
      const { page, errors } = await newPage();
      await page.goto(suite.server.url);
      await page.getByTestId('login-page').waitFor();
      await page.getByLabel('Usuario').fill(username);
      await page.getByLabel('Contraseña').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Ingresar' }).click();
      await page.getByTestId(`home-${role}`).waitFor();
      expect(await page.getByTestId('demo-banner').isVisible()).toBe(true);
      await page.getByTestId('logout').click();
      await page.getByTestId('login-page').waitFor();
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('logs out while the home page is still loading, and nothing it loads comes back refused', async () => {
    const { page, errors } = await newPage();
    // The summary figures reach the server only once it has ended the session, as on a slow network;
    // the answer to the logout reaches the page only after that.
    let sessionEnded: () => void = () => undefined;
    const ended = new Promise<void>((resolve) => {
      sessionEnded = resolve;
    });
    await page.route('**/api/situation/summary**', async (route) => {
      await ended;
      await route.continue().catch(() => undefined); // aborted by the page: nothing to send
    });
    await page.route('**/api/auth/logout', async (route) => {
      const response = await route.fetch();
      sessionEnded();
      await page.waitForTimeout(500);
      await route.fulfill({ response });
    });
    await page.goto(suite.server.url);
    await page.getByLabel('Usuario').fill('supervisor');
    await page.getByLabel('Contraseña').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.getByTestId('home-supervisor').waitFor();
    await page.getByTestId('logout').click();
    await page.getByTestId('login-page').waitFor();
    await page.waitForResponse('**/api/auth/logout');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('logs in with the keyboard alone', async () => {
    const { page } = await newPage();
    await page.goto(suite.server.url);
    await page.getByTestId('login-page').waitFor();
    await page.getByLabel('Usuario').focus();
    await page.keyboard.type('analista');
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByTestId('home-analyst').waitFor();
    await page.close();
  });

  it('says clearly when the password is wrong', async () => {
    const { page } = await newPage();
    await page.goto(suite.server.url);
    await page.getByLabel('Usuario').fill('supervisor');
    await page.getByLabel('Contraseña').fill('no-es-la-clave');
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.getByRole('alert').first().waitFor();
    expect(await page.getByRole('alert').first().textContent()).toMatch(/usuario o contraseña/i);
    // The refused password is cleared for the next try, not marked as one left blank.
    expect(await page.getByLabel('Contraseña').inputValue()).toBe('');
    expect(await page.getByText('Complete este dato').count()).toBe(0);
    await page.close();
  });
});
