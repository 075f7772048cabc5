// The reads that take a checkpoint's code take it in any case, as `paso report` and `paso counts` do.
import { describe, expect, it } from 'vitest';
import { OpenTalliesQuery, OverviewQuery, ReferralsQuery } from './crossing-views';
import { CountsQuery } from './crossings';
import { DashboardQuery } from './dashboard';
import { InForceQuery } from './decrees';
import { ForecastQuery } from './forecast';
import { ConflictsQuery } from './offline';
import { ExportQuery, SitrepQuery } from './reports';

describe('a checkpoint code asked for in a read', () => {
  it.each([
    ['the situation report', SitrepQuery, { date: '2025-11-26' }],
    ['the export', ExportQuery, { from: '2025-11-20', to: '2025-11-26' }],
    ['the dashboard', DashboardQuery, {}],
    ['the counts', CountsQuery, { from: '2025-11-20', to: '2025-11-26' }],
    ['the forecast', ForecastQuery, {}],
    ['the tallies open to undo', OpenTalliesQuery, {}],
    ["the supervisor's view", OverviewQuery, {}],
    ['the referrals', ReferralsQuery, {}],
    ['the corrections in conflict', ConflictsQuery, {}],
    ['the decree in force', InForceQuery, {}],
  ] as const)('is read in capitals for %s', (_, schema, rest) => {
    const parsed = schema.safeParse({ ...rest, checkpoint: ' pe-Santa-rosa ' });
    expect(parsed.success && parsed.data.checkpoint).toBe('PE-SANTA-ROSA');
    expect(schema.safeParse({ ...rest, checkpoint: 'pe santa rosa' }).success).toBe(false);
  });
});
