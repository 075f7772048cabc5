// A bus breaks down and the departure slips: a supervisor in Chromium changes a convoy's times and
// replaces its bus on the convoy's page. Taking the bus away with its passengers on it is said before
// anything is sent; the bus that replaces it takes its passengers; the passes the new times leave
// short are revoked, the page says so and offers them again. A humanitarian partner may change the
// plan too; an officer is not offered it. With PASO_SCREENSHOTS=1 it writes
// docs/screenshots/convoy-change.png.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_CORRIDOR_ID } from '../../src/store/demo';
import { transitCrossing } from '../support/transit-crossings';
import { browserSuite } from '../support/web-server';

const SCREENSHOTS = process.env.PASO_SCREENSHOTS === '1';
const SHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

const HOUR = 3600_000;
// Leaving tomorrow at a whole hour, arriving 40 hours later: the demo corridor runs on Lima's clock.
const DEPARTURE = Math.ceil((Date.now() + 24 * HOUR) / HOUR) * HOUR;
const ARRIVAL = DEPARTURE + 40 * HOUR;
const CONVOY = randomUUID();
/** A time as the form shows it on Lima's clock (UTC−5): 28/11/2025 06:00. */
const onLimaClock = (ms: number) => {
  const [date = '', time = ''] = new Date(ms - 5 * HOUR).toISOString().split('T');
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y} ${time.slice(0, 5)}`;
};

const at = new Date(Date.now() - HOUR).toISOString();
const EVENTS = ['Teodoro', 'Milagros'].map((givenNames, i) =>
  transitCrossing(
    randomUUID(),
    at,
    { givenNames, surname1: 'Colmenares', birthDate: `198${i}`, nationality: 'VEN' },
    { document: { type: 'ID', number: `V-2041${i}77`, issuingState: 'VEN' } },
  ),
);

async function apiAs(page: Page, url: string) {
  const session = (await (await page.request.get(`${url}/api/auth/session`)).json()) as { csrfToken: string };
  return async (method: 'POST' | 'PUT' | 'GET', path: string, data?: object) => {
    const answer = await page.request.fetch(`${url}${path}`, {
      method,
      headers: { 'x-csrf-token': session.csrfToken },
      ...(data && { data }),
    });
    expect(answer.status(), await answer.text()).toBeLessThan(300);
    return answer.json() as Promise<Record<string, unknown>>;
  };
}

describe("a convoy's times and vehicles changed in Chromium", () => {
  const suite = browserSuite();
  const errors: string[] = [];

  it('replaces a broken-down bus, moves the departure and arrival, and offers the passes again', async () => {
    const page = await suite.logIn('supervisor', errors);
    const api = await apiAs(page, suite.server.url);
    await api('POST', '/api/events', { events: EVENTS });
    await api('POST', '/api/convoys', {
      id: CONVOY,
      code: 'RETORNO-7',
      corridorId: DEMO_CORRIDOR_ID,
      plannedDeparture: new Date(DEPARTURE).toISOString(),
      plannedArrival: new Date(ARRIVAL).toISOString(),
      vehicles: [
        { plate: 'BUS-431', kind: 'bus', seats: 40 },
        { plate: 'VAN-220', kind: 'van', seats: 8 },
      ],
    });
    const { candidates } = (await api('GET', `/api/convoys/${CONVOY}/candidates`)) as {
      candidates: { personId: string; surname1: string }[];
    };
    const seats = candidates
      .filter((c) => c.surname1 === 'Colmenares')
      .map((c) => ({ personId: c.personId, plate: 'BUS-431' }));
    expect(seats).toHaveLength(2);
    await api('PUT', `/api/convoys/${CONVOY}/manifest`, { seats });
    await api('POST', `/api/convoys/${CONVOY}/passes`);

    await page.goto(`${suite.server.url}/transit/convoy?id=${CONVOY}`);
    const passes = page.getByTestId('convoy-passes');
    await expect
      .poll(() => passes.getByTestId('passes-count').textContent())
      .toBe('2 de 2 pasajeros tienen su pase.');
    await page.getByRole('button', { name: 'Cambiar horario o vehículos' }).click();
    const form = page.getByTestId('plan-form');
    expect(await form.getByLabel(/Salida prevista/).inputValue()).toBe(onLimaClock(DEPARTURE));

    // Taking the bus away with its two passengers is said before anything is sent.
    await form.getByRole('button', { name: 'Quitar el vehículo 1' }).click();
    await form.getByRole('button', { name: 'Guardar los cambios' }).click();
    expect(await form.getByTestId('plan-refused').textContent()).toContain(
      'Un vehículo que se quita lleva pasajeros',
    );
    await form.getByRole('button', { name: 'Cancelar' }).click();

    // The spare bus replaces it, with its passengers; the departure and the arrival slip two hours.
    await page.getByRole('button', { name: 'Cambiar horario o vehículos' }).click();
    const bus = form.getByTestId('vehicle-row').first();
    await bus.getByLabel('Placa').fill('bus-977');
    expect(await bus.getByTestId('replaces').textContent()).toBe(
      'Reemplaza a BUS-431: sus 2 pasajeros pasan a este vehículo.',
    );
    await bus.getByLabel('Asientos').fill('44');
    await form.getByLabel(/Salida prevista/).fill(onLimaClock(DEPARTURE + 2 * HOUR));
    await form.getByLabel(/Llegada prevista/).fill(onLimaClock(ARRIVAL + 2 * HOUR));
    // The form only: the convoy's page lists every candidate of the demo below it.
    if (SCREENSHOTS) await form.screenshot({ path: join(SHOTS, 'convoy-change.png') });
    await form.getByRole('button', { name: 'Guardar los cambios' }).click();

    const said = page.getByTestId('plan-changed');
    await said.waitFor();
    expect(await said.textContent()).toContain(
      'Se revocaron 2 pases, que ya no cubrían el nuevo horario: emítalos de nuevo en «Pases de tránsito» antes de la salida.',
    );
    await expect
      .poll(() =>
        page.locator('[data-testid="vehicle"][data-plate="BUS-977"]').getByTestId('passenger').count(),
      )
      .toBe(2);
    expect(await page.locator('.convoy-header .facts').textContent()).toContain(
      onLimaClock(ARRIVAL + 2 * HOUR).slice(-5),
    );
    await passes.getByRole('button', { name: 'Emitir los pases del manifiesto (2)' }).waitFor();
    await passes.getByRole('button', { name: 'Emitir los pases del manifiesto (2)' }).click();
    await expect
      .poll(() => passes.getByTestId('passes-count').textContent())
      .toBe('2 de 2 pasajeros tienen su pase.');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers the change to a humanitarian partner, who is told to ask a supervisor for passes, and not to an officer', async () => {
    const partner = await suite.logIn('humanitario', errors);
    await partner.goto(`${suite.server.url}/transit/convoy?id=${CONVOY}`);
    await partner.getByRole('button', { name: 'Cambiar horario o vehículos' }).click();
    const form = partner.getByTestId('plan-form');
    await form.getByLabel(/Salida prevista/).fill(onLimaClock(DEPARTURE));
    await form.getByRole('button', { name: 'Guardar los cambios' }).click();
    // Leaving two hours earlier than the passes just issued start: they are revoked again.
    expect(await partner.getByTestId('plan-changed').textContent()).toContain(
      'pida a un supervisor que los emita de nuevo antes de la salida.',
    );
    await partner.close();

    const officer = await suite.logIn('oficial.santarosa', errors);
    await officer.goto(`${suite.server.url}/transit/convoy?id=${CONVOY}`);
    await officer.getByRole('heading', { name: /Convoy RETORNO-7/ }).waitFor();
    expect(await officer.getByRole('button', { name: 'Cambiar horario o vehículos' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
