// The booth from the keyboard in Chromium: once a person is registered, focus is on "Registrar otra
// persona" (Enter takes the officer to the next document); correcting the decision moves focus into
// the correction and back to its button, asks for the correction's own reason, and offers no field
// whose text would not be sent. A reader swiped while focus is on a button reads into the scan field
// (after a registration, as the next person), and Ctrl+Enter registers from the scan field.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatTd3 } from '../../src/domain/documents';
import { browserSuite } from '../support/web-server';

// The server runs on the real clock: the passport expires three years from today.
const expiry = new Date();
expiry.setUTCFullYear(expiry.getUTCFullYear() + 3);
const PASSPORT = formatTd3({
  documentCode: 'P',
  issuingState: 'VEN',
  surname: 'SALAZAR',
  givenNames: 'PEDRO',
  documentNumber: '987654321',
  nationality: 'VEN',
  birthDate: '1979-11-30',
  sex: 'M',
  expiryDate: expiry.toISOString().slice(0, 10),
  optionalData: '',
  optionalData2: '',
});

const SPOUSE = formatTd3({
  documentCode: 'P',
  issuingState: 'VEN',
  surname: 'LUNA DE SALAZAR',
  givenNames: 'CARMEN',
  documentNumber: '987654322',
  nationality: 'VEN',
  birthDate: '1981-04-03',
  sex: 'F',
  expiryDate: expiry.toISOString().slice(0, 10),
  optionalData: '',
  optionalData2: '',
});

