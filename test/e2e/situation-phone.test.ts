// The situation pages as a commander uses them on a phone and from the keyboard: a checkpoint's
// popup fits the map, the observation form's fields do not sit on each other, the latest figures
// fit a tablet, on the incidents page focus follows what was chosen, put away or saved, and an
// incident reported late is opened from when it began, on its checkpoint's clock.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoSituation } from '../../src/store/demo';
import { zonedInputOf } from '../../src/web/format/zoned-input';
import { browserSuite } from '../support/web-server';

const box = async (page: Page, selector: string) => {
  const found = await page.locator(selector).first().boundingBox();
  if (found === null) throw new Error(`${selector} is not shown`);
  return found;
};
const focused = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    return `${e?.tagName ?? ''}: ${(e?.textContent ?? '').trim().slice(0, 60)}`;
  });

describe('the situation pages on a phone and from the keyboard', { timeout: 120_000 }, () => {
  const suite = browserSuite();
  const errors: string[] = [];
  beforeAll(async () => {
    await seedDemoSituation(suite.server.t.db.kysely, new Date());
  });

  it("fits a checkpoint's popup inside the map on a 390 px phone, clear of the zoom buttons", async () => {
    const page = await suite.logIn('humanitario', errors);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${suite.server.url}/map`);
    await page.locator('path.checkpoint-marker').nth(1).waitFor();
    // Chacalluta: five figures on each side. Before, ten lines each with its time: the popup was
    // taller than the map, its name under the zoom buttons and its last line cut off.
    await page.locator('path.checkpoint-marker').first().click({ force: true });
    const popup = page.locator('.leaflet-popup-content');
    await popup.getByText('Complejo Fronterizo Chacalluta').waitFor();
    expect(await popup.locator('dt').allTextContents()).toEqual(['Para entrar', 'Para salir']);
    expect(await popup.locator('dd').first().textContent()).toMatch(
      /^15 personas · 35 vehículos · 30 camiones · 0\.8 km de cola · 50 min de espera \(.*GMT-3\)$/,
    );
    const inside = async () => {
      const map = await box(page, '[data-testid="situation-map"]');
      const shown = await box(page, '.leaflet-popup-content-wrapper');
      const zoom = await box(page, '.leaflet-control-zoom');
      const fits =
        shown.x >= map.x &&
        shown.y >= map.y &&
        shown.x + shown.width <= map.x + map.width &&
        shown.y + shown.height <= map.y + map.height;
      const clear = shown.y >= zoom.y + zoom.height || shown.x >= zoom.x + zoom.width;
      return fits && clear ? 'inside, clear of the zoom buttons' : JSON.stringify({ map, shown, zoom });
    };
    await expect.poll(inside, { timeout: 10_000 }).toBe('inside, clear of the zoom buttons');
    await page.close();
  });

  it('keeps space between the observation form’s fields where they wrap on a phone', async () => {
    const page = await suite.logIn('supervisor', errors);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${suite.server.url}/queues`);
    await page.getByTestId('queues-page').waitFor();
    // Before, the next label touched the control above it: "Fila" on the checkpoint's list.
    const gap = async (above: string, below: string) =>
      (await box(page, `label[for="${below}"]`)).y -
      ((await box(page, `#${above}`)).y + (await box(page, `#${above}`)).height);
    expect(await gap('observation-checkpoint', 'observation-side')).toBeGreaterThanOrEqual(12);
    expect(await gap('observation-peopleWaiting', 'observation-trucksQueued')).toBeGreaterThanOrEqual(12);
    // On a tablet the latest figures fit their card: no column behind a sideways scroll.
    await page.setViewportSize({ width: 1024, height: 768 });
    const table = page.getByTestId('latest-observations');
    await table.waitFor();
    expect(
      await table.evaluate((t) => t.scrollWidth - (t.parentElement?.clientWidth ?? 0)),
    ).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('moves focus to what was chosen, back to its button when a form is put away, and keeps it on save', async () => {
    const page = await suite.logIn('supervisor', errors);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${suite.server.url}/incidents`);
    await page.getByTestId('incident').first().waitFor();

    // The form to open an incident can be put away unsent; focus goes back to its button.
    const opener = page.getByRole('button', { name: 'Abrir un incidente' });
    await opener.click();
    await page.getByLabel('Título').fill('Una prueba que no se envía');
    await page.getByRole('button', { name: 'Cancelar' }).click();
    await opener.waitFor();
    expect(await focused(page)).toBe('BUTTON: Abrir un incidente');

    // Chosen from the keyboard, the incident's heading takes the focus, and is scrolled into view
    // below the list on a phone (before, focus stayed in the list and nothing seemed to happen).
    await page.locator('.incident-choose').first().focus();
    await page.keyboard.press('Enter');
    const detail = page.getByTestId('incident-detail');
    await detail.getByRole('heading', { name: 'Bloqueo de la Panamericana junto a Chacalluta' }).waitFor();
    await expect.poll(() => focused(page)).toBe('H2: Bloqueo de la Panamericana junto a Chacalluta');

    // A note saved from the keyboard: focus stays on the button (it fell to the page's top).
    await detail.getByLabel('Nota').fill('Se despeja un carril.');
    await detail.getByRole('button', { name: 'Guardar novedad' }).focus();
    await page.keyboard.press('Enter');
    await detail.getByTestId('incident-log').getByText('Se despeja un carril.').waitFor();
    await expect.poll(() => focused(page)).toBe('BUTTON: Guardar novedad');
    expect(await detail.getByLabel('Nota').inputValue()).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens on a phone an incident reported late from when it began, on its checkpoint’s clock', async () => {
    const page = await suite.logIn('supervisor', errors);
    await page.setViewportSize({ width: 390, height: 844 });
    // The supervisor's phone keeps Lima's time, two hours behind Chacalluta's in Chile's summer.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'America/Lima' });
    await page.goto(`${suite.server.url}/incidents`);
    await page.getByTestId('incident').first().waitFor();
    await page.getByRole('button', { name: 'Abrir un incidente' }).click();
    await page.getByLabel('Título').fill('Buses detenidos en la berma');
    await page.getByLabel('Gravedad').selectOption('low');
    await page.getByLabel('Cerca de').selectOption('CL-CHACALLUTA');
    // Radioed in two hours after it began, read off a clock at Chacalluta. Before, the form had no
    // such field: the incident began when it was typed in.
    const local = zonedInputOf(new Date(Date.now() - 2 * 3_600_000), 'America/Santiago');
    const typed = `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`;
    await page.getByLabel('Cuándo empezó (hora local de Complejo Fronterizo Chacalluta)').fill(typed);
    await page.getByRole('button', { name: 'Abrir incidente' }).click();
    const detail = page.getByTestId('incident-detail');
    await detail.getByRole('heading', { name: 'Buses detenidos en la berma' }).waitFor();
    expect(await detail.locator('dd').nth(1).textContent()).toMatch(
      new RegExp(`${local.slice(11, 16)} GMT-[34]$`),
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await page.close();
  });
});
