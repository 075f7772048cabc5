// The administrator's pages and the app's frame in Chromium, as a new administrator tries them: the
// header keeps to one row on a tablet (three rows, 168 px at 768 px, before) and two on a phone; focus
// stays where the work is after turning a page of the audit log, cancelling a checkpoint's edit,
// renaming a booth, moving a rule of the document policy to the top and importing a watchlist; a form
// with input not saved is not dropped for another user's form without asking; a refusal said beside
// its field is not said twice; a message follows a switch of language; a checkpoint saved unchanged is
// not written again; the audit log names a checkpoint's country and wraps its subjects between words on
// a phone.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/store/demo';
import { browserSuite } from '../support/web-server';

/** How many rows the boxes stand in: boxes whose heights overlap share a row. */
async function rowsOf(parts: readonly Locator[]): Promise<number> {
  const boxes = await Promise.all(parts.map((part) => part.boundingBox()));
  const spans = boxes
    .map((box) => (box === null ? null : { top: box.y, bottom: box.y + box.height }))
    .filter((span) => span !== null)
    .sort((a, b) => a.top - b.top);
  expect(spans).toHaveLength(parts.length);
  let rows = 0;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const span of spans) {
    if (span.top >= bottom) rows += 1;
    bottom = Math.max(bottom, span.bottom);
  }
  return rows;
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim());
const focusedName = (page: Page) =>
  page.evaluate(
    () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim(),
  );

