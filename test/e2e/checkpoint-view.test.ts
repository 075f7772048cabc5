// The supervisor's view of a checkpoint and the humanitarian referrals queue in Chromium. Crossings
// and tallies arrive through POST /api/events as a booth sends them: one held, one admitted, a child
// alone. The supervisor sees booths, officers, crossings and decisions, refuses the held person on a
// ground, and sees the child's open referral; the humanitarian partner closes it with a note.
// With PASO_SCREENSHOTS=1 it also writes docs/screenshots/supervisor-view.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/store/demo';
import { as, login } from '../support/app';
import { logInAs, openBrowser, shoot } from '../support/browser';
import { sent } from '../support/santa-rosa-now';
import { startWebServer, type WebServer } from '../support/web-server';

const HELD = crypto.randomUUID();
const HELD_REASON = 'Documentos dudosos, consultar al supervisor';
const crossing = (
  id: string,
  booth: string,
  decision: string,
  person: Record<string, string>,
  seconds: number,
) =>
  sent('crossing', booth, seconds, {
    id,
    direction: 'entry',
    decision,
    identityBasis: 'document',
    consent: true,
    person,
    // Held as an officer holds someone the document rule would admit: with their reason.
    ...(decision === 'held' ? { recommendation: 'admit', overrideReason: HELD_REASON } : {}),
  });
const tally = (booth: string, category: string, seconds: number) =>
  sent('tally', booth, seconds, { direction: 'entry', category, count: 1 });
const DAY_MS = 86_400_000;
/** How long since midnight an instant is on a zone's clock. */
const sinceMidnight = (ms: number, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(ms));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return ((part('hour') * 60 + part('minute')) * 60 + part('second')) * 1000;
};

