// The password rule of the accounts service, which the API and `paso user` share: at least the
// minimum, and no longer than the login takes, so that every password set can be used to sign in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, openTestDb, type TestDb } from '../../../test/support/databases';
import { MAX_PASSWORD_LENGTH } from '../../api/accounts';
import { findCredentials, verifyPassword } from '../../store/accounts';
import type { AuditWriter } from '../audit/record';
import { Problem } from '../problems';
import { createUser, resetPassword } from './service';

const NOW = new Date('2025-11-27T15:00:00Z');
const ID = '0b6f7a4e-2a39-4a53-9a8e-3f1f4d6c2b10';
const FIRST = 'primera-clave-1';
// The entries are not what is tested here.
const noAudit: AuditWriter = () => Promise.resolve();

const signsIn = async (db: TestDb, password: string) => {
  const found = await findCredentials(db.db.kysely, 'rosa.mamani');
  return found !== undefined && (await verifyPassword(found.passwordHash, password));
};

const analyst = (password: string) => ({
  id: ID,
  username: 'rosa.mamani',
  displayName: 'Rosa Mamani',
  role: 'analyst' as const,
  checkpointIds: [],
  password,
});

describe.each(DIALECTS)('the password rule of the accounts service, on %s', (dialect) => {
  let t: TestDb;
  beforeEach(async () => {
    t = await openTestDb(dialect);
  });
  afterEach(async () => {
    await t.cleanup();
  });

  const refusal = (attempt: Promise<unknown>) =>
    attempt.then(
      () => undefined,
      (error: unknown) => (error instanceof Problem ? { code: error.code, detail: error.detail } : error),
    );

  it.each([
    ['shorter than the minimum', 'corta', 'user.weak-password'],
    ['longer than the login takes', 'x'.repeat(MAX_PASSWORD_LENGTH + 1), 'validation'],
  ])('refuses a new account whose password is %s', async (_, password, code) => {
    expect(await refusal(createUser(t.db.kysely, analyst(password), NOW, noAudit))).toMatchObject({ code });
    expect(await t.db.kysely.selectFrom('app_user').select('id').execute()).toEqual([]);
  });

  it('refuses to set a password longer than the login takes, and keeps the one there was', async () => {
    await createUser(t.db.kysely, analyst(FIRST), NOW, noAudit);
    const long = 'x'.repeat(MAX_PASSWORD_LENGTH + 1);
    expect(await refusal(resetPassword(t.db.kysely, ID, long, NOW, noAudit))).toEqual({
      code: 'validation',
      detail: `A password has at most ${MAX_PASSWORD_LENGTH} characters.`,
    });
    expect(await signsIn(t, FIRST)).toBe(true);
  });

  it('sets a password of exactly the most the login takes', async () => {
    await createUser(t.db.kysely, analyst(FIRST), NOW, noAudit);
    const longest = 'x'.repeat(MAX_PASSWORD_LENGTH);
    await resetPassword(t.db.kysely, ID, longest, NOW, noAudit);
    expect(await signsIn(t, longest)).toBe(true);
  });
});
