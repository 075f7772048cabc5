// Who reads an incident's texts, in Chromium. A supervisor opens an incident whose description names
// an arrest (the box to share it left unticked) and adds a note for partners (ticked): the page tags
// each with who reads it. A humanitarian partner, on a phone, sees the incident, the shared note and,
// in place of the description, "Detalle reservado al personal", on the incidents page and in the
// map's popup; the arrest never reaches the partner's browser.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoSituation } from '../../src/store/demo';
import { browserSuite } from '../support/web-server';

const ARREST = 'Detenido por requisitoria de la PNP; traslado a la fiscalía de Tacna.';
const LANE = 'Se habilita un carril para buses con familias.';
const TITLE = 'Control policial en la Panamericana';

/** Every answer of the API the page receives, as text. */
const answersOf = (page: Page): string[] => {
  const bodies: string[] = [];
  page.on('response', (response) => {
    if (!response.url().includes('/api/')) return;
    response.text().then(
      (body) => bodies.push(body),
      () => undefined,
    );
  });
  return bodies;
};

describe('the texts of an incident in Chromium', { timeout: 120_000 }, () => {
  const suite = browserSuite();
  const errors: string[] = [];
  let incidentId = '';
  beforeAll(async () => {
    await seedDemoSituation(suite.server.t.db.kysely, new Date());
  });

  it('lets a supervisor share a note with partners, and tags each text with who reads it', async () => {
    const page = await suite.logIn('supervisor', errors);
    await page.goto(`${suite.server.url}/incidents`);
    await page.getByTestId('incident').first().waitFor();
    await page.getByRole('button', { name: 'Abrir un incidente' }).click();
    await page.getByLabel('Título').fill(TITLE);
    await page.getByLabel('Tipo').selectOption('security');
    await page.getByLabel('Gravedad').selectOption('critical');
    await page.getByLabel('Cerca de').selectOption('PE-SANTA-ROSA');
    await page.getByLabel('Descripción').fill(ARREST);
    // Not shared unless ticked.
    const shareDescription = page.getByRole('checkbox', {
      name: 'Compartir este texto con los socios humanitarios',
    });
    expect(await shareDescription.isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Abrir incidente' }).click();
    const detail = page.getByTestId('incident-detail');
    await detail.getByRole('heading', { name: TITLE }).waitFor();
    incidentId = new URL(page.url()).searchParams.get('id') ?? '';
    expect(incidentId).not.toBe('');

    const share = detail.getByRole('checkbox', { name: 'Compartir este texto con los socios humanitarios' });
    await detail.getByLabel('Nota').fill(LANE);
    await share.check();
    await detail.getByRole('button', { name: 'Guardar novedad' }).click();
    const log = detail.getByTestId('incident-log').locator('> li');
    await log.filter({ hasText: LANE }).waitFor();
    expect(await log.filter({ hasText: ARREST }).locator('.tag').textContent()).toBe('Solo personal');
    expect(await log.filter({ hasText: LANE }).locator('.tag').textContent()).toBe(
      'Compartido con socios humanitarios',
    );
    // The next note starts unshared again.
    await expect.poll(() => detail.getByLabel('Nota').inputValue()).toBe('');
    expect(await share.isChecked()).toBe(false);

    // On the map, the description is said to be the staff's.
    await page.goto(`${suite.server.url}/map`);
    await page.locator('path.incident-marker.incident-critical').click({ force: true });
    const popup = page.locator('.leaflet-popup-content');
    await popup.getByText(ARREST).waitFor();
    expect(await popup.locator('dt').allTextContents()).toContain('Descripción · Solo personal');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a partner on a phone the shared note and a neutral line, and never sends the arrest', async () => {
    const page = await suite.logIn('humanitario', errors);
    const answers = answersOf(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${suite.server.url}/incidents?id=${incidentId}`);
    const detail = page.getByTestId('incident-detail');
    await detail.getByRole('heading', { name: TITLE }).waitFor();
    const log = detail.getByTestId('incident-log');
    await log.getByText(LANE).waitFor();
    await log.getByText('Detalle reservado al personal').waitFor();
    // Partners are not shown the staff's tags, nor any form.
    expect(await log.locator('.tag').count()).toBe(0);
    expect(await detail.getByRole('checkbox').count()).toBe(0);

    await page.goto(`${suite.server.url}/map`);
    await page.locator('path.incident-marker.incident-critical').click({ force: true });
    const popup = page.locator('.leaflet-popup-content');
    await popup.getByText(TITLE).waitFor();
    expect(await popup.locator('dd').allTextContents()).toContain('Detalle reservado al personal');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);

    expect(answers.length).toBeGreaterThan(2);
    expect(answers.filter((body) => body.includes('requisitoria') || body.includes('fiscalía'))).toEqual([]);
    expect(await page.content()).not.toContain('requisitoria');
    expect(errors).toEqual([]);
    await page.close();
  });
});
