// A page of the protection referrals queue reads the referrals' own indexes (0024) in its order, so
// that it costs the same however many referrals are open or closed: the queue sorted every open
// referral by its crossing's time to show the first 50. The plans are SQLite's; the lists themselves
// are tested through the API on both databases (src/server/crossings/referrals-queue.test.ts,
// src/server/crossings/views.test.ts).
import { describe, expect, it } from 'vitest';
import { eachTestDb } from '../../../test/support/databases';
import { sqlitePlan } from '../../../test/support/query-plan';
import { type ReferralFilter, referralCountQuery, referralPageQuery } from './referrals';

describe('a page of protection referrals on sqlite', () => {
  const t = eachTestDb('sqlite');

  const planOf = (filter: ReferralFilter) =>
    sqlitePlan(t.db.kysely, referralPageQuery(t.db.kysely, filter, 50, 100));

  it('of open ones, longest waiting first, comes from the queue index without sorting', async () => {
    const plan = await planOf({ status: 'open' });
    expect(plan).toContain('USING INDEX protection_referral_queue (status=?)');
    expect(plan).not.toContain('TEMP B-TREE');
  });

  it('of open ones at one checkpoint comes from the checkpoint queue index without sorting', async () => {
    const plan = await planOf({ status: 'open', checkpointId: 'cp' });
    expect(plan).toContain('USING INDEX protection_referral_place_queue (checkpoint_id=? AND status=?)');
    expect(plan).not.toContain('TEMP B-TREE');
  });

  it('of closed ones, latest closed first, comes from the index of closed ones without sorting', async () => {
    const plan = await planOf({ status: 'closed' });
    expect(plan).toContain('USING INDEX protection_referral_closed (status=?)');
    expect(plan).not.toContain('TEMP B-TREE');
  });

  it('counts the open ones from the queue index alone, without reading their crossings', async () => {
    const plan = await sqlitePlan(t.db.kysely, referralCountQuery(t.db.kysely, { status: 'open' }));
    expect(plan).toBe('SEARCH pr USING COVERING INDEX protection_referral_queue (status=?)');
  });
});
