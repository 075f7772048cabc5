// The situation report, the partners' export and the partners' dashboard of one date, read from the
// database: one protection, so a figure one withholds is withheld by the others too.
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { as, suiteTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import type { DashboardReply } from '../../api/dashboard';
import { dashboardKey } from '../../domain/reports';
import { getOk } from '../crossings/test-post-events';
import { postEntriesCounted } from '../dashboard/test-tallies';
import { loadSitrepData, makeExport } from './service';

describe.each(DIALECTS)('one protection of a date over every product (%s)', (dialect) => {
  const ctx = suiteTestApp(dialect, ['humanitarian', 'officer'], '2025-11-27T18:00:00Z');
  // Venezuelans entering Santa Rosa, counted at the line: 30 women, 3 girls, 25 men and 9 boys.
  beforeAll(() =>
    postEntriesCounted(ctx.app, as(ctx.officer), '70e10000', [
      { category: 'woman', nationality: 'VEN', count: 30 },
      { category: 'girl', nationality: 'VEN', count: 3 },
      { category: 'man', nationality: 'VEN', count: 25 },
      { category: 'boy', nationality: 'VEN', count: 9 },
    ]),
  );

  it('withholds the women in the export and on the dashboard where the report withholds them', async () => {
    const now = new Date('2025-11-27T18:00:00Z');
    const sitrep = await loadSitrepData(
      ctx.t.db.kysely,
      { date: '2025-11-27', checkpoint: 'PE-SANTA-ROSA' },
      now,
    );
    if (!sitrep.ok) throw new Error(sitrep.error.code);
    const { ageSex, crossings } = sitrep.value.figures;
    const cell = (age: string, sex: string) =>
      ageSex.cells[ageSex.rows.indexOf(age)]?.[ageSex.cols.indexOf(sex)];
    // The girls are "<5"; the women beside them in the age and sex table must go too, or 33 − 30 gives them.
    expect([cell('child', 'F'), cell('adult', 'F')]).toEqual(['small', 'withheld']);
    expect(crossings.rowTotals?.[0]).toBe(67);

    const csv = await makeExport(
      ctx.t.db.kysely,
      {
        from: '2025-11-27',
        to: '2025-11-27',
        format: 'csv',
        dialect: 'rfc4180',
        checkpoint: null,
      },
      now,
    );
    if (!csv.ok) throw new Error(csv.error.code);
    // Every entry was Venezuelan: the export's row is the checkpoint's age and sex table by group.
    // Each product on its own once published the 30 women here.
    expect(csv.value.text.trim().split('\r\n').slice(1)).toEqual([
      '2025-11-27,PE-SANTA-ROSA,Complejo Fronterizo Santa Rosa,entry,VEN,x,<5,x,x,0,67',
    ]);

    const dashboard = await getOk<z.infer<typeof DashboardReply>>(
      ctx.app,
      as(ctx.humanitarian),
      '/api/dashboard?checkpoint=PE-SANTA-ROSA',
    );
    const published = dashboard.published ?? {};
    expect(published[dashboardKey.age('adult', 'unknown', 'F')]).toBe('withheld');
    expect(published[dashboardKey.age('child', 'unknown', 'F')]).toBe('small');
    expect(published.entries).toBe(67);
  });
});
