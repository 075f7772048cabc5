import { describe, expect, it } from 'vitest';
import { DIALECTS, eachTestDb } from '../../../test/support/databases';
import { SANTA_ROSA_ID, seedDemo } from '../demo';
import { hashPassword, verifyPassword } from './passwords';
import { createSession, deleteSessionsOf, findSession } from './sessions';
import { findCredentials, findUserById, insertUser, listUsers, updateUser } from './users';

const NOW = new Date('2025-11-27T15:00:00Z');

describe.each(DIALECTS)('accounts on %s', (dialect) => {
  const t = eachTestDb(dialect, (db) => seedDemo(db.kysely, NOW));

  const newUser = (username: string) => ({
    id: crypto.randomUUID(),
    username,
    displayName: 'Ana Quispe',
    role: 'officer' as const,
    checkpointIds: [SANTA_ROSA_ID],
    passwordHash: 'not-used',
    now: NOW.toISOString(),
  });

  it('stores a user with the checkpoints an officer works at', async () => {
    const user = newUser('ana.quispe');
    expect(await insertUser(t.db.kysely, user)).toBe(true);
    expect(await findUserById(t.db.kysely, user.id)).toMatchObject({
      username: 'ana.quispe',
      role: 'officer',
      checkpointIds: [SANTA_ROSA_ID],
      disabled: false,
    });
  });

  it('refuses a second user with a taken username', async () => {
    expect(await insertUser(t.db.kysely, newUser('ana.quispe'))).toBe(true);
    expect(await insertUser(t.db.kysely, newUser('ana.quispe'))).toBe(false);
    expect((await listUsers(t.db.kysely)).filter((u) => u.username === 'ana.quispe')).toHaveLength(1);
  });

  it('changes role, checkpoints and disabled flag', async () => {
    const user = newUser('ana.quispe');
    await insertUser(t.db.kysely, user);
    await updateUser(
      t.db.kysely,
      user.id,
      { role: 'supervisor', checkpointIds: [], disabled: true },
      NOW.toISOString(),
    );
    expect(await findUserById(t.db.kysely, user.id)).toMatchObject({
      role: 'supervisor',
      checkpointIds: [],
      disabled: true,
    });
  });

  it('finds a session by its token until it expires or is ended', async () => {
    const { user } = (await findCredentials(t.db.kysely, 'supervisor'))!;
    const { token } = await createSession(t.db.kysely, user.id, NOW, 3600_000);
    expect(await findSession(t.db.kysely, token, NOW)).toMatchObject({ userId: user.id });
    expect(await findSession(t.db.kysely, token, new Date(NOW.getTime() + 3600_001))).toBeUndefined();
    expect(await findSession(t.db.kysely, `${token}x`, NOW)).toBeUndefined();
    await deleteSessionsOf(t.db.kysely, user.id);
    expect(await findSession(t.db.kysely, token, NOW)).toBeUndefined();
  });

  it('seeds the demo once: a second run changes nothing', async () => {
    const before = await listUsers(t.db.kysely);
    expect(await seedDemo(t.db.kysely, NOW)).toBe(false);
    expect(await listUsers(t.db.kysely)).toEqual(before);
    // An officer for each checkpoint's booths, Santa Rosa's and Chacalluta's.
    expect(before.map((u) => u.role).sort()).toEqual([
      'admin',
      'analyst',
      'humanitarian',
      'officer',
      'officer',
      'supervisor',
    ]);
    expect(before.every((u) => u.demo)).toBe(true);
  });
});

describe('password hashing', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(stored, 'correct horse batterY')).toBe(false);
    expect(await verifyPassword('garbage', 'x')).toBe(false);
  });
});
