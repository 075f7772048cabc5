// The booth at a busy moment in Chromium: an officer corrects a decision and then takes the correction
// back (a second correction of the same crossing), and re-swipes a document the reader cut short without
// first pressing "Nueva lectura", or with the cursor left in a field of the form. Every record reaches
// the server once, as the officer last meant it, and only when the officer presses the button.
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
  surname: 'DE LA CRUZ PENA',
  givenNames: 'MARIA JOSE',
  documentNumber: '123456789',
  nationality: 'VEN',
  birthDate: '1990-05-14',
  sex: 'F',
  expiryDate: expiry.toISOString().slice(0, 10),
  optionalData: '',
  optionalData2: '',
});

describe('the booth at a busy moment in Chromium', () => {
  const suite = browserSuite();
  const errors: string[] = [];

  async function openBooth(): Promise<Page> {
    const page = await suite.logIn('oficial.santarosa', errors);
    await page.getByRole('link', { name: 'Caseta' }).click();
    await page.getByTestId('booth-page').waitFor();
    await page.getByTestId('booth-policy-version').getByText('versión 1').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'mrz-input');
    return page;
  }

  // A reader types like a keyboard: each line, then Enter.
  async function swipe(page: Page, lines: readonly string[]) {
    for (const line of lines) {
      await page.keyboard.type(line);
      await page.keyboard.press('Enter');
    }
  }

  async function registerAdmitted(page: Page) {
    await page.getByTestId('group-decision').getByLabel('Admitir', { exact: true }).check();
    const reason = page.getByLabel('Motivo para decidir distinto de la recomendación');
    if (await reason.isVisible()) await reason.fill('Pasaporte vigente');
    await page.getByRole('button', { name: 'Registrar y decidir' }).click();
    await page.locator('[data-testid="registration-status"][data-status="admitted"]').waitFor();
  }

  it('corrects a decision and then takes the correction back: both reach the server', async () => {
    const page = await openBooth();
    await swipe(page, PASSPORT);
    await page.getByTestId('scan-result').getByText('Zona válida (TD3)').waitFor();
    await registerAdmitted(page);

    const correct = async (decision: string, reason: string) => {
      await page.getByRole('button', { name: 'Corregir la decisión' }).click();
      const fields = page.getByTestId('correct-1-decision');
      await fields.getByLabel(decision, { exact: true }).check();
      // A refusal's ground is the officer's to choose.
      if (decision === 'Rechazar') await fields.getByLabel('Motivo del rechazo').selectOption('public-order');
      await page.getByLabel('Motivo de la corrección').fill(reason);
      await page.getByRole('button', { name: 'Enviar la corrección' }).click();
    };
    await correct('Rechazar', 'Se marcó por error');
    // Once applied, the correction says so and closes: the officer sees the decision that counts now.
    await page.getByTestId('correction-sent').waitFor();
    await page.locator('[data-testid="registration-status"][data-status="refused"]').waitFor();
    expect(await page.getByRole('button', { name: 'Enviar la corrección' }).count()).toBe(0);

    // Taking it back is a new correction, with an id of its own.
    await correct('Admitir', 'Deshacer: la persona sí fue admitida');
    await page.locator('[data-testid="registration-status"][data-status="admitted"]').waitFor();
    await page.getByTestId('correction-sent').waitFor();
    await page.locator('[data-testid="offline-status"][data-waiting="0"]').waitFor();
    expect(await page.getByTestId('offline-refused').count()).toBe(0);

    const corrections = await suite.server.t.db.kysely
      .selectFrom('crossing_event')
      .select(['id', 'body'])
      .where('kind', '=', 'correction')
      .orderBy('received_at')
      .execute();
    expect(corrections.map((c) => JSON.parse(c.body).set.decision)).toEqual(['refused', 'admitted']);
    const state = await suite.server.t.db.kysely
      .selectFrom('event_state')
      .select('decision')
      .where('event_id', '=', JSON.parse(corrections[0]?.body ?? '{}').corrects)
      .executeTakeFirstOrThrow();
    expect(state.decision).toBe('admitted');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fills the form in the same moment the zone reads as valid, never a moment later', async () => {
    const page = await openBooth();
    // Watches the page itself: the first time the verdict says the zone is valid, what the form holds
    // then (a mutation observer runs before the browser does anything else, a test's next look may not).
    await page.evaluate(() => {
      const seen = window as unknown as { formAtVerdict?: string };
      const observer = new MutationObserver(() => {
        if (!(document.getElementById('scan-summary')?.textContent ?? '').includes('Zona válida')) return;
        const names = document.getElementById('reg-givenNames');
        seen.formAtVerdict = names instanceof HTMLInputElement ? names.value : 'no field';
        observer.disconnect();
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await swipe(page, PASSPORT);
    await page.getByTestId('scan-result').getByText('Zona válida (TD3)').waitFor();
    expect(await page.evaluate(() => (window as unknown as { formAtVerdict?: string }).formAtVerdict)).toBe(
      'MARIA JOSE',
    );
    await page.close();
  });

  it('fills nothing from a swipe cut short, and reads the document swiped again over it', async () => {
    const page = await openBooth();
    // The reader lost one character of the second line: no zone, and nothing of it in the form.
    const [line1 = '', line2 = ''] = PASSPORT;
    await swipe(page, [line1, `${line2.slice(0, 20)}${line2.slice(21)}`]);
    await page.locator('#scan-summary').getByText('No se reconoce una zona MRZ').waitFor();
    expect(await page.getByLabel('Nombres').inputValue()).toBe('');
    expect(await page.getByLabel('Primer apellido').inputValue()).toBe('');
    expect(await page.getByLabel('Número del documento').count()).toBe(0);

    // Swiped again, without "Nueva lectura": the new read is the one taken, and only it stays.
    await swipe(page, PASSPORT);
    await page.getByTestId('scan-result').getByText('Zona válida (TD3)').waitFor();
    expect(await page.getByLabel('Zona MRZ').inputValue()).toBe(`${line1}\n${line2}\n`);
    expect(await page.getByLabel('Nombres').inputValue()).toBe('MARIA JOSE');
    expect(await page.getByLabel('Primer apellido').inputValue()).toBe('DE LA CRUZ');
    expect(await page.getByLabel('Segundo apellido').inputValue()).toBe('PENA');
    expect(await page.getByLabel('Número del documento').inputValue()).toBe('123456789');
    await registerAdmitted(page);

    const [crossing] = await suite.server.t.db.kysely
      .selectFrom('crossing_event')
      .select('body')
      .where('kind', '=', 'crossing')
      .orderBy('received_at', 'desc')
      .limit(1)
      .execute();
    expect(JSON.parse(crossing?.body ?? '{}').document.mrz).toBe(PASSPORT.join('\n'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('registers nobody when Enter is pressed in a field of the form, or a reader types into one', async () => {
    const page = await openBooth();
    const crossings = () =>
      suite.server.t.db.kysely
        .selectFrom('crossing_event')
        .select('id')
        .where('kind', '=', 'crossing')
        .execute();
    const before = (await crossings()).length;
    // Enter out of habit after the surname: the person is not registered (nor refused) half typed.
    await page.getByLabel('Nombres').fill('MARÍA DE LOS ÁNGELES');
    await page.getByLabel('Primer apellido').fill('NÚÑEZ DE LA PEÑA');
    await page.getByLabel('Primer apellido').press('Enter');
    // A reader swiped while the cursor was in a field: its lines and Enters land there.
    await page.getByLabel('Segundo apellido').focus();
    await swipe(page, PASSPORT);
    await page.getByLabel('Fecha de nacimiento').fill('14/05/1990');
    await page.getByLabel('Fecha de nacimiento').press('Enter');
    expect(await page.getByTestId('registration-result').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Registrar y decidir' }).isVisible()).toBe(true);

    // The button still registers, once.
    await page.getByLabel('Segundo apellido').fill('FERNÁNDEZ');
    await page.getByTestId('group-decision').getByLabel('Retener para supervisión').check();
    const reason = page.getByLabel('Motivo para decidir distinto de la recomendación');
    if (await reason.isVisible()) await reason.fill('Sin documento: lo ve el supervisor');
    await page.getByRole('button', { name: 'Registrar y decidir' }).click();
    await page.locator('[data-testid="registration-status"][data-status="held"]').waitFor();
    expect((await crossings()).length).toBe(before + 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows on a phone the names of earlier registrations that may be the person without cutting a word', async () => {
    const page = await openBooth();
    await page.setViewportSize({ width: 390, height: 844 });
    for (const time of [1, 2]) {
      if (time === 2) await page.getByRole('button', { name: 'Registrar otra persona' }).click();
      await swipe(page, PASSPORT);
      await page.getByTestId('scan-result').getByText('Zona válida (TD3)').waitFor();
      await registerAdmitted(page);
    }
    const names = page.getByTestId('candidates').locator('dd').first();
    await names.waitFor();
    expect(await names.textContent()).toContain('MARIA JOSE DE LA CRUZ PENA');
    // Each word of the name on one line: a word cut in two ("MARI" / "A") reads as another name.
    const cut = await names.evaluate((dd) => {
      const text = dd.firstChild;
      if (text === null) return ['no text'];
      const words: string[] = [];
      for (const match of (text.textContent ?? '').matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        if (range.getClientRects().length > 1) words.push(match[0]);
      }
      return words;
    });
    expect(cut).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
