// The situation dashboard in Chromium: an analyst opens it, an officer's booth records a crossing
// through POST /api/events, and the figures change without a reload (server-sent events). The page
// shows aggregates only: no name of anyone who crossed; a humanitarian partner sees them published.
// With PASO_SCREENSHOTS=1 it also writes docs/screenshots/dashboard.png and dashboard-partners.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/store/demo';
import { as, type Login, login } from '../support/app';
import { logInAs, openBrowser, shoot } from '../support/browser';
import { observeLine } from '../support/observations';
import { startWebServer, type WebServer } from '../support/web-server';

const HOUR = 3_600_000;
// Lima is UTC−05:00 all year: today's local midnight, and an instant some hours after it (not later
// than now), so that every event of "today" falls on the checkpoint's today.
const limaMidnight = (now: number) =>
  Date.parse(`${new Date(now - 5 * HOUR).toISOString().slice(0, 10)}T05:00:00Z`);
const todayAt = (hours: number) => {
  const now = Date.now();
  return new Date(Math.min(limaMidnight(now) + hours * HOUR, now - 1000)).toISOString();
};
const daysAgo = (days: number, hours: number) =>
  new Date(limaMidnight(Date.now()) - days * 24 * HOUR + hours * HOUR).toISOString();

const NATIONALITIES = ['VEN', 'VEN', 'VEN', 'COL', 'PER', 'CHL', 'HTI', 'BOL'];
const BIRTHS = ['1990-05-01', '1984', '2016-02-11', '1958-09', '2003-12-24', '2021', '1995-07-07'];
const VULNERABLE = [['pregnant'], ['medical'], ['separated-minor'], ['asylum-seeker'], []];

function crossing(n: number, at: string, direction: 'entry' | 'exit', decision = 'admitted') {
  return {
    kind: 'crossing',
    id: crypto.randomUUID(),
    at,
    checkpoint: 'PE-SANTA-ROSA',
    booth: 'SR-01',
    direction,
    decision,
    ...(decision === 'refused' ? { refusalGround: 'no-valid-document' } : {}),
    identityBasis: 'document',
    person: {
      givenNames: `Persona${n}`,
      surname1: `Demostración${n}`,
      sex: n % 3 === 0 ? 'M' : 'F',
      birthDate: BIRTHS[n % BIRTHS.length],
      nationality: NATIONALITIES[n % NATIONALITIES.length],
    },
    ...((VULNERABLE[n % VULNERABLE.length] ?? []).length > 0
      ? { vulnerabilities: VULNERABLE[n % VULNERABLE.length] }
      : {}),
  };
}

const tally = (at: string, direction: 'entry' | 'exit', category: string, count: number) => ({
  kind: 'tally',
  id: crypto.randomUUID(),
  at,
  checkpoint: 'PE-SANTA-ROSA',
  booth: 'SR-02',
  direction,
  category,
  nationality: 'VEN',
  count,
});

// A morning's crossings and tallies, and the six days before.
function history(): unknown[] {
  const events: unknown[] = [];
  for (let n = 0; n < 40; n += 1) {
    const decision = n % 11 === 0 ? 'refused' : n % 7 === 0 ? 'referred-protection' : 'admitted';
    events.push(crossing(n, todayAt(1 + (n % 9)), n % 4 === 0 ? 'exit' : 'entry', decision));
  }
  events.push(tally(todayAt(3), 'entry', 'woman', 12), tally(todayAt(5), 'entry', 'boy', 6));
  for (let d = 1; d <= 6; d += 1) {
    events.push(
      tally(daysAgo(d, 10), 'entry', 'man', 20 + d * 7),
      tally(daysAgo(d, 14), 'exit', 'woman', 10 + d * 3),
    );
  }
  return events;
}

