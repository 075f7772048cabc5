// A family at the booth in Chromium: an officer at Santa Rosa registers four people in one sitting — a
// Venezuelan passport read by the reader, a Chilean identity card (TD1), two children without documents
// on their parents' word — takes one decision for the group, changes it for one member with a reason,
// and the four events reach the server in one batch. The mother referred to protection, and a child
// with an adult who is not a parent, show the protection referral the server opened. A person counted
// earlier in the quick tally is taken off it in the same batch. The page never scrolls sideways at 390
// or 768 px. Then the humanitarian partner sees the referrals and the supervisor's checkpoint view shows
// all of it and resolves a held man.
// With PASO_SCREENSHOTS=1 it writes docs/screenshots/family.png.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatTd1, formatTd3 } from '../../src/domain/documents';
import { shoot } from '../support/browser';
import { browserSuite } from '../support/web-server';

// The server runs on the real clock: the documents expire three years from today.
const expiry = new Date();
expiry.setUTCFullYear(expiry.getUTCFullYear() + 3);
const EXPIRY = expiry.toISOString().slice(0, 10);
const FATHER = formatTd3({
  documentCode: 'P',
  issuingState: 'VEN',
  surname: 'RODRIGUEZ MARQUEZ',
  givenNames: 'LUIS ALBERTO',
  documentNumber: '158273645',
  nationality: 'VEN',
  birthDate: '1986-07-02',
  sex: 'M',
  expiryDate: EXPIRY,
  optionalData: '',
  optionalData2: '',
});
const MOTHER = formatTd1({
  documentCode: 'I',
  issuingState: 'CHL',
  surname: 'SOTO',
  givenNames: 'CAMILA ANDREA',
  documentNumber: '512834671',
  nationality: 'CHL',
  birthDate: '1989-11-23',
  sex: 'F',
  expiryDate: EXPIRY,
  optionalData: '',
  optionalData2: '',
});

const TALLY_ID = randomUUID();

// How many years ago a date was, as YYYY-MM-DD: children stay children whenever the test runs.
const yearsAgo = (years: number) => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d.toISOString().slice(0, 10);
};

