// A convoy's times are answered with the clock of the stop each belongs to, on both databases: a
// corridor from Chacalluta (America/Santiago) to Tacna (America/Lima) answers each stop's zone, and a
// convoy on it its departure's and its arrival's; times sent with an offset are stored in UTC.
import { describe, expect, it } from 'vitest';
import { sendAs, suiteTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { convoyBody } from '../../../test/support/write-bodies';
import { DEMO_CONVOY_ID, DEMO_CORRIDOR_ID } from '../../store/demo';

const CORRIDOR = '0d0a0000-0000-4000-8000-00000000c001';
const CONVOY = '0d0a0000-0000-4000-8000-00000000c002';

const FROM_CHILE = {
  id: CORRIDOR,
  code: 'CHACALLUTA-TACNA',
  name: 'Chacalluta → Tacna',
  exitPoint: 'PE-TACNA',
  stops: [
    { code: 'CHACALLUTA', name: 'Chacalluta', latitude: -18.3146, longitude: -70.3141 },
    { code: 'SANTA-ROSA', name: 'Santa Rosa', latitude: -18.2622, longitude: -70.3295 },
    { code: 'TACNA', name: 'Tacna', latitude: -18.0066, longitude: -70.2463 },
  ],
};

describe.each(DIALECTS)("a convoy's clocks, on %s", (dialect) => {
  const ctx = suiteTestApp(dialect, ['humanitarian']);
  const send = sendAs(ctx);

  it("answers each stop of a corridor with its checkpoint's zone", async () => {
    const made = await send(ctx.humanitarian, 'POST', '/api/corridors', FROM_CHILE);
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json().stops.map((s: { timeZone: string }) => s.timeZone)).toEqual([
      'America/Santiago',
      'America/Lima',
      'America/Lima',
    ]);
    const listed = (await send(ctx.humanitarian, 'GET', '/api/corridors')).json().corridors;
    const demo = listed.find((c: { id: string }) => c.id === DEMO_CORRIDOR_ID);
    expect(new Set(demo.stops.map((s: { timeZone: string }) => s.timeZone))).toEqual(
      new Set(['America/Lima']),
    );
  });

  it("answers a convoy's departure on Chile's clock and its arrival on Peru's, stored in UTC", async () => {
    const made = await send(ctx.humanitarian, 'POST', '/api/convoys', {
      ...convoyBody(CONVOY, 'CONVOY-CL1', CORRIDOR),
      // The night Chile's clocks go back: 23:30 of its summer time, then the arrival in Tacna.
      plannedDeparture: '2026-04-04T23:30:00-03:00',
      plannedArrival: '2026-04-05T08:00:00-05:00',
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json().convoy).toMatchObject({
      plannedDeparture: '2026-04-05T02:30:00.000Z',
      plannedArrival: '2026-04-05T13:00:00.000Z',
      departureTimeZone: 'America/Santiago',
      arrivalTimeZone: 'America/Lima',
    });
    const convoys = (await send(ctx.humanitarian, 'GET', '/api/convoys')).json().convoys;
    expect(convoys.find((c: { id: string }) => c.id === CONVOY)).toMatchObject({
      departureTimeZone: 'America/Santiago',
      arrivalTimeZone: 'America/Lima',
    });
    expect(convoys.find((c: { id: string }) => c.id === DEMO_CONVOY_ID)).toMatchObject({
      departureTimeZone: 'America/Lima',
      arrivalTimeZone: 'America/Lima',
    });
  });
});