describe('the dashboard in Chromium', { timeout: 120_000 }, () => {
  let server: WebServer;
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let officer: Login;
  const errors: string[] = [];

  const post = async (events: unknown[]) => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/events',
      headers: as(officer),
      payload: { events },
    });
    expect(response.statusCode, response.body).toBe(200);
    const outcomes = response.json<{ outcomes: { status: string }[] }>().outcomes;
    expect(outcomes.filter((o) => o.status !== 'applied')).toEqual([]);
  };

  beforeAll(async () => {
    server = await startWebServer();
    browser = await openBrowser();
    officer = await login(server.app, 'officer');
    await post(history());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows an analyst a new crossing without a reload, and no names', async () => {
    const page = await logInAs(browser.context, server.url, 'analista', DEMO_PASSWORD, errors);
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Panel de situación' })
      .click();
    await page.getByTestId('dashboard-page').waitFor();
    await page.locator('[data-testid="live-state"][data-state="live"]').waitFor();
    const entries = page.getByTestId('figure-entries').locator('.figure-value');
    await entries.waitFor();
    const before = Number((await entries.textContent())?.trim());
    expect(before).toBeGreaterThan(0);
    await page.locator('[data-testid="chart-hours"] svg').waitFor();
    // Since the demo decree was declared (five days ago, at Santa Rosa only): today and the days before.
    const emergency = page.getByTestId('emergency-totals');
    await emergency
      .getByText(
        /^D\.S\. N\.° 135-2025-PCM, en vigor desde el .+ en Complejo Fronterizo Santa Rosa: cruces del/,
      )
      .waitFor();
    const sinceEntries = emergency.getByTestId('figure-emergency-entries').locator('.figure-value');
    const sinceBefore = Number((await sinceEntries.textContent())?.replace(/\D/g, ''));
    expect(sinceBefore).toBeGreaterThan(before);

    await post([crossing(99, new Date(Date.now() - 1000).toISOString(), 'entry')]);
    await page
      .getByTestId('figure-entries')
      .locator('.figure-value', { hasText: String(before + 1) })
      .waitFor({ timeout: 15_000 });
    await expect
      .poll(async () => Number((await sinceEntries.textContent())?.replace(/\D/g, '')))
      .toBe(sinceBefore + 1);

    // The time of the figures on a 24-hour clock, as every time in Paso: no a.m./p.m. to misread.
    expect(await page.locator('.dashboard-asof').textContent()).not.toMatch(/[ap]\.\s?m\./);
    // With its clock's offset (GMT on this test's UTC machine): the checkpoints' clocks differ.
    expect(await page.locator('.dashboard-asof').textContent()).toMatch(/GMT/);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/Persona\d|Demostración/);
    await page.locator('[data-testid="chart-vulnerabilities"] svg').waitFor();
    // On a phone the age and sex chart's legend wraps onto a second line above the plot, and the
    // plot starts below it: the legend, drawn inside the chart, used to cover the axis's top value.
    await page.setViewportSize({ width: 390, height: 844 });
    const legend = page.getByTestId('chart-age-sex-legend');
    expect(await legend.getByRole('listitem').allTextContents()).toEqual([
      'Mujeres',
      'Hombres',
      'No especificado (X)',
      'Sin dato',
    ]);
    const legendBox = await legend.boundingBox();
    const plotBox = await page.getByTestId('chart-age-sex').boundingBox();
    expect(legendBox?.height).toBeGreaterThan(30);
    expect((legendBox?.y ?? 0) + (legendBox?.height ?? 0)).toBeLessThanOrEqual(plotBox?.y ?? 0);
    await page.setViewportSize({ width: 1366, height: 768 });

    // People waiting: the latest observation of each line; an officer's new count shows without a reload.
    const waiting = page.getByTestId('waiting-now');
    await waiting.waitFor();
    await observeLine(server.app, as(officer), {
      side: 'entry',
      observedAt: new Date(Date.now() - 60_000).toISOString(),
      peopleWaiting: 140,
    });
    await waiting.getByText(/^Para entrar: 140 \(observado /).waitFor({ timeout: 15_000 });
    expect(await waiting.textContent()).toContain('Complejo Fronterizo Santa Rosa');
    await waiting
      .getByTestId('waiting-total')
      .getByText(/personas? esperan? en/)
      .waitFor();
    await shoot(page, 'dashboard');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("writes a chart's tooltip with each series' colour, name and value apart, and no style refused", async () => {
    const page = await logInAs(browser.context, server.url, 'analista', DEMO_PASSWORD, errors);
    await page.goto(`${server.url}/dashboard`);
    const chart = page.getByTestId('chart-hours');
    await chart.locator('svg').waitFor();
    // The page's security policy refuses style attributes: ECharts' own tooltip, styled inline, lost
    // its colour markers and the space between name and value ("Entrada5").
    await page.evaluate(() => {
      const refused: string[] = [];
      Object.assign(window, { refused });
      document.addEventListener('securitypolicyviolation', (e) => refused.push(e.violatedDirective));
    });
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) * 0.3, (box?.y ?? 0) + (box?.height ?? 0) / 2, {
      steps: 4,
    });
    const tip = chart.locator('.chart-tip');
    await tip.waitFor();
    const rows = tip.locator('.chart-tip-row');
    expect(await rows.evaluateAll((all) => all.map((row) => row.textContent))).toEqual([
      expect.stringMatching(/^Entrada: \d+$/),
      expect.stringMatching(/^Salida: \d+$/),
    ]);
    // Each series' marker in its colour, as the legend above the chart draws it.
    const markers = await tip
      .locator('.chart-marker')
      .evaluateAll((all) => all.map((m) => getComputedStyle(m).backgroundColor));
    expect(markers).toEqual(['rgb(31, 111, 139)', 'rgb(224, 122, 31)']);
    expect(await page.evaluate(() => (window as unknown as { refused: string[] }).refused)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows an analyst the day before one click away, and a day of no crossings in words', async () => {
    const page = await logInAs(browser.context, server.url, 'analista', DEMO_PASSWORD, errors);
    await page.goto(`${server.url}/dashboard`);
    const entries = page.getByTestId('figure-entries').locator('.figure-value');
    await entries.waitFor();
    expect(await page.getByTestId('day-next').isDisabled()).toBe(true);
    await page.getByTestId('day-previous').click();
    // Yesterday's figures, as the API gives them for that date, kept in the address.
    const yesterday = new Date(limaMidnight(Date.now()) - 24 * HOUR).toISOString().slice(0, 10);
    await page.waitForURL((url) => url.searchParams.get('date') === yesterday);
    const analyst = await login(server.app, 'analyst');
    const reply = await server.app.inject({
      method: 'GET',
      url: `/api/dashboard?date=${yesterday}&days=7`,
      headers: as(analyst),
    });
    const crossed = reply
      .json<{ days: { dims: { date?: string; direction?: string }; crossed: number }[] }>()
      .days.filter((r) => r.dims.date === yesterday && r.dims.direction === 'entry')
      .reduce((sum, r) => sum + r.crossed, 0);
    expect(crossed).toBeGreaterThan(0);
    await page
      .getByTestId('figure-entries')
      .locator('.figure-value', { hasText: new RegExp(`^${new Intl.NumberFormat('es').format(crossed)}$`) })
      .waitFor();
    const [y, m, d] = yesterday.split('-');
    expect(await page.locator('#dashboard-date').inputValue()).toBe(`${d}/${m}/${y}`);
    await page.getByTestId('day-next').click();
    await page.waitForURL((url) => !url.searchParams.has('date'));
    // The checkpoint is a labelled field like the day's: one checkpoint's figures, kept in the address.
    await page.getByLabel('Puesto de control').selectOption({ label: 'Complejo Fronterizo Chacalluta' });
    await page.waitForURL((url) => url.searchParams.get('checkpoint') === 'CL-CHACALLUTA');
    const chacalluta = await server.app.inject({
      method: 'GET',
      url: '/api/dashboard?checkpoint=CL-CHACALLUTA',
      headers: as(analyst),
    });
    const shown = chacalluta.json<{
      date: string;
      days: { dims: { date?: string; direction?: string }; crossed: number }[];
    }>();
    const exits = shown.days
      .filter((r) => r.dims.date === shown.date && r.dims.direction === 'exit')
      .reduce((sum, r) => sum + r.crossed, 0);
    await page
      .getByTestId('figure-exits')
      .locator('.figure-value', { hasText: new RegExp(`^${new Intl.NumberFormat('es').format(exits)}$`) })
      .waitFor();
    await page.getByLabel('Puesto de control').selectOption('');
    await page.waitForURL((url) => !url.searchParams.has('checkpoint'));
    await page.goto(`${server.url}/dashboard?date=2020-01-15`);
    await page
      .getByTestId('dashboard-empty')
      .getByText(/^No hubo cruces el /)
      .waitFor();
    expect(await page.getByTestId('chart-hours').count()).toBe(0);
    // A stale link's checkpoint and a day to come are said in words, not shown as zeros.
    await page.goto(`${server.url}/dashboard?checkpoint=NOPE`);
    await page
      .getByTestId('dashboard-refused')
      .getByText(/tiene el código «NOPE»/)
      .waitFor();
    expect(await page.getByTestId('figure-entries').count()).toBe(0);
    await page.getByRole('button', { name: 'Ver todos los puestos' }).click();
    await page.getByTestId('figure-entries').waitFor();
    await page.goto(`${server.url}/dashboard?date=2999-01-01`);
    await page
      .getByTestId('dashboard-refused')
      .getByText(/aún no llega/)
      .waitFor();
    expect(await page.getByTestId('dashboard-empty').count()).toBe(0);
    // A day that is no date is said too, with the way to today: not today shown under the wrong address.
    for (const asked of ['2026-02-31', 'banana']) {
      await page.goto(`${server.url}/dashboard?date=${asked}`);
      await page
        .getByTestId('dashboard-refused')
        .getByText(`La dirección pide el día «${asked}», que no es una fecha del calendario`)
        .waitFor();
      expect(await page.getByTestId('figure-entries').count()).toBe(0);
    }
    await page.getByRole('button', { name: 'Ver hoy' }).click();
    await page.getByTestId('figure-entries').waitFor();
    expect(new URL(page.url()).searchParams.has('date')).toBe(false);
    // A code typed in lower case is the checkpoint's, as on the command line.
    await page.goto(`${server.url}/dashboard?checkpoint=pe-santa-rosa`);
    await page.getByTestId('figure-entries').waitFor();
    expect(await page.getByLabel('Puesto de control').inputValue()).toBe('PE-SANTA-ROSA');
    expect(await page.getByTestId('dashboard-refused').count()).toBe(0);
    // The days chart shows the day and the six before it, and says so.
    await page.getByRole('heading', { name: 'El día frente a los 6 días anteriores' }).waitFor();
    await page.close();
    // The two refusals' answers are logged by the browser as failed loads; nothing else may be.
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    errors.length = 0;
  });

  it('shows a humanitarian partner published figures: "<5" for a few people, as the reports do', async () => {
    // Yesterday, a whole day at any time the test runs: just after midnight in Lima, today holds one
    // hour of crossings and no hour of a few people.
    const yesterday = new Date(Date.now() - 29 * HOUR).toISOString().slice(0, 10);
    // Two people at risk of trafficking, a situation the demo never records: a figure of 2; one
    // person leaving in each of three night hours; and a morning's dozen with a medical need, figures
    // the charts draw.
    const atRisk = (n: number) => ({
      ...crossing(n, daysAgo(1, 2), 'entry'),
      vulnerabilities: ['trafficking-risk'],
    });
    await post([
      atRisk(100),
      atRisk(101),
      ...[1, 2, 3].map((h) => crossing(110 + h, daysAgo(1, h), 'exit')),
      ...Array.from({ length: 12 }, (_, i) => ({
        ...crossing(120 + i, daysAgo(1, 7), 'entry'),
        vulnerabilities: ['medical'],
      })),
    ]);
    const partner = await login(server.app, 'humanitarian');
    const response = await server.app.inject({
      method: 'GET',
      url: `/api/dashboard?date=${yesterday}&days=7`,
      headers: as(partner),
    });
    const published = response.json<{ published: Record<string, number | string> }>().published;
    expect(published['vulnerability:trafficking-risk']).toBe('small');

    const page = await logInAs(browser.context, server.url, 'humanitario', DEMO_PASSWORD, errors);
    await page.goto(`${server.url}/dashboard?date=${yesterday}`);
    await page.getByTestId('dashboard-published').waitFor();
    // On a phone every hour's "<5" and "x" is still written where its bar would stand: none is left
    // out for crowding its neighbour, which would read as an hour when no one crossed.
    await page.setViewportSize({ width: 390, height: 844 });
    const marked = Object.entries(published).filter(
      ([key, v]) => key.startsWith('hour:') && typeof v !== 'number',
    ).length;
    expect(marked).toBeGreaterThan(2);
    const marks = page.locator('[data-testid="chart-hours"] svg text').filter({ hasText: /^(<5|x)$/ });
    await expect.poll(() => marks.count()).toBe(marked);
    await page.setViewportSize({ width: 1366, height: 768 });
    // A figure of none is not sent (its key would say that someone was refused or held): it reads 0.
    const written = (v: number | string | undefined = 0) =>
      typeof v === 'number' ? new Intl.NumberFormat('es').format(v) : v === 'small' ? '<5' : 'x';
    for (const id of ['entries', 'exits', 'refused', 'held']) {
      const value = page.getByTestId(`figure-${id}`).locator('.figure-value');
      expect([id, (await value.textContent())?.trim()]).toEqual([id, written(published[id])]);
    }
    // The situation is named on its chart, with no bar: its tooltip would say "<5".
    await page.locator('[data-testid="chart-vulnerabilities"] svg').getByText('Riesgo de trata').waitFor();
    // Screen readers hear the chart in Spanish, "<5" as "menos de cinco": not ECharts' English text,
    // which read it as 0.
    const said = await page.getByTestId('chart-vulnerabilities').getAttribute('aria-label');
    expect(said).toContain('Riesgo de trata, menos de cinco');
    expect(said).not.toMatch(/This is a chart|data for/);
    await shoot(page, 'dashboard-partners');
    expect(errors).toEqual([]);
    await page.close();
  });
});
