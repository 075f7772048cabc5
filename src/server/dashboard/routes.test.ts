// The dashboard's day when none is asked for: the checkpoint's today, and for all checkpoints the day
// not yet over at every one of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, type Login, login, makeTestApp, type TestApp } from '../../../test/support/app';

describe("the dashboard's default day", () => {
  // 04:00 UTC on 28 November 2025: 01:00 on the 28th in Arica (UTC−3, summer time), still 23:00 on
  // the 27th in Tacna (UTC−5).
  let ctx: TestApp;
  let analyst: Login;
  beforeAll(async () => {
    ctx = await makeTestApp('sqlite', {}, '2025-11-28T04:00:00Z');
    analyst = await login(ctx.app, 'analyst');
  });
  afterAll(async () => {
    await ctx.close();
  });

  const dateShown = async (query: string) => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/dashboard${query}`,
      headers: as(analyst),
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ date: string }>().date;
  };

  it("is each checkpoint's own today", async () => {
    expect(await dateShown('?checkpoint=PE-SANTA-ROSA')).toBe('2025-11-27');
    expect(await dateShown('?checkpoint=CL-CHACALLUTA')).toBe('2025-11-28');
  });

  it('is, for all checkpoints, the day still running at one of them, not the day begun at another', async () => {
    expect(await dateShown('')).toBe('2025-11-27');
  });

  it('is the date asked for when one is', async () => {
    expect(await dateShown('?date=2025-11-20')).toBe('2025-11-20');
  });
});
