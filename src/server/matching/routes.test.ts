// Watchlist imports through the API: a published list imports with what it could not read listed.
import { describe, expect, it } from 'vitest';
import { as, eachTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';

const FTM = [
  '{"id":"os-1","schema":"Person","properties":{"name":["Ivan Petrov"],"birthDate":["unknown"],"nationality":["ru"]}}',
  '{"id":"os-2","schema":"Person","properties":{"name":["Faisal Al Saud"],"birthDate":["1788"],"nationality":["sa"]}}',
].join('\n');

describe.each(DIALECTS)('POST /api/watchlists on %s', (dialect) => {
  const ctx = eachTestApp(dialect, ['admin']);

  it('imports every entity of an FtM list and lists each value it skipped', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/watchlists',
      headers: as(ctx.admin),
      payload: { name: 'OpenSanctions', format: 'ftm', content: FTM },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      entryCount: 2,
      skipped: [{ line: 1, field: 'birthDate', value: 'unknown', code: 'ftm.birth-date' }],
    });
  });

  it('refuses malformed XML whole, naming the line of its first fault', async () => {
    const content =
      '<CONSOLIDATED_LIST>\n<INDIVIDUALS>\u0019\n<X>a & b</X></INDIVIDUALS></CONSOLIDATED_LIST>';
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/watchlists',
      headers: as(ctx.admin),
      payload: { name: 'UN', format: 'un-xml', content },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ line: 2, importCode: 'xml.malformed' });
  });
});
