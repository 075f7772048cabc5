import { beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, eachTestDb } from '../../../test/support/databases';
import { DEMO_USERS, SANTA_ROSA_ID, seedDemo } from '../demo';
import { createSession, deleteSession } from './sessions';
import { findSignedIn } from './signed-in';
import { updateUser } from './users';

const NOW = new Date('2025-11-27T15:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);
const OFFICER = DEMO_USERS.find((u) => u.role === 'officer')?.id ?? '';

describe.each(DIALECTS)('who holds a session token, on %s', (dialect) => {
  const t = eachTestDb(dialect, (db) => seedDemo(db.kysely, NOW));
  let token: string;
  beforeEach(async () => {
    ({ token } = await createSession(t.db.kysely, OFFICER, NOW, 3_600_000));
  });

  it('answers with the session and its user, and nothing for an unknown token', async () => {
    const found = await findSignedIn(t.db.kysely, token, NOW);
    expect(found?.user).toMatchObject({ id: OFFICER, role: 'officer', checkpointIds: [SANTA_ROSA_ID] });
    expect(found?.session.userId).toBe(OFFICER);
    expect(await findSignedIn(t.db.kysely, 'not-a-token', NOW)).toBeUndefined();
  });

  it("forgets at once this server's sign-out, disabling and change of role", async () => {
    await findSignedIn(t.db.kysely, token, NOW);
    await updateUser(t.db.kysely, OFFICER, { role: 'supervisor' }, NOW.toISOString());
    expect((await findSignedIn(t.db.kysely, token, NOW))?.user.role).toBe('supervisor');
    await updateUser(t.db.kysely, OFFICER, { disabled: true }, NOW.toISOString());
    expect(await findSignedIn(t.db.kysely, token, NOW)).toBeUndefined();
    await updateUser(t.db.kysely, OFFICER, { disabled: false }, NOW.toISOString());
    expect(await findSignedIn(t.db.kysely, token, NOW)).toBeDefined();
    await deleteSession(t.db.kysely, token);
    expect(await findSignedIn(t.db.kysely, token, NOW)).toBeUndefined();
  });

  it("sees another server's change within a second, and an expiry at once", async () => {
    await findSignedIn(t.db.kysely, token, NOW);
    // Another server (or a command) disables the account: the answer read just now is kept a second.
    await t.db.kysely.updateTable('app_user').set({ disabled: 1 }).where('id', '=', OFFICER).execute();
    expect(await findSignedIn(t.db.kysely, token, later(999))).toBeDefined();
    expect(await findSignedIn(t.db.kysely, token, later(1000))).toBeUndefined();

    await t.db.kysely.updateTable('app_user').set({ disabled: 0 }).where('id', '=', OFFICER).execute();
    await findSignedIn(t.db.kysely, token, later(3_599_500));
    expect(await findSignedIn(t.db.kysely, token, later(3_600_000))).toBeUndefined();
  });
});
