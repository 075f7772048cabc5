// User accounts: the one path the API and the `paso user` commands share, so both apply the same
// rules (the password's minimum length, checkpoints that exist, an officer's checkpoint, no admin
// locking themselves out) and audit the same way.
import type { Kysely } from 'kysely';
import {
  isLongPassword,
  isShortPassword,
  LONG_PASSWORD,
  lacksCheckpoint,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
} from '../../api/accounts';
import type { Role } from '../../domain/access';
import {
  type AccountFacts,
  deleteSessionsOf,
  findUserById,
  hashPassword,
  insertUser,
  otherActiveAdmins,
  setPasswordHash,
  type User,
  type UserChange,
  updateUser,
} from '../../store/accounts';
import type { Executor } from '../../store/executor';
import { existingCheckpointIds } from '../../store/reference';
import type { Database } from '../../store/schema';
import { writeTransaction } from '../../store/transaction-lock';
import type { AuditWriter } from '../audit/record';
import { Problem } from '../problems';

// The one password rule of the API and `paso user`: the request schema also says the maximum, but the
// command line's `user password` reaches this with no schema, and a password longer than the login
// takes would lock the account out.
function checkPassword(password: string): void {
  if (isShortPassword(password)) {
    throw new Problem('user.weak-password', `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  if (isLongPassword(password)) {
    const error = { path: 'body.password', message: LONG_PASSWORD };
    throw new Problem('validation', `A password has at most ${MAX_PASSWORD_LENGTH} characters.`, {
      errors: [error],
    });
  }
}

async function checkCheckpoints(db: Executor, ids: readonly string[] | undefined): Promise<void> {
  if (!ids || ids.length === 0) return;
  const known = await existingCheckpointIds(db, ids);
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw new Problem('user.unknown-checkpoint', `Unknown checkpoint: ${unknown.join(', ')}`);
}

function checkOfficerCheckpoint(role: Role, checkpointIds: readonly string[]): void {
  if (lacksCheckpoint(role, checkpointIds)) {
    throw new Problem('user.checkpoint-required', 'An officer needs at least one checkpoint.');
  }
}

export interface AccountRequest extends AccountFacts {
  readonly password: string;
}

/**
 * Makes the account, or answers the one a retried request (same id, same username) made before
 * (`created: false`). Throws user.weak-password, validation (a password longer than the login
 * takes), user.checkpoint-required, user.unknown-checkpoint or user.exists.
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
  checkOfficerCheckpoint(request.role, request.checkpointIds);
  await checkCheckpoints(db, request.checkpointIds);
  const passwordHash = await hashPassword(request.password);
  const created = await writeTransaction(db, async (tx) => {
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

/**
 * Changes a user's name, role, checkpoints or whether the account is disabled, as `actorId` (the
 * signed-in admin; null for the command line, which has no account to lock out). Disabling ends the
 * user's sessions. Throws user.self-lockout, user.last-admin, user.unknown-checkpoint,
 * user.checkpoint-required or user.not-found.
 */
export async function changeUser(
  db: Kysely<Database>,
  id: string,
  change: UserChange,
  actorId: string | null,
  now: Date,
  audit: AuditWriter,
): Promise<User> {
  if (id === actorId && ((change.role && change.role !== 'admin') || change.disabled)) {
    throw new Problem('user.self-lockout');
  }
  await checkCheckpoints(db, change.checkpointIds);
  const updated = await writeTransaction(db, async (tx) => {
    const removesAdmin = change.disabled === true || (change.role !== undefined && change.role !== 'admin');
    const before = await findUserById(tx, id);
    if (!before) return undefined;
    // Nobody could then manage accounts from the web app; the command line can, but say so first.
    if (
      removesAdmin &&
      before.role === 'admin' &&
      !before.disabled &&
      (await otherActiveAdmins(tx, id)) === 0
    ) {
      throw new Problem(
        'user.last-admin',
        `${before.username} is the only enabled administrator: enable or make another administrator first.`,
      );
    }
    // Only a change of role or checkpoints is held to the rule, so that an account made before it
    // can still be disabled or renamed.
    if (change.role !== undefined || change.checkpointIds !== undefined) {
      checkOfficerCheckpoint(change.role ?? before.role, change.checkpointIds ?? before.checkpointIds);
    }
    await updateUser(tx, id, change, now.toISOString());
    if (change.disabled) await deleteSessionsOf(tx, id);
    await audit(tx, {
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      detail: {
        before: {
          role: before.role,
          checkpointIds: before.checkpointIds,
          disabled: before.disabled,
          displayName: before.displayName,
        },
        change,
      },
    });
    return findUserById(tx, id);
  });
  if (!updated) throw new Problem('user.not-found');
  return updated;
}

/**
 * Sets a new password and ends every session of the user. Throws user.weak-password, validation (a
 * password longer than the login takes) or user.not-found.
 */
export async function resetPassword(
  db: Kysely<Database>,
  id: string,
  password: string,
  now: Date,
  audit: AuditWriter,
): Promise<void> {
  checkPassword(password);
  const passwordHash = await hashPassword(password);
  const found = await writeTransaction(db, async (tx) => {
    if (!(await findUserById(tx, id))) return false;
    await setPasswordHash(tx, id, passwordHash, now.toISOString());
    await deleteSessionsOf(tx, id);
    await audit(tx, { action: 'user.password-reset', entityType: 'user', entityId: id });
    return true;
  });
  if (!found) throw new Problem('user.not-found');
}
