// Two people on one queue in Chromium, each in a browser of their own: a listed person waits at Santa
// Rosa. The screening queue says how many wait, names the country of each nationality it compared,
// leads to the checkpoint where the person waits (whose decisions are asked first too), and asks
// before a review (which cannot be undone);
// the second supervisor to review the hit is told what the first decided, who and when. Two
// humanitarian workers close one referral: the second is told that the first closed it, with both notes.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postEvents } from '../../src/server/crossings/test-post-events';
import { DEMO_PASSWORD } from '../../src/store/demo';
import { as, login } from '../support/app';
import { logInAs, openBrowser } from '../support/browser';
import { sent } from '../support/santa-rosa-now';
import { importWatchlist, LISTED_ALONE_CSV, LISTED_AS_READ } from '../support/watchlists';
import { startWebServer, type WebServer } from '../support/web-server';

const LISTED = 'MARIA JOSE DE LA CRUZ PENA';

describe('two reviewers of one queue in Chromium', { timeout: 180_000 }, () => {
  let server: WebServer;
  let first: Awaited<ReturnType<typeof openBrowser>>;
  let second: Awaited<ReturnType<typeof openBrowser>>;
  const errors: string[] = [];
  beforeAll(async () => {
    server = await startWebServer();
    [first, second] = await Promise.all([openBrowser(), openBrowser()]);
    await importWatchlist(server.app, await login(server.app, 'admin'), LISTED_ALONE_CSV);
    const officer = await login(server.app, 'officer');
    const outcomes = await postEvents(server.app, as(officer), [
      sent('crossing', 'SR-02', 30, {
        direction: 'entry',
        decision: 'admitted',
        identityBasis: 'declared',
        consent: true,
        person: LISTED_AS_READ,
      }),
      sent('crossing', 'SR-03', 20, {
        direction: 'entry',
        decision: 'admitted',
        identityBasis: 'declared',
        consent: true,
        person: {
          givenNames: 'Luis',
          surname1: 'Pérez',
          sex: 'M',
          birthDate: '2015-06-10',
          nationality: 'VEN',
        },
      }),
    ]);
    expect(outcomes.map((o) => o.screening ?? o.status)).toEqual(['hold', 'clear']);
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await server?.close();
  });

  const logIn = (browser: typeof first, username: string): Promise<Page> =>
    logInAs(browser.context, server.url, username, DEMO_PASSWORD, errors);

  it('says how many matches wait, the countries compared, and where the person waits', async () => {
    const page = await logIn(first, 'supervisor');
    await page.goto(`${server.url}/review/screening`);
    const hit = page.getByTestId('hit');
    await hit.waitFor();
    await page.getByTestId('queue-total').getByText('1 coincidencia por revisar').waitFor();
    // The table names the country as the facts beside it do, not the bare code.
    await hit.locator('[data-comparison="nationality"]').getByText('Venezuela (VEN)').first().waitFor();
    expect(await hit.locator('[data-comparison="nationality"] td').allTextContents()).toContain(
      'Venezuela (VEN)',
    );
    // The checkpoint view opens at the first checkpoint (Chacalluta), where nobody waits: the hit
    // leads to Santa Rosa's, where the person's card is.
    await hit.getByTestId('hit-case-link').click();
    await page.waitForURL((url) => url.pathname === '/checkpoint-view');
    expect(new URL(page.url()).searchParams.get('checkpoint')).toBe('PE-SANTA-ROSA');
    const held = page.getByTestId('held-case');
    await held.getByRole('heading', { name: LISTED }).waitFor();
    // A decision there is asked first too, with its reason; Escape takes the question back and
    // nothing is sent.
    await held
      .getByLabel('Motivo de la decisión (obligatorio)')
      .fill('Otra persona: otra fecha de nacimiento');
    await held.getByRole('button', { name: `Admitir en tránsito: ${LISTED}`, exact: true }).click();
    const question = held.getByTestId('resolve-question');
    expect(await question.textContent()).toContain(`¿Admitir en tránsito a ${LISTED}?`);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.textContent === 'Admitir en tránsito');
    expect(await held.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('asks before a review, and tells the second supervisor what the first decided', async () => {
    const pageA = await logIn(first, 'supervisor');
    const pageB = await logIn(second, 'supervisor');
    for (const page of [pageA, pageB]) {
      await page.goto(`${server.url}/review/screening`);
      await page.getByTestId('hit').waitFor();
    }
    const hitA = pageA.getByTestId('hit');
    const hitB = pageB.getByTestId('hit');

    // A confirmation by keyboard asks first; Escape takes the question back, and the button its focus.
    const confirmB = hitB.getByRole('button', { name: `Confirmar coincidencia de ${LISTED}` });
    await confirmB.focus();
    await pageB.keyboard.press('Enter');
    const question = hitB.getByTestId('hit-review-question');
    await question
      .getByText(`¿Confirmar que ${LISTED} es la persona de la lista?`, { exact: false })
      .waitFor();
    await pageB.keyboard.press('Escape');
    await confirmB.waitFor();
    await pageB.waitForFunction(
      (name) => document.activeElement?.getAttribute('aria-label') === name,
      `Confirmar coincidencia de ${LISTED}`,
    );

    // A dismisses it, answering the question.
    await hitA.getByLabel('Motivo de la revisión').fill('Otra persona: otra fecha de nacimiento');
    await hitA.getByRole('button', { name: `Descartar coincidencia de ${LISTED}` }).click();
    await hitA.getByRole('button', { name: `Sí, descartar la coincidencia de ${LISTED}` }).click();
    await pageA.getByText(`Se descartó la coincidencia de ${LISTED}.`).waitFor();

    // B, on the page read before, confirms: told in words what A decided, who and when.
    await confirmB.click();
    await hitB.getByRole('button', { name: `Sí, confirmar la coincidencia de ${LISTED}` }).click();
    const told = hitB.getByTestId('hit-reviewed-meanwhile');
    await told.waitFor();
    expect(await told.textContent()).toMatch(
      /^Otra persona ya revisó esta coincidencia: la descartó Supervisora de turno el .+ GMT-5\. Su decisión no se guardó/,
    );

    // The browser logs the refused review's 409; it was the point of the step.
    expect(errors.every((e) => e.includes('409'))).toBe(true);
    errors.length = 0;

    // The dismissed hit says who reviewed it.
    await pageA.getByLabel('Mostrar').selectOption('dismissed');
    await pageA.getByTestId('queue-total').getByText('1 coincidencia descartada').waitFor();
    expect(await pageA.getByTestId('hit').textContent()).toContain('Quién revisóSupervisora de turno');
    // The language switched after the review, what the page said of it is said in English.
    await pageA.getByRole('button', { name: 'English' }).click();
    await pageA.getByTestId('queue-total').getByText('1 dismissed match').waitFor();
    expect(await pageA.getByTestId('hit').textContent()).toContain('Reviewed bySupervisora de turno');
    // The browser keeps the language chosen: back to Spanish for the next login.
    await pageA.getByRole('button', { name: 'Español' }).click();
    await pageA.getByTestId('queue-total').getByText('1 coincidencia descartada').waitFor();
    await pageA.close();
    await pageB.close();
  });

  it('tells the second humanitarian worker to close a referral that the first had closed it', async () => {
    const pageA = await logIn(first, 'humanitario');
    const pageB = await logIn(second, 'humanitario');
    for (const page of [pageA, pageB]) {
      await page.goto(`${server.url}/referrals?q=perez`);
      await page.getByTestId('referral').waitFor();
    }
    const close = async (page: Page, note: string) => {
      const card = page.getByTestId('referral');
      await card.getByLabel('Nota de cierre').fill(note);
      await card.getByRole('button', { name: 'Cerrar derivación de Luis Pérez' }).click();
      await card.getByRole('button', { name: 'Sí, cerrar la derivación de Luis Pérez' }).click();
    };
    await close(pageA, 'Recibido por DEMUNA Tacna');
    await pageA.getByText('Se cerró la derivación de Luis Pérez.').waitFor();
    await close(pageB, 'Llevado al albergue Coliseo');
    const told = pageB.getByTestId('referral-closed-before');
    await told.waitFor();
    expect(await told.textContent()).toMatch(
      /^Enlace humanitario ya había cerrado la derivación de Luis Pérez el .+, con la nota: «Recibido por DEMUNA Tacna»\. Su nota no se guardó: «Llevado al albergue Coliseo»\.$/,
    );
    expect(await pageB.getByText('Se cerró la derivación de Luis Pérez.').count()).toBe(0);
    expect(errors).toEqual([]);
    await pageA.close();
    await pageB.close();
  });
});
