// An analyst opens the reports page in Chromium, picks a date and the English language, and downloads
// the situation report; then the export of a range, for Excel in Spanish and as HXL. Each arrives as a
// file of the right kind; a range the server would refuse (backwards, over a year) is explained in the
// page instead, and a session that ended leads to the login page. With PASO_SCREENSHOTS=1 it also
// writes docs/screenshots/reports-page.png.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/store/demo';
import { logInAs, shoot } from '../support/browser';
import { pdfPages } from '../support/pdf';
import { browserSuite } from '../support/web-server';

describe('the reports page in Chromium', { timeout: 120_000 }, () => {
  const suite = browserSuite();

  it('downloads the situation report in English and the HXL export', async () => {
    const errors: string[] = [];
    const page = await suite.logIn('analista', errors);
    await page.getByRole('link', { name: 'Informes' }).click();
    await page.getByTestId('reports-page').waitFor();
    // The report's language and the file's dialect follow the interface's until chosen by hand.
    const lang = page.locator('#sitrep-lang');
    const dialect = page.locator('#export-dialect');
    expect([await lang.inputValue(), await dialect.inputValue()]).toEqual(['es', 'excel-semicolon']);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => lang.inputValue()).toBe('en');
    expect(await dialect.inputValue()).toBe('excel');
    await dialect.selectOption('rfc4180');
    await page.getByRole('button', { name: 'Español' }).click();
    await expect.poll(() => lang.inputValue()).toBe('es');
    expect(await dialect.inputValue()).toBe('rfc4180');
    await dialect.selectOption('excel-semicolon');
    // A day that has not begun (in a year's time): said beside the field, and nothing to download.
    const nextYear = `${new Date().getFullYear() + 1}-01-15`;
    await page.getByLabel('Fecha', { exact: true }).fill(nextYear);
    await page.getByText('Ese día aún no ha llegado').first().waitFor();
    expect(await page.getByTestId('download-sitrep').count()).toBe(0);
    // Typed day first, whatever the browser's language; a day the calendar has not is said at once.
    await page.getByLabel('Fecha', { exact: true }).fill('31/11/2025');
    await page.getByText('El 31/11/2025 no existe en el calendario.').waitFor();
    expect(await page.getByTestId('download-sitrep').count()).toBe(0);
    await page.getByLabel('Fecha', { exact: true }).fill('26/11/2025');
    await page.getByLabel('Idioma del informe').selectOption('en');
    const [sitrep] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-sitrep').click(),
    ]);
    expect(sitrep.suggestedFilename()).toBe('paso-sitrep-2025-11-26-en.pdf');
    // Said in the page too, where a screen reader hears it; the button kept focus while it worked.
    await expect
      .poll(() => page.getByTestId('saved-sitrep').textContent())
      .toBe('Descargado: paso-sitrep-2025-11-26-en.pdf');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'download-sitrep',
    );
    const text = (await pdfPages(readFileSync(await sitrep.path()))).join('\n');
    expect(text).toContain('Daily situation report');

    await page.getByLabel('Desde').fill('27/11/2025');
    await page.getByLabel('Hasta').fill('20/11/2025');
    await page.getByText('La fecha final es anterior a la inicial.').first().waitFor();
    expect(await page.getByTestId('download-export').count()).toBe(0);
    // More than the server exports: said in the page, instead of a download that fails in silence.
    await page.getByLabel('Desde').fill(nextYear);
    await page.getByLabel('Hasta').fill(`${nextYear.slice(0, 4)}-01-20`);
    await page.getByText('El periodo empieza en un día que aún no ha llegado').first().waitFor();
    expect(await page.getByTestId('download-export').count()).toBe(0);
    await page.getByLabel('Desde').fill('2024-01-01');
    await page.getByLabel('Hasta').fill('2025-11-28');
    await page.getByText('Una descarga cubre como máximo 366 días').first().waitFor();
    expect(await page.getByTestId('download-export').count()).toBe(0);
    await page.getByLabel('Desde').fill('2025-11-27');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await shoot(page, 'reports-page');
    // In Spanish the CSV is laid out as Excel in Spanish reads it: a UTF-8 byte-order mark, semicolons,
    // and its header in Spanish, for the people who read it.
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-export').click(),
    ]);
    const bytes = readFileSync(await csv.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toMatch(
      /^Fecha;Código del puesto;Puesto de control;Sentido;Nacionalidad;Mujeres \(18 años o más\);/,
    );
    await page.getByLabel('Formato').selectOption('hxl');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-export').click(),
    ]);
    // HXL tools get plain CSV: commas and no byte-order mark.
    const hxl = readFileSync(await file.path(), 'utf8').split('\r\n');
    expect(hxl[0]).toMatch(/^date,checkpoint_code,/);
    expect(hxl[1]).toMatch(/^#date,/);
    expect(errors).toEqual([]);
  });

  it("reckons today on the checkpoints' clocks, not the browser's, and says an export takes it in", async () => {
    const errors: string[] = [];
    const page = await suite.logIn('analista', errors);
    // A browser whose date is not Santa Rosa's now: ahead of it (UTC+14) from 05:00 in Lima, behind
    // it (UTC−11) before.
    const day = (zone: string, at = new Date()) => at.toLocaleDateString('en-CA', { timeZone: zone });
    const limaHour = Number(
      new Date().toLocaleString('en-GB', { timeZone: 'America/Lima', hour: '2-digit' }),
    );
    const timezoneId = limaHour >= 5 ? 'Pacific/Kiritimati' : 'Pacific/Pago_Pago';
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTimezoneOverride', { timezoneId });
    expect(day(timezoneId)).not.toBe(day('America/Lima'));
    await page.getByRole('link', { name: 'Informes' }).click();
    await page.getByTestId('reports-page').waitFor();
    // For all checkpoints, today is the earliest of their dates (Santa Rosa's); a day to come is one
    // begun at none of them (after Chacalluta's).
    const today = day('America/Lima');
    const shift = (date: string, days: number) =>
      new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const typed = (date: string) => date.split('-').reverse().join('/');
    const date = page.getByLabel('Fecha', { exact: true });
    await expect.poll(() => date.inputValue()).toBe(typed(shift(today, -1)));
    expect(await page.getByLabel('Hasta').inputValue()).toBe(typed(shift(today, -1)));
    await date.fill(typed(today));
    await page.getByTestId('download-sitrep').waitFor();
    await date.fill(typed(shift(day('America/Santiago'), 1)));
    await page.getByText('Ese día aún no ha llegado').first().waitFor();
    expect(await page.getByTestId('download-sitrep').count()).toBe(0);
    // An export that ends today holds today's figures so far: the page says so, as the file cannot.
    expect(await page.getByTestId('note-export').count()).toBe(0);
    await page.getByLabel('Hasta').fill(typed(today));
    await page
      .getByTestId('note-export')
      .getByText(/^El periodo incluye hoy, .*, que aún no termina/)
      .waitFor();
    await page.getByTestId('download-export').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sends an analyst whose session ended to log in again, not to a download that fails', async () => {
    const page = await logInAs(suite.browser.context, suite.server.url, 'analista', DEMO_PASSWORD, []);
    await page.getByRole('link', { name: 'Informes' }).click();
    await page.getByTestId('reports-page').waitFor();
    // The download alone meets the session's end: it is answered as the server answers it without
    // a session. Ending the session for the whole page instead (its cookies cleared) let any other
    // request of the page find it first and send the analyst to log in before the click (it failed
    // CI twice so).
    await page.route('**/api/reports/sitrep**', async (route) => {
      const answer = await fetch(route.request().url());
      expect(answer.status).toBe(401);
      await route.fulfill({
        status: answer.status,
        headers: Object.fromEntries(answer.headers),
        body: Buffer.from(await answer.arrayBuffer()),
      });
    });
    await page.getByTestId('download-sitrep').click();
    await page.getByText('Su sesión ha terminado. Vuelva a iniciar sesión para continuar.').waitFor();
  });
});
