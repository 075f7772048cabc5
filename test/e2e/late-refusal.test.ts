// A refusal that arrives after the field it names was corrected answers the form as it was: the
// corrected field stays unmarked. Before, a slow answer marked again a day the supervisor had just
// typed right (seen in CI on the decree form). The network is held by the test, so the service
// worker is kept out of the way.
import { describe, expect, it } from 'vitest';
import { browserSuite } from '../support/web-server';

const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });
// Yesterday in Tacna, day first, as the form takes it.
const yesterday = () =>
  new Date(Date.now() - 5 * 3_600_000 - 86_400_000).toISOString().slice(0, 10).split('-').reverse().join('/');

describe('a refusal of a form as it was before a change', { timeout: 120_000 }, () => {
  const suite = browserSuite({ serviceWorkers: 'block' });

  it('leaves a field corrected while the form was on its way unmarked', async () => {
    const errors: string[] = [];
    const page = await suite.logIn('supervisor', errors);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let sent = 0;
    await page.route('**/api/decrees', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      sent += 1;
      const response = await route.fetch();
      await held;
      await route.fulfill({ response });
    });
    await page.goto(`${suite.server.url}/decrees`);
    await page.getByRole('button', { name: 'Registrar un decreto' }).click();
    const form = page.getByTestId('decree-form');
    await form.getByLabel('Número').fill('D.S. N.° 301-2026-PCM');
    await form.getByLabel('Título').fill('Declaran el Estado de Emergencia');
    // A two-digit year: the server refuses the day.
    const issued = form.getByLabel('Fecha de emisión');
    await issued.fill('25/12/26');
    await form.getByLabel('Primer día en vigor').fill('26/12/2026');
    await form.getByLabel('Último día en vigor').fill('31/12/2026');
    await form.getByLabel('Base legal').fill('Constitución Política del Perú, art. 137');
    await form.getByLabel(/Complejo Fronterizo Santa Rosa/).check();
    const register = form.getByRole('button', { name: 'Registrar', exact: true });
    await register.click();
    await eventually(async () => sent).toBe(1);
    // Corrected while the refusal is on its way.
    await issued.fill(yesterday());
    expect(await form.locator('#decree-issuedOn-error').count()).toBe(0);
    release();
    await eventually(() => register.isEnabled()).toBe(true);
    await page.waitForTimeout(300);
    expect(await form.locator('#decree-issuedOn-error').count()).toBe(0);
    // The refusal itself reached the browser, as the console says.
    expect(errors).toEqual([expect.stringContaining('400')]);
  });
});