describe("the administrator's pages in Chromium", { timeout: 240_000 }, () => {
  const suite = browserSuite();
  const errors: string[] = [];

  it('keeps the header to one row on a tablet and two on a phone, all it holds in sight', async () => {
    const page = await suite.logIn('admin', errors);
    const header = page.getByRole('banner');
    const brand = header.locator('.brand');
    const language = header.getByRole('group', { name: 'Idioma' });
    const logout = header.getByTestId('logout');
    for (const [width, rows] of [
      [1280, 1],
      [768, 1],
      [390, 2],
    ] as const) {
      await page.setViewportSize({ width, height: 1024 });
      await page.goto(`${suite.server.url}/admin/users`);
      await page.getByTestId('admin-users').waitFor();
      expect(await rowsOf([brand, language, logout]), `rows at ${width} px`).toBe(rows);
      for (const part of [
        header.getByText('Paso', { exact: true }),
        header.getByText('Emergencia Tacna–Arica 2025'),
        language.getByRole('button', { name: 'Español' }),
        language.getByRole('button', { name: 'English' }),
        header.getByText('Administración del sistema'),
        header.getByText('Administrador', { exact: true }),
        logout,
      ]) {
        const box = await part.boundingBox();
        expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
        expect((box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(width);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
    }
    // A tablet's screen is not a third header: the demo banner and one row, under 120 px (168 before).
    await page.setViewportSize({ width: 768, height: 1024 });
    expect((await header.boundingBox())?.height ?? Number.POSITIVE_INFINITY).toBeLessThan(120);
    await page.close();
  });

  it('gives the focus to the page of the audit log turned to, and wraps its subjects between words', async () => {
    // Thirty reads of the user list make more entries than a page of 25 holds.
    const login = await suite.server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: DEMO_PASSWORD },
    });
    const cookie = login.headers['set-cookie'];
    for (let i = 0; i < 30; i++) {
      const read = await suite.server.app.inject({
        method: 'GET',
        url: '/api/users',
        headers: { cookie: Array.isArray(cookie) ? cookie.join('; ') : (cookie ?? '') },
      });
      expect(read.statusCode).toBe(200);
    }
    const page = await suite.logIn('admin', errors);
    await page.goto(`${suite.server.url}/admin/audit`);
    await page.getByLabel('Entradas por página').selectOption('25');
    await page.getByRole('button', { name: 'Aplicar filtros' }).click();
    const pager = page.getByRole('navigation', { name: 'Páginas del registro' });
    const older = pager.getByRole('button', { name: 'Página siguiente (más antiguas)' });
    await older.focus();
    await page.keyboard.press('Enter');
    // The pager goes while the next page loads; the focus goes to the heading that names the page,
    // not to the top of the document.
    await expect.poll(() => focusedText(page)).toBe('Entradas (página 2)');
    await pager.getByRole('button', { name: 'Página anterior' }).click();
    await expect.poll(() => focusedText(page)).toBe('Entradas (página 1)');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Actualizar');

    // On a phone the table scrolls sideways; a subject keeps its words whole ("Usuari|o admi|n" before).
    await page.setViewportSize({ width: 390, height: 844 });
    const subject = page.locator('.audit-table td.entity').filter({ hasText: 'Usuario admin' }).first();
    await subject.waitFor();
    const lines = await subject.evaluate((cell) =>
      [...cell.querySelectorAll('span, strong')].map((word) => word.getClientRects().length),
    );
    expect(lines).toEqual([1, 1]);
    await page.close();
  });

  it('gives focus back after a checkpoint edit is cancelled and a booth renamed, in the language in use', async () => {
    const page = await suite.logIn('admin', errors);
    await page.goto(`${suite.server.url}/admin/checkpoints`);
    const section = page.getByTestId('admin-checkpoint-PE-SANTA-ROSA');
    await section.getByRole('button', { name: 'Editar el puesto de control PE-SANTA-ROSA' }).click();
    const form = page.getByTestId('checkpoint-form');
    await form.getByRole('button', { name: 'Cancelar' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => focusedName(page)).toBe('Editar el puesto de control PE-SANTA-ROSA');
    // Saved unchanged, nothing is sent (the log told of a change that was none); then a real change.
    await section.getByRole('button', { name: 'Editar el puesto de control PE-SANTA-ROSA' }).click();
    await form.getByRole('button', { name: 'Guardar cambios' }).click();
    await form.getByText('No hay cambios que guardar.').waitFor();
    await form.getByLabel('Nombre', { exact: true }).fill('Complejo Fronterizo Santa Rosa (Tacna)');
    await form.getByRole('button', { name: 'Guardar cambios' }).click();
    await page.getByText('Puesto de control PE-SANTA-ROSA guardado.').waitFor();

    const booth = page.getByTestId('booth-PE-SANTA-ROSA-SR-02');
    await booth.getByRole('button', { name: 'Renombrar la caseta SR-02' }).click();
    await booth.getByLabel('Nombre de la caseta').fill('Caseta 2 (buses)');
    await booth.getByRole('button', { name: 'Guardar nombre' }).click();
    await page.getByText('Caseta SR-02 renombrada.').waitFor();
    await expect.poll(() => focusedName(page)).toBe('Renombrar la caseta SR-02');
    // The message follows a switch of language, as the page's other words do.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Booth SR-02 renamed.').waitFor();
    await page.getByRole('button', { name: 'Español' }).click();

    // A booth code taken is said beside the code, once; the alert under the form points to it.
    const add = page.getByTestId('add-booth-PE-SANTA-ROSA');
    await add.getByLabel('Código de la caseta').fill('SR-01');
    await add.getByLabel('Nombre de la caseta').fill('Otra');
    await add.getByRole('button', { name: 'Añadir caseta' }).click();
    await add.getByRole('alert').getByText('Revise los campos marcados.').waitFor();
    expect(await add.getByText(/ya tiene una caseta con ese código/).count()).toBe(1);

    // The log holds the one real change, its country by name rather than by its code (PER).
    await page.goto(`${suite.server.url}/admin/audit`);
    await page.getByLabel('Acción').selectOption({ label: 'Puesto de control modificado' });
    await page.getByRole('button', { name: 'Aplicar filtros' }).click();
    const entries = page.locator('.audit-table tbody tr');
    await expect.poll(() => entries.count()).toBe(1);
    await entries.locator('[data-key="before"] [data-key="country"] dd').getByText('Perú').waitFor();
    expect(errors.filter((e) => !/\b409\b/.test(e))).toEqual([]);
    errors.length = 0;
    await page.close();
  });

  it('keeps the focus on a rule moved to the top of the policy, and says the order changed', async () => {
    const page = await suite.logIn('admin', errors);
    await page.goto(`${suite.server.url}/policy`);
    await page.getByRole('button', { name: 'Editar reglas' }).click();
    const list = page.getByRole('list', { name: 'Reglas del borrador' });
    await list.getByRole('button').nth(1).click();
    await page.getByRole('button', { name: 'Subir' }).click();
    // "Subir" is off at the top; the focus goes to the rule in the list, not to the page's top.
    await expect.poll(() => focusedText(page)).toMatch(/^Regla 1 \(/);
    await page
      .getByTestId('policy-check')
      .getByText(/Las reglas cambian de orden/)
      .waitFor();
    await page.close();
  });

  it('asks before dropping a change not saved for another user, and keeps it on cancel', async () => {
    const page = await suite.logIn('admin', errors);
    await page.goto(`${suite.server.url}/admin/users`);
    const panel = page.getByTestId('edit-user');
    await page.getByRole('button', { name: 'Editar humanitario' }).click();
    await panel.getByLabel('Nombre visible').fill('Enlace humanitario ACNUR');
    await page.getByRole('button', { name: 'Editar supervisor' }).click();
    const question = page.getByTestId('unsaved-question');
    await question.getByText('Los cambios de humanitario no se han guardado. ¿Descartarlos?').waitFor();
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe('Editar usuario humanitario');
    expect(await panel.getByLabel('Nombre visible').inputValue()).toBe('Enlace humanitario ACNUR');
    await expect.poll(() => focusedName(page)).toBe('Editar supervisor');

    await page.getByRole('button', { name: 'Editar supervisor' }).click();
    await question.getByRole('button', { name: 'Sí, descartar lo no guardado' }).click();
    await panel.getByRole('heading', { name: 'Editar usuario supervisor' }).waitFor();
    // Saved, nothing is left to ask about.
    await panel.getByLabel('Nombre visible').fill('Supervisora de turno (noche)');
    await panel.getByRole('button', { name: 'Guardar cambios' }).click();
    await page.getByText('Se guardaron los cambios de supervisor.').waitFor();
    await page.getByRole('button', { name: 'Editar analista' }).click();
    await panel.getByRole('heading', { name: 'Editar usuario analista' }).waitFor();
    expect(await question.count()).toBe(0);

    // An officer without a checkpoint, refused: said at the checkpoints, once.
    await panel.getByLabel('Rol').selectOption({ label: 'Oficial de control' });
    await panel.getByRole('button', { name: 'Guardar cambios' }).click();
    await panel.getByRole('alert').getByText('Revise los campos marcados.').waitFor();
    expect(
      await panel
        .getByText('Un oficial de control necesita al menos un puesto de control: marque uno.')
        .count(),
    ).toBe(1);
    expect(errors.filter((e) => !/\b400\b/.test(e))).toEqual([]);
    errors.length = 0;
    await page.close();
  });

  it('keeps the focus on the import button once a watchlist is imported', async () => {
    const page = await suite.logIn('admin', errors);
    await page.goto(`${suite.server.url}/admin/watchlists`);
    await page.getByLabel('Nombre de la lista').fill('Lista de prueba');
    await page.getByLabel('Archivo').setInputFiles({
      name: 'lista.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('watch_id,given_names,surname1\nW1,Juan,Pérez\n'),
    });
    const submit = page.getByRole('button', { name: 'Importar lista' });
    await submit.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Se importó la lista Lista de prueba', { exact: false }).waitFor();
    await expect.poll(() => focusedText(page)).toBe('Importar lista');
    expect(errors).toEqual([]);
    await page.close();
  });
});
