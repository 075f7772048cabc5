// The supervisor's list of a checkpoint's held crossings reads the held crossings' own index (0023), in
// its order, so that it costs the same however many crossings the checkpoint has: through the
// (checkpoint, time) index SQLite read every crossing of the checkpoint to find the few held. The
// plan is SQLite's; the list itself is tested through the API on both databases
// (src/server/crossings/views.test.ts).
import { describe, expect, it } from 'vitest';
import { eachTestDb } from '../../../test/support/databases';
import { sqlitePlan } from '../../../test/support/query-plan';
import { heldQuery } from './views';

describe('the held crossings of a checkpoint on sqlite', () => {
  const t = eachTestDb('sqlite');

  it('are read from their own index, oldest first, without sorting', async () => {
    const plan = await sqlitePlan(t.db.kysely, heldQuery(t.db.kysely, 'cp', 50));
    expect(plan).toContain('USING INDEX crossing_event_held (checkpoint_id=?)');
    expect(plan).not.toContain('TEMP B-TREE');
  });
});
