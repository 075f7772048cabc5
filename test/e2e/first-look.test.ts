// What a new user meets first, in Chromium: a signed-out load with a clean console; free-text fields
// that stop at the API's limits; the audit log, the document rules and a duplicate pair in words, each
// column of the pair showing its own record's values; a new check of the audit chain says its own count. With PASO_SCREENSHOTS=1 it also writes
// docs/screenshots/admin-audit.png, policy-rules.png and review-duplicate-pair.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../../src/api/common';
import { comparePeople, defaultModel, type MatchablePerson } from '../../src/domain/matching';
import { DEMO_PASSWORD, DEMO_USERS, SANTA_ROSA_ID } from '../../src/store/demo';
import { insertLinks } from '../../src/store/matching';
import { insertRegistration } from '../../src/store/people';
import { logInAs, openBrowser, shoot } from '../support/browser';
import { startWebServer, type WebServer } from '../support/web-server';

// Two registrations of one man, typed differently. The pair is scored b first, as the booth scores a
// new registration against an earlier one, and filed a first: its ids sort that way.
const RECORD_A: MatchablePerson = {
  id: '0f1a0000-0000-4000-8000-00000000000a',
  givenNames: 'Carlos Andrés',
  surname1: 'Pérez',
  surname2: 'Gil',
  sex: 'M',
  birthDate: { year: 1991, month: 7, day: 2 },
  nationality: 'VEN',
};
const RECORD_B: MatchablePerson = {
  id: '0f1a0000-0000-4000-8000-00000000000b',
  givenNames: 'Carlos',
  surname1: 'Perez',
  sex: 'M',
  birthDate: { year: 1991 },
  nationality: 'COL',
};

async function addDuplicatePair(server: WebServer): Promise<void> {
  const db = server.t.db.kysely;
  const at = new Date().toISOString();
  const officer = DEMO_USERS.find((u) => u.role === 'officer')?.id ?? '';
  for (const [n, p] of [RECORD_A, RECORD_B].entries()) {
    await insertRegistration(db, {
      person: {
        id: p.id,
        givenNames: p.givenNames,
        surname1: p.surname1,
        surname2: p.surname2 ?? null,
        nameKey: `${p.surname1}||${p.givenNames}`.toUpperCase(),
        sex: p.sex ?? null,
        birthDate: p.birthDate ?? null,
        nationality: p.nationality ?? null,
      },
      document: null,
      registration: {
        id: `0f1a0000-0000-4000-8000-00000000010${n}`,
        personId: p.id,
        checkpointId: SANTA_ROSA_ID,
        boothId: null,
        officerId: officer,
        at,
        receivedAt: at,
        intention: 'entry',
        consent: true,
        vulnerabilities: [],
        offline: false,
        screeningStatus: 'clear',
      },
    });
  }
  const scored = comparePeople(defaultModel(), RECORD_B, RECORD_A);
  await insertLinks(db, [
    {
      id: '0f1a0000-0000-4000-8000-000000000200',
      personId: RECORD_B.id,
      otherPersonId: RECORD_A.id,
      score: scored.probability,
      explanation: scored.explanation,
      modelVersion: 'first-look',
      source: 'booth',
      createdAt: at,
    },
  ]);
}

