// Creating a user account: the one path the API and `paso user add` share, so both apply the same
// rules (the password's minimum length, checkpoints that exist) and audit the same way.
import type { Kysely } from 'kysely';
import { MIN_PASSWORD_LENGTH } from '../../api/accounts';
import { type AccountFacts, findUserById, hashPassword, insertUser, type User } from '../../store/accounts';
import type { Executor } from '../../store/executor';
import { existingCheckpointIds } from '../../store/reference';
import type { Database } from '../../store/schema';
import type { AuditEvent } from '../audit/record';
import { Problem } from '../problems';

export function checkPassword(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new Problem('user.weak-password', `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
}

export async function checkCheckpoints(db: Executor, ids: readonly string[] | undefined): Promise<void> {
  if (!ids || ids.length === 0) return;
  const known = await existingCheckpointIds(db, ids);
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw new Problem('user.unknown-checkpoint', `Unknown checkpoint: ${unknown.join(', ')}`);
}

export interface AccountRequest extends AccountFacts {
  readonly password: string;
}

/** Who is recorded as having made the account: the signed-in admin, or the command line. */
export type AuditWriter = (tx: Executor, event: AuditEvent) => Promise<void>;

/**
 * Makes the account, or answers the one a retried request (same id, same username) made before
 * (`created: false`). Throws user.weak-password, user.unknown-checkpoint or user.exists.
 */
export async function createUser(
  db: Kysely<Database>,
  request: AccountRequest,
  now: Date,
  audit: AuditWriter,
): Promise<{ readonly user: User; readonly created: boolean }> {
  checkPassword(request.password);
  const existing = await findUserById(db, request.id);
  if (existing && existing.username === request.username) return { user: existing, created: false };
  await checkCheckpoints(db, request.checkpointIds);
  const passwordHash = await hashPassword(request.password);
  const created = await db.transaction().execute(async (tx) => {
    const inserted = await insertUser(tx, {
      id: request.id,
      username: request.username,
      displayName: request.displayName,
      role: request.role,
      checkpointIds: request.checkpointIds,
      passwordHash,
      now: now.toISOString(),
    });
    if (!inserted) return undefined;
    await audit(tx, {
      action: 'user.create',
      entityType: 'user',
      entityId: request.id,
      detail: { username: request.username, role: request.role, checkpointIds: request.checkpointIds },
    });
    return findUserById(tx, request.id);
  });
  if (!created) throw new Problem('user.exists', `The username "${request.username}" is taken.`);
  return { user: created, created: true };
}
