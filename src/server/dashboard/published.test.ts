// The dashboard as partners see it: the same figures as everyone else, published (1 to 4 people
// "small", what would give one away "withheld"), and never the rows behind them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { as, suiteTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import type { DashboardReply } from '../../api/dashboard';
import { dashboardFigures, dashboardKey } from '../../domain/reports';
import { dashboardReaderLines, derive } from '../../domain/reports/test-reader';
import { getOk, postEvents } from '../crossings/test-post-events';
import { postEntriesCounted } from './test-tallies';

type Reply = z.infer<typeof DashboardReply>;

describe.each(DIALECTS)('the dashboard for humanitarian partners (%s)', (dialect) => {
  const ctx = suiteTestApp(dialect, ['humanitarian', 'analyst', 'officer'], '2025-11-27T18:00:00Z');
  beforeAll(() =>
    postEntriesCounted(ctx.app, as(ctx.officer), '7a110000', [
      { category: 'man', nationality: 'VEN', count: 40 },
      { category: 'man', nationality: 'COL', count: 12 },
      { category: 'man', nationality: 'HTI', count: 2 },
    ]),
  );

  const read = (who: 'humanitarian' | 'analyst') =>
    getOk<Reply>(ctx.app, as(ctx[who]), '/api/dashboard?checkpoint=PE-SANTA-ROSA');

  it('shows two Haitians as "<5" and gives away no small figure by the sums', async () => {
    const partner = await read('humanitarian');
    expect(partner.published?.[dashboardKey.nationality('HTI')]).toBe('small');
    expect(partner.published?.[dashboardKey.nationality('VEN')]).toBeGreaterThanOrEqual(40);
    // A reader with every published figure and every sum between them works none of the small ones out.
    const published = partner.published ?? {};
    const derived = derive(new Map(Object.entries(published)), dashboardReaderLines(published));
    const small = Object.entries(partner.published ?? {}).filter(([, v]) => v === 'small');
    expect(small.length).toBeGreaterThan(0);
    expect(small.filter(([key]) => derived.has(key))).toEqual([]);
  });

  it('sends partners no rows, only the published figures, and every number shown is the exact one', async () => {
    const partner = await read('humanitarian');
    const exact = await read('analyst');
    expect([partner.hours, partner.days, partner.nationalities, partner.ageSex, partner.people]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
    expect(partner.emergencies.every((e) => e.totals.length === 0)).toBe(true);
    expect(exact.published).toBeUndefined();
    const { values } = dashboardFigures(exact);
    const numbers = Object.entries(partner.published ?? {}).filter(([, v]) => typeof v === 'number');
    expect(numbers.length).toBeGreaterThan(0);
    for (const [key, value] of numbers) expect([key, value]).toEqual([key, values.get(key)]);
  });

  it('sends partners no figure of none: a refusal alone at its hour gives away neither the hour nor the age', async () => {
    // A woman refused at 03:30 in Santa Rosa, where nobody else came at that hour or of her age.
    const refused = {
      kind: 'crossing',
      id: '7a110000-0000-4000-8000-0000000000aa',
      at: '2025-11-27T08:30:00Z',
      checkpoint: 'PE-SANTA-ROSA',
      direction: 'entry',
      decision: 'refused',
      refusalGround: 'entry-ban',
      person: {
        givenNames: 'ROSE',
        surname1: 'PIERRE',
        sex: 'F',
        birthDate: '1990-03-01',
        nationality: 'HTI',
      },
    };
    const [outcome] = await postEvents(ctx.app, as(ctx.officer), [refused]);
    expect(outcome?.status).toBe('applied');
    const { values } = dashboardFigures(await read('analyst'));
    expect(values.get(dashboardKey.hour('03', 'entry'))).toBe(0);
    expect(values.get(dashboardKey.age('adult', '18-59', 'F'))).toBe(0);
    const published = (await read('humanitarian')).published ?? {};
    expect(published.refused).toBe('small');
    expect(published[dashboardKey.hour('03', 'entry')]).toBeUndefined();
    expect(published[dashboardKey.age('adult', '18-59', 'F')]).toBeUndefined();
    expect(Object.entries(published).filter(([, v]) => v === 0)).toEqual([]);
  });

  it('leaves counts by any breakdown to the operation: GET /api/counts is refused to partners', async () => {
    const url = '/api/counts?from=2025-11-27&to=2025-11-27&by=nationality';
    const partner = await ctx.app.inject({ method: 'GET', url, headers: as(ctx.humanitarian) });
    expect(partner.statusCode).toBe(403);
    const analyst = await ctx.app.inject({ method: 'GET', url, headers: as(ctx.analyst) });
    expect(analyst.statusCode).toBe(200);
  });
});
