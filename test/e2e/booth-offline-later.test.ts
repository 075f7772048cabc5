// The booth offline in Chromium, then back online: a person registered and a decision corrected while
// the network was cut say "kept on this device"; once the sync sends them, the booth says what the
// server did with them instead of still saying they wait for a connection.
import { describe, expect, it } from 'vitest';
import { formatTd3 } from '../../src/domain/documents';
import { browserSuite } from '../support/web-server';

// The server runs on the real clock: the passport expires three years from today.
const expiry = new Date();
expiry.setUTCFullYear(expiry.getUTCFullYear() + 3);
const PASSPORT = formatTd3({
  documentCode: 'P',
  issuingState: 'VEN',
  surname: 'MORA VIVAS',
  givenNames: 'ROSA ELENA',
  documentNumber: '246813579',
  nationality: 'VEN',
  birthDate: '1984-02-17',
  sex: 'F',
  expiryDate: expiry.toISOString().slice(0, 10),
  optionalData: '',
  optionalData2: '',
});

describe('the booth back online in Chromium', () => {
  const suite = browserSuite();
  const errors: string[] = [];

  it('stops saying a record waits for the network once a later sync sent it', async () => {
    const page = await suite.logIn('oficial.santarosa', errors);
    const context = page.context();
    await page.getByRole('link', { name: 'Caseta' }).click();
    await page.getByTestId('booth-policy-version').getByText('versión 1').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'mrz-input');
    try {
      await context.setOffline(true);
      for (const line of PASSPORT) {
        await page.keyboard.type(line);
        await page.keyboard.press('Enter');
      }
      await page.getByTestId('scan-result').getByText('Zona válida (TD3)').waitFor();
      await page.getByRole('button', { name: 'Registrar y decidir' }).click();
      const status = page.getByTestId('registration-status');
      await page.locator('[data-testid="registration-status"][data-queued="true"]').waitFor();
      expect(await status.textContent()).toContain('Guardado en este equipo');

      await page.getByRole('button', { name: 'Corregir la decisión' }).click();
      await page
        .getByTestId('correct-1-decision')
        .getByLabel('Retener para supervisión', { exact: true })
        .check();
      await page.getByLabel('Motivo de la corrección').fill('Documento dudoso');
      await page.getByRole('button', { name: 'Enviar la corrección' }).click();
      await page.getByTestId('correction-sent').getByText('Corrección guardada en este equipo').waitFor();
    } finally {
      await context.setOffline(false);
    }

    await page.locator('[data-testid="offline-status"][data-waiting="0"]').waitFor();
    await page.locator('[data-testid="registration-status"][data-queued="false"]').waitFor();
    expect(await page.getByTestId('registration-status').textContent()).not.toContain(
      'Guardado en este equipo',
    );
    await page.getByTestId('correction-sent').getByText('Corrección registrada').waitFor();
    // The network cut shows as failed loads in the console; nothing else may.
    expect(errors.filter((e) => !e.startsWith('Failed to load resource: net::'))).toEqual([]);
    await page.close();
  });
});
