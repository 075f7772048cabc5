// The document policy's editor as a new administrator uses it in Chromium: a rule id the hint forbids
// (a space) is said beside its field, in Spanish and in English, and nothing can be saved until it is
// mended; closing the editor while it holds changes not saved asks first (before, the toggle and
// "Cancelar" dropped a long edit without a word), and keeps them when the question is cancelled; a
// version saved by mistake is undone from the history, whose earlier versions show their rules (before,
// only their notes: the rules before a save were nowhere to be read again).
import { describe, expect, it } from 'vitest';
import { browserSuite } from '../support/web-server';

describe('the document policy editor in Chromium', { timeout: 240_000 }, () => {
  const suite = browserSuite();
  const errors: string[] = [];

  it('says an id with a space beside its field before anything is sent, in Spanish and English', async () => {
    const page = await suite.logIn('admin', errors);
    await page.goto(`${suite.server.url}/policy`);
    await page.getByRole('button', { name: 'Editar reglas' }).click();
    const id = page.locator('#rule-0-id');
    await id.fill('entrada pasaporte vigente');
    await page.getByLabel('Nota del cambio').fill('Renombrar la regla');
    expect(await page.locator('#rule-0-id-error').textContent()).toBe(
      'Use solo letras, números, puntos, guiones (-) o guiones bajos (_), sin espacios; como máximo 100.',
    );
    expect(await id.getAttribute('aria-invalid')).toBe('true');
    const save = page.getByRole('button', { name: /^Guardar como versión/ });
    expect(await save.isDisabled()).toBe(true);
    await page.getByRole('group', { name: 'Idioma' }).getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => page.locator('#rule-0-id-error').textContent())
      .toBe('Use only letters, digits, dots, hyphens (-) or underscores (_), without spaces; 100 at most.');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' }).click();
    await id.fill('entrada-pasaporte-vigente');
    await expect.poll(() => page.locator('#rule-0-id-error').count()).toBe(0);
    expect(await save.isDisabled()).toBe(false);
    await page.close();
  });

  it('asks before closing the editor with changes not saved, and keeps them when told not to', async () => {
    const page = await suite.logIn('admin', errors);
    await page.goto(`${suite.server.url}/policy`);
    const open = page.getByRole('button', { name: 'Editar reglas' });
    await open.click();
    const description = page.locator('#rule-0-description');
    await description.fill('Entrada con pasaporte vigente o vencido hace menos de un mes');
    const question = page.getByTestId('policy-unsaved-question');
    // The page's own button closes the editor: asked first.
    await open.click();
    await question.getByText('Los cambios de las reglas no se han guardado. ¿Descartarlos?').waitFor();
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    expect(await description.inputValue()).toBe(
      'Entrada con pasaporte vigente o vencido hace menos de un mes',
    );
    // "Cancelar" too; answered, the editor closes and the rules in force are as they were.
    await page.locator('#policy-editor').getByRole('button', { name: 'Cancelar', exact: true }).click();
    await question.getByRole('button', { name: 'Sí, descartar lo no guardado' }).click();
    await page.locator('#policy-editor').waitFor({ state: 'detached' });
    // Nothing typed, nothing is asked.
    await open.click();
    await page.locator('#policy-editor').getByRole('button', { name: 'Cancelar', exact: true }).click();
    await page.locator('#policy-editor').waitFor({ state: 'detached' });
    expect(await question.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('undoes a version saved by mistake: the earlier rules are read in the history and saved again', async () => {
    const page = await suite.logIn('admin', errors);
    await page.goto(`${suite.server.url}/policy`);
    const rules = page.getByTestId('policy-rules');
    const before = (await rules.locator('tbody tr').first().textContent()) ?? '';
    expect(before).toContain('Entrada con pasaporte vigente');
    await page.getByRole('button', { name: 'Editar reglas' }).click();
    await page.locator('#rule-0-description').fill('Entrada con cualquier pasaporte');
    await page.getByLabel('Nota del cambio').fill('Por error');
    await page.getByRole('button', { name: 'Guardar como versión 2' }).click();
    await page.getByText('Se guardó la versión 2; rige desde ahora.').waitFor();
    // The rules in force are read again once saved.
    await expect
      .poll(() => rules.locator('tbody tr').first().textContent())
      .toContain('Entrada con cualquier pasaporte');

    await page.getByRole('button', { name: 'Ver las reglas de la versión 1' }).click();
    const view = page.getByTestId('policy-version-view');
    expect(await view.getByTestId('policy-version-rules').locator('tbody tr').first().textContent()).toBe(
      before,
    );
    await view.getByRole('button', { name: 'Editar a partir de la versión 1' }).click();
    expect(await page.getByTestId('policy-start-from').textContent()).toBe(
      'El borrador parte de las reglas de la versión 1, no de la versión en vigor. Al guardarlo, serán la versión 3.',
    );
    expect(await page.locator('#rule-0-description').inputValue()).toBe('Entrada con pasaporte vigente');
    const note = page.getByLabel('Nota del cambio');
    expect(await note.inputValue()).toBe('Se restablecen las reglas de la versión 1: ');
    await note.fill(`${await note.inputValue()}la 2 se guardó por error`);
    await page.getByRole('button', { name: 'Guardar como versión 3' }).click();
    await page.getByText('Se guardó la versión 3; rige desde ahora.').waitFor();
    await expect.poll(() => rules.locator('tbody tr').first().textContent()).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});