describe('the booth from the keyboard in Chromium', () => {
  const suite = browserSuite();
  const errors: string[] = [];

  const focused = (page: Page) =>
    page.evaluate(() => {
      const active = document.activeElement;
      if (!(active instanceof HTMLElement)) return '';
      return active instanceof HTMLInputElement
        ? `${active.type}:${active.value}`
        : (active.textContent ?? '').trim();
    });

  async function swipe(page: Page, zone: readonly string[]) {
    await page.waitForFunction(() => document.activeElement?.id === 'mrz-input');
    for (const line of zone) {
      await page.keyboard.type(line);
      await page.keyboard.press('Enter');
    }
    await page.getByTestId('scan-result').getByText('Zona válida (TD3)').waitFor();
  }

  /** The officer, logged in, at the booth with its policy loaded. */
  async function atBooth(): Promise<Page> {
    const page = await suite.logIn('oficial.santarosa', errors);
    await page.getByRole('link', { name: 'Caseta' }).click();
    await page.getByTestId('booth-policy-version').getByText('versión 1').waitFor();
    return page;
  }

  async function registerOne(page: Page) {
    await swipe(page, PASSPORT);
    await page.getByRole('button', { name: 'Registrar y decidir' }).click();
    await page.locator('[data-testid="registration-status"][data-status="admitted"]').waitFor();
  }

  it('puts focus on the next person once a person is registered', async () => {
    const page = await atBooth();
    await registerOne(page);
    await page.waitForFunction(() => document.activeElement?.tagName === 'BUTTON');
    expect(await focused(page)).toBe('Registrar otra persona');
    // A key pressed alone by mistake is no reader's swipe: the result stays, and focus with it.
    await page.keyboard.press('1');
    await page.waitForTimeout(600);
    expect(await focused(page)).toBe('Registrar otra persona');
    expect(await page.locator('[data-testid="registration-status"][data-status="admitted"]').count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'mrz-input');
    expect(await page.locator('#mrz-input').inputValue()).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps focus in the correction and asks for its own reason', async () => {
    const page = await atBooth();
    await registerOne(page);
    await page.getByRole('button', { name: 'Corregir la decisión' }).click();
    // Focus on the decision recorded, where arrow keys choose another.
    await page.waitForFunction(() => document.activeElement instanceof HTMLInputElement);
    expect(await focused(page)).toBe('radio:admitted');

    const correction = page.getByTestId('correct-1-decision');
    // The result is read out as it changes; the correction's fields, opening inside it, are not news.
    expect(await correction.evaluate((el) => el.closest('[aria-live]')?.getAttribute('aria-live'))).toBe(
      'off',
    );
    await correction.getByLabel('Rechazar', { exact: true }).check();
    // A refusal's note would not be sent with a correction: its reason is the note.
    expect(await correction.getByLabel('Nota').count()).toBe(0);
    // No ground is chosen for the officer: the list asks for one.
    expect(await correction.getByLabel('Motivo del rechazo').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Enviar la corrección' }).click();
    // The correction's own reason, not the override's ("differs from the recommendation").
    await page.getByText('Escriba el motivo de la corrección').waitFor();
    expect(await page.getByText('difiere de la recomendación').count()).toBe(0);
    // And the refusal's ground, beside it, with focus on it: the first field marked.
    await correction.getByText('Un rechazo necesita un motivo de la lista.').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'correct-1-ground');

    await page.getByRole('button', { name: 'Cancelar' }).click();
    await page.waitForFunction(() => document.activeElement?.tagName === 'BUTTON');
    expect(await focused(page)).toBe('Corregir la decisión');
    // Opened again, it starts clean.
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement instanceof HTMLInputElement);
    expect(await page.getByText('Escriba el motivo de la corrección').count()).toBe(0);

    await correction.getByLabel('Rechazar', { exact: true }).check();
    await correction.getByLabel('Motivo del rechazo').selectOption('false-document');
    await page.getByLabel('Motivo de la corrección').fill('El pasaporte no es suyo');
    await page.getByRole('button', { name: 'Enviar la corrección' }).click();
    await page.getByTestId('correction-sent').waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'BUTTON');
    expect(await focused(page)).toBe('Corregir la decisión');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('puts focus on the first marked field when a group cannot be sent yet', async () => {
    const page = await atBooth();
    await swipe(page, PASSPORT);
    await page.getByTestId('add-member').click();
    await swipe(page, SPOUSE);
    // Her relationship to the first person is not said yet.
    await page.getByRole('button', { name: 'Registrar y decidir para las 2 personas' }).click();
    await page.getByTestId('register-issues').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'reg-relationship');
    await page.keyboard.press('Escape');
    await page.locator('#reg-relationship').selectOption('spouse');
    await page.getByRole('button', { name: 'Registrar y decidir para las 2 personas' }).click();
    await page.locator('[data-testid="registration-status"][data-status="admitted"]').nth(1).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says who was taken out of a group, and leaves focus on the group's add button", async () => {
    const page = await atBooth();
    await swipe(page, PASSPORT);
    await page.getByTestId('add-member').click();
    await swipe(page, SPOUSE);
    await page.getByRole('button', { name: /^Quitar del grupo/ }).click();
    await page
      .getByTestId('member-removed')
      .getByText('Se quitó a CARMEN LUNA DE SALAZAR del grupo.')
      .waitFor();
    // The button pressed went with its row, and the list with it: focus is on "add", not the page's top.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('add-member');
    expect(await page.getByTestId('member-list').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  // A reader types like a keyboard, each line ended by Enter, with no pause for focus to move.
  async function swipeWherever(page: Page, zone: readonly string[]) {
    for (const line of zone) {
      await page.keyboard.type(line);
      await page.keyboard.press('Enter');
    }
  }

  it("reads the next passport swiped on the next person's button, and registers it with Ctrl+Enter", async () => {
    const page = await atBooth();
    await registerOne(page);
    await page.waitForFunction(() => document.activeElement?.tagName === 'BUTTON');
    expect(await focused(page)).toBe('Registrar otra persona');
    // Before, the first line went to the button, its Enter pressed it, and the zone was read cut short.
    await swipeWherever(page, SPOUSE);
    await page.getByTestId('scan-result').getByText('Zona válida (TD3)').waitFor();
    expect((await page.locator('#mrz-input').inputValue()).trim()).toBe(SPOUSE.join('\n'));
    expect(await page.getByLabel('Nombres', { exact: true }).inputValue()).toBe('CARMEN');
    // The scan field still has focus: Ctrl+Enter registers her, 25 Tab presses from the button.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('mrz-input');
    await page.keyboard.press('Control+Enter');
    await page.locator('[data-testid="registration-status"][data-status="admitted"]').waitFor();
    expect(await page.getByTestId('register-panel').textContent()).toContain('CARMEN');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads a passport swiped while focus is on the register button, without registering anyone', async () => {
    const page = await atBooth();
    await swipe(page, PASSPORT);
    const register = page.getByRole('button', { name: 'Registrar y decidir' });
    await register.focus();
    // The Enter ending the first line would have pressed the button: PEDRO registered, half read.
    await swipeWherever(page, SPOUSE);
    await page.getByTestId('scan-result').getByText('Zona válida (TD3)').waitFor();
    expect((await page.locator('#mrz-input').inputValue()).trim()).toBe(SPOUSE.join('\n'));
    expect(await page.getByLabel('Nombres', { exact: true }).inputValue()).toBe('CARMEN');
    expect(await page.getByTestId('registration-status').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
