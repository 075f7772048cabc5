// The whole-population duplicate search in Chromium: the supervisor starts it, the server answers 202
// and runs it as a job, and the page follows the job (its progress, then the run's figures); a run
// that fails is shown as a problem, not as figures. A queue longer than a page says there are more.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoHistory } from '../../src/store/demo';
import { logInAs, openBrowser } from '../support/browser';
import { startWebServer, type WebServer } from '../support/web-server';

describe('the duplicate search as a job in Chromium', { timeout: 180_000 }, () => {
  let server: WebServer;
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  const errors: string[] = [];
  beforeAll(async () => {
    server = await startWebServer();
    // The demo's days of crossings, as `paso serve --demo` has them: hundreds of people, and
    // more possible duplicates among them than the queue shows at once.
    await seedDemoHistory(server.t.db.kysely, new Date());
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const peopleInDatabase = async () =>
    Number(
      (
        await server.t.db.kysely
          .selectFrom('person')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('follows the job from its start to the figures of the run', async () => {
    const page = await logInAs(browser.context, server.url, 'supervisor', DEMO_PASSWORD, errors);
    await page.goto(`${server.url}/review/duplicates`);
    await page.getByTestId('review-duplicates').waitFor();
    const start = page.getByRole('button', { name: 'Buscar duplicados en toda la población' });
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/duplicates/batch'));
    await start.click();
    expect((await answered).status()).toBe(202);

    // While the job runs the page shows how far it is, and the button cannot start another.
    const progress = page.getByTestId('batch-progress');
    await progress.waitFor();
    expect(await page.getByRole('button', { name: 'Buscando…' }).isDisabled()).toBe(true);
    expect(await progress.getByRole('progressbar', { name: 'Avance de la búsqueda' }).count()).toBe(1);

    const records = page.getByTestId('figure-batch-records');
    await records.waitFor({ timeout: 60_000 });
    await progress.waitFor({ state: 'detached' });
    expect(Number(await records.locator('.figure-value').textContent())).toBe(await peopleInDatabase());
    expect(await start.isEnabled()).toBe(true);
    // The run found more links than the queue shows at once: the page says so.
    const more = page.getByTestId('queue-more');
    await more.waitFor();
    expect(await more.textContent()).toContain('Se muestran los 50 primeros; hay más.');
    expect(await page.locator('.review-list > li').count()).toBe(50);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a run that failed as a problem', async () => {
    // The job's worker needs this table: without it the run fails as with a broken database.
    await sql`alter table person_document rename to person_document_gone`.execute(server.t.db.kysely);
    const page = await logInAs(browser.context, server.url, 'supervisor', DEMO_PASSWORD, errors);
    await page.goto(`${server.url}/review/duplicates`);
    await page.getByRole('button', { name: 'Buscar duplicados en toda la población' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.textContent()).toContain('Error del servidor');
    expect(await page.getByTestId('figure-batch-records').count()).toBe(0);
    await sql`alter table person_document_gone rename to person_document`.execute(server.t.db.kysely);
    await page.close();
  });
});
