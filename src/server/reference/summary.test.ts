// The summary's figures follow what each role may read: officers, refused the shelters, are not given
// their totals either.
import { describe, expect, it } from 'vitest';
import { as, type Login, suiteTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';

describe.each(DIALECTS)('the situation summary on %s', (dialect) => {
  const ctx = suiteTestApp(dialect, ['officer', 'supervisor', 'humanitarian', 'analyst']);
  const get = (who: Login, url: string) => ctx.app.inject({ method: 'GET', url, headers: as(who) });

  it('leaves the shelter figures out for an officer, who may not see shelters', async () => {
    expect((await get(ctx.officer, '/api/shelters')).statusCode).toBe(403);
    const summary = await get(ctx.officer, '/api/situation/summary');
    expect(summary.statusCode, summary.body).toBe(200);
    expect(summary.json()).toMatchObject({ checkpoints: expect.any(Number), booths: expect.any(Number) });
    expect(summary.body).not.toMatch(/"shelter/);
  });

  it('gives the shelter figures to every role that may see shelters', async () => {
    for (const who of [ctx.supervisor, ctx.humanitarian, ctx.analyst]) {
      const shelters = (await get(who, '/api/shelters')).json().shelters as { capacity: number }[];
      const summary = (await get(who, '/api/situation/summary')).json();
      expect(summary, who.role).toMatchObject({
        shelters: shelters.length,
        shelterCapacity: shelters.reduce((n, s) => n + s.capacity, 0),
        shelterOccupancy: expect.any(Number),
      });
    }
  });
});
