// A recount's step reads its next events from the checkpoint's (checkpoint, time) index, in that
// index's order, so that a step costs the same however long the checkpoint's history: reading them in
// the order of their ids, SQLite sorted the whole history at every step (1.3 s a step with a million
// events, while every booth's write waited). The plan is SQLite's; that the steps count every event
// once, ties of time included, is tested through the API on both databases
// (src/server/reference/checkpoint-routes.test.ts).
import { describe, expect, it } from 'vitest';
import { eachTestDb } from '../../../test/support/databases';
import { sqlitePlan } from '../../../test/support/query-plan';
import { eventsAfterQuery } from './rezone';

describe('a recount step on sqlite', () => {
  const t = eachTestDb('sqlite');

  it.each([
    ['the first step', null],
    ['a later step', { at: '2025-11-27T03:30:00.000Z', id: 'c0000000-0000-4000-8000-000000000001' }],
  ])('reads %s from the index, without sorting the history', async (_, after) => {
    const plan = await sqlitePlan(t.db.kysely, eventsAfterQuery(t.db.kysely, 'cp', after, 500));
    expect(plan).toContain('USING INDEX crossing_event_place_time (checkpoint_id=?');
    // Ties of time are put in the order of their ids among themselves; the history is never sorted.
    expect(plan.split('\n')).not.toContain('USE TEMP B-TREE FOR ORDER BY');
  });
});