describe('the checkpoint view and the referrals queue in Chromium', { timeout: 120_000 }, () => {
  let server: WebServer;
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  const errors: string[] = [];
  beforeAll(async () => {
    server = await startWebServer();
    browser = await openBrowser();
    const officer = await login(server.app, 'officer');
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/events',
      headers: as(officer),
      payload: {
        events: [
          crossing(
            HELD,
            'SR-02',
            'held',
            {
              givenNames: 'Ana María',
              surname1: 'Quispe',
              surname2: 'Mamani',
              sex: 'F',
              birthDate: '1990-04-02',
              nationality: 'PER',
            },
            40,
          ),
          crossing(
            crypto.randomUUID(),
            'SR-02',
            'admitted',
            {
              givenNames: 'Carlos',
              surname1: 'Rojas',
              sex: 'M',
              birthDate: '1985-01-20',
              nationality: 'VEN',
            },
            30,
          ),
          crossing(
            crypto.randomUUID(),
            'SR-03',
            'referred-protection',
            { givenNames: 'Luis', surname1: 'Pérez', sex: 'M', birthDate: '2015-06-10', nationality: 'VEN' },
            20,
          ),
          tally('SR-01', 'woman', 10),
          tally('SR-01', 'girl', 5),
        ],
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    const outcomes = response.json<{ outcomes: { status: string }[] }>().outcomes;
    expect(outcomes.map((o) => o.status)).toEqual(['applied', 'applied', 'applied', 'applied', 'applied']);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const logIn = (username: string): Promise<Page> =>
    logInAs(browser.context, server.url, username, DEMO_PASSWORD, errors);
  const nav = (page: Page) => page.getByRole('navigation', { name: 'Navegación principal' });
  const figure = async (page: Page, id: string) =>
    (await page.getByTestId(`figure-${id}`).locator('.figure-value').textContent())?.trim();
  const fitsPhone = async (page: Page) => {
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1366, height: 768 });
  };

  it('opens where a person waits for the supervisor, and keeps the checkpoint the supervisor chooses', async () => {
    const page = await logIn('supervisor');
    const checkpoint = page.getByLabel('Puesto de control');
    // Chacalluta is listed first; the held person waits at Santa Rosa, where the view opens.
    await nav(page).getByRole('link', { name: 'Vista del puesto' }).click();
    await page.getByTestId('held-case').waitFor();
    expect(await checkpoint.inputValue()).toBe('PE-SANTA-ROSA');
    // Chosen, Chacalluta stays: another page and the menu again bring the supervisor back to it.
    await checkpoint.selectOption('CL-CHACALLUTA');
    await page.getByText('No hay casos retenidos en espera.').waitFor();
    await nav(page).getByRole('link', { name: 'Inicio' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await nav(page).getByRole('link', { name: 'Vista del puesto' }).click();
    await page.getByText('No hay casos retenidos en espera.').waitFor();
    expect(await checkpoint.inputValue()).toBe('CL-CHACALLUTA');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the supervisor booths, officers, crossings, decisions, the held case and the referral', async () => {
    const page = await logIn('supervisor');
    await nav(page).getByRole('link', { name: 'Vista del puesto' }).click();
    await page.getByTestId('checkpoint-view').waitFor();
    await page.getByRole('option', { name: 'Complejo Fronterizo Santa Rosa' }).waitFor({ state: 'attached' });
    await page.getByLabel('Puesto de control').selectOption({ label: 'Complejo Fronterizo Santa Rosa' });
    await page.waitForURL((url) => url.search === '?checkpoint=PE-SANTA-ROSA');
    const held = page.getByTestId('held-case');
    await held.waitFor();
    expect(await held.getByRole('heading').textContent()).toBe('Ana María Quispe Mamani');
    expect(await held.textContent()).toContain('SR-02');
    // Why the person waits, before the supervisor decides.
    expect(await held.getByTestId('held-why').textContent()).toBe(`Motivo del oficial${HELD_REASON}`);

    const booths = page.getByTestId('overview-booths');
    expect(await booths.locator('[data-booth="SR-02"]').textContent()).toContain(
      'Oficial de caseta, Santa Rosa',
    );
    expect(await booths.locator('[data-booth="SR-04"]').textContent()).toContain(
      'Nadie registró en el período',
    );
    expect(await figure(page, 'admitted')).toBe('1');
    expect(await figure(page, 'held')).toBe('1');
    expect(await figure(page, 'referred-protection')).toBe('1');
    expect(await figure(page, 'tallied')).toBe('2');
    const hourly = page.getByTestId('overview-hourly');
    const crossed = await hourly.locator('td[data-booth="SR-01"]').allTextContents();
    expect(crossed.map(Number).reduce((a, b) => a + b, 0)).toBe(2);

    const referral = page.getByTestId('overview-referral');
    expect(await referral.textContent()).toContain('Luis Pérez');
    expect(await referral.textContent()).toContain('Menor no acompañado');
    await shoot(page, 'supervisor-view');
    await fitsPhone(page);
    // On a phone the booths table is whole in its box (its last column in sight, not behind a
    // sideways scroll), and a booth's code stays on one line.
    await page.setViewportSize({ width: 390, height: 844 });
    const box = booths.locator('xpath=ancestor::div[contains(@class, "table-wrap")][1]');
    expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
    const linesOfCode = await booths.locator('tbody th').evaluateAll((cells) =>
      cells.flatMap((cell) => {
        const code = cell.textContent ?? '';
        if (!code.startsWith('SR-')) return [];
        // The lines the code's text is drawn on: one rectangle a line.
        const text = document.createRange();
        text.selectNodeContents(cell.querySelector('.nowrap') ?? cell);
        const lines = new Set([...text.getClientRects()].map((r) => Math.round(r.top)));
        return [[code, lines.size]];
      }),
    );
    expect(linesOfCode.length).toBeGreaterThanOrEqual(4);
    expect(linesOfCode.filter(([, lines]) => lines !== 1)).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.close();
  });

  it('lets the supervisor refuse the held person on a ground, through a correction', async () => {
    const page = await logIn('supervisor');
    await page.goto(`${server.url}/checkpoint-view?checkpoint=PE-SANTA-ROSA`);
    const held = page.getByTestId('held-case');
    await held.waitFor();
    // Each card's buttons name its person, so a list of the page's buttons tells them apart.
    const refuse = held.getByRole('button', { name: 'Rechazar: Ana María Quispe Mamani', exact: true });
    const admit = held.getByRole('button', { name: 'Admitir: Ana María Quispe Mamani', exact: true });
    const posted: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/events')) posted.push(r.url());
    });
    await refuse.click();
    await held.getByText('Elija el motivo del rechazo.').waitFor();
    // Deciding on a held person asks its reason too, beside its field: the law needs it on record.
    const noteMissing = held.getByText(
      'Escriba el motivo de la decisión: sin él no se decide sobre una persona retenida.',
    );
    await noteMissing.waitFor();
    // Focus on the first field asked for, whose error its reader hears: before, it stayed on the button.
    await page.waitForFunction(() => document.activeElement?.tagName === 'SELECT');
    // Admitting needs no ground: the refusal's error goes. It needs the reason: nothing is asked nor
    // sent, and focus goes to the reason's field.
    await admit.click();
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    expect(await held.getByText('Elija el motivo del rechazo.').count()).toBe(0);
    expect(await held.getByTestId('resolve-question').count()).toBe(0);
    await held.getByLabel('Motivo de la decisión (obligatorio)').fill('   ');
    await admit.click();
    expect(await held.getByTestId('resolve-question').count()).toBe(0);
    await noteMissing.waitFor();
    expect(posted).toEqual([]);
    await held.getByLabel('Motivo de la decisión (obligatorio)').fill('Sin documento de identidad válido');
    expect(await noteMissing.count()).toBe(0);
    // The server refuses this admission (as it would a person with a watchlist match nobody
    // reviewed): its message is said, and focus comes back to the button pressed, not to the page.
    await page.route('**/api/events', (route) =>
      route.fulfill({
        json: {
          outcomes: [
            {
              id: crypto.randomUUID(),
              index: 0,
              status: 'problem',
              problem: { code: 'correction.unreviewed-hit', title: 'Unreviewed hit', detail: '', errors: [] },
            },
          ],
        },
      }),
    );
    await admit.click();
    // Each decision is asked first, naming the person: the page cannot take it back.
    await held.getByRole('button', { name: 'Sí, admitir a Ana María Quispe Mamani' }).click();
    await held.getByRole('alert').getByText('Rechazar sigue siendo posible.', { exact: false }).waitFor();
    expect(await held.getByText('Elija el motivo del rechazo.').count()).toBe(0);
    await page.waitForFunction(() => document.activeElement?.textContent === 'Admitir');
    await page.unroute('**/api/events');
    await held.getByLabel('Motivo del rechazo').selectOption('no-valid-document');
    await refuse.click();
    const question = held.getByTestId('resolve-question');
    expect(await question.textContent()).toContain(
      '¿Rechazar a Ana María Quispe Mamani por «Sin documento válido»?',
    );
    await question.getByRole('button', { name: 'Sí, rechazar a Ana María Quispe Mamani' }).click();
    await page.getByText('Se rechazó a Ana María Quispe Mamani.').waitFor();
    // The case and its buttons are gone: focus is on the list's heading, not on the page's top.
    await page.waitForFunction(() => document.activeElement?.id === 'overview-held');
    await page.getByText('No hay casos retenidos en espera.').waitFor();
    await page.locator('[data-testid="figure-refused"] .figure-value', { hasText: '1' }).waitFor();
    expect(await figure(page, 'held')).toBe('0');

    const state = await server.t.db.kysely
      .selectFrom('event_state')
      .select(['decision', 'fields'])
      .where('event_id', '=', HELD)
      .executeTakeFirstOrThrow();
    expect(state.decision).toBe('refused');
    expect(JSON.parse(state.fields)).toMatchObject({
      refusalGround: 'no-valid-document',
      note: 'Sin documento de identidad válido',
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the humanitarian partner the child in their queue, and lets them close it with a note', async () => {
    const page = await logIn('humanitario');
    expect(await nav(page).getByRole('link', { name: 'Vista del puesto' }).count()).toBe(0);
    await nav(page).getByRole('link', { name: 'Derivaciones' }).click();
    const card = page.getByTestId('referral');
    await card.waitFor();
    expect(await card.getByRole('heading').textContent()).toBe('Luis Pérez');
    const facts = (await card.getByTestId('referral-facts').textContent()) ?? '';
    expect(facts).toMatch(/\d+ años/);
    expect(facts).toContain('Menor no acompañado');
    expect(facts).toContain('Complejo Fronterizo Santa Rosa, caseta SR-03');
    expect(facts).not.toMatch(/retenid|coincid|lista/i);
    await fitsPhone(page);
    // How many wait; one child found by a part of the name typed without accents; one checkpoint.
    await page.getByTestId('referrals-total').getByText('1 derivación abierta').waitFor();
    const search = async (typed: string) => {
      await page.getByLabel('Nombre', { exact: true }).fill(typed);
      await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    };
    await search('perez');
    await page.getByText('1 derivación abierta coincide.').waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('perez');
    await shoot(page, 'referrals-search');
    await search('Quispe');
    await page.getByText('Ninguna derivación abierta coincide.').waitFor();
    expect(await card.count()).toBe(0);
    await page.getByRole('button', { name: 'Mostrar todas' }).click();
    // The list without the name is shown before the next filter: else "Ninguna … coincide." below could
    // be the name's answer still on the page, and the checkpoint be asked with the old name.
    await card.waitFor();
    await page.getByLabel('Puesto de control').selectOption('CL-CHACALLUTA');
    await page.getByText('Ninguna derivación abierta coincide.').waitFor();
    await page.getByLabel('Puesto de control').selectOption('');
    await card.waitFor();
    // Each time is on the referral's checkpoint's clock, and says so.
    expect(facts).toMatch(/GMT-5 \(hora de Complejo Fronterizo Santa Rosa\)/);
    // A page past the last shows the last; a name longer than the API takes is marked in its field.
    await page.goto(`${server.url}/referrals?page=99`);
    await card.waitFor();
    expect(new URL(page.url()).searchParams.get('page')).toBeNull();
    expect(await page.getByText(/Página \d+ de/).count()).toBe(0);
    await page.goto(`${server.url}/referrals?q=${'a'.repeat(210)}`);
    const name = page.getByLabel('Nombre', { exact: true });
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Este dato admite como máximo 200 caracteres y tiene 210: acórtelo.').waitFor();
    expect(await page.getByText('Revise los datos marcados en el formulario.').count()).toBe(0);
    await page.goto(`${server.url}/referrals`);

    await card.getByRole('button', { name: 'Cerrar derivación de Luis Pérez' }).click();
    await card.getByText('Escriba una nota antes de cerrar.').waitFor();
    await card.getByLabel('Nota de cierre').fill('Recibido por la DEMUNA de Tacna');
    await card.getByText('31 de 500 caracteres.').waitFor();
    // The note typed is there again after leaving the page and coming back.
    await page.goto(`${server.url}/`);
    await page.goBack();
    await expect
      .poll(() => card.getByLabel('Nota de cierre').inputValue())
      .toBe('Recibido por la DEMUNA de Tacna');
    // Closing asks first, naming the person; cancelled, nothing is closed and the button is back.
    await card.getByRole('button', { name: 'Cerrar derivación de Luis Pérez' }).click();
    const question = card.getByTestId('close-referral-question');
    await question
      .getByText('¿Cerrar la derivación de Luis Pérez? Una derivación cerrada no se vuelve a abrir.')
      .waitFor();
    await question.getByRole('button', { name: 'Cancelar' }).click();
    const closeButton = card.getByRole('button', { name: 'Cerrar derivación de Luis Pérez' });
    await expect.poll(() => closeButton.evaluate((el) => el === document.activeElement)).toBe(true);
    // On a phone the confirmation is on the screen once the page goes back to its top.
    await page.setViewportSize({ width: 390, height: 844 });
    await closeButton.click();
    await card.getByRole('button', { name: 'Sí, cerrar la derivación de Luis Pérez' }).click();
    const closedNotice = page.getByText('Se cerró la derivación de Luis Pérez.');
    await closedNotice.waitFor();
    await expect
      .poll(() => closedNotice.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight))
      .toBe(true);
    await page.getByText('No hay derivaciones abiertas.').waitFor();

    await page.getByLabel('Mostrar').selectOption('closed');
    await page.getByTestId('referral').waitFor();
    expect(await page.getByTestId('referral').textContent()).toContain('Recibido por la DEMUNA de Tacna');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the corrections devices made offline to one crossing, all kept, with their reasons, for the supervisor', async () => {
    const officer = await login(server.app, 'officer');
    const target = crypto.randomUUID();
    const person = {
      givenNames: 'Rosa Elena',
      surname1: 'Mamani',
      sex: 'F',
      birthDate: '1979-08-15',
      nationality: 'BOL',
    };
    // Each booth's device corrects offline without having seen another's correction (seen: null).
    const correction = (booth: string, seconds: number, set: Record<string, unknown>) =>
      sent('correction', booth, seconds, { offline: true, corrects: target, seen: null, set });
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/events',
      headers: as(officer),
      payload: {
        events: [
          crossing(target, 'SR-01', 'admitted', person, 60),
          correction('SR-01', 50, {
            decision: 'refused',
            refusalGround: 'no-valid-document',
            note: 'Cédula vencida hace dos años',
          }),
          correction('SR-03', 45, { decision: 'referred-protection', note: 'Pide refugio' }),
          // A third device agrees with the first in other words: not a conflict of its own.
          correction('SR-02', 48, {
            decision: 'refused',
            refusalGround: 'no-valid-document',
            note: 'Documento vencido',
          }),
        ],
      },
    });
    expect(response.statusCode, response.body).toBe(200);

    const page = await logIn('supervisor');
    await page.goto(`${server.url}/checkpoint-view?checkpoint=PE-SANTA-ROSA`);
    const section = page.getByTestId('correction-conflicts');
    const card = section.getByTestId('conflict');
    await card.waitFor();
    expect(await section.getByRole('heading', { level: 2 }).textContent()).toBe(
      'Correcciones en conflicto (1)',
    );
    expect(await card.textContent()).toContain('Campos en disputa: Decisión');
    const rows = await card.getByTestId('conflict-correction').allTextContents();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('SR-01');
    expect(rows[0]).toContain('sin conexión');
    expect(rows[0]).toContain('Decisión: Rechazar');
    expect(rows[2]).toContain('SR-03');
    expect(rows[2]).toContain('Decisión: Derivar a protección (refugio o asilo)');
    // Each correction's reason, for the supervisor to choose between them; the reasons themselves
    // are not in dispute.
    expect(await card.getByTestId('conflict-reason').allTextContents()).toEqual([
      'Motivo: «Cédula vencida hace dos años»',
      'Motivo: «Documento vencido»',
      'Motivo: «Pide refugio»',
    ]);
    expect(await card.textContent()).not.toMatch(/Campos en disputa:.*note/);
    await fitsPhone(page);
    // On a phone each correction is read whole, its reason included, without a sideways scroll.
    await page.setViewportSize({ width: 390, height: 844 });
    const box = card.locator('.table-wrap');
    expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
    await page.setViewportSize({ width: 1366, height: 768 });
    // The later correction counts, by the counting rules; the other is kept and shown.
    expect(await card.getByTestId('conflict-current').textContent()).toBe(
      'Cuenta ahora: Decisión: Derivar a protección (refugio o asilo)',
    );
    await shoot(page, 'correction-conflicts');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the children waiting longest when a checkpoint has many referrals, and links to them all, a page at a time', async () => {
    const supervisor = await login(server.app, 'supervisor');
    // Thirty children who crossed alone at Chacalluta, a minute apart, the first the longest waiting.
    const children = Array.from({ length: 30 }, (_, i) => ({
      kind: 'crossing',
      id: crypto.randomUUID(),
      at: new Date(Date.now() - (30 - i) * 60_000).toISOString(),
      checkpoint: 'CL-CHACALLUTA',
      booth: 'CH-01',
      direction: 'exit',
      decision: 'admitted',
      identityBasis: 'declared',
      consent: true,
      person: { givenNames: `Niño ${i + 1}`, surname1: 'Solo', birthDate: '2016-03-01', nationality: 'VEN' },
    }));
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/events',
      headers: as(supervisor),
      payload: { events: children },
    });
    expect(response.statusCode, response.body).toBe(200);

    const page = await logIn('supervisor');
    await page.goto(`${server.url}/checkpoint-view?checkpoint=CL-CHACALLUTA`);
    await page.getByTestId('overview-referrals-more').waitFor();
    expect(
      await page.getByRole('heading', { name: 'Derivaciones de protección abiertas (30)' }).count(),
    ).toBe(1);
    const cards = await page.getByTestId('overview-referral').getByRole('heading').allTextContents();
    expect(cards).toEqual(Array.from({ length: 12 }, (_, i) => `Niño ${i + 1} Solo`));
    expect(await page.getByTestId('overview-referrals-more').textContent()).toContain(
      'Se muestran las 12 que más esperan de 30.',
    );
    await page.getByRole('link', { name: 'Ver todas en Derivaciones' }).click();
    // The queue opens at the same checkpoint (Santa Rosa has referrals of its own).
    await page.waitForURL(
      (url) => url.pathname === '/referrals' && url.searchParams.get('checkpoint') === 'CL-CHACALLUTA',
    );
    await page.getByTestId('referral').first().waitFor();
    // The queue, 25 a page: the longest waiting first, then the next page from the 26th on.
    const names = () => page.getByTestId('referral').getByRole('heading').allTextContents();
    expect(await names()).toEqual(Array.from({ length: 25 }, (_, i) => `Niño ${i + 1} Solo`));
    expect(await page.getByTestId('referrals-shown').textContent()).toBe(
      'Se muestran de la 1 a la 25: primero las que más esperan.',
    );
    const pager = page.getByRole('navigation', { name: 'Páginas de la lista de derivaciones' });
    expect(await pager.getByText('Página 1 de 2').count()).toBe(1);
    expect(await pager.getByRole('button', { name: 'Página anterior' }).isDisabled()).toBe(true);
    await pager.getByRole('button', { name: 'Página siguiente' }).click();
    await page.getByTestId('referral').getByRole('heading', { name: 'Niño 30 Solo' }).waitFor();
    expect(await names()).toEqual(Array.from({ length: 5 }, (_, i) => `Niño ${i + 26} Solo`));
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');
    expect(await pager.getByRole('button', { name: 'Página siguiente' }).isDisabled()).toBe(true);
    await fitsPhone(page);
    // Back in the browser's history is the first page again.
    await page.goBack();
    await page.getByTestId('referral').getByRole('heading', { name: 'Niño 1 Solo' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says yesterday in a booth's last record made yesterday at the checkpoint, on a phone too", async () => {
    const supervisor = await login(server.app, 'supervisor');
    // A record made yesterday on the checkpoint's clock, within the view's last 24 hours: at the
    // checkpoint where more of yesterday is still within them (its midnight may be minutes away),
    // halfway through that part. Neither booth has records of its own in the demo's history.
    const now = Date.now();
    const place = [
      { checkpoint: 'PE-SANTA-ROSA', booth: 'SR-05', zone: 'America/Lima' },
      { checkpoint: 'CL-CHACALLUTA', booth: 'CH-03', zone: 'America/Santiago' },
    ]
      .map((c) => ({ ...c, left: DAY_MS - sinceMidnight(now, c.zone) }))
      .reduce((a, b) => (b.left > a.left ? b : a));
    const at = new Date(now - DAY_MS + place.left / 2);
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/events',
      headers: as(supervisor),
      payload: {
        events: [
          {
            kind: 'crossing',
            id: crypto.randomUUID(),
            at: at.toISOString(),
            checkpoint: place.checkpoint,
            booth: place.booth,
            direction: 'entry',
            decision: 'admitted',
            identityBasis: 'declared',
            consent: true,
            person: { givenNames: 'Jorge', surname1: 'Ayala', birthDate: '1980-05-05', nationality: 'VEN' },
          },
        ],
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    const clock = new Intl.DateTimeFormat('es-419', {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: place.zone,
    }).format(at);

    const page = await logIn('supervisor');
    await page.goto(`${server.url}/checkpoint-view?checkpoint=${place.checkpoint}&hours=24`);
    const row = page.getByTestId('overview-booths').locator(`[data-booth="${place.booth}"]`);
    await row.waitFor();
    expect(await row.locator('time').textContent()).toBe(`ayer ${clock}`);
    await fitsPhone(page);
    await page.setViewportSize({ width: 390, height: 844 });
    const box = page
      .getByTestId('overview-booths')
      .locator('xpath=ancestor::div[contains(@class, "table-wrap")][1]');
    expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
    expect(await row.locator('time').isVisible()).toBe(true);
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
