// Settling, in Chromium, corrections in conflict that are not about the decision alone: two booths'
// devices, offline, corrected one woman's birth date differently, and a tally's count. The supervisor
// reads both versions on the checkpoint view's card, chooses the right one with a reason, and the
// conflict leaves the list; the record counts as chosen, and the choice is one more correction, kept.
// With PASO_SCREENSHOTS=1 it also writes docs/screenshots/correction-settle.png.
import { describe, expect, it } from 'vitest';
import { as, login } from '../support/app';
import { shoot } from '../support/browser';
import { sent } from '../support/santa-rosa-now';
import { browserSuite } from '../support/web-server';

const ROSA = {
  givenNames: 'Rosa Elena',
  surname1: 'Mamani',
  sex: 'F',
  birthDate: '1979-08-15',
  nationality: 'BOL',
};

describe('settling corrections in conflict in Chromium', { timeout: 120_000 }, () => {
  const suite = browserSuite();
  const errors: string[] = [];

  it('lets the supervisor choose the right birth date and the right count, each a correction that settles', async () => {
    const crossingId = crypto.randomUUID();
    const tallyId = crypto.randomUUID();
    // Each device corrects offline without having seen the other's correction (seen: null).
    const correction = (booth: string, seconds: number, corrects: string, set: Record<string, unknown>) =>
      sent('correction', booth, seconds, { offline: true, corrects, seen: null, set });
    const officer = await login(suite.server.app, 'officer');
    const response = await suite.server.app.inject({
      method: 'POST',
      url: '/api/events',
      headers: as(officer),
      payload: {
        events: [
          sent('crossing', 'SR-01', 90, {
            id: crossingId,
            direction: 'entry',
            decision: 'admitted',
            identityBasis: 'declared',
            consent: true,
            person: { ...ROSA, birthDate: '1979-05-18' },
          }),
          correction('SR-01', 80, crossingId, { person: ROSA, note: 'Fecha mal tecleada' }),
          correction('SR-02', 70, crossingId, { person: { ...ROSA, birthDate: '1997-08-15' } }),
          sent('tally', 'SR-03', 60, { id: tallyId, direction: 'entry', category: 'woman', count: 4 }),
          // A tally's correction gives its reason as its own note: a tally has no note to set.
          { ...correction('SR-03', 50, tallyId, { count: 6 }), note: 'Eran seis' },
          correction('SR-01', 40, tallyId, { count: 5 }),
        ],
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    const outcomes = response.json<{ outcomes: { status: string }[] }>().outcomes;
    expect(
      outcomes.map((o) => o.status),
      response.body,
    ).toEqual(Array(6).fill('applied'));

    const page = await suite.logIn('supervisor', errors);
    await page.goto(`${suite.server.url}/checkpoint-view?checkpoint=PE-SANTA-ROSA`);
    const section = page.getByTestId('correction-conflicts');
    await section.getByRole('heading', { name: 'Correcciones en conflicto (2)' }).waitFor();
    const person = section.locator(`[data-event="${crossingId}"]`);
    // Both versions, each with what tells them apart and who wrote it; the later one counts for now.
    const versions = await person.getByTestId('settle-version').allTextContents();
    expect(versions).toHaveLength(2);
    expect(versions[0]).toContain('fecha de nacimiento 1979-08-15');
    expect(versions[0]).toContain('caseta SR-01');
    expect(versions[1]).toContain('fecha de nacimiento 1997-08-15');
    expect(versions[1]).toContain('caseta SR-02');
    expect(await person.getByTestId('conflict-current').textContent()).toContain('1997-08-15');
    await shoot(page, 'correction-settle');

    // Confirming without a choice asks for one, and sends nothing.
    await person.getByRole('button', { name: 'Confirmar la versión elegida' }).click();
    await person.getByRole('alert').getByText('Elija la versión correcta.').waitFor();

    await person.getByRole('radio', { name: /1979-08-15/ }).check();
    await person.getByLabel('Motivo de su elección (opcional)').fill('Visto en su cédula boliviana');
    await person.getByRole('button', { name: 'Confirmar la versión elegida' }).click();
    await page.getByText(/Conflicto resuelto \(Rosa Elena Mamani\)/).waitFor();
    await section.getByRole('heading', { name: 'Correcciones en conflicto (1)' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('overview-conflicts');

    // The tally, by keyboard: the first version's radio, then the button.
    const tally = section.locator(`[data-event="${tallyId}"]`);
    await tally.getByRole('radio', { name: /Cantidad: 6/ }).focus();
    await page.keyboard.press('Space');
    await tally.getByRole('button', { name: 'Confirmar la versión elegida' }).press('Enter');
    await section.getByText('No hay correcciones en conflicto en este puesto.').waitFor();

    // What counts now is what the supervisor chose; every correction is kept, theirs the last.
    const rows = await suite.server.t.db.kysely
      .selectFrom('crossing_event')
      .select(['id', 'fields', 'corrections'])
      .where('id', 'in', [crossingId, tallyId])
      .execute();
    const fields = new Map(rows.map((r) => [r.id, JSON.parse(r.fields) as Record<string, unknown>]));
    expect(fields.get(crossingId)?.person).toMatchObject({ birthDate: '1979-08-15' });
    expect(fields.get(tallyId)?.count).toBe(6);
    expect(rows.map((r) => r.corrections).sort()).toEqual([3, 3]);
    const settled = await suite.server.t.db.kysely
      .selectFrom('crossing_event')
      .select(['body'])
      .where('corrects', '=', crossingId)
      .orderBy('at', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(settled.body)).toMatchObject({ note: 'Visto en su cédula boliviana' });
    expect(errors).toEqual([]);
    await page.close();
  });
});
