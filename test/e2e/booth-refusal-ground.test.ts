// A refusal's ground at the booth in Chromium: the document rules recommend refusing a couple who
// carry no document, and the refusal is pre-selected for the group, but its legal ground is not: the
// list reads "Elija el motivo…", and "Registrar y decidir" sends nothing until the officer chooses one,
// saying so beside the field, which gets the focus. The ground chosen is the one every member's
// crossing carries.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite } from '../support/web-server';

describe('the ground of a refusal at the booth in Chromium', () => {
  const suite = browserSuite();
  const errors: string[] = [];

  async function typeAdult(page: Page, givenNames: string, sex: 'F' | 'M', birthDate: string) {
    await page.getByLabel('Nombres').fill(givenNames);
    await page.getByLabel('Primer apellido').fill('QUINTERO');
    await page.getByLabel('Sexo').selectOption(sex);
    await page.getByLabel('Fecha de nacimiento').fill(birthDate);
    await page.getByLabel('Nacionalidad').fill('VEN');
    await page.getByLabel('Cómo se estableció la identidad').selectOption('declared');
  }

  const crossings = async () =>
    (
      await suite.server.t.db.kysely
        .selectFrom('crossing_event')
        .select('body')
        .where('kind', '=', 'crossing')
        .execute()
    ).map((r) => JSON.parse(r.body) as Record<string, unknown>);

  it('leaves the ground of a recommended refusal to the officer, for the whole family', async () => {
    const page = await suite.logIn('oficial.santarosa', errors);
    await page.getByRole('link', { name: 'Caseta' }).click();
    await page.getByTestId('booth-page').waitFor();
    await page.getByTestId('booth-policy-version').getByText('versión 1').waitFor();
    await page.getByLabel('Caseta', { exact: true }).selectOption('SR-01');

    // No document: the rules of Santa Rosa recommend refusing entry, on their legal basis.
    await typeAdult(page, 'ELIAS', 'M', '1984-02-11');
    await page.locator('[data-testid="policy-outcome"][data-outcome="refuse"]').waitFor();
    const decision = page.getByTestId('group-decision');
    expect(await decision.getByLabel('Rechazar', { exact: true }).isChecked()).toBe(true);
    const ground = decision.getByLabel('Motivo del rechazo');
    // The refusal is the rules' advice; its ground is not chosen for the officer.
    expect(await ground.inputValue()).toBe('');
    expect(await ground.locator('option:checked').textContent()).toBe('Elija el motivo…');
    await decision
      .getByText('El motivo legal del rechazo lo decide usted: la recomendación no lo elige por usted.')
      .waitFor();

    // His wife, on his word: one decision for both.
    await page.getByTestId('add-member').click();
    await typeAdult(page, 'MARIA', 'F', '1987-09-30');
    await page.locator('#reg-relationship').selectOption('spouse');
    expect(await ground.inputValue()).toBe('');

    const register = page.getByRole('button', { name: 'Registrar y decidir para las 2 personas' });
    await register.click();
    const missing = decision.getByText('Un rechazo necesita un motivo de la lista.');
    await missing.waitFor();
    // Focus on the ground asked for, whose error its reader hears.
    await page.waitForFunction(() => document.activeElement?.id === 'group-ground');
    expect(await ground.getAttribute('aria-invalid')).toBe('true');
    expect(await crossings()).toEqual([]);

    // Chosen, the message goes at once; both are refused on the ground chosen.
    await ground.selectOption('public-order');
    await missing.waitFor({ state: 'detached' });
    await register.click();
    const result = page.getByTestId('registration-result');
    await result.getByTestId('registration-status').nth(1).waitFor();
    expect(
      await result.getByTestId('registration-status').evaluateAll((els) => els.map((e) => e.dataset.status)),
    ).toEqual(['refused', 'refused']);
    expect(await result.getByTestId('verdict-ground').allTextContents()).toEqual([
      'Motivo del rechazo: Orden público o seguridad',
      'Motivo del rechazo: Orden público o seguridad',
    ]);
    const sent = await crossings();
    expect(sent.map((e) => [e.decision, e.refusalGround, e.recommendation])).toEqual([
      ['refused', 'public-order', 'refuse'],
      ['refused', 'public-order', 'refuse'],
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
