// Login sessions. The cookie carries a random token; only its SHA-256 is stored, so a copy of the
// database does not let anyone log in.
import { createHash, randomBytes } from 'node:crypto';
import { PostgresAdapter } from 'kysely';
import type { Executor } from '../executor';
import { forgetSignedIn } from './account-changes';

export interface Session {
  readonly userId: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: Executor,
  userId: string,
  now: Date,
  lifetimeMs: number,
): Promise<{ token: string; session: Session }> {
  const token = randomBytes(32).toString('base64url');
  const session = {
    userId,
    csrfToken: randomBytes(24).toString('base64url'),
    expiresAt: new Date(now.getTime() + lifetimeMs).toISOString(),
  };
  await db
    .insertInto('session')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      csrf_token: session.csrfToken,
      created_at: now.toISOString(),
      expires_at: session.expiresAt,
    })
    .execute();
  return { token, session };
}

export async function findSession(db: Executor, token: string, now: Date): Promise<Session | undefined> {
  const row = await db
    .selectFrom('session')
    .select(['user_id', 'csrf_token', 'expires_at'])
    .where('token_hash', '=', hashToken(token))
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row && { userId: row.user_id, csrfToken: row.csrf_token, expiresAt: row.expires_at };
}

export async function deleteSession(db: Executor, token: string): Promise<void> {
  forgetSignedIn();
  await db.deleteFrom('session').where('token_hash', '=', hashToken(token)).execute();
}

// A password reset or a disabled account ends every session of that user.
export async function deleteSessionsOf(db: Executor, userId: string): Promise<void> {
  forgetSignedIn();
  await db.deleteFrom('session').where('user_id', '=', userId).execute();
}

/**
 * Deletes at most `limit` of the sessions expired at `now`, through the index on their expiry, and says
 * how many. On PostgreSQL those another server is deleting at the same moment are skipped, not waited for.
 */
export async function deleteExpiredSessions(db: Executor, now: Date, limit: number): Promise<number> {
  const shared = db.getExecutor().adapter instanceof PostgresAdapter;
  const result = await db
    .deleteFrom('session')
    .where('token_hash', 'in', (eb) => {
      const expired = eb
        .selectFrom('session')
        .select('token_hash')
        .where('expires_at', '<=', now.toISOString())
        .limit(limit);
      return shared ? expired.forUpdate().skipLocked() : expired;
    })
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
