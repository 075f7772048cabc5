// The decree form in Chromium, at what the register cannot take: a supervisor extending a decree that
// ended weeks ago is told, as soon as the extension's day of issue reads, that its extension had to
// be issued by the day after it ended (before, the server refused the first day, which the supervisor
// had not typed, and then the day typed instead); and a measure past 500 characters is said at its
// field with its line and length (before, "not valid; see the field's hint", a hint naming no limit).
// Nothing is sent until mended.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../../src/domain/shared';
import { insertDecree } from '../../src/store/decrees';
import { aDecree } from '../support/decrees';
import { browserSuite } from '../support/web-server';

const ENDED_ID = '00000000-0000-4000-8000-0000000000e1';
// A day at Chacalluta, counted from today there.
const santiagoDate = (days: number) => addDays(localDate(Date.now(), 'America/Santiago'), days);
const dayFirst = (iso: string) => iso.split('-').reverse().join('/');

describe('the decree form at the register’s limits, in Chromium', { timeout: 120_000 }, () => {
  const suite = browserSuite();
  const errors: string[] = [];
  // A Chilean state of emergency at Chacalluta that ended five weeks ago, never extended.
  beforeAll(async () => {
    await insertDecree(
      suite.server.t.db.kysely,
      aDecree({
        id: ENDED_ID,
        number: 'D.S. N.° 77-2026-INT',
        timeZone: 'America/Santiago',
        issuedOn: santiagoDate(-50),
        publishedOn: santiagoDate(-50),
        startsOn: santiagoDate(-50),
        endsOn: santiagoDate(-36),
        checkpoints: ['CL-CHACALLUTA'],
        areas: [],
      }),
      { by: null, at: new Date().toISOString() },
    );
  });

  const openForm = async (page: Page, button: string) => {
    await page.goto(`${suite.server.url}/decrees?decree=${ENDED_ID}`);
    await page.getByRole('button', { name: button }).click();
    return page.getByTestId('decree-form');
  };
  const sent = (page: Page) => {
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/api/decrees')) posts.push(r.url());
    });
    return posts;
  };

  it('tells a supervisor extending a decree that ended that its extension came too late', async () => {
    const page = await suite.logIn('supervisor', errors);
    const posts = sent(page);
    const form = await openForm(page, 'Registrar una prórroga');
    await form.getByLabel('Número').fill('D.S. N.° 99-2026-INT');
    await form.getByLabel('Título').fill('Prorroga el estado de excepción');
    await form.getByLabel('Fecha de emisión').fill(dayFirst(santiagoDate(0)));
    const late = form.getByTestId('decree-late-extension');
    // The day after it ended, as the page writes a day ("2 nov 2026"; Node's own month has a point).
    const [year, , day] = santiagoDate(-35).split('-').map(Number);
    await expect
      .poll(() => late.textContent())
      .toMatch(new RegExp(`una prórroga suya debía emitirse a más tardar el ${day} \\S+ ${year},`));
    expect(await late.textContent()).toContain('regístrelo con «Registrar un decreto»');
    await form.getByRole('button', { name: 'Registrar', exact: true }).click();
    // Marked at the day of issue, where focus goes; nothing was sent.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('decree-issuedOn');
    expect(await form.getByLabel('Fecha de emisión').getAttribute('aria-invalid')).toBe('true');
    expect(posts).toEqual([]);
    // Issued in time, the day after the decree ended, it is recorded.
    await form.getByLabel('Fecha de emisión').fill(dayFirst(santiagoDate(-35)));
    await expect.poll(() => late.count()).toBe(0);
    await form.getByRole('button', { name: 'Registrar', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    expect(posts).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says which measure is too long, and by how much, before sending', async () => {
    const page = await suite.logIn('supervisor', errors);
    const posts = sent(page);
    const form = await openForm(page, 'Modificar');
    await form.getByLabel('Medidas').fill(`Control de identidad\n${'ñ'.repeat(612)}`);
    await form.getByLabel('Motivo de la modificación').fill('Fe de erratas');
    await form.getByRole('button', { name: 'Guardar la modificación' }).click();
    await form
      .getByText('La línea 2 tiene 612 caracteres, y cada una admite hasta 500: acórtela o divídala en dos.')
      .waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('decree-measures');
    expect(posts).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
