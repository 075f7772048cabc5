// The arrivals forecast in Chromium: an analyst opens it from the navigation, reads the arrivals
// expected at Santa Rosa hour by hour with their interval and the booths they need, and changes what
// is asked. With PASO_SCREENSHOTS=1 it also writes docs/screenshots/forecast.png.
import { beforeAll, describe, expect, it } from 'vitest';
import { as, login } from '../support/app';
import { shoot } from '../support/browser';
import { observeLine } from '../support/observations';
import { browserSuite } from '../support/web-server';

const HOUR = 3_600_000;
// Lima is UTC−05:00 all year: the instant of a local hour some days ago, and the local hour now.
const limaMidnight = (now: number) =>
  Date.parse(`${new Date(now - 5 * HOUR).toISOString().slice(0, 10)}T05:00:00Z`);
const daysAgo = (days: number, hour: number) =>
  new Date(limaMidnight(Date.now()) - days * 24 * HOUR + hour * HOUR + 30 * 60_000).toISOString();
const limaHourNow = () => new Date(Date.now() - 5 * HOUR).getUTCHours();

const tally = (at: string, count: number) => ({
  kind: 'tally',
  id: crypto.randomUUID(),
  at,
  checkpoint: 'PE-SANTA-ROSA',
  booth: 'SR-02',
  direction: 'entry',
  category: 'unknown',
  count,
});

