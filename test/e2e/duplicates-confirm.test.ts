// Merging two records, saying they are two people and undoing a merge, in Chromium: a press of the
// button only asks, in place, naming the two people and what follows, with the focus on the reason;
// Escape takes the question back; without a reason nothing is sent; the reason given reaches the
// request, and the reviewed link shows it.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertLinks } from '../../src/store/matching';
import { insertRegistration } from '../../src/store/people';
import { duplicateLink } from '../support/links';
import { registrationOf } from '../support/registrations';
import { browserSuite } from '../support/web-server';

const SAME = duplicateLink(1, 1, 2);
const TWO = duplicateLink(2, 3, 4);

describe('asking before a duplicate review in Chromium', { timeout: 120_000 }, () => {
  const suite = browserSuite();
  const errors: string[] = [];
  beforeAll(async () => {
    const db = suite.server.t.db.kysely;
    const people = [
      [1, 'María José', 'De la Cruz'],
      [2, 'Maria Jose', 'Delacruz'],
      [3, 'Yelitza', 'Parra'],
      [4, 'Yelitza Carolina', 'Parra'],
    ] as const;
    for (const [n, given, surname] of people) await insertRegistration(db, registrationOf(n, given, surname));
    await insertLinks(db, [SAME, TWO]);
  });

  // Every review the page sends, with its body: a press of a decision's button alone must send none.
  const watchReviews = (page: Page): unknown[] => {
    const sent: unknown[] = [];
    page.on('request', (r) => {
      if (/\/api\/duplicates\/[^/]+\/review$/.test(r.url())) sent.push(r.postDataJSON());
    });
    return sent;
  };
  const openQueue = async (page: Page, status?: string) => {
    await page.goto(`${suite.server.url}/review/duplicates${status ? `?status=${status}` : ''}`);
    await page.getByTestId('review-duplicates').waitFor();
    await page.getByTestId('queue-total').waitFor();
  };
  const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName);

  it('asks before a merge and its undoing, sending nothing on a press, and sends the reason', async () => {
    const page = await suite.logIn('supervisor', errors);
    const sent = watchReviews(page);
    await openQueue(page);
    const pair = page.locator(`[data-link="${SAME.id}"]`);
    const question = pair.getByTestId('link-review-question');
    const reason = question.getByLabel('Motivo de la decisión');

    const merge = pair.getByRole('button', { name: /^Fusionar: / });
    await merge.click();
    await question.waitFor();
    expect(await question.locator('legend').textContent()).toBe(
      '¿Fusionar a María José De la Cruz y Maria Jose Delacruz? Se contarán como una sola persona. ' +
        'La fusión se puede deshacer, pero un pase de viaje que la fusión revoque no vuelve al deshacerla.',
    );
    expect(await focusedTag(page)).toBe('TEXTAREA');
    expect(await pair.getByRole('button', { name: /^Fusionar: / }).count()).toBe(0);
    // Escape takes the question back and gives the focus to the button pressed.
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    expect(await merge.evaluate((b) => b === document.activeElement)).toBe(true);

    // Answered without a reason, the question says so, keeps the focus on the reason, and sends nothing.
    await merge.click();
    const yes = question.getByRole('button', {
      name: 'Sí, fusionar a María José De la Cruz y Maria Jose Delacruz',
    });
    await yes.click();
    await question.getByText('Escriba el motivo de la decisión: sin él no se guarda.').waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await focusedTag(page)).toBe('TEXTAREA');
    expect(sent).toEqual([]);
    expect(await page.getByTestId('queue-total').textContent()).toBe('2 vínculos por revisar');

    await reason.fill('  Mismo pasaporte venezolano, nombre escrito a mano  ');
    await yes.click();
    await page.getByText('María José De la Cruz / Maria Jose Delacruz: Fusionados.').waitFor();
    expect(sent).toEqual([
      { decision: 'merge', reason: 'Mismo pasaporte venezolano, nombre escrito a mano' },
    ]);

    // The merged link says who decided and why; undoing it is asked the same way.
    await openQueue(page, 'merged');
    const outcome = (await pair.getByTestId('link-outcome').textContent()) ?? '';
    expect(outcome).toContain('Quién revisóSupervisora de turno');
    expect(outcome).toContain('Motivo de la decisiónMismo pasaporte venezolano, nombre escrito a mano');
    await pair.getByRole('button', { name: /^Deshacer fusión: / }).click();
    expect(await question.locator('legend').textContent()).toMatch(
      /^¿Deshacer la fusión de María José De la Cruz y Maria Jose Delacruz\? Volverán a contarse como dos personas/,
    );
    expect(sent).toHaveLength(1);
    await reason.fill('Son hermanas: otra fecha de nacimiento');
    await question
      .getByRole('button', { name: 'Sí, deshacer la fusión de María José De la Cruz y Maria Jose Delacruz' })
      .click();
    await page.getByText('María José De la Cruz / Maria Jose Delacruz: Fusión deshecha.').waitFor();
    expect(sent.at(-1)).toEqual({ decision: 'unmerge', reason: 'Son hermanas: otra fecha de nacimiento' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asks before saying two records are two people, and shows the reason afterwards', async () => {
    const page = await suite.logIn('supervisor', errors);
    const sent = watchReviews(page);
    await openQueue(page);
    const pair = page.locator(`[data-link="${TWO.id}"]`);
    const question = pair.getByTestId('link-review-question');
    await pair.getByRole('button', { name: /^Rechazar: son personas distintas: / }).click();
    expect(await question.locator('legend').textContent()).toBe(
      '¿Rechazar el vínculo entre Yelitza Parra y Yelitza Carolina Parra? Quedará registrado que son ' +
        'dos personas distintas, y se seguirán contando por separado.',
    );
    expect(sent).toEqual([]);
    await question.getByLabel('Motivo de la decisión').fill('Hermanas: documentos distintos');
    await question
      .getByRole('button', { name: 'Sí, rechazar el vínculo entre Yelitza Parra y Yelitza Carolina Parra' })
      .click();
    await page.getByText('Yelitza Parra / Yelitza Carolina Parra: Rechazados.').waitFor();
    expect(sent).toEqual([{ decision: 'reject', reason: 'Hermanas: documentos distintos' }]);

    await openQueue(page, 'rejected');
    expect(await pair.getByTestId('link-outcome').textContent()).toContain(
      'Motivo de la decisiónHermanas: documentos distintos',
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
