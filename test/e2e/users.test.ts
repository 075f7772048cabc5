// User administration in Chromium: an admin adds a user (a bad username, a short password and an
// officer without a checkpoint marked at once, before sending), changes the role and the checkpoints,
// sets a new password, disables the account (asked first: a cancelled question leaves it active), and
// the user can sign in with the new password only while the account is active.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../../src/api/common';
import { DEMO_PASSWORD } from '../../src/store/demo';
import { logInAs } from '../support/browser';
import { browserSuite } from '../support/web-server';

const FIRST_PASSWORD = 'una frase de prueba larga';
const NEW_PASSWORD = 'otra frase de prueba larga';

describe('user administration in Chromium', { timeout: 180_000 }, () => {
  const suite = browserSuite();
  const errors: string[] = [];

  const logIn = (username: string, password = DEMO_PASSWORD): Promise<Page> =>
    logInAs(suite.browser.context, suite.server.url, username, password, errors);

  it('adds a user, marking every fault of the form at once before sending', async () => {
    const page = await logIn('admin');
    await page.goto(`${suite.server.url}/admin/users`);
    await page.getByTestId('admin-users').waitFor();
    await page.getByRole('button', { name: 'Añadir usuario' }).click();
    const form = page.locator('#create-user');
    expect(await form.getByLabel('Nombre de usuario').getAttribute('maxlength')).toBe(
      String(TEXT_LIMITS.username),
    );
    expect(await form.getByLabel('Nombre visible').getAttribute('maxlength')).toBe(
      String(TEXT_LIMITS.displayName),
    );
    // Sent blank: every blank field is marked at once, in Spanish, and nothing is sent.
    await form.getByRole('button', { name: 'Crear usuario' }).click();
    await form.getByTestId('user-missing').waitFor();
    for (const id of ['new-username', 'new-displayName', 'new-password']) {
      expect(await form.locator(`#${id}-error`).textContent(), id).toBe('Complete este dato.');
    }
    // A username with capitals, an accent and a space, a short password and an officer without a
    // checkpoint: all three marked at once, in words, before anything is sent.
    await form.getByLabel('Nombre de usuario').fill('José Pérez');
    await form.getByLabel('Nombre visible').fill('Oficial nueva, Santa Rosa');
    await form.getByLabel('Rol').selectOption({ label: 'Oficial de control' });
    await form.getByLabel('Contraseña inicial').fill('corta');
    await form.getByRole('button', { name: 'Crear usuario' }).click();
    await form.locator('#new-username-error').waitFor();
    expect(await form.locator('#new-username-error').textContent()).toMatch(
      /^Use solo minúsculas sin tildes/,
    );
    expect(await form.locator('#new-password-error').textContent()).toBe(
      'La contraseña es demasiado corta: use al menos 10 caracteres.',
    );
    const checkpoints = form.getByRole('group', { name: 'Puestos de control' });
    expect(
      await checkpoints
        .getByText('Un oficial de control necesita al menos un puesto de control: marque uno.')
        .count(),
    ).toBe(1);
    expect(await form.getByLabel('Contraseña inicial').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByRole('alert').textContent()).toBe('Revise los campos marcados.');

    // Each mark goes as soon as its field is right.
    await form.getByLabel('Nombre de usuario').fill('oficial.nueva');
    expect(await form.locator('#new-username-error').count()).toBe(0);
    await form.getByLabel('Contraseña inicial').fill(FIRST_PASSWORD);
    expect(await form.locator('#new-password-error').count()).toBe(0);
    expect(await form.getByLabel('Contraseña inicial').getAttribute('aria-invalid')).not.toBe('true');
    await form.getByRole('button', { name: 'Crear usuario' }).click();
    await checkpoints
      .getByText('Un oficial de control necesita al menos un puesto de control: marque uno.')
      .waitFor();
    await form.getByLabel('Complejo Fronterizo Santa Rosa').check();
    await form.getByRole('button', { name: 'Crear usuario' }).click();
    await page.getByText('Se creó el usuario oficial.nueva.').waitFor();
    const table = page.getByTestId('user-table');
    expect(await table.getByRole('row', { name: /oficial\.nueva/ }).textContent()).toContain(
      'Oficial de control',
    );
    // The faults were found in the browser: nothing was refused by the server.
    expect(errors).toEqual([]);
    await page.close();
  });

  it('changes the role and checkpoints, sets a new password and disables the account', async () => {
    const page = await logIn('admin');
    // On a tablet the table scrolls sideways: each user's edit button must still be in sight.
    await page.setViewportSize({ width: 768, height: 1000 });
    await page.goto(`${suite.server.url}/admin/users`);
    const edit = await page.getByRole('button', { name: 'Editar oficial.nueva' }).boundingBox();
    expect(edit?.x ?? Number.POSITIVE_INFINITY).toBeGreaterThanOrEqual(0);
    expect((edit?.x ?? Number.POSITIVE_INFINITY) + (edit?.width ?? 0)).toBeLessThanOrEqual(768);
    await page.getByRole('button', { name: 'Editar oficial.nueva' }).click();
    const panel = page.getByTestId('edit-user');
    await panel.waitFor();
    expect(await panel.getByLabel('Nombre visible').inputValue()).toBe('Oficial nueva, Santa Rosa');
    await panel.getByRole('button', { name: 'Guardar cambios' }).click();
    await panel.getByText('No hay cambios que guardar.').waitFor();

    await panel.getByLabel('Rol').selectOption({ label: 'Supervisor' });
    await panel.getByLabel('Complejo Fronterizo Santa Rosa').uncheck();
    await panel.getByRole('button', { name: 'Guardar cambios' }).click();
    await page.getByText('Se guardaron los cambios de oficial.nueva.').waitFor();
    // The button pressed keeps the focus (it was disabled while saving), not the page's top.
    expect(
      await panel
        .getByRole('button', { name: 'Guardar cambios' })
        .evaluate((b) => b === document.activeElement),
    ).toBe(true);
    // Said in the language in use, also when it is switched after the save.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Changes to oficial.nueva were saved.').waitFor();
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByText('Se guardaron los cambios de oficial.nueva.').waitFor();
    // The table reloads after the message: wait for the new role rather than read the old row.
    const row = page.getByTestId('user-table').getByRole('row', { name: /oficial\.nueva/ });
    await row.getByRole('cell', { name: 'Supervisor', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Editar oficial.nueva' }).click();
    await panel.getByLabel('Nueva contraseña').fill(NEW_PASSWORD);
    await panel.getByRole('button', { name: 'Restablecer contraseña' }).click();
    await panel.getByText('Se restableció la contraseña de oficial.nueva.', { exact: false }).waitFor();
    expect(await panel.getByLabel('Nueva contraseña').inputValue()).toBe('');
    await page.close();

    const user = await logIn('oficial.nueva', NEW_PASSWORD);
    await user.getByTestId('home-supervisor').waitFor();
    await user.close();

    const admin = await logIn('admin');
    await admin.goto(`${suite.server.url}/admin/users`);
    await admin.getByRole('button', { name: 'Editar oficial.nueva' }).click();
    const account = admin.getByTestId('edit-user');
    const question = account.getByTestId('disable-question');
    const focused = () => admin.evaluate(() => document.activeElement?.textContent);
    // Deactivating asks first, where the button was; cancelled, the account stays active and focus
    // is back on the button.
    await account.getByRole('button', { name: 'Desactivar cuenta' }).click();
    await question
      .getByText(
        '¿Desactivar la cuenta de oficial.nueva? No podrá iniciar sesión y se cerrarán sus sesiones abiertas.',
      )
      .waitFor();
    await expect.poll(focused).toBe('Sí, desactivar la cuenta de oficial.nueva');
    await question.getByRole('button', { name: 'Cancelar' }).click();
    await question.waitFor({ state: 'detached' });
    await expect.poll(focused).toBe('Desactivar cuenta');
    // By keyboard alone: Enter asks, Escape cancels, Enter asks again and Enter on the focused
    // confirmation deactivates.
    await admin.keyboard.press('Enter');
    await question.waitFor();
    await admin.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    await expect.poll(focused).toBe('Desactivar cuenta');
    const adminRow = admin.getByTestId('user-table').getByRole('row', { name: /oficial\.nueva/ });
    expect(await adminRow.getByText('Activo', { exact: true }).count()).toBe(1);
    // The account still signs in (asked of the server beside the page, which stays the admin's).
    const signIn = await suite.server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'oficial.nueva', password: NEW_PASSWORD },
    });
    expect(signIn.statusCode).toBe(200);

    await admin.keyboard.press('Enter');
    await expect.poll(focused).toBe('Sí, desactivar la cuenta de oficial.nueva');
    await admin.keyboard.press('Enter');
    await admin.getByText('Se desactivó la cuenta de oficial.nueva; sus sesiones se cerraron.').waitFor();
    await adminRow.getByText('Desactivado', { exact: true }).waitFor();
    // The button is back, offering the way back, with focus on it (not on the page's top).
    await expect.poll(focused).toBe('Reactivar cuenta');
    expect(errors).toEqual([]);
    await admin.close();
  });
});
