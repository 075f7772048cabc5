// The shelter beds a surge needs, in Chromium: a humanitarian partner reads on the forecast page the
// beds Santa Rosa's shelters need each night against their beds, changes the assumptions until nights
// fall short and sees them called out, is told in words what cannot be taken, and goes back to the
// defaults; a supervisor reads them on a phone; an officer, who does not read the shelters, sees
// none. With PASO_SCREENSHOTS=1 it also writes docs/screenshots/forecast-beds.png.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, login } from '../support/app';
import { shoot } from '../support/browser';
import { browserSuite } from '../support/web-server';

const HOUR = 3_600_000;
// Lima is UTC−05:00 all year: the instant of a local hour some days ago, and the local hour now.
const limaMidnight = (now: number) =>
  Date.parse(`${new Date(now - 5 * HOUR).toISOString().slice(0, 10)}T05:00:00Z`);
const daysAgo = (days: number, hour: number) =>
  new Date(limaMidnight(Date.now()) - days * 24 * HOUR + hour * HOUR + 30 * 60_000).toISOString();
const limaHourNow = () => new Date(Date.now() - 5 * HOUR).getUTCHours();

const tally = (at: string, category: string, count: number) => ({
  kind: 'tally',
  id: crypto.randomUUID(),
  at,
  checkpoint: 'PE-SANTA-ROSA',
  booth: 'SR-02',
  direction: 'entry',
  category,
  count,
});

async function openForecast(page: Page) {
  await page
    .getByRole('navigation', { name: 'Navegación principal' })
    .getByRole('link', { name: 'Pronóstico' })
    .click();
  await page.getByTestId('forecast-page').waitFor();
  await page.getByLabel('Puesto de control').selectOption({ label: 'Complejo Fronterizo Santa Rosa' });
}

describe('the shelter beds a surge needs, in Chromium', { timeout: 120_000 }, () => {
  const suite = browserSuite();
  const errors: string[] = [];

  beforeAll(async () => {
    const { server } = suite;
    const officer = await login(server.app, 'officer');
    // Six days of people entering Santa Rosa from 07:00 to 18:00, 15 adults and 5 children an hour,
    // and today's hours already over.
    const events = [];
    for (let d = 6; d >= 0; d -= 1)
      for (let hour = 7; hour <= 18; hour += 1)
        if (d > 0 || hour < limaHourNow())
          events.push(tally(daysAgo(d, hour), 'woman', 15), tally(daysAgo(d, hour), 'girl', 5));
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/events',
      headers: as(officer),
      payload: { events },
    });
    expect(response.statusCode, response.body).toBe(200);
  });

  it('shows a humanitarian partner the nights short of beds, with the assumptions they change', async () => {
    const page = await suite.logIn('humanitario', errors);
    await openForecast(page);
    const section = page.getByTestId('forecast-beds');
    const outlook = section.getByTestId('forecast-beds-outlook');
    // The three Tacna shelters, 390 beds: a tenth of the adults and 30 % of the children, two nights
    // each, fit in them.
    await section
      .getByTestId('forecast-beds-shelters')
      .getByText(/^Albergues del puesto \(3, a menos de 50 km.*Ahora hay 0 personas alojadas en 390 camas/)
      .waitFor();
    await outlook.getByText('Las camas alcanzan las 3 noches', { exact: false }).waitFor();
    await section
      .getByText(/De quienes llegaron en los últimos 7 días, el 25 % eran menores de 18 años/)
      .waitFor();
    const rows = section.getByTestId('forecast-beds-table').locator('tbody tr');
    expect(await rows.count()).toBe(3);

    // Everyone stays, ten nights on average: 240 a day soon need more than 390 beds.
    await section.getByLabel('Adultos que se quedan a dormir (%)').fill('100');
    await section.getByLabel('Menores que se quedan a dormir (%)').fill('100');
    await section.getByLabel('Noches que se quedan, en promedio').fill('10');
    await section.getByRole('button', { name: 'Recalcular' }).click();
    await outlook.getByText(/^Faltan camas (una noche|\d noches): .+, faltan? \d+ camas?/).waitFor();
    await section.getByText(/se queda a dormir el 100 % de las personas adultas/).waitFor();
    const short = section.getByTestId('forecast-beds-table').locator('tbody tr.forecast-short');
    expect(await short.count()).toBeGreaterThan(0);
    // Beds needed, then the beds missing: what is needed beyond the shelters' 390.
    const cells = (await short.last().locator('td').allTextContents()).map((c) =>
      c.trim().replace(/\D/g, ''),
    );
    expect(Number(cells[2])).toBe(Number(cells[1]) - 390);
    await section.scrollIntoViewIfNeeded();
    await shoot(page, 'forecast-beds');

    // A share over 100 % is said beside its field, and nothing is asked.
    await section.getByLabel('Adultos que se quedan a dormir (%)').fill('150');
    await section.getByRole('button', { name: 'Recalcular' }).click();
    await section.getByText('Escriba un porcentaje entre 0 y 100.').waitFor();
    await outlook.getByText(/^Faltan camas/).waitFor();

    // Back to the defaults; more nights ahead, more rows; in English, the same figures.
    await section.getByRole('button', { name: 'Volver a los supuestos por defecto' }).click();
    await outlook.getByText('Las camas alcanzan las 3 noches', { exact: false }).waitFor();
    await section.getByRole('combobox', { name: /^Noches/ }).selectOption({ label: 'Las próximas 5 noches' });
    await expect.poll(() => rows.count()).toBe(5);
    await page.getByRole('button', { name: 'English' }).click();
    await outlook.getByText('The beds suffice all 5 nights', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Español' }).click();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a supervisor the beds on a phone, the beds missing without a sideways scroll', async () => {
    const page = await suite.logIn('supervisor', errors);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${suite.server.url}/forecast`);
    await page.getByLabel('Puesto de control').selectOption({ label: 'Complejo Fronterizo Santa Rosa' });
    const section = page.getByTestId('forecast-beds');
    await section.getByTestId('forecast-beds-outlook').waitFor();
    const heading = section
      .getByTestId('forecast-beds-table')
      .getByRole('columnheader', { name: 'Faltan', exact: true });
    const shown = async () => {
      const wrap = await section.getByTestId('forecast-beds-table').locator('..').boundingBox();
      const box = await heading.boundingBox();
      return wrap !== null && box !== null && box.x + box.width <= wrap.x + wrap.width;
    };
    await expect.poll(shown).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows an officer, who does not read the shelters, the forecast without the beds', async () => {
    const page = await suite.logIn('oficial.santarosa', errors);
    await page.goto(`${suite.server.url}/forecast`);
    await page.getByTestId('forecast-total').or(page.getByTestId('forecast-none')).first().waitFor();
    expect(await page.getByTestId('forecast-beds').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
