// The booth's confirm step in Chromium (issue 11, point 9): a passport whose document number the reader
// misread is shown as repaired, but not valid; registering is refused until the officer confirms the
// number against the printed page, and then the number as repaired is saved beside the zone as read.
// A Belgian card read by its issuer's variant says so. A Chilean identity card's RUN, written in its
// optional data, is shown as a RUN, checked, and offered as the identifier the person is registered by.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatTd1 } from '../../src/domain/documents';
import { belgianCardZone, inThreeYears, passportInForce } from '../support/documents';
import { chileanCard } from '../support/mrz-zones';
import { browserSuite } from '../support/web-server';

// The server runs on the real clock: the passport expires three years from today.
const [LINE1, LINE2] = passportInForce();
// The 8 at column 3 read as the letter B: B may stand in a number, so only the check digit says 8.
const MISREAD_LINE2 = `${LINE2.slice(0, 2)}B${LINE2.slice(3)}`;

describe('the booth asks the officer to confirm a repaired document number', () => {
  const suite = browserSuite();
  const errors: string[] = [];

  const logIn = (username: string): Promise<Page> => suite.logIn(username, errors);
  const crossings = async (): Promise<Record<string, unknown>[]> => {
    const rows = await suite.server.t.db.kysely
      .selectFrom('crossing_event')
      .select(['body', 'received_at'])
      .where('kind', '=', 'crossing')
      .orderBy('received_at')
      .execute();
    return rows.map((r) => JSON.parse(r.body));
  };

  it('registers only once the number is confirmed against the printed page', async () => {
    const page = await logIn('oficial.santarosa');
    await page.getByRole('link', { name: 'Caseta' }).click();
    await page.getByTestId('booth-page').waitFor();
    await page.getByLabel('Zona MRZ').fill(`${LINE1}\n${MISREAD_LINE2}`);

    const summary = page.getByTestId('scan-result');
    await summary.getByText('No es válida hasta que confirme 1 corrección con la página impresa').waitFor();
    const step = page.getByTestId('mrz-confirm');
    expect(await step.locator('legend').textContent()).toBe('Confirme con la página impresa');
    expect(await step.textContent()).toContain(
      'Número de documento: «158273645» (línea 2, columna 3: se leyó «B» y Paso tomó «8»)',
    );
    expect(await page.getByLabel('Número del documento').inputValue()).toBe('158273645');

    // Not confirmed: nothing is saved.
    await page.getByRole('button', { name: 'Registrar y decidir' }).click();
    await page.getByTestId('register-issues').waitFor();
    expect(await crossings()).toHaveLength(0);

    // Compared with the page and confirmed: the zone is valid, and the registration goes through.
    await step.getByLabel('Coincide con la página impresa').check();
    await summary.getByText('Zona válida (TD3)').waitFor();
    await page.getByRole('button', { name: 'Registrar y decidir' }).click();
    await page.getByTestId('registration-status').waitFor();
    const [saved] = await crossings();
    expect(saved).toMatchObject({
      document: { number: '158273645', mrz: `${LINE1}\n${MISREAD_LINE2}` },
    });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('says which issuer variant a Belgian card was read by', async () => {
    const page = await logIn('oficial.santarosa');
    await page.getByRole('link', { name: 'Caseta' }).click();
    await page.getByLabel('Zona MRZ').fill(belgianCardZone(inThreeYears()));
    const summary = page.getByTestId('scan-result');
    await summary.getByText('Zona válida (TD1)').waitFor();
    expect(await summary.textContent()).toContain(
      'Leída según una variante documentada de su emisor: el dígito de control del número largo incluye el relleno «<» (tarjetas de identidad belgas).',
    );
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('shows the RUN a Chilean card carries as a RUN, and registers the person by it when asked', async () => {
    const card = formatTd1(chileanCard({ expiryDate: inThreeYears() })).join('\n');
    const page = await logIn('oficial.santarosa');
    await page.getByRole('link', { name: 'Caseta' }).click();
    await page.getByLabel('Zona MRZ').fill(card);
    await page.getByTestId('scan-result').getByText('Zona válida (TD1)').waitFor();
    // Before, the zone's raw optional data: "Datos opcionales 12345678<5".
    const fields = page.getByTestId('mrz-fields');
    expect(await fields.locator('[data-field="nationalId"]').textContent()).toBe('12.345.678-5');
    expect(await fields.getByText('RUN (Chile)').count()).toBe(1);
    expect(await fields.getByText('Datos opcionales').count()).toBe(0);

    const offer = page.getByTestId('zone-identifier');
    expect(await offer.textContent()).toContain('RUN (Chile) 12.345.678-5');
    await offer.getByRole('button', { name: 'Registrar con el RUN (Chile)' }).click();
    expect(await page.locator('#reg-documentType').inputValue()).toBe('CL-RUN');
    expect(await page.locator('#reg-documentNumber').inputValue()).toBe('12345678-5');
    await page.getByRole('button', { name: 'Registrar y decidir' }).click();
    await page.getByTestId('registration-status').waitFor();
    const saved = (await crossings()).at(-1);
    expect(saved).toMatchObject({ document: { type: 'CL-RUN', number: '12345678-5', mrz: card } });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
