// A humanitarian partner in Chromium builds a convoy's manifest from people admitted in transit (a
// family of three and a man travelling alone, each found with the builder's search), sees the family
// on one vehicle, ticks the boarding check and records the departure, then logs the road stop after
// stop, and annuls an arrival at the exit pressed by mistake. With PASO_SCREENSHOTS=1 it writes
// docs/screenshots/convoy-manifest.png.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { shoot } from '../support/browser';
import { transitCrossing } from '../support/transit-crossings';
import { browserSuite } from '../support/web-server';

const GROUP = randomUUID();
const MOTHER = randomUUID();
const at = new Date(Date.now() - 3600_000).toISOString();
const crossing = (id: string, givenNames: string, extra: Record<string, unknown> = {}) =>
  transitCrossing(
    id,
    at,
    { givenNames, surname1: 'Guerrero', birthDate: '1987-03-14', nationality: 'VEN' },
    { document: { type: 'ID', number: `V-${givenNames.length}7781`, issuingState: 'VEN' }, ...extra },
  );
const EVENTS = [
  crossing(MOTHER, 'Yolanda', { group: GROUP, relationship: 'reference' }),
  ...['Valentina', 'Samuel'].map((name, i) =>
    crossing(randomUUID(), name, {
      group: GROUP,
      relationship: 'child',
      travelsWith: MOTHER,
      person: { givenNames: name, surname1: 'Guerrero', birthDate: `201${6 + i}-05`, nationality: 'VEN' },
      document: undefined,
    }),
  ),
  crossing(randomUUID(), 'Ramón', {
    person: { givenNames: 'Ramón', surname1: 'Briceño', birthDate: '1979', nationality: 'VEN' },
  }),
];

