// One woman, two records not yet merged (her name typed once with a slip at the booth): she has a bed
// at one shelter under the first. A carer at another shelter who finds her second record is asked,
// in Chromium, whether she is the woman already staying, with where and since when, before a
// second bed is given; "Es otra persona" checks her in, "Es la misma persona" records nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventInput } from '../../src/domain/crossings';
import { checkIn } from '../../src/store/care';
import { applyEvents, loadPlaces } from '../../src/store/crossings';
import { DEMO_PASSWORD, DEMO_SHELTERS, DEMO_USERS } from '../../src/store/demo';
import { logInAs, openBrowser, shoot } from '../support/browser';
import { transitCrossing } from '../support/transit-crossings';
import { startWebServer, type WebServer } from '../support/web-server';

const STAYING_AT = DEMO_SHELTERS[0];
const CASA = DEMO_SHELTERS[1]?.id ?? '';

describe('a second bed for a look-alike record, in Chromium', { timeout: 120_000 }, () => {
  let server: WebServer;
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    server = await startWebServer();
    const db = server.t.db.kysely;
    const her = (givenNames: string, at: string) =>
      transitCrossing(crypto.randomUUID(), at, {
        givenNames,
        surname1: 'Quintanilla',
        sex: 'F',
        birthDate: '1991-03-14',
        nationality: 'VEN',
      }) as EventInput;
    const outcomes = await applyEvents(
      db,
      [her('Yohana Carolina', '2025-11-27T09:00:00Z'), her('Johana Carolina', '2025-11-27T16:00:00Z')],
      {
        places: await loadPlaces(db),
        recordedBy: DEMO_USERS[0]?.id ?? null,
        now: '2025-11-27T17:30:00.000Z',
        newId: () => crypto.randomUUID(),
        mayResolveHolds: true,
      },
    );
    const [first, second] = outcomes.map((o) => (o.status === 'applied' ? (o.personId ?? '') : ''));
    // What the booth's candidate search stores for the second registration (src/server/care/look-alikes.test.ts
    // shows matching making it): a link waiting for review.
    await db
      .insertInto('duplicate_link')
      .values({
        id: crypto.randomUUID(),
        person_id: second ?? '',
        other_person_id: first ?? '',
        score: 14.2,
        explanation: '{}',
        model_version: 'test',
        source: 'booth',
        status: 'candidate',
        merged_ids: null,
        reviewed_by: null,
        reviewed_at: null,
        created_at: '2025-11-27T16:00:01.000Z',
      })
      .execute();
    const stay = { id: crypto.randomUUID(), shelterId: STAYING_AT?.id ?? '', bedKind: 'women' as const };
    const checked = await checkIn(
      db,
      { ...stay, personIds: [first ?? ''], allowSplit: false, at: '2025-11-27T18:10:00.000Z' },
      { now: '2025-11-27T18:10:00.000Z', recordedBy: null },
    );
    expect(checked.ok).toBe(true);
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('asks who she is before a second bed, and checks her in once the carer says she is another person', async () => {
    const errors: string[] = [];
    const page = await logInAs(browser.context, server.url, 'humanitario', DEMO_PASSWORD, errors);
    await page.goto(`${server.url}/care/shelter?shelter=${CASA}`);
    const women = page.getByTestId('figure-occupancy-women');
    const before = await women.textContent();
    await page.getByLabel('Buscar por nombre').fill('Johana Quintanilla');
    await page.getByLabel('Tipo de cama', { exact: true }).selectOption('women');
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    const checkInHer = page.getByRole('button', {
      name: /^Registrar ingreso de Johana Carolina Quintanilla/,
    });
    await page.getByTestId('candidates').getByText('Puede tener ya una cama, con otro registro').waitFor();
    await checkInHer.click();

    const question = page.getByTestId('look-alike-question');
    await question
      .getByText('Alguien alojado en un albergue puede ser Johana Carolina Quintanilla, con otro registro:')
      .waitFor();
    await question
      .getByText(`Yohana Carolina Quintanilla, en «${STAYING_AT?.name}» desde el 27 nov 2025`, {
        exact: false,
      })
      .waitFor();
    // The safe answer has the focus: Enter records nothing.
    await expect
      .poll(() =>
        question
          .getByRole('button', { name: 'Es la misma persona: no registrar' })
          .evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
    await shoot(page, 'care-look-alike');
    await page.keyboard.press('Enter');
    await expect.poll(() => question.count()).toBe(0);
    expect(await women.textContent()).toBe(before);

    await checkInHer.click();
    await question
      .getByRole('button', { name: 'Es otra persona: registrar ingreso de Johana Carolina Quintanilla' })
      .click();
    await page
      .getByText('Se registró el ingreso de Johana Carolina Quintanilla.', { exact: false })
      .waitFor();
    await expect.poll(() => women.textContent()).not.toBe(before);
    // The search told of the look-alike: the question came before anything was sent, so the
    // server refused nothing.
    expect(errors).toEqual([]);
  });
});
