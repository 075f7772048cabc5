// The decree register in Chromium, on the demo: a supervisor finds the demo decree in force on the
// timeline with its number, zones and measures, and the document rules that implement it citing it;
// records its extension through the form and sees the timeline carry it on; and is refused, with a
// sentence that says why, a new decree over the same checkpoint on the same days; and records a decree
// for Chacalluta, counted in Chile's time and offered the rights Chile's art. 43 allows, and one for
// the province of Arica in the zone chosen for it, warned of Chile's fifteen days; is warned of a
// Peruvian decree longer than the sixty days of art. 137.1. An officer sees the decree in force at
// the booth and reads the register, its checkpoints by name, without its write controls. With
// PASO_SCREENSHOTS=1 it also writes
// docs/screenshots/decree-timeline.png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shoot } from '../support/browser';
import { browserSuite } from '../support/web-server';

const DEMO_NUMBER = 'D.S. N.° 135-2025-PCM';
const EXTENSION_NUMBER = 'D.S. N.° 004-2026-PCM';
const DAY_MS = 86_400_000;
// Dates as the demo counts them, in Tacna (UTC−5, no summer time).
const tacnaDate = (days: number) =>
  new Date(Date.now() - 5 * 3_600_000 + days * DAY_MS).toISOString().slice(0, 10);
// A day as the form shows it, day first: 2026-01-27 is 27/01/2026.
const dayFirst = (iso: string) => iso.split('-').reverse().join('/');

// The page loads the register after the login; on two busy cores that can take some seconds.
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