describe("a new user's first look, in Chromium", { timeout: 180_000 }, () => {
  let server: WebServer;
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  const errors: string[] = [];
  beforeAll(async () => {
    server = await startWebServer();
    await addDuplicatePair(server);
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const logIn = (username: string): Promise<Page> =>
    logInAs(browser.context, server.url, username, DEMO_PASSWORD, errors);

  it('loads the sign-in page signed out without an error in the console', async () => {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    const seen: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') seen.push(m.text());
    });
    page.on('pageerror', (e) => seen.push(e.message));
    page.on('response', (r) => {
      if (r.status() >= 400) seen.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(server.url);
    await page.getByTestId('login-page').waitFor();
    await page.waitForLoadState('networkidle');
    expect(seen).toEqual([]);
    expect(await page.getByLabel('Usuario').getAttribute('maxlength')).toBe(String(TEXT_LIMITS.username));
    expect(await page.getByLabel('Contraseña').getAttribute('maxlength')).toBe(String(TEXT_LIMITS.password));
    // Sent blank: each field says so in Spanish, not in a bubble of the browser's.
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.locator('#login-username-error').getByText('Complete este dato.').waitFor();
    expect(await page.locator('#login-password-error').textContent()).toBe('Complete este dato.');
    expect(seen).toEqual([]);
    await page.close();
  });

  it('stops a name at the booth at the length the API takes', async () => {
    const page = await logIn('oficial.santarosa');
    await page.goto(`${server.url}/booth`);
    const givenNames = page.getByTestId('register-panel').getByLabel('Nombres');
    await givenNames.waitFor();
    expect(await givenNames.getAttribute('maxlength')).toBe(String(TEXT_LIMITS.personName));
    await givenNames.fill('a'.repeat(TEXT_LIMITS.personName + 50));
    expect((await givenNames.inputValue()).length).toBe(TEXT_LIMITS.personName);
    // Pasted, a text that long is cut as well, and the field says so at once, not silently.
    await givenNames.fill('');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const pasted = 'b'.repeat(TEXT_LIMITS.personName + 40);
    await page.evaluate((text) => navigator.clipboard.writeText(text), pasted);
    await givenNames.focus();
    await page.keyboard.press('Control+V');
    expect(await givenNames.inputValue()).toBe('b'.repeat(TEXT_LIMITS.personName));
    const cut = page.getByTestId('register-panel').locator('.field-cut');
    expect(await cut.textContent()).toBe(
      `El texto pegado tenía ${pasted.length} caracteres; este campo admite ${TEXT_LIMITS.personName} y se quedó con los primeros ${TEXT_LIMITS.personName}.`,
    );
    expect(await cut.getAttribute('role')).toBe('status');
    // Shorter again, the note goes.
    await givenNames.press('Backspace');
    expect(await cut.count()).toBe(0);
    await page.close();
  });

  it('shows the admin the audit log in words, details as lines', async () => {
    const page = await logIn('admin');
    // The users page records a user.list first: the audit page reads the log and the users at once.
    await page.goto(`${server.url}/admin/users`);
    await page.getByTestId('user-table').waitFor();
    await page.goto(`${server.url}/admin/audit`);
    await page.getByTestId('admin-audit').waitFor();
    const list = page.locator('td[data-action="user.list"]').first();
    await list.waitFor();
    expect(await list.textContent()).toBe('Consulta de la lista de usuarios');
    const table = page.locator('.audit-table');
    // Codes, JSON and the seed's "system" user are all in words.
    expect(await table.textContent()).not.toMatch(/user\.list|auth\.login|\{"|\bsystem\b/);
    expect(await table.textContent()).toContain('Sistema');
    // The page's own read of the log is recorded as it is answered: seen after a reload.
    await page.reload();
    await page.locator('td[data-action="audit.read"]').first().waitFor();
    expect(await table.locator('[data-key="filter"]').first().textContent()).toContain('Entradas por página');

    await page.getByLabel('Acción').selectOption({ label: 'Inicio de sesión' });
    await page.getByRole('button', { name: 'Aplicar filtros' }).click();
    // The unfiltered page holds logins too: wait for the filtered answer, which holds nothing else.
    await page.waitForFunction(() => {
      const cells = [...document.querySelectorAll('td[data-action]')];
      return cells.length > 0 && cells.every((c) => c.getAttribute('data-action') === 'auth.login');
    });
    const actions = await page
      .locator('td[data-action]')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-action')));
    expect(new Set(actions)).toEqual(new Set(['auth.login']));
    expect(await page.getByLabel('Actor').getAttribute('maxlength')).toBe(String(TEXT_LIMITS.auditFilter));
    await page.getByRole('button', { name: 'Quitar filtros' }).click();
    await page.locator('td[data-action="user.list"]').first().waitFor();
    await shoot(page, 'admin-audit');
    await page.close();
  });

  it.each([
    ['the audit page', '/admin/audit'],
    ["the administrator's home", '/'],
  ])('says the count of the check just made, not of the one before, on %s', async (_where, path) => {
    const page = await logIn('admin');
    await page.goto(`${server.url}${path}`);
    const chain = page.getByTestId('chain-status');
    await chain.locator('[data-chain="ok"]').waitFor();
    const before = (await chain.textContent()) ?? '';
    // The log grows (the page's own reads of it are recorded), then a check that takes its time, as
    // on a long log: held back here until the log's length is known.
    await page.locator('td[data-action="audit.read"]').first().waitFor();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const pattern = '**/api/audit/verify';
    await page.route(pattern, async (route) => {
      await held;
      await route.continue();
    });
    await chain.getByRole('button', { name: 'Verificar de nuevo' }).click();
    // While it runs, the last check's count is not on screen as if it were this one's; before, it was.
    await expect.poll(() => chain.textContent()).not.toBe(before);
    expect(await chain.textContent()).not.toContain('Se comprobaron');
    const entries = await server.t.db.kysely
      .selectFrom('audit_entry')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    release();
    const count = new Intl.NumberFormat('es-PE').format(Number(entries.n));
    await chain.getByText(`Se comprobaron ${count} entradas sin alteraciones.`).waitFor();
    await page.unroute(pattern);
    await page.close();
  });

  it('shows the supervisor the conditions of each document rule as sentences', async () => {
    const page = await logIn('supervisor');
    await page.goto(`${server.url}/policy`);
    const rules = page.getByTestId('policy-rules');
    await rules.waitFor();
    const text = (await rules.textContent()) ?? '';
    expect(text).toContain('Presenta pasaporte.');
    expect(text).toContain('El documento está vigente.');
    expect(text).toContain('El documento está vigente o venció hace 10 años como máximo.');
    expect(text).toContain('Tiene menos de 18 años.');
    expect(text).toContain('No presenta ningún documento.');
    expect(text).not.toMatch(/documentKinds|maxExpiredYears|ageUnder|humanitarian:/);
    await shoot(page, 'policy-rules');
    await page.close();
  });

  it("puts each duplicate record's own values under its column", async () => {
    const page = await logIn('supervisor');
    await page.goto(`${server.url}/review/duplicates`);
    const link = page.locator('[data-link="0f1a0000-0000-4000-8000-000000000200"]');
    await link.waitFor();
    expect(await link.getByTestId('link-a').textContent()).toContain('Carlos Andrés Pérez Gil');
    expect(await link.getByTestId('link-b').textContent()).toContain('Carlos Perez');
    // Columns: comparison, level, record A, record B, weight.
    const values = async (comparison: string) =>
      link
        .locator(`[data-comparison="${comparison}"] td`)
        .evaluateAll((cells) => cells.slice(1, 3).map((c) => c.textContent));
    expect(await values('givenName')).toEqual(['CARLOS ANDRES', 'CARLOS']);
    expect(await values('birthDate')).toEqual(['2 jul 1991', '1991']);
    // A nationality by its country, as the records above the table write it.
    expect(await values('nationality')).toEqual(['Venezuela (VEN)', 'Colombia (COL)']);
    await shoot(page, 'review-duplicate-pair');
    expect(errors).toEqual([]);
    await page.close();
  });
});