describe('a convoy manifest built and boarded in Chromium', () => {
  const suite = browserSuite();
  const errors: string[] = [];

  it('builds a manifest with the family on one vehicle, then boards and departs', async () => {
    const officer = await suite.logIn('supervisor', errors);
    const session = (await (await officer.request.get(`${suite.server.url}/api/auth/session`)).json()) as {
      csrfToken: string;
    };
    const recorded = await officer.request.post(`${suite.server.url}/api/events`, {
      data: { events: EVENTS },
      headers: { 'x-csrf-token': session.csrfToken },
    });
    expect(recorded.status()).toBe(200);
    await officer.close();
    errors.length = 0;

    const page = await suite.logIn('humanitario', errors);
    await page.getByRole('link', { name: 'Tránsito' }).click();
    await page.getByTestId('transit-page').waitFor();
    await page.getByText('Tacna', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'CONVOY-001' }).click();
    const builder = page.getByTestId('manifest-builder');
    await builder.getByTestId('candidate').first().waitFor();
    // The search narrows the list: by part of a document number (the family shows whole), then by a
    // name typed without its accent; a vehicle chosen for someone no longer shown is kept and saved.
    const search = builder.getByLabel('Buscar por nombre o documento');
    await search.fill('77781');
    await expect.poll(() => builder.getByTestId('candidate').count()).toBe(1);
    await page
      .getByLabel('Vehículo de Yolanda Guerrero, Valentina Guerrero, Samuel Guerrero')
      .selectOption('Z4K-102');
    await search.fill('ramon brice');
    await expect
      .poll(() => builder.getByTestId('candidate').allInnerTexts())
      .toEqual([expect.stringContaining('Ramón Briceño')]);
    await page.getByLabel('Vehículo de Ramón Briceño').selectOption('V2A-714');
    expect(await builder.getByTestId('candidate-count').textContent()).toContain('2 con vehículo');
    await search.fill('zzz');
    await builder.getByText('Nadie coincide con «zzz».').waitFor();
    await page.getByRole('button', { name: 'Guardar manifiesto' }).click();
    const minibus = page.locator('[data-testid="vehicle"][data-plate="Z4K-102"]');
    await minibus.getByText('Familia de 3').waitFor();
    expect(await minibus.getByTestId('passenger').count()).toBe(3);
    expect(await page.locator('[data-plate="V2A-714"]').getByTestId('passenger').allInnerTexts()).toEqual([
      expect.stringContaining('Ramón Briceño'),
    ]);
    await expect.poll(() => page.getByTestId('convoy-seats').textContent()).toBe('4 / 104');
    await shoot(page, 'convoy-manifest');

    const boarding = page.getByTestId('boarding-check');
    for (const name of ['Yolanda Guerrero', 'Valentina Guerrero', 'Samuel Guerrero']) {
      await boarding.getByLabel(name).check();
    }
    await boarding.getByRole('button', { name: 'Registrar embarque' }).click();
    await page.getByTestId('convoy-counts').getByText('no se presentaron 1').waitFor();
    await page.getByRole('button', { name: 'Registrar salida' }).click();
    await page.getByText('En ruta').first().waitFor();
    await page.getByTestId('stop-log').waitFor();
    expect(await page.getByTestId('convoy-counts').textContent()).toContain('a bordo 3');
    expect(errors).toEqual([]);
  });

  it('logs the road stop after stop: the next stop is the one shown, and a device behind catches up', async () => {
    const page = await suite.logIn('humanitario', errors);
    await page.goto(`${suite.server.url}/transit`);
    await page.getByRole('link', { name: 'CONVOY-001' }).click();
    const log = page.getByTestId('stop-log');
    const stops = log.getByTestId('stop-table').locator('tbody tr');
    await expect.poll(() => log.getByLabel('Siguiente parada').inputValue()).toBe('MOQUEGUA');
    await log.getByRole('button', { name: 'Registrar llegada' }).click();
    await log.getByRole('button', { name: 'Registrar salida de Moquegua' }).waitFor();

    await log.getByLabel('Dejó el convoy').selectOption({ label: 'Samuel Guerrero' });
    await log.getByLabel('Motivo').fill('Atención médica en Moquegua');
    await log.getByRole('button', { name: 'Registrar', exact: true }).click();
    await page.getByTestId('left-list').getByText('Samuel Guerrero').waitFor();
    // The form is empty again: who left is not offered, nor sent a second time.
    expect(await log.getByLabel('Motivo').inputValue()).toBe('');
    expect(await log.getByRole('button', { name: 'Registrar', exact: true }).isDisabled()).toBe(true);

    await log.getByRole('button', { name: 'Registrar salida de Moquegua' }).click();
    await expect.poll(() => log.getByLabel('Siguiente parada').inputValue()).toBe('AREQUIPA');
    await log.getByRole('button', { name: 'Registrar llegada' }).click();
    await log.getByRole('button', { name: 'Registrar salida de Arequipa' }).waitFor();
    expect(await stops.locator('td:first-child').allInnerTexts()).toEqual(['Tacna', 'Moquegua', 'Arequipa']);
    expect(await page.getByTestId('transit-problem').count()).toBe(0);
    // The route says where the convoy is, and the map marks the stops passed and the one it is at.
    const route = page.getByTestId('convoy-route');
    await expect
      .poll(() => route.getByTestId('route-now').textContent())
      .toMatch(/^En Arequipa, parada 3 de \d+\.$/);
    const map = route.getByTestId('corridor-map');
    await expect.poll(() => map.locator('path.corridor-stop-here').count()).toBe(1);
    expect(await map.locator('path.corridor-stop-passed').count()).toBe(2);
    const total = Number(
      (/de (\d+)/.exec((await route.getByTestId('route-now').textContent()) ?? '') ?? [])[1],
    );
    expect(await map.locator('path.corridor-stop').count()).toBe(total);
    expect(await map.locator('.corridor-label').allInnerTexts()).toContain('Arequipa');
    await route.scrollIntoViewIfNeeded();
    await shoot(page, 'convoy-route');
    expect(errors).toEqual([]);

    // A second device with the convoy open logs the departure from Arequipa after this one did: it is
    // told why in Spanish and shown the log as it is now, ready for the next stop.
    const other = await suite.browser.context.newPage();
    await other.goto(page.url());
    const otherLog = other.getByTestId('stop-log');
    await otherLog.getByRole('button', { name: 'Registrar salida de Arequipa' }).waitFor();
    await log.getByRole('button', { name: 'Registrar salida de Arequipa' }).click();
    await log.getByRole('button', { name: 'Registrar llegada' }).waitFor();
    await otherLog.getByRole('button', { name: 'Registrar salida de Arequipa' }).click();
    await expect
      .poll(() => other.getByTestId('transit-reason').textContent())
      .toBe('El convoy no está detenido en esa parada.');
    await otherLog.getByRole('button', { name: 'Registrar llegada' }).waitFor();
    expect(await otherLog.getByLabel('Siguiente parada').inputValue()).toBe(
      await log.getByLabel('Siguiente parada').inputValue(),
    );
    await other.close();
  });

  it('annuls an arrival at the exit pressed by mistake, and the road goes on', async () => {
    const page = await suite.logIn('humanitario', errors);
    await page.goto(`${suite.server.url}/transit`);
    await page.getByRole('link', { name: 'CONVOY-001' }).click();
    const log = page.getByTestId('stop-log');
    const correct = page.getByTestId('correct-step');
    await correct.waitFor();
    // The forms standing at the page's foot do not take the focus when it loads: no one opened them.
    const focusIn = (testId: string) =>
      page.evaluate((id) => document.activeElement?.closest(`[data-testid="${id}"]`) != null, testId);
    expect(await focusIn('correct-step')).toBe(false);
    await log.getByRole('button', { name: /^Llegada al punto de salida/ }).click();
    await page.getByText('Llegó').first().waitFor();
    // The button pressed is gone: the focus goes to the log it changed, not to the top of the page.
    await expect.poll(() => focusIn('stop-log')).toBe(true);
    await expect
      .poll(() => correct.getByTestId('correct-step-last').textContent())
      .toContain('Último paso: llegada al punto de salida');
    await correct.getByLabel('Qué fue el error').fill('Pulsado por error en Arequipa');
    await correct.getByRole('button', { name: 'Anular este paso' }).click();

    await page.getByText('En ruta').first().waitFor();
    await log.getByRole('button', { name: /^Llegada al punto de salida/ }).waitFor();
    expect(await page.getByTestId('convoy-counts').textContent()).toContain('llegaron 0');
    // The step before is the one offered now: the departure from Arequipa.
    expect(await correct.getByTestId('correct-step-last').textContent()).toContain('salida de Arequipa');
    expect(await log.getByTestId('stop-table').locator('td:first-child').allInnerTexts()).not.toContain(
      'Tumbes',
    );
    expect(await page.getByTestId('transit-problem').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('says when an address names no convoy, without a retry, and leads back to the list', async () => {
    const page = await suite.logIn('humanitario', []);
    const asked: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/convoys/')) asked.push(new URL(r.url()).pathname);
    });
    for (const query of ['', `?id=${randomUUID()}`, '?id=CONVOY-001']) {
      await page.goto(`${suite.server.url}/transit/convoy${query}`);
      await page.getByTestId('no-such-convoy').waitFor();
      expect(await page.getByRole('button', { name: 'Reintentar' }).count(), query).toBe(0);
    }
    // An address without an id names nothing: the server is not asked (which logged a 400).
    expect(asked).not.toContain('/api/convoys/');
    expect(asked).toHaveLength(2);
    await page.getByRole('link', { name: 'Ir a Tránsito' }).click();
    await page.getByTestId('transit-page').waitFor();
    await page.close();
  });
});
