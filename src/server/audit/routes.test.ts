// The audit log as the admin reads it, on both databases: entries as written, with the names of the
// records they are about looked up when the page is read, and no person named.
import { describe, expect, it } from 'vitest';
import { as, suiteTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { appendAudit } from '../../store/audit';

describe.each(DIALECTS)('the audit API on %s', (dialect) => {
  const ctx = suiteTestApp(dialect, ['admin']);

  it('names the checkpoints, shelters and users an entry is about, but not people', async () => {
    const db = ctx.t.db.kysely;
    const checkpoints = await db
      .selectFrom('checkpoint')
      .select(['id', 'code', 'name'])
      .orderBy('code')
      .execute();
    const shelter = await db.selectFrom('shelter').select(['id', 'name']).executeTakeFirstOrThrow();
    // People are not looked up: the admin may not see who crossed.
    const person = { id: '0a0d0000-0000-4000-8000-000000000001' };
    const [first, second] = checkpoints;
    if (!first || !second) throw new Error('the demo has two checkpoints');
    await appendAudit(db, {
      at: '2025-11-27T14:00:00.000Z',
      actorId: ctx.admin.userId,
      actorUsername: 'admin',
      action: 'user.update',
      entityType: 'user',
      entityId: ctx.admin.userId,
      ip: null,
      detail: { change: { checkpointIds: [first.id, second.id] }, shelter: shelter.id, personId: person.id },
    });

    const res = await ctx.app.inject({
      method: 'GET',
      url: '/api/audit?action=user.update',
      headers: as(ctx.admin),
    });

    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    // The entry itself is as written: ids, not names.
    expect(body.entries[0].detail.change.checkpointIds).toEqual([first.id, second.id]);
    expect(body.names[first.id]).toBe(`${first.name} (${first.code})`);
    expect(body.names[second.id]).toBe(`${second.name} (${second.code})`);
    expect(body.names[shelter.id]).toBe(shelter.name);
    expect(body.names[ctx.admin.userId]).toBe('admin');
    expect(body.names[person.id]).toBeUndefined();
  });
});
