// Watchlist imports through the API: a published list imports with what it could not read listed.
import { describe, expect, it } from 'vitest';
import { eachTestApp, sendAs } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';

const FTM = [
  '{"id":"os-1","schema":"Person","properties":{"name":["Ivan Petrov"],"birthDate":["unknown"],"nationality":["ru"]}}',
  '{"id":"os-2","schema":"Person","properties":{"name":["Faisal Al Saud"],"birthDate":["1788"],"nationality":["sa"]}}',
].join('\n');

describe.each(DIALECTS)('POST /api/watchlists on %s', (dialect) => {
  const ctx = eachTestApp(dialect, ['admin']);
  const send = sendAs(ctx);
  const importList = (list: { name: string; format: string; content: string }) =>
    send(ctx.admin, 'POST', '/api/watchlists', list);

  it('imports every entity of an FtM list and lists each value it skipped', async () => {
    const response = await importList({ name: 'OpenSanctions', format: 'ftm', content: FTM });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      entryCount: 2,
      skipped: [{ line: 1, field: 'birthDate', value: 'unknown', code: 'ftm.birth-date' }],
    });
  });

  it('refuses malformed XML whole, naming the line of its first fault', async () => {
    const content =
      '<CONSOLIDATED_LIST>\n<INDIVIDUALS>\u0019\n<X>a & b</X></INDIVIDUALS></CONSOLIDATED_LIST>';
    const response = await importList({ name: 'UN', format: 'un-xml', content });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ line: 2, importCode: 'xml.malformed' });
  });

  it.each([
    [
      'a date that does not exist',
      'watch_id,given_names,surname1,birth_date\nW1,Ana,Rojas,1990-02-31\n',
      { line: 2, importCode: 'person.birth-date', field: 'birth_date', value: '1990-02-31' },
    ],
    [
      'a sex that is no letter Paso reads',
      'watch_id,given_names,surname1,sex\nW1,Ana,Rojas,Z\n',
      { line: 2, importCode: 'person.sex', field: 'sex', value: 'Z' },
    ],
    [
      'a required column missing',
      'watch_id,given_names\nW1,Ana\n',
      { line: 1, importCode: 'csv.missing-column', field: 'surname1' },
    ],
    [
      'an id given twice',
      'watch_id,given_names,surname1\nW1,Ana,Rojas\nW1,Luis,Rojas\n',
      { line: 3, importCode: 'watchlist.duplicate-id', field: 'watch_id', value: 'W1' },
    ],
    [
      'a line with fewer fields than the header',
      'watch_id,given_names,surname1\nW1,Ana\n',
      { line: 2, importCode: 'csv.field-count', expected: 3, found: 2 },
    ],
  ])(
    'refuses a CSV list with %s, saying where and what in fields of the problem',
    async (_, content, where) => {
      const response = await importList({ name: 'Lista', format: 'csv', content });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'watchlist.invalid', ...where });
    },
  );
});
