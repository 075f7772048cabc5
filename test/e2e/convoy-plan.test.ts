// A supervisor in Chromium organises a convoy of families going home, all from the web app: plans it on
// the demo's corridor (the form says in Spanish what it cannot take), builds its manifest, issues the
// passes of the whole manifest in one action, sees them and gets them as one PDF to print. A
// humanitarian partner makes a corridor with its stops in order, and may plan convoys but is not
// offered passes; an officer is offered neither.
// With PASO_SCREENSHOTS=1 it writes docs/screenshots/convoy-new.png and convoy-passes.png.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { transitCrossing } from '../support/transit-crossings';
import { browserSuite } from '../support/web-server';

const SCREENSHOTS = process.env.PASO_SCREENSHOTS === '1';
const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
// The convoy page lists every candidate of the demo: the part the docs show, not the whole page.
const shootPart = async (part: Locator, name: string) => {
  if (SCREENSHOTS) await part.screenshot({ path: join(SHOTS, `${name}.png`) });
};

const GROUP = randomUUID();
const FATHER = randomUUID();
const at = new Date(Date.now() - 3600_000).toISOString();
const person = (givenNames: string, birthDate: string) => ({
  givenNames,
  surname1: 'Arrieta',
  birthDate,
  nationality: 'VEN',
});
const EVENTS = [
  transitCrossing(FATHER, at, person('Orlando', '1984-06-02'), {
    group: GROUP,
    relationship: 'reference',
    document: { type: 'ID', number: 'V-18447120', issuingState: 'VEN' },
  }),
  transitCrossing(randomUUID(), at, person('Daniela', '2018-09'), {
    group: GROUP,
    relationship: 'child',
    travelsWith: FATHER,
  }),
  transitCrossing(randomUUID(), at, person('Maritza', '1969'), {
    document: { type: 'ID', number: 'V-9310552', issuingState: 'VEN' },
  }),
];