describe('a family registered together at the booth in Chromium', () => {
  const suite = browserSuite();
  const errors: string[] = [];

  const zoneHasFocus = (page: Page) => page.waitForFunction(() => document.activeElement?.id === 'mrz-input');

  // A reader types like a keyboard: each line, then Enter.
  async function read(page: Page, lines: readonly string[]) {
    await zoneHasFocus(page);
    for (const [i, line] of lines.entries()) {
      if (i > 0) await page.keyboard.press('Enter');
      await page.keyboard.type(line);
    }
    await page.getByTestId('scan-result').getByText('Zona válida').waitFor();
  }

  async function typeChild(page: Page, givenNames: string, birthDate: string, sex: 'F' | 'M') {
    await page.getByLabel('Nombres').fill(givenNames);
    await page.getByLabel('Primer apellido').fill('RODRIGUEZ');
    await page.getByLabel('Segundo apellido').fill('SOTO');
    await page.getByLabel('Sexo').selectOption(sex);
    await page.getByLabel('Fecha de nacimiento').fill(birthDate);
    await page.getByLabel('Nacionalidad').fill('VEN');
    await page.getByLabel('Cómo se estableció la identidad').selectOption('family-member');
    await page.locator('#reg-relationship').selectOption('child');
  }

  async function noSidewaysScroll(page: Page) {
    for (const width of [390, 768]) {
      await page.setViewportSize({ width, height: 900 });
      const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      expect(fits, `no horizontal scrolling at ${width} px`).toBe(true);
    }
    await page.setViewportSize({ width: 1366, height: 768 });
  }

  it('registers a family of four, one decision for the group and another for one member', async () => {
    const page = await suite.logIn('oficial.santarosa', errors);
    await page.getByRole('link', { name: 'Caseta' }).click();
    await page.getByTestId('booth-page').waitFor();
    await page.getByTestId('booth-policy-version').getByText('versión 1').waitFor();
    await page.getByLabel('Caseta', { exact: true }).selectOption('SR-01');
    // The mother was counted in the quick tally at another booth before she came to this one.
    const session = (await (await page.request.get(`${suite.server.url}/api/auth/session`)).json()) as {
      csrfToken: string;
    };
    const tallied = await page.request.post(`${suite.server.url}/api/events`, {
      headers: { 'x-csrf-token': session.csrfToken },
      data: {
        events: [
          {
            kind: 'tally',
            id: TALLY_ID,
            at: new Date().toISOString(),
            checkpoint: 'PE-SANTA-ROSA',
            booth: 'SR-03',
            direction: 'entry',
            category: 'woman',
            count: 1,
          },
        ],
      },
    });
    expect(tallied.status()).toBe(200);

    // The father's passport, read by the reader: focus is already in the zone field.
    await page.getByLabel('Zona MRZ').focus();
    await read(page, FATHER);
    expect(await page.getByLabel('Primer apellido').inputValue()).toBe('RODRIGUEZ');

    // The mother's Chilean identity card: the scan panel is cleared and focus goes back to the zone.
    await page.getByTestId('add-member').click();
    expect(await page.getByLabel('Zona MRZ').inputValue()).toBe('');
    await read(page, MOTHER);
    await page.locator('#reg-relationship').selectOption('spouse');
    // The booth offers the tally of a woman entering that she was counted in: take her off it.
    await page.locator('#reg-untally').selectOption(TALLY_ID);

    // Two children without documents, on their parents' word.
    await page.getByTestId('add-member').click();
    await zoneHasFocus(page);
    await typeChild(page, 'SOFIA', yearsAgo(9), 'F');
    await page.getByTestId('add-member').click();
    await zoneHasFocus(page);
    // His date typed day first, as officers in the region write it: shown in the ISO form once left.
    const [year, month, day] = yearsAgo(5).split('-');
    await typeChild(page, 'MATEO', `${day}/${month}/${year}`, 'M');
    expect(await page.getByLabel('Fecha de nacimiento').inputValue()).toBe(yearsAgo(5));
    // His nationality typed as its name: shown as its ICAO code once left.
    await page.getByLabel('Nacionalidad').fill('Venezuela');
    await page.getByLabel('Sexo').focus();
    expect(await page.getByLabel('Nacionalidad').inputValue()).toBe('VEN');
    expect(await page.getByTestId('minor-flag').count()).toBe(0);

    // One decision for the group, and a different one for the mother, each with its reason.
    const decision = page.getByTestId('group-decision');
    await decision.getByLabel('Admitir', { exact: true }).check();
    await page
      .getByLabel('Motivo para decidir distinto de la recomendación')
      .fill('Familia identificada; los menores viajan con sus padres');
    await page.getByRole('button', { name: 'Decidir distinto (CAMILA ANDREA SOTO)' }).click();
    await page.getByTestId('member-2-decision').getByLabel('Derivar a protección (refugio o asilo)').check();
    expect(await page.getByTestId('member-2-referral-hint').textContent()).toBe(
      'El equipo humanitario recibirá una derivación de protección para esta persona.',
    );
    await page.locator('#member-2-reason').fill('Solicita refugio al llegar');
    await noSidewaysScroll(page);
    await shoot(page, 'family');

    await page.getByRole('button', { name: 'Registrar y decidir para las 4 personas' }).click();
    const result = page.getByTestId('registration-result');
    await result.getByTestId('registration-status').nth(3).waitFor();
    const statuses = await result
      .getByTestId('registration-status')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses).toEqual(['admitted', 'referred-protection', 'admitted', 'admitted']);
    // The mother is referred to protection by her decision: a referral is opened for her.
    const opened = result.getByTestId('referral-opened');
    expect(await opened.count()).toBe(1);
    expect(await opened.getAttribute('data-flag')).toBe('referred-protection');
    expect(await opened.textContent()).toContain('CAMILA ANDREA');
    expect(await result.getByTestId('untallied').count()).toBe(1);
    await noSidewaysScroll(page);

    // The server has the four events of one group, the children linked to their father.
    const rows = await suite.server.t.db.kysely
      .selectFrom('crossing_event')
      .innerJoin('event_state', 'event_state.event_id', 'crossing_event.id')
      .select(['crossing_event.body', 'event_state.decision'])
      .where('crossing_event.kind', '=', 'crossing')
      .execute();
    const events: Record<string, unknown>[] = rows.map((r) => ({ ...JSON.parse(r.body), state: r.decision }));
    expect(events).toHaveLength(4);
    const father = events.find((e) => e.relationship === 'reference');
    const mother = events.find((e) => e.relationship === 'spouse');
    const children = events.filter((e) => e.relationship === 'child');
    expect(children).toHaveLength(2);
    expect(new Set(events.map((e) => e.group)).size).toBe(1);
    expect(father).toMatchObject({ identityBasis: 'document', checkpoint: 'PE-SANTA-ROSA', booth: 'SR-01' });
    expect(father).toMatchObject({ document: { type: 'P', number: '158273645', mrz: FATHER.join('\n') } });
    expect(mother).toMatchObject({
      decision: 'referred-protection',
      state: 'referred-protection',
      overrideReason: 'Solicita refugio al llegar',
      document: { issuingState: 'CHL' },
    });
    for (const child of children) {
      expect(child).toMatchObject({
        identityBasis: 'family-member',
        decision: 'admitted',
        travelsWith: father?.id,
      });
      expect(child).not.toHaveProperty('document');
      expect(child.overrideReason).toBe('Familia identificada; los menores viajan con sus padres');
    }

    const births = children.map((c) => (c.person as { birthDate?: string }).birthDate);
    expect(births.sort()).toEqual([yearsAgo(9), yearsAgo(5)].sort());
    expect(children.map((c) => (c.person as { nationality?: string }).nationality)).toEqual(['VEN', 'VEN']);

    // The tally she was counted in is voided in the same batch: she is not counted twice.
    const tally = await suite.server.t.db.kysely
      .selectFrom('event_state')
      .select('voided')
      .where('event_id', '=', TALLY_ID)
      .executeTakeFirstOrThrow();
    expect(tally.voided).toBe(1);

    // Once sent, a decision is changed by a correction naming the crossing, with its reason.
    const mateo = result.locator('li[data-member="4"]');
    await mateo.getByRole('button', { name: 'Corregir la decisión' }).click();
    await page.getByTestId('correct-4-decision').getByLabel('Derivar a protección (refugio o asilo)').check();
    await page.locator('#correct-4-reason').fill('La familia pide refugio también para él');
    await page.getByRole('button', { name: 'Enviar la corrección' }).click();
    await mateo.locator('[data-testid="registration-status"][data-status="referred-protection"]').waitFor();
    const mateoId = children.find((c) => (c.person as { givenNames: string }).givenNames === 'MATEO')?.id;
    const corrected = await suite.server.t.db.kysely
      .selectFrom('event_state')
      .select('decision')
      .where('event_id', '=', String(mateoId))
      .executeTakeFirstOrThrow();
    expect(corrected.decision).toBe('referred-protection');

    // "Register another person" clears everything, the scan panel too, and focus goes to the zone.
    await page.getByRole('button', { name: 'Registrar otra persona' }).click();
    await zoneHasFocus(page);
    expect(await page.getByTestId('member-list').count()).toBe(0);
    expect(await page.getByLabel('Nombres').inputValue()).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows that a protection referral was opened for a child with an adult who is not a parent', async () => {
    const page = await suite.logIn('oficial.santarosa', errors);
    await page.getByRole('link', { name: 'Caseta' }).click();
    await page.getByTestId('booth-page').waitFor();
    await zoneHasFocus(page);

    await page.getByLabel('Nombres').fill('JORGE');
    await page.getByLabel('Primer apellido').fill('PAREDES');
    await page.getByLabel('Fecha de nacimiento').fill('1979');
    await page.getByLabel('Nacionalidad').fill('VEN');
    await page.getByTestId('add-member').click();
    await page.getByLabel('Nombres').fill('KEVIN');
    await page.getByLabel('Primer apellido').fill('MORA');
    await page.getByLabel('Fecha de nacimiento').fill(yearsAgo(12));
    await page.getByLabel('Nacionalidad').fill('VEN');
    await page.locator('#reg-relationship').selectOption('other-relative');
    expect(await page.getByTestId('minor-flag').getAttribute('data-flag')).toBe('separated-minor');
    // Without papers the rules recommend refusing the man: the ground of it is the officer's to choose.
    await page
      .getByTestId('group-decision')
      .getByLabel('Motivo del rechazo')
      .selectOption('no-valid-document');

    await page.getByRole('button', { name: 'Registrar y decidir para las 2 personas' }).click();
    const referral = page.getByTestId('referral-opened');
    await referral.waitFor();
    expect(await referral.getAttribute('data-flag')).toBe('separated-minor');
    expect(await referral.textContent()).toContain('KEVIN MORA');
    const referrals = await suite.server.t.db.kysely
      .selectFrom('protection_referral')
      .select('reason')
      .execute();
    // Kevin's, beside the mother's and her son's from the family before.
    expect(referrals.map((r) => r.reason).sort()).toEqual([
      'referred-protection',
      'referred-protection',
      'separated-minor',
    ]);
    // Without papers the policy refuses both; the child is referred for protection, not refused.
    const decisions = await suite.server.t.db.kysely
      .selectFrom('crossing_event')
      .innerJoin('event_state', 'event_state.event_id', 'crossing_event.id')
      .select(['crossing_event.body', 'event_state.decision'])
      .execute();
    const byName = Object.fromEntries(
      decisions.flatMap((d) => {
        const name = (JSON.parse(d.body) as { person?: { givenNames?: string } }).person?.givenNames;
        return name === 'JORGE' || name === 'KEVIN' ? [[name, d.decision]] : [];
      }),
    );
    expect(byName).toEqual({ JORGE: 'refused', KEVIN: 'referred-protection' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('puts it all before the humanitarian partner and the supervisor, who resolves a held person', async () => {
    // The officer cannot decide on a man who says he lost his papers: held for the supervisor.
    const booth = await suite.logIn('oficial.santarosa', errors);
    await booth.getByRole('link', { name: 'Caseta' }).click();
    await zoneHasFocus(booth);
    await booth.getByLabel('Caseta', { exact: true }).selectOption('SR-01');
    await booth.getByLabel('Nombres').fill('ELIAS');
    await booth.getByLabel('Primer apellido').fill('QUINTERO');
    await booth.getByLabel('Fecha de nacimiento').fill('1975-03');
    await booth.getByLabel('Nacionalidad').fill('VEN');
    await booth.getByTestId('group-decision').getByLabel('Retener para supervisión').check();
    // Without a document the policy recommends refusing; holding instead takes a reason.
    await booth
      .getByLabel('Motivo para decidir distinto de la recomendación')
      .fill('Dice haber perdido su cédula; verificar');
    await booth.getByRole('button', { name: /^Registrar y decidir/ }).click();
    await booth.getByTestId('registration-status').waitFor();
    await booth.close();

    // The humanitarian partner sees the protection queue, nothing of screening: the separated child,
    // the mother referred by the booth's decision and her son referred by its correction.
    const partner = await suite.logIn('humanitario', errors);
    await partner.getByRole('link', { name: 'Derivaciones' }).click();
    const cards = partner.getByTestId('referral');
    await cards.nth(2).waitFor();
    expect(await cards.count()).toBe(3);
    const card = cards.filter({ has: partner.getByRole('heading', { name: 'KEVIN MORA', exact: true }) });
    expect(await card.locator('.tag').textContent()).toBe('Abierta');
    const kevin = await card.getByTestId('referral-facts').textContent();
    expect(kevin).toContain('Complejo Fronterizo Santa Rosa');
    expect(kevin).toContain('Menor separado de su familia');
    for (const name of ['CAMILA ANDREA', 'MATEO']) {
      expect(await cards.filter({ hasText: name }).getByTestId('referral-facts').textContent()).toContain(
        'Derivada a protección en la caseta',
      );
    }
    // A caseworker for children keeps to theirs: one reason at a time, kept in the address.
    await partner
      .getByLabel('Motivo', { exact: true })
      .selectOption({ label: 'Menor separado de su familia' });
    await partner.waitForURL((url) => url.searchParams.get('reason') === 'separated-minor');
    await partner.getByText('1 derivación abierta coincide.').waitFor();
    expect(await cards.getByRole('heading').allTextContents()).toEqual(['KEVIN MORA']);
    await partner.close();

    // The supervisor's view of Santa Rosa: the booth and its officer, the held man, the child's referral.
    const page = await suite.logIn('supervisor', errors);
    await page.goto(`${suite.server.url}/checkpoint-view?checkpoint=PE-SANTA-ROSA`);
    const held = page.getByTestId('held-case');
    await held.waitFor();
    expect(await held.getByRole('heading').textContent()).toBe('ELIAS QUINTERO');
    const referrals = await page.getByTestId('overview-referral').allTextContents();
    expect(referrals).toHaveLength(3);
    expect(referrals.join(' ')).toContain('KEVIN MORA');
    expect(await page.getByTestId('overview-booths').locator('[data-booth="SR-01"]').textContent()).toContain(
      'Oficial de caseta, Santa Rosa',
    );
    const figure = async (id: string) =>
      Number((await page.getByTestId(`figure-${id}`).locator('.figure-value').textContent())?.trim());
    // The family: father and daughter admitted; mother and son referred to protection.
    expect(await figure('admitted')).toBeGreaterThanOrEqual(2);
    expect(await figure('referred-protection')).toBeGreaterThanOrEqual(2);
    expect(await figure('held')).toBe(1);

    await held.getByLabel('Motivo de la decisión (obligatorio)').fill('Filiación verificada con la familia');
    await held.getByRole('button', { name: 'Admitir: ELIAS QUINTERO', exact: true }).click();
    await held.getByRole('button', { name: 'Sí, admitir a ELIAS QUINTERO' }).click();
    await page.getByText('No hay casos retenidos en espera.').waitFor();
    await page.locator('[data-testid="figure-held"] .figure-value', { hasText: '0' }).waitFor();
    const resolved = await suite.server.t.db.kysely
      .selectFrom('event_state')
      .innerJoin('crossing_event', 'crossing_event.id', 'event_state.event_id')
      .select(['event_state.decision', 'crossing_event.body'])
      .where('event_state.kind', '=', 'crossing')
      .execute();
    const elias = resolved.find((r) => r.body.includes('ELIAS'));
    expect(elias?.decision).toBe('admitted');
    expect(errors).toEqual([]);
    await page.close();
  });
});