describe('the arrivals forecast in Chromium', { timeout: 120_000 }, () => {
  const suite = browserSuite();
  const errors: string[] = [];

  beforeAll(async () => {
    const { server } = suite;
    const officer = await login(server.app, 'officer');
    // Five days of people entering Santa Rosa from 07:00 to 18:00, more each day (a surge), and today's
    // hours already over.
    const events = [];
    for (let d = 5; d >= 0; d -= 1)
      for (let hour = 7; hour <= 18; hour += 1)
        if (d > 0 || hour < limaHourNow()) events.push(tally(daysAgo(d, hour), 10 + (5 - d) * 4));
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/events',
      headers: as(officer),
      payload: { events },
    });
    expect(response.statusCode, response.body).toBe(200);
  });

  it('shows an analyst the arrivals expected hour by hour and the booths they need', async () => {
    const page = await suite.logIn('analista', errors);
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Pronóstico' })
      .click();
    await page.getByTestId('forecast-page').waitFor();
    await page.getByLabel('Puesto de control').selectOption({ label: 'Complejo Fronterizo Santa Rosa' });
    const total = page.getByTestId('forecast-total');
    await total
      .getByText(/^Próximas 24 horas: se esperan [\d.]+ llegadas \(entre [\d.]+ y [\d.]+, 80 veces/)
      .waitFor();
    await page.getByText(/Calculado sobre 5 días completos de llegadas/).waitFor();
    // Five days are enough to measure how the days vary: no warning that the interval is assumed.
    expect(await page.getByTestId('forecast-few-days').count()).toBe(0);
    await page.locator('[data-testid="forecast-chart"] svg').waitFor();

    const rows = page.getByTestId('forecast-table').locator('tbody tr');
    expect(await rows.count()).toBe(24);
    // The first row is the hour in progress at the checkpoint.
    const firstHour = (await rows.first().locator('td').first().textContent()) ?? '';
    expect(firstHour.trim().slice(-2)).toBe(String(limaHourNow()).padStart(2, '0'));
    // A busy morning hour expects people, gives an interval around them and needs booths.
    const busy = rows.filter({ has: page.locator('td:first-child', { hasText: /(^|\s)10$/ }) }).first();
    // Hour, arrivals, booths needed, interval, booths if more come.
    const cells = (await busy.locator('td').allTextContents()).map((c) => c.trim());
    expect(Number(cells[1])).toBeGreaterThan(10);
    expect(Number(cells[2])).toBeGreaterThanOrEqual(1);
    expect(cells[3]).toMatch(/^\d+ a \d+$/);
    expect(Number(cells[4])).toBeGreaterThanOrEqual(Number(cells[2]));

    // A faster booth needs fewer booths; a longer horizon, more hours.
    const boothsAt = async () => Number((await busy.locator('td').nth(2).textContent())?.trim());
    const before = await boothsAt();
    await page.getByLabel('Tiempo de atención por persona').selectOption({ label: '15 minutos' });
    await expect.poll(boothsAt).toBeGreaterThan(before);
    await page.getByLabel('Horizonte').selectOption({ label: 'Las próximas 48 horas' });
    await expect.poll(() => rows.count()).toBe(48);
    await page.getByLabel('Horizonte').selectOption({ label: 'Las próximas 24 horas' });
    await page.getByLabel('Tiempo de atención por persona').selectOption({ label: '4 minutos' });
    await expect.poll(() => rows.count()).toBe(24);
    await shoot(page, 'forecast');
    // On a tablet (768 px) the table fits its card in either language: no column behind a scroll.
    await page.setViewportSize({ width: 768, height: 1024 });
    const overflow = () =>
      page
        .getByTestId('forecast-table')
        .evaluate((table) => table.scrollWidth - (table.parentElement?.clientWidth ?? 0));
    for (const [language, heading] of [
      ['English', 'Booths if more come'],
      ['Español', 'Casetas si llegan más'],
    ] as const) {
      await page.getByRole('button', { name: language }).click();
      await page.getByTestId('forecast-table').getByText(heading).waitFor();
      expect(await overflow()).toBeLessThanOrEqual(0);
    }
    // On a phone the table scrolls sideways, but the booths needed show beside the arrivals, without
    // a scroll (they were the fourth column of five, out of sight).
    await page.setViewportSize({ width: 390, height: 844 });
    const boothsHeading = page
      .getByTestId('forecast-table')
      .getByRole('columnheader', { name: 'Casetas necesarias' });
    const shown = async () => {
      const wrap = await page.getByTestId('forecast-table').locator('..').boundingBox();
      const heading = await boothsHeading.boundingBox();
      return wrap !== null && heading !== null && heading.x + heading.width <= wrap.x + wrap.width;
    };
    await expect.poll(shown).toBe(true);
    await page.setViewportSize({ width: 1366, height: 768 });

    // Nobody left Santa Rosa in these days: nothing to forecast, and the page says so.
    await page.getByLabel('Sentido').selectOption({ label: 'Salidas' });
    await page
      .getByTestId('forecast-none')
      .getByText(/no hay de dónde pronosticar/)
      .waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows the line counted at the checkpoint with the booths open, and with those the commander types', async () => {
    const { server } = suite;
    const officer = await login(server.app, 'officer');
    await observeLine(server.app, as(officer), {
      side: 'entry',
      observedAt: new Date(Date.now() - 10 * 60_000).toISOString(),
      peopleWaiting: 300,
    });
    const page = await suite.logIn('supervisor', errors);
    await page.goto(`${suite.server.url}/forecast`);
    await page.getByLabel('Puesto de control').selectOption({ label: 'Complejo Fronterizo Santa Rosa' });
    await page.getByLabel('Sentido').selectOption({ label: 'Entradas' });
    const section = page.getByTestId('forecast-line');
    await section.getByText(/^En fila ahora: 300 personas, según el conteo de la fila del /).waitFor();
    const outcome = section.getByTestId('forecast-line-outcome');
    const rows = section.getByTestId('forecast-line-table').locator('tbody tr');
    const cells = async (i: number) =>
      (await rows.nth(i).locator('td').allTextContents()).map((c) => c.trim());

    // One booth at 4 minutes serves 15 an hour, 360 a day, about as many as come: the line does not clear.
    await section.getByLabel('Personas en fila ahora').fill('300');
    await section.getByLabel('Casetas abiertas').fill('1');
    await section.getByRole('button', { name: 'Recalcular' }).click();
    await outcome
      .getByText(/^Con las casetas abiertas \(1\), la fila no se despeja en las próximas 24 horas/)
      .waitFor();
    await section.getByText('En fila ahora: 300 personas, según lo indicado aquí.').waitFor();
    const first = await cells(0);
    expect(Number(first[1]?.replace(/\D/g, ''))).toBeGreaterThan(250);
    expect(first[2]).toMatch(/^\d[\d,]* minutos$/);
    // To bring 300 down to a 30-minute wait within the hour takes many more booths than the
    // arrivals alone need (the first table's third column).
    const arrivalsBooths = Number(
      (
        await page
          .getByTestId('forecast-table')
          .locator('tbody tr')
          .first()
          .locator('td')
          .nth(2)
          .textContent()
      )?.trim(),
    );
    expect(Number(first[3])).toBeGreaterThan(arrivalsBooths);

    // Twenty booths serve 300 an hour: the line is served within the next hours and then gone.
    await section.getByLabel('Casetas abiertas').fill('20');
    await section.getByRole('button', { name: 'Recalcular' }).click();
    await outcome
      .getByText(/^Con 20 casetas abiertas, las personas que esperan ahora habrán sido atendidas hacia el /)
      .waitFor();
    expect((await cells(23))[2]).toBe('sin fila');

    // A count with a decimal point is refused in words, beside its field, and nothing is asked.
    await section.getByLabel('Casetas abiertas').fill('2.5');
    await section.getByRole('button', { name: 'Recalcular' }).click();
    await section.getByText('Escriba un número entero, sin puntos ni comas.').waitFor();
    await outcome.getByText(/^Con 20 casetas abiertas/).waitFor();

    // Back to what was counted at the line.
    await section.getByRole('button', { name: 'Volver a lo observado' }).click();
    await section.getByText(/^En fila ahora: 300 personas, según el conteo de la fila del /).waitFor();
    expect(await section.getByRole('button', { name: 'Volver a lo observado' }).count()).toBe(0);
    await section.scrollIntoViewIfNeeded();
    await shoot(page, 'forecast-line');
    expect(errors).toEqual([]);
    await page.close();
  });
});
