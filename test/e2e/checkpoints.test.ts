// Setting up a new crossing in Chromium: an administrator reaches the checkpoints page from the menu,
// is told beside each field what is missing (never by the browser), makes a checkpoint with a booth,
// assigns a new officer there, and the officer is offered that booth; once retired it is offered no
// more. Humanitarian staff make a shelter and rename it, and a name taken is refused in words.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/store/demo';
import { logInAs, shoot } from '../support/browser';
import { browserSuite } from '../support/web-server';

const OFFICER_PASSWORD = 'una frase de prueba larga';

describe('setting up a crossing in Chromium', { timeout: 180_000 }, () => {
  const suite = browserSuite();
  const errors: string[] = [];
  const logIn = (username: string, password = DEMO_PASSWORD): Promise<Page> =>
    logInAs(suite.browser.context, suite.server.url, username, password, errors);

  const boothsOffered = async (page: Page) => {
    await page.goto(`${suite.server.url}/booth`);
    await page.getByTestId('booth-page').waitFor();
    await page.locator('#booth-checkpoint option').first().waitFor({ state: 'attached' });
    return page.locator('#booth-booth option').evaluateAll((options) => options.map((o) => o.textContent));
  };

  it('makes a checkpoint with a booth, which an officer assigned there is then offered', async () => {
    const admin = await logIn('admin');
    await admin.getByRole('link', { name: 'Puestos de control' }).click();
    await admin.getByTestId('admin-checkpoints').waitFor();
    await admin.getByRole('button', { name: 'Nuevo puesto de control' }).click();
    const form = admin.getByTestId('checkpoint-form');
    await form.getByRole('button', { name: 'Crear puesto de control' }).click();
    // The form's own words beside each field; the browser's bubbles are off (noValidate).
    await form.getByText('Escriba un código de mayúsculas, cifras y guiones', { exact: false }).waitFor();
    expect(await form.getByLabel('Código', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByText('Elija una zona horaria.').count()).toBe(1);
    await form.getByRole('alert').getByText('Revise los campos marcados.').waitFor();
    expect(await form.locator('form').getAttribute('novalidate')).not.toBeNull();

    await form.getByLabel('Código', { exact: true }).fill('pe-tumbes');
    expect(await form.getByLabel('Código', { exact: true }).inputValue()).toBe('PE-TUMBES');
    await form.getByLabel('Nombre', { exact: true }).fill('CEBAF Tumbes');
    await form.getByLabel('País').selectOption('PER');
    await form.getByLabel('Latitud').fill('-3,49');
    await form.getByLabel('Longitud').fill('-195');
    await form.getByLabel('Zona horaria').selectOption('America/Lima');
    await form.getByRole('button', { name: 'Crear puesto de control' }).click();
    await form.getByText('Escriba una longitud entre -180 y 180.').waitFor();
    await form.getByLabel('Longitud').fill('-80,27');
    await form.getByRole('button', { name: 'Crear puesto de control' }).click();
    await admin.getByText('Puesto de control PE-TUMBES creado.').waitFor();

    const section = admin.getByTestId('admin-checkpoint-PE-TUMBES');
    const add = section.getByTestId('add-booth-PE-TUMBES');
    await add.getByLabel('Código de la caseta').fill('t1');
    await add.getByLabel('Nombre de la caseta').fill('Caseta 1');
    await add.getByRole('button', { name: 'Añadir caseta' }).click();
    await admin.getByText('Caseta T1 añadida a PE-TUMBES.').waitFor();
    await section.getByTestId('booth-PE-TUMBES-T1').getByText('En uso').waitFor();
    await shoot(admin, 'admin-checkpoints');

    // A second checkpoint with the same code is refused beside the code.
    await admin.getByRole('button', { name: 'Nuevo puesto de control' }).click();
    await form.getByLabel('Código', { exact: true }).fill('PE-TUMBES');
    await form.getByLabel('Nombre', { exact: true }).fill('Otro');
    await form.getByLabel('País').selectOption('PER');
    await form.getByLabel('Latitud').fill('-3.5');
    await form.getByLabel('Longitud').fill('-80.3');
    await form.getByLabel('Zona horaria').selectOption('America/Lima');
    await form.getByRole('button', { name: 'Crear puesto de control' }).click();
    await form.getByText('Ese código ya es de otro puesto de control.').waitFor();
    await form.getByRole('button', { name: 'Cancelar' }).click();

    // The new officer works at the new checkpoint only.
    await admin.goto(`${suite.server.url}/admin/users`);
    await admin.getByRole('button', { name: 'Añadir usuario' }).click();
    const user = admin.locator('#create-user');
    await user.getByLabel('Nombre de usuario').fill('oficial.tumbes');
    await user.getByLabel('Nombre visible').fill('Oficial de Tumbes');
    await user.getByLabel('Rol').selectOption({ label: 'Oficial de control' });
    await user.getByLabel('CEBAF Tumbes').check();
    await user.getByLabel('Contraseña inicial').fill(OFFICER_PASSWORD);
    await user.getByRole('button', { name: 'Crear usuario' }).click();
    await admin.getByText('Se creó el usuario oficial.tumbes.').waitFor();

    const officer = await logIn('oficial.tumbes', OFFICER_PASSWORD);
    await expect.poll(() => boothsOffered(officer)).toEqual(['Sin caseta', 'T1']);
    await officer.close();

    // Retired, the booth stays on the checkpoints page but is no longer offered.
    const again = await logIn('admin');
    await again.goto(`${suite.server.url}/admin/checkpoints`);
    await again.getByRole('button', { name: 'Retirar la caseta T1' }).click();
    await again.getByText('Caseta T1 retirada: ya no se ofrece a los oficiales.').waitFor();
    await again.getByTestId('booth-PE-TUMBES-T1').getByText('Retirada').waitFor();
    // The same button now puts it back in use, and has kept focus.
    await expect
      .poll(() => again.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Volver a usar la caseta T1');
    const later = await logIn('oficial.tumbes', OFFICER_PASSWORD);
    await expect.poll(() => boothsOffered(later)).toEqual(['Sin caseta']);
    // The 400 and 409 of the refused forms are logged by the browser as errors; they were the point.
    expect(errors.filter((e) => !/\b(400|409)\b/.test(e))).toEqual([]);
    errors.length = 0;
    await later.close();
  });

  it('lets humanitarian staff make a shelter and rename it, refusing a name another shelter has', async () => {
    const page = await logIn('humanitario');
    await page.goto(`${suite.server.url}/care/shelter`);
    await page.getByRole('button', { name: 'Nuevo albergue' }).click();
    const form = page.getByTestId('shelter-form');
    await form.getByRole('button', { name: 'Crear albergue' }).click();
    await form.getByText('Escriba el nombre del albergue.').waitFor();
    await form.getByRole('alert').getByText('Revise los campos marcados.').waitFor();
    await form.getByLabel('Nombre').fill('Albergue Parroquia San Ramón');
    await form.getByLabel('Ciudad').fill('Tacna');
    await form.getByLabel('Operador').fill('Parroquia San Ramón');
    await form.getByLabel('Latitud').fill('-18,01');
    // The longitude's sign typed wrong: off the operation's map, said beside the longitude.
    await form.getByLabel('Longitud').fill('70,25');
    await form.getByLabel('Familias').fill('12');
    await form.getByLabel('General').fill('30');
    await form.getByRole('button', { name: 'Crear albergue' }).click();
    await form.getByText(/^El albergue queda fuera del mapa de la operación/).waitFor();
    expect(await form.getByLabel('Longitud').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Longitud').fill('-70,25');
    await form.getByRole('button', { name: 'Crear albergue' }).click();
    await page.getByText('Albergue Albergue Parroquia San Ramón creado.').waitFor();
    await expect.poll(() => page.getByTestId('figure-occupancy-family').textContent()).toContain('0 / 12');

    await page.getByRole('button', { name: 'Editar este albergue' }).click();
    await form.getByLabel('Nombre').fill('ALBERGUE TEMPORAL COLISEO PERÚ');
    await form.getByRole('button', { name: 'Guardar cambios' }).click();
    await form.getByText('Ya existe un albergue con ese nombre', { exact: false }).first().waitFor();
    await form.getByLabel('Nombre').fill('Albergue San Ramón');
    await form.getByRole('button', { name: 'Guardar cambios' }).click();
    await page.getByText('Albergue Albergue San Ramón guardado.').waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Editar este albergue' }).click();
    await shoot(page, 'shelter-form');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The refusals (the place off the map, the name taken) are logged by the browser as failed loads.
    expect(errors.filter((e) => !/\b(400|409)\b/.test(e))).toEqual([]);
    await page.close();
  });
});
