// The booth offline in Chromium, then back online: a person registered and a decision corrected while
// the network was cut say "kept on this device"; once the sync sends them, the booth says what the
// server did with them instead of still saying they wait for a connection. A person screening holds
// when the sync sends their crossing is named to the officer, who has since moved on to the next, and
// the booth's list of its last records still says so after a reload, and stops saying a record waits
// once another tab of the same device sent it.
import { describe, expect, it } from 'vitest';
import { formatTd3 } from '../../src/domain/documents';
import { login } from '../support/app';
import { shoot } from '../support/browser';
import { importWatchlist } from '../support/watchlists';
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

const PASSPORT_2 = formatTd3({
  documentCode: 'P',
  issuingState: 'VEN',
  surname: 'TORO',
  givenNames: 'JUAN PABLO',
  documentNumber: '246813580',
  nationality: 'VEN',
  birthDate: '1990-06-09',
  sex: 'M',
  expiryDate: expiry.toISOString().slice(0, 10),
  optionalData: '',
  optionalData2: '',
});

const PASSPORT_3 = formatTd3({
  documentCode: 'P',
  issuingState: 'VEN',
  surname: 'LARA PENA',
  givenNames: 'CARMEN JULIA',
  documentNumber: '246813581',
  nationality: 'VEN',
  birthDate: '1975-11-30',
  sex: 'F',
  expiryDate: expiry.toISOString().slice(0, 10),
  optionalData: '',
  optionalData2: '',
});

// A person on the watchlist an admin imports in the test below, as the passport's zone spells her.
const LISTED = formatTd3({
  documentCode: 'P',
  issuingState: 'VEN',
  surname: 'QUINTERO SALAS',
  givenNames: 'MARIBEL ANDREINA',
  documentNumber: '135792468',
  nationality: 'VEN',
  birthDate: '1979-04-02',
  sex: 'F',
  expiryDate: expiry.toISOString().slice(0, 10),
  optionalData: '',
  optionalData2: '',
});
const WATCHLIST = [
  'watch_id,given_names,surname1,surname2,sex,birth_date,nationality,document_number,aliases',
  'T-7,Maribel Andreína,Quintero,Salas,F,1979-04-02,VEN,,',
].join('\n');

describe('the booth back online in Chromium', () => {
  const suite = browserSuite();
  const errors: string[] = [];

  /** The officer at the booth, with the network cut, registers the person of `zone` as read. */
  async function registerOffline(zone: readonly string[]) {
    const page = await suite.logIn('oficial.santarosa', errors);
    await page.getByRole('link', { name: 'Caseta' }).click();
    await page.getByTestId('booth-policy-version').getByText('versión 1').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'mrz-input');
    await page.context().setOffline(true);
    for (const line of zone) {
      await page.keyboard.type(line);
      await page.keyboard.press('Enter');
    }
    await page.getByTestId('scan-result').getByText('Zona válida (TD3)').waitFor();
    await page.getByRole('button', { name: 'Registrar y decidir' }).click();
    await page.locator('[data-testid="registration-status"][data-queued="true"]').waitFor();
    return page;
  }

  it('stops saying a record waits for the network once a later sync sent it', async () => {
    const page = await registerOffline(PASSPORT);
    const context = page.context();
    try {
      expect(await page.getByTestId('registration-status').textContent()).toContain(
        'Guardado en este equipo',
      );

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

  it('names a person screening held when the sync sent their crossing, after the booth moved on', async () => {
    await importWatchlist(suite.server.app, await login(suite.server.app, 'admin'), WATCHLIST);
    const page = await registerOffline(LISTED);
    const context = page.context();
    const held = page.getByTestId('offline-held-later');
    try {
      // The officer goes on to the next person while the record waits.
      await page.getByRole('button', { name: 'Registrar otra persona' }).click();
      await page.getByTestId('registration-result').waitFor({ state: 'detached' });
      expect(await held.count()).toBe(0);
    } finally {
      await context.setOffline(false);
    }
    await held.waitFor();
    expect(await held.getAttribute('role')).toBe('alert');
    await shoot(page, 'booth-held-after-sync');
    expect(await held.textContent()).toContain('lleve a esa persona a supervisión');
    expect(await held.getByRole('listitem').allTextContents()).toEqual(['Paso de MARIBEL ANDREINA QUINTERO']);
    await held.getByRole('button', { name: 'Entendido' }).click();
    await held.waitFor({ state: 'detached' });
    // A reload keeps what the sync learnt: she is listed as held (nothing to correct), not as waiting here.
    await page.reload();
    const listed = page.getByTestId('recent-record').filter({ hasText: 'MARIBEL ANDREINA QUINTERO' });
    await listed.waitFor();
    expect(await listed.getByTestId('recent-decision').textContent()).toBe(
      'Persona retenida: espera la decisión de un supervisor',
    );
    expect(await listed.textContent()).not.toContain('En este equipo, por enviar');
    expect(await listed.getByRole('button').count()).toBe(0);
    expect(errors.filter((e) => !e.startsWith('Failed to load resource: net::'))).toEqual([]);
    await page.close();
  });

  it('stops saying a record waits here once another tab at the booth sent it', async () => {
    const page = await registerOffline(PASSPORT_2);
    const context = page.context();
    // This tab cannot reach the server; a second tab, open at tally mode, can.
    await page.route('**/api/events', (route) => route.abort('connectionrefused'));
    await page.getByRole('button', { name: 'Registrar otra persona' }).click();
    const listed = page.getByTestId('recent-record').filter({ hasText: 'JUAN PABLO TORO' });
    await listed.getByText('En este equipo, por enviar').waitFor();
    const other = await context.newPage();
    await context.setOffline(false);
    await other.goto(`${suite.server.url}/tally`);
    await other.locator('[data-testid="offline-status"][data-waiting="0"]').waitFor();
    await listed.getByText('En este equipo, por enviar').waitFor({ state: 'detached' });
    expect(await listed.getByTestId('recent-decision').textContent()).toBe('Admisión');
    await other.close();
    await page.close();
  });

  it('keeps a person just registered within reach after a visit to tally mode, before moving on', async () => {
    const page = await registerOffline(PASSPORT_3);
    try {
      // Straight from the result to tally mode and back: the result is gone, the person is in the list.
      await page.getByRole('link', { name: 'Conteo' }).click();
      await page.getByTestId('tally-page').waitFor();
      await page.getByRole('link', { name: 'Caseta' }).click();
      const listed = page.getByTestId('recent-record').filter({ hasText: 'CARMEN JULIA LARA' });
      await listed.getByText('En este equipo, por enviar').waitFor();
      await listed.getByRole('button', { name: 'Corregir la decisión (CARMEN JULIA LARA PENA)' }).waitFor();
      expect(await page.getByTestId('recent-record').filter({ hasText: 'CARMEN JULIA LARA' }).count()).toBe(
        1,
      );
    } finally {
      await page.context().setOffline(false);
    }
    await page.locator('[data-testid="offline-status"][data-waiting="0"]').waitFor();
    expect(errors.filter((e) => !e.startsWith('Failed to load resource: net::'))).toEqual([]);
    await page.close();
  });
});
