// A humanitarian worker checks a family in at a shelter through the web app in Chromium, and the
// occupancy of family beds goes up by the family's size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_SHELTERS } from '../../src/store/demo';
import { logInAs, openBrowser, shoot } from '../support/browser';
import { makeCarePeople } from '../support/care-people';
import { startWebServer, type WebServer } from '../support/web-server';

const CASA = DEMO_SHELTERS[1]?.id ?? '';

describe('checking a family in at a shelter in Chromium', { timeout: 120_000 }, () => {
  let server: WebServer;
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    server = await startWebServer();
    await makeCarePeople(server.t.db.kysely);
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('checks in the whole family from one member and shows the family beds taken', async () => {
    const errors: string[] = [];
    const page = await logInAs(browser.context, server.url, 'humanitario', DEMO_PASSWORD, errors);
    await page.goto(`${server.url}/care/shelter?shelter=${CASA}`);
    const family = page.getByTestId('figure-occupancy-family');
    await expect.poll(() => family.textContent()).toContain('0 / 40');
    await page.getByLabel('Buscar por nombre').fill('Grupo0');
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    await page.getByRole('button', { name: /Registrar ingreso de Familia0m0/ }).click();
    await expect.poll(() => family.textContent()).toContain('3 / 40');
    await expect.poll(() => page.getByTestId('residents').locator('li').count()).toBe(3);
    await shoot(page, 'shelter');
    expect(errors).toEqual([]);
  });
});