describe('a supervisor plans a convoy and issues its passes in Chromium', () => {
  const suite = browserSuite();
  const errors: string[] = [];
  let convoyUrl = '';

  it('plans the convoy, builds its manifest, issues every pass in one action and prints them', async () => {
    const page = await suite.logIn('supervisor', errors);
    const session = (await (await page.request.get(`${suite.server.url}/api/auth/session`)).json()) as {
      csrfToken: string;
    };
    const recorded = await page.request.post(`${suite.server.url}/api/events`, {
      data: { events: EVENTS },
      headers: { 'x-csrf-token': session.csrfToken },
    });
    expect(recorded.status()).toBe(200);

    await page.getByRole('link', { name: 'Tránsito' }).click();
    await page.getByRole('button', { name: 'Nuevo convoy' }).click();
    const form = page.getByTestId('convoy-form');
    // The corridor is the demo's, chosen from those that exist.
    expect(await form.getByLabel('Corredor').locator('option:checked').textContent()).toBe(
      'Tacna → Tumbes (hacia Ecuador) (TACNA-TUMBES)',
    );
    // Sent blank: what is missing is said beside each field, in Spanish (before, Chromium's own bubble,
    // in the browser's language, on the first field alone).
    await form.getByRole('button', { name: 'Crear convoy' }).click();
    await form.getByTestId('convoy-missing').waitFor();
    for (const id of ['code', 'departure', 'arrival', 'plate-0', 'seats-0']) {
      expect(await form.locator(`#convoy-${id}-error`).textContent()).toBe('Complete este dato.');
    }
    await form.getByLabel('Código del convoy').fill('retorno 2');
    expect(await form.locator('#convoy-code-error').count()).toBe(0);
    // Typed day first on a 24-hour clock, whatever the browser's language.
    await form.getByLabel('Salida prevista').fill('05/12/2025 06:00');
    await form.getByLabel('Llegada prevista').fill('04/12/2025 18:00');
    // An arrival before the departure is said at once, and nothing is sent.
    expect(await form.locator('#convoy-arrival-error').textContent()).toBe(
      'La llegada debe ser una fecha y hora posterior a la salida.',
    );
    // A time the clock has not is said at once, in Spanish.
    await form.getByLabel('Llegada prevista').fill('06/12/2025 24:00');
    expect(await form.locator('#convoy-arrival-error').textContent()).toBe(
      'La hora 24:00 no existe: el reloj va de 00:00 a 23:59.',
    );
    await form.getByLabel('Llegada prevista').fill('06/12/2025 22:00');
    await form.getByLabel('Placa').fill('bxr-431');
    await form.getByLabel('Asientos').fill('0');
    await form.getByRole('button', { name: 'Añadir vehículo' }).click();
    const second = form.getByTestId('vehicle-row').nth(1);
    await second.getByLabel('Placa').fill('Z4K-102');
    await second.getByLabel('Tipo').selectOption({ label: 'Minibús' });
    await second.getByLabel('Asientos').fill('20');

    // What the API refuses is said beside each field, in Spanish.
    await form.getByRole('button', { name: 'Crear convoy' }).click();
    await form.getByTestId('convoy-refused').waitFor();
    expect(await form.locator('#convoy-code-error').textContent()).toBe(
      'Use solo mayúsculas, números y guiones, hasta 40 caracteres.',
    );
    expect(await form.locator('#convoy-seats-0-error').textContent()).toBe(
      'Un número entero de asientos, de 1 a 120.',
    );
    expect(await form.getByLabel('Código del convoy').getAttribute('aria-invalid')).toBe('true');
    await shootPart(form, 'convoy-new');

    await form.getByLabel('Código del convoy').fill('RETORNO-2');
    await form.getByLabel('Asientos').first().fill('44');
    await form.getByRole('button', { name: 'Crear convoy' }).click();

    // The convoy's page opens, its times on the clock of Tacna and Tumbes (Lima's) as typed.
    await page.getByRole('heading', { name: /Convoy RETORNO-2/ }).waitFor();
    convoyUrl = page.url();
    expect(await page.locator('.convoy-header .facts').textContent()).toContain('5 dic 2025, 06:00 GMT-5');
    // The family is one choice: the father and his daughter ride together.
    await page.getByLabel(/^Vehículo de .*Orlando Arrieta/).selectOption('Z4K-102');
    await page.getByLabel('Vehículo de Maritza Arrieta').selectOption('BXR-431');
    await page.getByRole('button', { name: 'Guardar manifiesto' }).click();
    await expect.poll(() => page.getByTestId('convoy-seats').textContent()).toBe('3 / 64');

    const passes = page.getByTestId('convoy-passes');
    expect(await passes.getByTestId('passes-count').textContent()).toBe('0 de 3 pasajeros tienen su pase.');
    await passes.getByRole('button', { name: 'Emitir los pases del manifiesto (3)' }).click();
    await expect
      .poll(() => passes.getByTestId('passes-count').textContent())
      .toBe('3 de 3 pasajeros tienen su pase.');
    const rows = passes.getByTestId('convoy-pass');
    expect((await rows.locator('td:first-child').allInnerTexts()).sort()).toEqual([
      'Daniela Arrieta',
      'Maritza Arrieta',
      'Orlando Arrieta',
    ]);
    // Valid until 24 hours after the planned arrival, on the clock of the last stop (Tumbes), named.
    expect(await rows.first().locator('td').nth(2).textContent()).toBe(
      '7 dic 2025, 22:00 GMT-5 (hora de Lima)',
    );
    expect(await passes.getByRole('button').count()).toBe(0);
    await shootPart(passes, 'convoy-passes');

    // All of them to print in one PDF, a page each, and each one alone.
    const all = passes.getByRole('link', { name: 'Imprimir todos (español)' });
    const printed = await page.request.get(`${suite.server.url}${await all.getAttribute('href')}`);
    expect(printed.status()).toBe(200);
    expect(printed.headers()['content-type']).toBe('application/pdf');
    expect((await printed.body()).toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(3);
    const one = passes.getByRole('link', { name: 'Imprimir el pase de Maritza Arrieta en inglés' });
    expect((await page.request.get(`${suite.server.url}${await one.getAttribute('href')}`)).status()).toBe(
      200,
    );
    // The refused convoy's answer is the only one the browser reports.
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
    await page.close();
  });

  it('makes a corridor with its stops in order, then offers it for a convoy', async () => {
    const page = await suite.logIn('humanitario', errors);
    await page.goto(`${suite.server.url}/transit`);
    await page.getByRole('button', { name: 'Nuevo corredor' }).click();
    const form = page.getByTestId('corridor-form');
    await form.getByRole('button', { name: 'Crear corredor' }).click();
    await form.getByTestId('corridor-missing').waitFor();
    for (const id of ['code', 'name', 'exitPoint', 'stop-code-0', 'stop-name-1', 'stop-latitude-1']) {
      expect(await form.locator(`#corridor-${id}-error`).textContent()).toBe('Complete este dato.');
    }
    await form.getByLabel('Código del corredor').fill('tacna-desaguadero');
    await form.getByLabel('Nombre del corredor').fill('Tacna → Desaguadero (hacia Bolivia)');
    await form.getByLabel('Punto de salida').fill('PE-DESAGUADERO');
    const stop = (n: number) => form.getByTestId('stop-row').nth(n);
    await stop(0).getByLabel('Código').fill('TACNA');
    await stop(0).getByLabel('Nombre').fill('Tacna');
    await stop(0).getByLabel('Latitud').fill('-18,0066');
    await stop(0).getByLabel('Longitud').fill('-70.2463');
    await stop(1).getByLabel('Código').fill('DESAGUADERO');
    await stop(1).getByLabel('Nombre').fill('Desaguadero');
    await stop(1).getByLabel('Latitud').fill('-165.656');
    await stop(1).getByLabel('Longitud').fill('-69.0406');
    // A stop on the way, added at the end after the exit point, is moved up into its place.
    await form.getByRole('button', { name: 'Añadir parada' }).click();
    await stop(2).getByLabel('Código').fill('PUNO');
    await stop(2).getByLabel('Nombre').fill('Puno');
    await stop(2).getByLabel('Latitud').fill('-15.8402');
    await stop(2).getByLabel('Longitud').fill('-70.0219');
    await form.getByRole('button', { name: 'Subir la parada 3' }).click();
    expect(await stop(1).getByLabel('Código').inputValue()).toBe('PUNO');
    expect(await stop(2).getByLabel('Código').inputValue()).toBe('DESAGUADERO');
    await form.getByRole('button', { name: 'Crear corredor' }).click();
    await form.getByTestId('corridor-refused').waitFor();
    expect(await form.locator('#corridor-stop-latitude-2-error').textContent()).toBe(
      'Una latitud entre -90 y 90, en grados decimales.',
    );
    await stop(2).getByLabel('Latitud').fill('-16.5656');
    await form.getByRole('button', { name: 'Crear corredor' }).click();

    // The list is read again once the corridor is made: wait for it there (allInnerTexts does not wait).
    const made = page.locator('.corridor-list > li').filter({ hasText: 'TACNA-DESAGUADERO' });
    await made.waitFor();
    expect(await made.getByRole('listitem').allInnerTexts()).toEqual(['Tacna', 'Puno', 'Desaguadero']);
    await page.getByRole('button', { name: 'Nuevo convoy' }).click();
    await page
      .getByTestId('convoy-form')
      .getByLabel('Corredor')
      .selectOption({ label: 'Tacna → Desaguadero (hacia Bolivia) (TACNA-DESAGUADERO)' });
    // The form gave way to its button; cancelled, it gives focus back to that button, not the page's top.
    await page.getByTestId('convoy-form').getByRole('button', { name: 'Cancelar', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Nuevo convoy');
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
    await page.close();
  });

  it('offers a partner convoys to plan but no passes, and an officer neither', async () => {
    const partner = await suite.logIn('humanitario', errors);
    await partner.goto(`${suite.server.url}/transit`);
    await partner.getByRole('button', { name: 'Nuevo convoy' }).waitFor();
    await partner.goto(convoyUrl);
    await partner.getByRole('heading', { name: /Convoy RETORNO-2/ }).waitFor();
    await partner.getByTestId('manifest-builder').waitFor();
    expect(await partner.getByTestId('convoy-passes').count()).toBe(0);
    await partner.close();

    const officer = await suite.logIn('oficial.santarosa', errors);
    await officer.goto(`${suite.server.url}/transit`);
    await officer.getByRole('link', { name: 'RETORNO-2' }).waitFor();
    expect(await officer.getByRole('button', { name: 'Nuevo convoy' }).count()).toBe(0);
    await officer.close();
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
  });

  it('cancels the convoy before it leaves, once told why, and revokes every pass it had', async () => {
    const page = await suite.logIn('supervisor', errors);
    await page.goto(convoyUrl);
    const cancel = page.getByTestId('cancel-convoy');
    await cancel.waitFor();
    expect(await cancel.textContent()).toContain('Los pases de sus 3 pasajeros quedan revocados');
    const button = cancel.getByRole('button', { name: 'Cancelar el convoy RETORNO-2' });
    // Not by a slip: a reason, and a tick that says what follows.
    expect(await button.isDisabled()).toBe(true);
    await cancel.getByLabel('Motivo de la cancelación').fill('Frontera de Ecuador cerrada');
    expect(await button.isDisabled()).toBe(true);
    await cancel.getByLabel(/no se puede deshacer/).check();
    await button.click();
    // Anyone opening the convoy later reads when and why it was cancelled.
    const notice = page.getByTestId('convoy-cancelled');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/^Cancelado el .+: Frontera de Ecuador cerrada$/);
    expect(await page.locator('.convoy-header .tag').textContent()).toBe('Cancelado');
    expect(await cancel.count()).toBe(0);
    expect(await page.getByTestId('convoy-passes').count()).toBe(0);
    const convoyId = new URL(convoyUrl).searchParams.get('id') ?? '';
    const revoked = await suite.server.t.db.kysely
      .selectFrom('pass_revocation')
      .innerJoin('travel_pass', 'travel_pass.id', 'pass_revocation.pass_id')
      .select(['pass_revocation.cause', 'pass_revocation.reason'])
      .where('travel_pass.convoy_id', '=', convoyId)
      .execute();
    expect(revoked).toEqual(
      Array.from({ length: 3 }, () => ({ cause: 'convoy-cancelled', reason: 'Frontera de Ecuador cerrada' })),
    );
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
    await page.close();
  });

  it("takes a convoy's departure from Chacalluta on Chile's clock, and asks which 23:30 the night it turns back", async () => {
    const page = await suite.logIn('humanitario', errors);
    const session = (await (await page.request.get(`${suite.server.url}/api/auth/session`)).json()) as {
      csrfToken: string;
    };
    const corridor = await page.request.post(`${suite.server.url}/api/corridors`, {
      headers: { 'x-csrf-token': session.csrfToken },
      data: {
        id: randomUUID(),
        code: 'CHACALLUTA-TACNA',
        name: 'Chacalluta → Tacna',
        exitPoint: 'PE-TACNA',
        stops: [
          { code: 'CHACALLUTA', name: 'Chacalluta', latitude: -18.3146, longitude: -70.3141 },
          { code: 'TACNA', name: 'Tacna', latitude: -18.0066, longitude: -70.2463 },
        ],
      },
    });
    expect(corridor.status()).toBe(201);
    await page.goto(`${suite.server.url}/transit`);
    await page.getByRole('button', { name: 'Nuevo convoy' }).click();
    const form = page.getByTestId('convoy-form');
    await form.getByLabel('Corredor').selectOption({ label: 'Chacalluta → Tacna (CHACALLUTA-TACNA)' });
    // Each time on the clock of its stop, which the field names (before, both said "Hora de Lima").
    const departure = form.getByLabel('Salida prevista de Chacalluta');
    expect(await form.locator('#convoy-departure-hint').textContent()).toMatch(
      /^En hora local: Santiago \(Chile, UTC−4; UTC−3 en verano\)\. Allí ahora es /,
    );
    expect(await form.locator('#convoy-arrival-hint').textContent()).toMatch(
      /^En hora local: Lima \(Perú, UTC−5\)\. Allí ahora es /,
    );
    await form.getByLabel('Código del convoy').fill('RETORNO-CL');
    await departure.fill('04/04/2026 23:30');
    await form.getByLabel('Llegada prevista a Tacna').fill('05/04/2026 08:00');
    await form.getByLabel('Placa').fill('CL-4471');
    await form.getByLabel('Asientos').fill('30');
    // 23:30 happens twice at Chacalluta that night: which one is asked, and nothing is sent until told.
    const which = form.getByLabel(/^Las 23:30 ocurren dos veces en Chacalluta/);
    expect(await which.locator('option').allTextContents()).toEqual([
      'Elija una',
      '4 abr 2026, 23:30 GMT-3',
      '4 abr 2026, 23:30 GMT-4',
    ]);
    await form.getByRole('button', { name: 'Crear convoy' }).click();
    expect(await form.locator('#convoy-departureRepeat-error').textContent()).toBe('Elija cuál de las dos.');
    await which.selectOption({ label: '4 abr 2026, 23:30 GMT-4' });
    await form.getByRole('button', { name: 'Crear convoy' }).click();
    await page.getByRole('heading', { name: /Convoy RETORNO-CL/ }).waitFor();
    const facts = await page.locator('.convoy-header .facts').textContent();
    expect(facts).toContain('4 abr 2026, 23:30 GMT-4 (hora de Santiago)');
    expect(facts).toContain('5 abr 2026, 08:00 GMT-5 (hora de Lima)');
    const stored = await suite.server.t.db.kysely
      .selectFrom('convoy')
      .select(['planned_departure', 'planned_arrival'])
      .where('code', '=', 'RETORNO-CL')
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      planned_departure: '2026-04-05T03:30:00.000Z',
      planned_arrival: '2026-04-05T13:00:00.000Z',
    });
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
    await page.close();
  });
});
