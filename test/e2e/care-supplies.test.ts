// A humanitarian worker keeps the supplies in Chromium: a delivery clears a low-stock alert, a
// distribution larger than the stock is refused in words, a request goes from requested to received
// and fills the place that asked, and a need is noted at a shelter in words. A thousand typed as
// 1.000 or 1,000 is a thousand; a quantity that is not whole is said at its field. An analyst only reads.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_SHELTERS } from '../../src/store/demo';
import { shoot } from '../support/browser';
import { browserSuite } from '../support/web-server';

const CASA = DEMO_SHELTERS[1]?.id ?? '';
const COLLASUYO = DEMO_SHELTERS[2]?.id ?? '';

const figure = (page: Page, placeId: string, item: string) =>
  page.getByTestId(`stock-${placeId}-${item}`).locator('.stock-figure');

async function recordMovement(
  page: Page,
  kind: string,
  placeId: string,
  item: string,
  quantity: number | string,
) {
  await page.locator('#movement-kind').selectOption(kind);
  await page.locator('#movement-place').selectOption(placeId);
  await page.locator('#movement-item').selectOption(item);
  await page.locator('#movement-quantity').fill(String(quantity));
  await page.getByRole('button', { name: 'Registrar movimiento' }).click();
}

describe('keeping supplies in Chromium', { timeout: 120_000 }, () => {
  const suite = browserSuite();

  it('clears an alert with a delivery, refuses too large a distribution, and receives a request', async () => {
    const errors: string[] = [];
    const page = await suite.logIn('humanitario', errors);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${suite.server.url}/care/supplies`);
    const alert = page.getByTestId(`alert-${CASA}-food-kit`);
    await expect.poll(() => alert.textContent()).toContain('quedan 12 kits, el mínimo es 40 kits');
    await shoot(page, 'supplies');

    await recordMovement(page, 'delivery', CASA, 'food-kit', 30);
    await expect.poll(() => figure(page, CASA, 'food-kit').textContent()).toBe('42');
    await expect.poll(() => alert.count()).toBe(0);
    const latest = page.getByTestId('movements').locator('tbody tr').first();
    await expect.poll(() => latest.textContent()).toMatch(/Casa de acogida del migrante.*Entrega.*\+30 kits/);

    await recordMovement(page, 'distribution', CASA, 'food-kit', 1000);
    await expect
      .poll(() => page.getByTestId('care-problem').textContent())
      .toContain('No hay existencias suficientes en Casa de acogida del migrante');
    await page.reload();
    await expect.poll(() => figure(page, CASA, 'food-kit').textContent()).toBe('42');

    // Blankets were never delivered to Collasuyo: they count as 0 until the request is received.
    await expect.poll(() => figure(page, COLLASUYO, 'blanket').textContent()).toBe('0');
    await page.locator('#request-place').selectOption(COLLASUYO);
    await page.locator('#request-item').selectOption('blanket');
    await page.locator('#request-quantity').fill('25');
    await page.getByRole('button', { name: 'Abrir pedido' }).click();
    const card = (state: string) => page.getByTestId(`requests-${state}`).getByText('Frazadas: 25 unidades');
    await expect.poll(() => card('requested').count()).toBe(1);
    // Only the moves a requested request allows are offered.
    const moves = page.getByRole('button', { name: /^[^:]+: Frazadas: 25 unidades/ });
    await expect.poll(() => moves.allTextContents()).toEqual(['Comprometer', 'Cancelar']);
    await page.getByRole('button', { name: /^Comprometer: Frazadas: 25 unidades/ }).click();
    await expect.poll(() => card('committed').count()).toBe(1);
    // The move is said, and focus is on the column the request is now in (its buttons went with it).
    await page.getByText(/^Frazadas: 25 unidades para .+: ahora en «Comprometido»\.$/).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('requests-committed');
    // The move and the opening are said in the language in use, also when it is switched after them.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText(/^Blankets: 25 pieces for .+: now in “Committed”\.$/).waitFor();
    await page.getByText('Request opened.', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByText(/^Frazadas: 25 unidades para .+: ahora en «Comprometido»\.$/).waitFor();
    await page.getByRole('button', { name: /^Marcar enviado: Frazadas: 25 unidades/ }).click();
    await expect.poll(() => card('sent').count()).toBe(1);
    await expect.poll(() => moves.allTextContents()).toEqual(['Marcar recibido']);
    await page.getByRole('button', { name: /^Marcar recibido: Frazadas: 25 unidades/ }).click();
    await expect.poll(() => card('received').count()).toBe(1);
    await expect.poll(() => moves.count()).toBe(0);
    await expect.poll(() => figure(page, COLLASUYO, 'blanket').textContent()).toBe('25');
    await expect.poll(() => latest.textContent()).toMatch(/Collasuyo.*Pedido recibido.*\+25 unidades/);
    // The refused distribution is the one failed answer the browser saw.
    expect(errors).toEqual(['Failed to load resource: the server responded with a status of 409 (Conflict)']);
  });

  it('reads a thousand typed with a dot or a comma, and says at the field what is wrong with a quantity', async () => {
    const errors: string[] = [];
    const page = await suite.logIn('humanitario', errors);
    await page.goto(`${suite.server.url}/care/supplies`);
    await expect.poll(() => figure(page, COLLASUYO, 'hygiene-kit').textContent()).toBe('0');
    const quantity = page.locator('#movement-quantity');
    await recordMovement(page, 'delivery', COLLASUYO, 'hygiene-kit', '1,5');
    await page.getByText('La cantidad debe ser un número entero mayor que cero.').waitFor();
    expect(await quantity.getAttribute('aria-invalid')).toBe('true');
    await recordMovement(page, 'delivery', COLLASUYO, 'hygiene-kit', 'diez');
    await page.getByText('Escriba la cantidad con cifras, por ejemplo 1200 o 1,200.').waitFor();
    // Chile and Venezuela write a thousand 1.000, Peru 1,000: both are a thousand kits, not one.
    await recordMovement(page, 'delivery', COLLASUYO, 'hygiene-kit', '1.000');
    await expect.poll(() => figure(page, COLLASUYO, 'hygiene-kit').textContent()).toBe('1,000');
    expect(await quantity.getAttribute('aria-invalid')).toBeNull();
    await recordMovement(page, 'delivery', COLLASUYO, 'hygiene-kit', '1,000');
    await expect.poll(() => figure(page, COLLASUYO, 'hygiene-kit').textContent()).toBe('2,000');
    // A transfer to the place it leaves is said at its destination.
    await page.locator('#movement-kind').selectOption('transfer');
    await page.locator('#movement-to').selectOption(COLLASUYO);
    await recordMovement(page, 'transfer', COLLASUYO, 'hygiene-kit', '10');
    await page.getByText('Elija otro lugar: un traslado va de un lugar a otro.').waitFor();
    expect(await page.locator('#movement-to').getAttribute('aria-invalid')).toBe('true');
    // The refused quantities never reached the suite.server.
    expect(errors).toEqual([]);
  });

  it('notes a need at a shelter and lists it with its categories in words', async () => {
    const errors: string[] = [];
    const page = await suite.logIn('humanitario', errors);
    await page.goto(`${suite.server.url}/care/shelter?shelter=${CASA}`);
    const needs = page.getByTestId('needs');
    await expect.poll(() => needs.textContent()).toContain('Bebés y primera infancia');
    await page.getByLabel('Salud').check();
    await page.getByLabel('Protección').check();
    await page.getByLabel('Qué hace falta').fill('Atención médica para dos adultos mayores');
    await page.getByRole('button', { name: 'Anotar necesidad' }).click();
    const noted = needs.locator('li', { hasText: 'Atención médica para dos adultos mayores' });
    await expect.poll(() => noted.locator('.tag').allTextContents()).toEqual(['Salud', 'Protección']);
    expect(await needs.textContent()).not.toContain('infant');
    expect(errors).toEqual([]);
  });

  it('sets the minimum of an item at a place, and the alerts follow it', async () => {
    const errors: string[] = [];
    const page = await suite.logIn('humanitario', errors);
    await page.goto(`${suite.server.url}/care/supplies`);
    await page.getByTestId('stock').waitFor();
    // Shown grouped in thousands ("1,200"): the digits are the figure.
    const held = Number(
      ((await figure(page, COLLASUYO, 'hygiene-kit').textContent()) ?? '').replace(/\D/g, ''),
    );
    expect(Number.isInteger(held)).toBe(true);
    const alert = page.getByTestId(`alert-${COLLASUYO}-hygiene-kit`);
    expect(await alert.count()).toBe(0);
    await page.locator('#threshold-place').selectOption(COLLASUYO);
    await page.locator('#threshold-item').selectOption('hygiene-kit');
    const minimum = page.getByLabel('Mínimo (kits)');
    expect(await minimum.inputValue()).toBe('');
    // Words are said at the field and not sent.
    await minimum.fill('diez');
    await page.getByRole('button', { name: 'Fijar mínimo' }).click();
    await page.getByText('Escriba el mínimo con cifras').waitFor();
    expect(await alert.count()).toBe(0);

    await minimum.fill(String(held + 2));
    await page.getByRole('button', { name: 'Fijar mínimo' }).click();
    await page.getByText(`Mínimo fijado: Kits de higiene en`).waitFor();
    await expect.poll(() => alert.textContent()).toMatch(/el mínimo es [\d.,]+ kits/);
    await expect
      .poll(() => page.getByTestId(`stock-${COLLASUYO}-hygiene-kit`).locator('.stock-minimum').textContent())
      .toMatch(/^mín\. [\d.,]+$/);
    // Choosing the same place and item again shows the minimum in force.
    await page.locator('#threshold-item').selectOption('water');
    await page.locator('#threshold-item').selectOption('hygiene-kit');
    expect(await minimum.inputValue()).toBe(String(held + 2));

    await minimum.fill('0');
    await page.getByRole('button', { name: 'Fijar mínimo' }).click();
    await expect.poll(() => alert.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows an analyst the figures with no control to change them', async () => {
    const errors: string[] = [];
    const page = await suite.logIn('analista', errors);
    await page.goto(`${suite.server.url}/care/supplies`);
    await page.getByTestId('stock').waitFor();
    await page.getByTestId('requests-board').waitFor();
    expect(await page.getByTestId('supplies-page').locator('button, form, input, select').count()).toBe(0);
    await page.goto(`${suite.server.url}/care/shelter?shelter=${CASA}`);
    await expect.poll(() => page.getByTestId('needs').textContent()).toContain('Higiene');
    expect(await page.getByRole('button', { name: 'Anotar necesidad' }).count()).toBe(0);
    expect(await page.getByLabel('Qué hace falta').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
