// A tap on the requests board acts only on the request the officer saw under their finger: the second
// tap of a double click, landing on the request that moved up into the place of the one just
// committed, does nothing; cancelling is asked first, and a question put away gives focus back.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_SHELTERS } from '../../src/store/demo';
import { browserSuite } from '../support/web-server';

const COLLASUYO = DEMO_SHELTERS[2]?.id ?? '';

async function openRequest(page: Page, quantity: number) {
  await page.locator('#request-place').selectOption(COLLASUYO);
  await page.locator('#request-item').selectOption('water');
  await page.locator('#request-quantity').fill(String(quantity));
  await page.getByRole('button', { name: 'Abrir pedido' }).click();
  await page.getByTestId('requests-requested').getByText(`Agua: ${quantity} litros`).waitFor();
}

describe('the requests board in Chromium', { timeout: 120_000 }, () => {
  const suite = browserSuite();

  it('acts only on the request under the finger, and asks before cancelling', async () => {
    const errors: string[] = [];
    const page = await suite.logIn('humanitario', errors);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${suite.server.url}/care/supplies`);
    await page.getByTestId('requests-board').waitFor();
    await openRequest(page, 701);
    await openRequest(page, 702);
    await openRequest(page, 703);
    const column = (state: string) => page.getByTestId(`requests-${state}`);
    const inColumn = (state: string, quantity: number) =>
      column(state)
        .getByTestId('request-card')
        .filter({ hasText: `Agua: ${quantity} litros` })
        .count();
    // A first move, so that the sentence saying a move was done already stands above the board.
    await page.getByRole('button', { name: /^Comprometer: Agua: 703 litros/ }).click();
    await expect.poll(() => inColumn('committed', 703)).toBe(1);
    // The newest first: 702 on top (it has just moved up there: a card that moved ignores a tap for
    // a moment, so the officer looks again), 701 just under it.
    await page.waitForTimeout(800);
    const commit702 = page.getByRole('button', { name: /^Comprometer: Agua: 702 litros/ });
    await commit702.scrollIntoViewIfNeeded();
    const box = await commit702.boundingBox();
    if (box === null) throw new Error('no button');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.click(x, y);
    await expect.poll(() => inColumn('committed', 702)).toBe(1);
    // 701 has moved up under the pointer: a second tap right now must not commit it.
    await page.mouse.click(x, y);
    await page.waitForTimeout(1000);
    expect(await inColumn('requested', 701)).toBe(1);
    expect(await inColumn('committed', 701)).toBe(0);

    // Cancelling is asked first; Escape puts the question away and focus back on the button.
    const cancel701 = page.getByRole('button', { name: /^Cancelar: Agua: 701 litros/ });
    await cancel701.click();
    const question = page.getByTestId('cancel-request-question');
    await question
      .getByText(/^¿Cancelar el pedido de Agua: 701 litros para .+\? No se puede deshacer\.$/)
      .waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => question.count()).toBe(0);
    await expect.poll(() => cancel701.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await inColumn('requested', 701)).toBe(1);
    await cancel701.click();
    await page.getByRole('button', { name: 'Sí, cancelar el pedido' }).click();
    await expect.poll(() => inColumn('cancelled', 701)).toBe(1);
    expect(await inColumn('committed', 702)).toBe(1);
    expect(errors).toEqual([]);
  });
});
