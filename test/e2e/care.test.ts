// A humanitarian worker checks a family in at a shelter through the web app in Chromium, and the
// occupancy of family beds goes up by the family's size. A double click checks in or out once, a
// search that finds no one says so, and a refusal is said in Spanish. A child travelling alone is
// steered to the children's beds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventInput } from '../../src/domain/crossings';
import { applyEvents, loadPlaces } from '../../src/store/crossings';
import { DEMO_PASSWORD, DEMO_SHELTERS, DEMO_USERS } from '../../src/store/demo';
import { logInAs, openBrowser, shoot } from '../support/browser';
import { makeCarePeople } from '../support/care-people';
import { transitCrossing } from '../support/transit-crossings';
import { startWebServer, type WebServer } from '../support/web-server';

const CASA = DEMO_SHELTERS[1]?.id ?? '';

describe('checking a family in at a shelter in Chromium', { timeout: 120_000 }, () => {
  let server: WebServer;
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    server = await startWebServer();
    await makeCarePeople(server.t.db.kysely);
    // A 4-year-old who crossed with no one: the booth opened an "unaccompanied minor" referral.
    const child = transitCrossing(crypto.randomUUID(), '2025-11-27T17:00:00Z', {
      givenNames: 'Maria',
      surname1: 'Solita',
      sex: 'F',
      birthDate: '2021-06-01',
      nationality: 'VEN',
    }) as EventInput;
    await applyEvents(server.t.db.kysely, [child], {
      places: await loadPlaces(server.t.db.kysely),
      recordedBy: DEMO_USERS[0]?.id ?? null,
      now: '2025-11-27T17:30:00.000Z',
      newId: () => crypto.randomUUID(),
      mayResolveHolds: true,
    });
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('checks in the whole family from one member and shows the family beds taken', async () => {
    const errors: string[] = [];
    const page = await logInAs(browser.context, server.url, 'humanitario', DEMO_PASSWORD, errors);
    await page.goto(`${server.url}/care/shelter?shelter=${CASA}`);
    const family = page.getByTestId('figure-occupancy-family');
    await expect.poll(() => family.textContent()).toContain('0 / 40');
    await page.getByLabel('Buscar por nombre').fill('Grupo0');
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    // Each person found is told apart from namesakes by both surnames and the year of birth.
    await expect
      .poll(() => page.getByTestId('candidates').textContent())
      .toContain('Familia0m0 Grupo0, nacimiento: 1985');
    // Said where a screen reader hears it, as a check-in is after it.
    await page.getByText(/^Se encontraron \d+ personas\.$/).waitFor();
    await page.getByRole('button', { name: /Registrar ingreso de Familia0m0/ }).click();
    await expect.poll(() => family.textContent()).toContain('3 / 40');
    await page.getByText('Se registró el ingreso de Familia0m0 Grupo0 y su familia (3 personas).').waitFor();
    // The button and the list went: focus is on the section's heading, not on the page's top.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('checkin-title');
    await expect.poll(() => page.getByTestId('residents').locator('li').count()).toBe(3);
    await shoot(page, 'shelter');
    expect(errors).toEqual([]);
  });

  it('applies a double click once, says when no one is found, and refuses in words', async () => {
    const errors: string[] = [];
    const page = await logInAs(browser.context, server.url, 'humanitario', DEMO_PASSWORD, errors);
    await page.goto(`${server.url}/care/shelter?shelter=${CASA}`);
    const family = page.getByTestId('figure-occupancy-family');
    const residents = page.getByTestId('residents').locator('li');
    await expect.poll(() => family.textContent()).toContain('3 / 40');
    await page.getByLabel('Buscar por nombre').fill('Grupo1');
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    await page
      .getByRole('button', { name: /Registrar ingreso de Familia1m0 Grupo1 y su familia/ })
      .dblclick();
    await expect.poll(() => family.textContent()).toContain('5 / 40');
    // A check-out is asked, then confirmed: a double tap only asks, and checks no one out.
    await page.getByRole('button', { name: /Registrar salida de Familia1m1/ }).dblclick();
    const question = page.getByTestId('check-out-question');
    await question.getByText(/^¿Registrar la salida de Familia1m1 Grupo1/).waitFor();
    expect(await residents.count()).toBe(5);
    // Cancelled, nothing happens; asked again and confirmed (twice, quickly), one person leaves.
    await question.getByRole('button', { name: 'Cancelar' }).click();
    expect(await question.count()).toBe(0);
    // Focus goes back to the button the question stood for; Escape in the question cancels it too.
    const checkOut = page.getByRole('button', { name: /Registrar salida de Familia1m1/ });
    await expect.poll(() => checkOut.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await question.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => question.count()).toBe(0);
    await expect.poll(() => checkOut.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await residents.count()).toBe(5);
    await checkOut.click();
    await question.getByRole('button', { name: /^Sí, registrar la salida de Familia1m1/ }).dblclick();
    await expect.poll(() => residents.count()).toBe(4);
    await page.getByText(/^Se registró la salida de Familia1m1 Grupo1/).waitFor();
    // Said in the language in use, also when it is switched after the check-out.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText(/^Familia1m1 Grupo1.* was checked out\.$/).waitFor();
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByText(/^Se registró la salida de Familia1m1 Grupo1/).waitFor();
    expect(await residents.filter({ hasText: 'Familia1m1' }).count()).toBe(0);
    expect(await question.count()).toBe(0);
    expect(await page.getByTestId('care-problem').count()).toBe(0);

    await page.getByLabel('Buscar por nombre').fill('Nadie Conestenombre');
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    await page
      .getByText('No se encontró a nadie con ese nombre entre quienes dieron su consentimiento.')
      .waitFor();

    // The Casa has no general beds: a person alone is refused, in Spanish, and nothing changes.
    await page.getByLabel('Buscar por nombre').fill('Cuidado');
    await page.getByLabel('Tipo de cama', { exact: true }).selectOption('general');
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    await page
      .getByRole('button', { name: /^Registrar ingreso de Persona\d+ Cuidado\w+$/ })
      .first()
      .click();
    await expect
      .poll(() => page.getByTestId('care-problem').textContent())
      .toBe(
        'No hay camas libres suficientes de tipo «General» en este albergue. No se registró nada: elija otro tipo de cama u otro albergue.',
      );
    // Said under the person whose check-in was tapped, not below the whole list.
    const tapped = page.getByTestId('candidates').locator('li').first();
    expect(await tapped.getByTestId('care-problem').count()).toBe(1);
    expect(await residents.count()).toBe(4);

    // Fewer family beds than the four people in them: said beside the family beds, nothing saved.
    await page.getByRole('button', { name: 'Editar este albergue' }).click();
    const form = page.getByTestId('shelter-form');
    await form.getByLabel('Familias', { exact: true }).fill('2');
    await form.getByRole('button', { name: /^Guardar/ }).click();
    await expect
      .poll(() => form.locator('#shelter-edit-family-error').textContent())
      .toBe('Hay más personas alojadas en este tipo de cama: registre antes su salida.');
    expect(await form.getByLabel('Familias', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Familias', { exact: true }).fill('40');
    expect(await form.locator('#shelter-edit-family-error').count()).toBe(0);
    expect(errors).toEqual([
      'Failed to load resource: the server responded with a status of 409 (Conflict)',
      'Failed to load resource: the server responded with a status of 409 (Conflict)',
    ]);
  });

  it('asks before a child travelling alone goes to adult beds, and offers the children’s', async () => {
    const errors: string[] = [];
    const page = await logInAs(browser.context, server.url, 'humanitario', DEMO_PASSWORD, errors);
    await page.goto(`${server.url}/care/shelter?shelter=${CASA}`);
    const children = page.getByTestId('figure-occupancy-children');
    const women = page.getByTestId('figure-occupancy-women');
    await expect.poll(() => children.textContent()).toContain('0 / 16');
    await page.getByLabel('Buscar por nombre').fill('solita');
    await page.getByLabel('Tipo de cama', { exact: true }).selectOption('women');
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    const line = page.getByTestId('candidates').locator('li').first();
    await line.getByText('Menor sin sus padres, con derivación de protección abierta').waitFor();
    await page.getByRole('button', { name: 'Registrar ingreso de Maria Solita' }).click();
    const question = page.getByTestId('child-alone-question');
    await question.getByText(/^Maria Solita es menor de edad y viaja sin sus padres/).waitFor();
    // Escape puts the question away, and focus goes back to the button that asked it.
    await page.keyboard.press('Escape');
    await expect.poll(() => question.count()).toBe(0);
    const checkInChild = page.getByRole('button', { name: 'Registrar ingreso de Maria Solita' });
    await expect.poll(() => checkInChild.evaluate((el) => el === document.activeElement)).toBe(true);
    await checkInChild.click();
    await question.getByText(/^Maria Solita es menor de edad y viaja sin sus padres/).waitFor();
    // Nothing is recorded by the tap, and a placement elsewhere needs its reason.
    await question.getByRole('button', { name: /«Mujeres solas» con este motivo$/ }).click();
    await question
      .getByText('Escriba el motivo, o registre el ingreso en las camas para niñas y niños.')
      .waitFor();
    expect(await women.textContent()).toContain('0 / 24');
    await question
      .getByRole('button', { name: 'Registrar ingreso de Maria Solita en «Niñas y niños no acompañados»' })
      .click();
    await expect.poll(() => children.textContent()).toContain('1 / 16');
    await page.getByText('Se registró el ingreso de Maria Solita.').waitFor();
    expect(await women.textContent()).toContain('0 / 24');
    expect(errors).toEqual([]);
  });
});