describe('the decree register in Chromium', { timeout: 120_000 }, () => {
  const suite = browserSuite();

  // Each test logs in on a tab of its own, closed at its end, and collects that tab's console errors.
  let errors: string[] = [];
  const logIn = (username: string): Promise<Page> => {
    errors = [];
    return suite.logIn(username, errors);
  };
  const bars = (page: Page) => page.getByTestId('decree-timeline').getByTestId('decree-bar');
  const numbers = async (page: Page) =>
    (await page.getByTestId('decree-table').locator('tbody th a').allTextContents()).sort();

  it('shows a supervisor the demo decree in force with its number, zones and measures', async () => {
    const page = await logIn('supervisor');
    await page.goto(`${suite.server.url}/decrees`);
    const demoBar = bars(page).filter({ hasText: DEMO_NUMBER });
    await eventually(() => demoBar.count()).toBeGreaterThan(0);
    expect(await demoBar.first().getAttribute('data-kind')).toBe('declaration');
    const row = page.getByTestId('decree-table').locator('tr', { hasText: DEMO_NUMBER });
    expect(await row.textContent()).toContain('En vigor');
    // On a phone (390 px) whether it is in force shows without scrolling the table sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    const status = await row.getByText('En vigor').boundingBox();
    expect(status !== null && status.x + status.width <= 390).toBe(true);
    await page.setViewportSize({ width: 1366, height: 768 });
    await row.getByRole('link', { name: DEMO_NUMBER }).click();
    const detail = page.getByTestId('decree-detail');
    await eventually(() => detail.getByRole('heading', { level: 2 }).textContent()).toBe(DEMO_NUMBER);
    const text = (await detail.textContent()) ?? '';
    for (const zone of [
      'Complejo Fronterizo Santa Rosa',
      'Palca (distrito)',
      'La Yarada–Los Palos (distrito)',
    ])
      expect(text).toContain(zone);
    expect(text).toContain('Monitoreo aéreo con drones');
    expect(await detail.getByTestId('decree-rights').locator('li').count()).toBe(4);
    // The document rules that implement it cite it, with a link to its record.
    await page.goto(`${suite.server.url}/policy`);
    const citations = page.getByTestId('policy-rules').getByRole('link', { name: `Aplica ${DEMO_NUMBER}` });
    await eventually(() => citations.count()).toBe(3);
    await citations.first().click();
    await eventually(() =>
      page.getByTestId('decree-detail').getByRole('heading', { level: 2 }).textContent(),
    ).toBe(DEMO_NUMBER);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the history on the decree’s clock, named, to a reader whose browser is elsewhere', async () => {
    const page = await logIn('supervisor');
    // A supervisor reading from Madrid: before, the history showed Madrid's time, not Tacna's.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'Europe/Madrid' });
    await page.goto(`${suite.server.url}/decrees`);
    await page.getByTestId('decree-table').getByRole('link', { name: DEMO_NUMBER }).click();
    const detail = page.getByTestId('decree-detail');
    await eventually(() => detail.getByTestId('decree-history').textContent()).toMatch(/GMT-5$/);
    expect(await detail.getByTestId('decree-history-zone').textContent()).toBe(
      'Horas de Lima (Perú, UTC\u22125), la zona horaria del decreto.',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits the timeline to a phone’s width at its text’s size, with nothing to scroll sideways', async () => {
    const page = await logIn('supervisor');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${suite.server.url}/decrees`);
    await eventually(() => bars(page).count()).toBeGreaterThan(0);
    // Before, the drawing kept 640 px and the timeline scrolled sideways.
    const timeline = page.getByTestId('decree-timeline');
    const widths = await timeline.evaluate((e) => [e.scrollWidth, e.clientWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1] ?? 0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Each zone's name whole on the screen, no smaller than the page's small text.
    const name = await timeline.getByText('Complejo Fronterizo Santa Rosa').boundingBox();
    expect(name !== null && name.x >= 0 && name.x + name.width <= 390 && name.height >= 12).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('records an extension through the form, and the timeline carries the decree on with it', async () => {
    const page = await logIn('supervisor');
    await page.goto(`${suite.server.url}/decrees`);
    await page.getByTestId('decree-table').getByRole('link', { name: DEMO_NUMBER }).click();
    await page.getByRole('button', { name: 'Registrar una prórroga' }).click();
    const form = page.getByTestId('decree-form');
    await eventually(() => form.getByRole('heading').textContent()).toBe(`Prórroga de ${DEMO_NUMBER}`);
    // The extension starts the day after the demo decree's sixtieth day (it began five days ago).
    expect(await form.getByLabel('Primer día en vigor').inputValue()).toBe(dayFirst(tacnaDate(55)));
    await form.getByLabel('Número').fill(EXTENSION_NUMBER);
    await form
      .getByLabel('Título')
      .fill('Prorrogan el Estado de Emergencia en distritos de la provincia de Tacna');
    await form.getByLabel('Fecha de emisión').fill(tacnaDate(0));
    await form.getByRole('button', { name: 'Registrar', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    const extensionBar = bars(page).filter({ hasText: EXTENSION_NUMBER });
    await eventually(() => extensionBar.count()).toBeGreaterThan(0);
    expect(await extensionBar.first().getAttribute('data-kind')).toBe('extension');
    // Every zone of the demo decree is carried on: one bar of each on each zone's row.
    expect(await extensionBar.count()).toBe(await bars(page).filter({ hasText: DEMO_NUMBER }).count());
    const detail = page.getByTestId('decree-detail');
    await eventually(() => detail.getByRole('heading', { level: 2 }).textContent()).toBe(EXTENSION_NUMBER);
    expect(await detail.getByRole('link', { name: DEMO_NUMBER }).count()).toBe(1);
    // Who recorded it, by the name the app gives people everywhere (before, the username).
    await eventually(() => detail.getByTestId('decree-history').textContent()).toContain(
      'Supervisora de turno ·',
    );
    await page.setViewportSize({ width: 1280, height: 900 });
    await shoot(page, 'decree-timeline');
    await page.setViewportSize({ width: 1366, height: 768 });
    // A further extension asked for from the demo decree extends the last of its chain.
    await page.getByTestId('decree-table').getByRole('link', { name: DEMO_NUMBER }).click();
    await page.getByRole('button', { name: 'Registrar una prórroga' }).click();
    await eventually(() => form.getByRole('heading').textContent()).toBe(`Prórroga de ${EXTENSION_NUMBER}`);
    expect(await form.getByLabel('Primer día en vigor').inputValue()).toBe(dayFirst(tacnaDate(115)));
    await form.getByRole('button', { name: 'Cancelar' }).click();
    await form.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a new decree over Santa Rosa on days the demo decree covers, saying which and what to do', async () => {
    const page = await logIn('supervisor');
    await page.goto(`${suite.server.url}/decrees`);
    await eventually(() => bars(page).count()).toBeGreaterThan(0);
    const before = await numbers(page);
    await page.getByRole('button', { name: 'Registrar un decreto' }).click();
    const form = page.getByTestId('decree-form');
    await form.getByLabel('Número').fill('D.S. N.° 200-2026-PCM');
    await form
      .getByLabel('Título')
      .fill('Declaran el Estado de Emergencia en el Complejo Fronterizo Santa Rosa');
    await form.getByLabel('Fecha de emisión').fill(tacnaDate(0));
    await form.getByLabel('Primer día en vigor').fill(tacnaDate(1));
    await form.getByLabel('Último día en vigor').fill(tacnaDate(30));
    await form.getByLabel(/Complejo Fronterizo Santa Rosa/).check();
    await form.getByRole('button', { name: 'Registrar', exact: true }).click();
    const refused = form.getByRole('alert');
    await eventually(() => refused.textContent()).toContain(`No se registró: ${DEMO_NUMBER} ya rige`);
    expect(await refused.textContent()).toContain('«Registrar una prórroga»');
    expect(await form.textContent()).toContain(`${DEMO_NUMBER} ya cubre esta zona en parte de estos días.`);
    // The draft stays as typed, and the register is as it was.
    expect(await form.getByLabel('Número').inputValue()).toBe('D.S. N.° 200-2026-PCM');
    await page.reload();
    await eventually(() => bars(page).count()).toBeGreaterThan(0);
    expect(await numbers(page)).toEqual(before);
    // Chromium logs the refused request's answer; nothing else went wrong.
    expect(errors.filter((e) => !e.includes('409 (Conflict)'))).toEqual([]);
    expect(errors).toHaveLength(1);
    await page.close();
  });

  it('says in Spanish, beside each field, what a decree sent blank is missing', async () => {
    const page = await logIn('supervisor');
    await page.goto(`${suite.server.url}/decrees`);
    await eventually(() => bars(page).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Registrar un decreto' }).click();
    const form = page.getByTestId('decree-form');
    // The form takes focus on its heading as it opens.
    await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe('decree-form-title');
    // A unit added takes focus in its name: it appears above the button that added it.
    await form.getByRole('button', { name: 'Añadir unidad' }).click();
    await eventually(() => page.evaluate(() => document.activeElement?.closest('label')?.textContent)).toBe(
      'Unidad',
    );
    await form.getByRole('button', { name: 'Quitar unidad' }).click();
    await eventually(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Añadir unidad');
    await form.getByLabel('Base legal').fill('');
    await form.getByRole('button', { name: 'Registrar', exact: true }).click();
    // Before, Chromium's own bubble, in the browser's language, on the first field alone.
    await form.getByTestId('decree-missing').waitFor();
    // Focus on the first field marked, not left on the button at the form's foot.
    await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe('decree-number');
    for (const key of ['number', 'title', 'issuedOn', 'startsOn', 'endsOn', 'legalBasis']) {
      expect(await form.locator(`#decree-${key}-error`).textContent()).toBe('Complete este dato.');
    }
    expect(await form.locator('#decree-publishedOn-error').count()).toBe(0);
    // The days are typed day first, and say so in Spanish: before, Chromium's date field said
    // mm/dd/yyyy, its own interface's US pattern.
    const issued = form.getByLabel('Fecha de emisión');
    expect([await issued.getAttribute('type'), await issued.getAttribute('placeholder')]).toEqual([
      'text',
      'dd/mm/aaaa',
    ]);
    // A field filled in loses its mark at once.
    await form.getByLabel('Número').fill('D.S. N.° 300-2026-PCM');
    expect(await form.locator('#decree-number-error').count()).toBe(0);
    // A day with a two-digit year is said, in Spanish, once the field is left; and again, in the same
    // words, if it is sent anyway (the server's refusal was in English).
    await issued.fill('25/12/26');
    expect(await form.locator('#decree-issuedOn-error').count()).toBe(0);
    await issued.press('Tab');
    const dayWords = 'Escriba el día como dd/mm/aaaa, con el año completo: por ejemplo 25/12/2026.';
    expect(await form.locator('#decree-issuedOn-error').textContent()).toBe(dayWords);
    await form.getByLabel('Título').fill('Declaran el Estado de Emergencia');
    await form.getByLabel('Primer día en vigor').fill('26/12/2026');
    await form.getByLabel('Último día en vigor').fill('31/12/2026');
    await form.getByLabel('Base legal').fill('Constitución Política del Perú, art. 137');
    await form.getByLabel(/Complejo Fronterizo Santa Rosa/).check();
    await form.getByRole('button', { name: 'Registrar', exact: true }).click();
    await eventually(() => form.locator('#decree-issuedOn-error').textContent()).toBe(dayWords);
    expect(await form.textContent()).not.toContain('YYYY');
    await issued.fill('25/12/2026');
    // The mark goes as the field is typed in: waited for, as the page redraws after the input.
    await eventually(() => form.locator('#decree-issuedOn-error').count()).toBe(0);
    await form.getByRole('button', { name: 'Cancelar' }).click();
    // Closed, it gives focus back to the button that opened it.
    await eventually(() => page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Registrar un decreto',
    );
    expect(errors).toEqual([
      'Failed to load resource: the server responded with a status of 400 (Bad Request)',
    ]);
    await page.close();
  });

  it('counts a new decree for Chacalluta in Chile’s time, not Peru’s', async () => {
    const page = await logIn('supervisor');
    await page.goto(`${suite.server.url}/decrees`);
    await eventually(() => bars(page).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Registrar un decreto' }).click();
    const form = page.getByTestId('decree-form');
    // The number's box lines up with the title's, its hint above it notwithstanding.
    const numberBox = await form.getByLabel('Número').boundingBox();
    const titleBox = await form.getByLabel('Título').boundingBox();
    expect(numberBox?.y).toBe(titleBox?.y);
    await form.getByLabel('Número').fill('Decreto N.° 31-2026-INTERIOR');
    await form.getByLabel('Título').fill('Declara estado de excepción en el Complejo Fronterizo Chacalluta');
    // Typed day first, as in Peru and Chile; issued on a day gone by (a decree is recorded once issued).
    await form.getByLabel('Fecha de emisión').fill('01/11/2026');
    await form.getByLabel('Primer día en vigor').fill('2027-01-10');
    await form.getByLabel('Último día en vigor').fill('2027-01-20');
    const chacalluta = form.getByLabel(/Complejo Fronterizo Chacalluta/);
    await chacalluta.check();
    // The box sits beside its checkpoint's name, on its line, not as a wide box above it.
    const box = await chacalluta.boundingBox();
    const name = await form.getByText('CL-CHACALLUTA', { exact: true }).boundingBox();
    expect(box !== null && name !== null && box.y < name.y + name.height && name.y < box.y + box.height).toBe(
      true,
    );
    // A Chilean decree: the two freedoms of art. 43 (not Peru's four), and Chile's constitution cited.
    const rights = form.getByRole('group', {
      name: 'Derechos restringidos (Constitución de Chile, art. 43)',
    });
    await eventually(() => rights.getByRole('checkbox').count()).toBe(2);
    await rights.getByLabel('Libertad de locomoción (art. 19, n.º 7)').check();
    expect(await form.getByLabel('Base legal').inputValue()).toBe(
      'Constitución Política de la República de Chile, arts. 42 y 43',
    );
    await form.getByLabel('Base legal').fill('Constitución de Chile, art. 42');
    await eventually(() => form.textContent()).toContain(
      'los días se cuentan en Santiago (Chile, UTC\u22124; UTC\u22123 en verano)',
    );
    await form.getByRole('button', { name: 'Registrar', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    const detail = page.getByTestId('decree-detail');
    await eventually(() => detail.textContent()).toContain(
      'contados en Santiago (Chile, UTC\u22124; UTC\u22123 en verano)',
    );
    // In force from 00:00 in Arica on the 10th: 03:00 UTC in Chile's summer.
    const asked = await page.request.get(
      `${suite.server.url}/api/decrees/in-force?checkpoint=CL-CHACALLUTA&at=2027-01-10T03:30:00Z`,
    );
    expect((await asked.json()).decree?.number).toBe('Decreto N.° 31-2026-INTERIOR');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('warns of a Peruvian decree longer than sixty days as it is typed, and records it when kept', async () => {
    const page = await logIn('supervisor');
    await page.goto(`${suite.server.url}/decrees`);
    await eventually(() => bars(page).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Registrar un decreto' }).click();
    const form = page.getByTestId('decree-form');
    await form.getByLabel('Número').fill('D.S. N.° 041-2027-PCM');
    await form.getByLabel('Título').fill('Declaran el Estado de Emergencia en el distrito de Ilabaya');
    await form.getByLabel('Fecha de emisión').fill('01/11/2026');
    await form.getByLabel('Primer día en vigor').fill('03/03/2027');
    // The last day's year typed as the next one's: 426 days.
    const last = form.getByLabel('Último día en vigor');
    await last.fill('01/05/2028');
    const warning = form.getByTestId('decree-long-term');
    await eventually(() => warning.textContent()).toBe(
      'Este decreto rige 426 días: la Constitución del Perú (art. 137.1) limita el estado de emergencia a 60, ' +
        'y su prórroga requiere un decreto nuevo. Revise el primer y el último día; si son los publicados, regístrelo así.',
    );
    // Sixty days, both ends included: nothing to say.
    await last.fill('01/05/2027');
    await eventually(() => warning.count()).toBe(0);
    // One day more is said again, and the supervisor may still record it as published.
    await last.fill('02/05/2027');
    await eventually(() => warning.textContent()).toContain('Este decreto rige 61 días');
    await form.getByLabel('Tipo de las zonas con nombre').selectOption('district');
    await form.getByRole('textbox', { name: 'Zonas con nombre' }).fill('Ilabaya');
    await form.getByLabel('Base legal').fill('Constitución Política del Perú, art. 137');
    await form.getByRole('button', { name: 'Registrar', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    const detail = page.getByTestId('decree-detail');
    await eventually(() => detail.getByTestId('decree-long-term').textContent()).toBe(
      'Rige más de los 60 días que permite la Constitución del Perú (art. 137.1).',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('counts a decree that names only the province of Arica in the zone chosen for it', async () => {
    const page = await logIn('supervisor');
    await page.goto(`${suite.server.url}/decrees`);
    await eventually(() => bars(page).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Registrar un decreto' }).click();
    const form = page.getByTestId('decree-form');
    await form.getByLabel('Número').fill('Decreto N.° 44-2027-INTERIOR');
    await form.getByLabel('Título').fill('Prorroga el estado de excepción en la provincia de Arica');
    await form.getByLabel('Fecha de emisión').fill('2026-11-01');
    await form.getByLabel('Primer día en vigor').fill('2027-03-01');
    await form.getByLabel('Último día en vigor').fill('2027-03-31');
    await form.getByLabel('Tipo de las zonas con nombre').selectOption('province');
    await form.getByRole('textbox', { name: 'Zonas con nombre' }).fill('Arica');
    // Naming no checkpoint, it starts on Lima's zone; the supervisor says Chile's.
    const zone = form.getByLabel('Zona horaria');
    expect(await zone.inputValue()).toBe('America/Lima');
    await zone.selectOption('America/Santiago');
    await eventually(() => form.textContent()).toContain(
      'los días se cuentan en Santiago (Chile, UTC\u22124; UTC\u22123 en verano)',
    );
    // Thirty-one days: twice the fifteen of Chile's art. 42, said and still recorded.
    await eventually(() => form.getByTestId('decree-long-term').textContent()).toContain(
      'Este decreto rige 31 días: la Constitución de Chile (art. 42) limita el estado de emergencia a 15',
    );
    await form.getByLabel('Base legal').fill('Constitución de Chile, art. 42');
    await form.getByRole('button', { name: 'Registrar', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    await eventually(() => page.getByTestId('decree-detail').textContent()).toContain(
      'contados en Santiago (Chile, UTC\u22124; UTC\u22123 en verano)',
    );
    // 1 March begins at 00:00 in Arica: 03:00 UTC in Chile's summer (05:00 had it been Lima's).
    const register = await (await page.request.get(`${suite.server.url}/api/decrees`)).json();
    const arica = register.decrees.find(
      (d: { number: string }) => d.number === 'Decreto N.° 44-2027-INTERIOR',
    );
    expect(arica).toMatchObject({ timeZone: 'America/Santiago', from: '2027-03-01T03:00:00.000Z' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows an officer the decree in force at the booth, and the register without its write controls', async () => {
    const page = await logIn('oficial.santarosa');
    await page.goto(`${suite.server.url}/booth`);
    const line = page.getByTestId('decree-in-force');
    await eventually(() => line.textContent()).toContain(`Decreto en vigor: ${DEMO_NUMBER}`);
    await page.goto(`${suite.server.url}/decrees`);
    // The timeline names each checkpoint, also Chacalluta (the decree recorded above) that is not theirs.
    const timeline = page.getByTestId('decree-timeline');
    await eventually(() => timeline.textContent()).toContain('Complejo Fronterizo Chacalluta');
    expect(await timeline.textContent()).not.toContain('CL-CHACALLUTA');
    await page.getByTestId('decree-table').getByRole('link', { name: DEMO_NUMBER }).click();
    await page.getByTestId('decree-detail').waitFor();
    expect(await page.getByTestId('decree-detail').textContent()).toContain('Monitoreo aéreo con drones');
    for (const name of ['Registrar un decreto', 'Registrar una prórroga', 'Modificar'])
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
