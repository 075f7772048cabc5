// A convoy's candidates are found from the index of the crossings that may make one (0025): a standing
// transit admission that consented or was corrected since. Without it SQLite read every transit
// admission ever recorded, with its text. The plan is SQLite's; who is a candidate is tested through
// the API on both databases (src/server/transit/candidate-consent.test.ts, routes.test.ts).
import { describe, expect, it } from 'vitest';
import { eachTestDb } from '../../../test/support/databases';
import { sqlitePlan } from '../../../test/support/query-plan';
import { rootsAdmittedInTransit } from './candidates';

describe("a convoy's candidates on sqlite", () => {
  const t = eachTestDb('sqlite');

  it('are looked for in the index of transit admissions that may ride', async () => {
    const plan = await sqlitePlan(t.db.kysely, rootsAdmittedInTransit(t.db.kysely));
    expect(plan).toContain('USING INDEX crossing_event_transit_candidate');
  });
});
