// Users, their roles and the checkpoints an officer is assigned to.
import type { Role } from '../../domain/access';
import { countRows } from '../count-rows';
import type { Executor } from '../executor';
import { forgetSignedIn } from './account-changes';

/** Who an account is: what a stored user, a new one and a demo one all have. */
export interface AccountFacts {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly checkpointIds: readonly string[];
}

export interface User extends AccountFacts {
  readonly disabled: boolean;
  readonly demo: boolean;
  readonly createdAt: string;
}

export interface NewUser extends AccountFacts {
  readonly passwordHash: string;
  readonly demo?: boolean;
  readonly now: string;
}

export interface UserChange {
  readonly displayName?: string | undefined;
  readonly role?: Role | undefined;
  readonly checkpointIds?: readonly string[] | undefined;
  readonly disabled?: boolean | undefined;
}

type UserRow = {
  id: string;
  username: string;
  display_name: string;
  role: string;
  disabled: number;
  demo: number;
  created_at: string;
};

function toUser(row: UserRow, checkpointIds: readonly string[]): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    checkpointIds,
    disabled: row.disabled === 1,
    demo: row.demo === 1,
    createdAt: row.created_at,
  };
}

const USER_COLUMNS = ['id', 'username', 'display_name', 'role', 'disabled', 'demo', 'created_at'] as const;

async function checkpointsOf(db: Executor, userIds: readonly string[]): Promise<Map<string, string[]>> {
  const byUser = new Map<string, string[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .selectFrom('user_checkpoint')
    .select(['user_id', 'checkpoint_id'])
    .where('user_id', 'in', userIds)
    .orderBy('checkpoint_id')
    .execute();
  for (const row of rows) {
    const list = byUser.get(row.user_id) ?? [];
    list.push(row.checkpoint_id);
    byUser.set(row.user_id, list);
  }
  return byUser;
}

export async function listUsers(db: Executor): Promise<User[]> {
  const rows = await db.selectFrom('app_user').select(USER_COLUMNS).orderBy('username').execute();
  const checkpoints = await checkpointsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toUser(r, checkpoints.get(r.id) ?? []));
}

/** How many enabled administrators there are other than `exceptId`. */
export async function otherActiveAdmins(db: Executor, exceptId: string): Promise<number> {
  const row = await db
    .selectFrom('app_user')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .where('id', '!=', exceptId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findUserById(db: Executor, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('app_user').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return toUser(row, (await checkpointsOf(db, [id])).get(id) ?? []);
}

/** The user with this username (stored in lower case), or undefined. */
export async function findUserByUsername(db: Executor, username: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('app_user')
    .select(USER_COLUMNS)
    .where('username', '=', username.trim().toLowerCase())
    .executeTakeFirst();
  if (!row) return undefined;
  return toUser(row, (await checkpointsOf(db, [row.id])).get(row.id) ?? []);
}

export async function findCredentials(
  db: Executor,
  username: string,
): Promise<{ user: User; passwordHash: string } | undefined> {
  const row = await db
    .selectFrom('app_user')
    .select([...USER_COLUMNS, 'password_hash'])
    .where('username', '=', username)
    .executeTakeFirst();
  if (!row) return undefined;
  const checkpoints = (await checkpointsOf(db, [row.id])).get(row.id) ?? [];
  return { user: toUser(row, checkpoints), passwordHash: row.password_hash };
}

export const countUsers = (db: Executor): Promise<number> => countRows(db, 'app_user');

// False when the username is taken (the caller answers 409); the id makes a retried request idempotent.
export async function insertUser(db: Executor, user: NewUser): Promise<boolean> {
  const taken = await db
    .selectFrom('app_user')
    .select('id')
    .where((eb) => eb.or([eb('username', '=', user.username), eb('id', '=', user.id)]))
    .executeTakeFirst();
  if (taken) return false;
  await db
    .insertInto('app_user')
    .values({
      id: user.id,
      username: user.username,
      display_name: user.displayName,
      role: user.role,
      password_hash: user.passwordHash,
      disabled: 0,
      demo: user.demo ? 1 : 0,
      created_at: user.now,
      updated_at: user.now,
    })
    .execute();
  await setCheckpoints(db, user.id, user.checkpointIds);
  return true;
}

async function setCheckpoints(db: Executor, userId: string, checkpointIds: readonly string[]): Promise<void> {
  forgetSignedIn();
  await db.deleteFrom('user_checkpoint').where('user_id', '=', userId).execute();
  if (checkpointIds.length === 0) return;
  await db
    .insertInto('user_checkpoint')
    .values([...new Set(checkpointIds)].map((checkpoint_id) => ({ user_id: userId, checkpoint_id })))
    .execute();
}

export async function updateUser(db: Executor, id: string, change: UserChange, now: string): Promise<void> {
  forgetSignedIn();
  await db
    .updateTable('app_user')
    .set({
      updated_at: now,
      ...(change.displayName !== undefined && { display_name: change.displayName }),
      ...(change.role !== undefined && { role: change.role }),
      ...(change.disabled !== undefined && { disabled: change.disabled ? 1 : 0 }),
    })
    .where('id', '=', id)
    .execute();
  if (change.checkpointIds !== undefined) await setCheckpoints(db, id, change.checkpointIds);
}

export async function setPasswordHash(
  db: Executor,
  id: string,
  passwordHash: string,
  now: string,
): Promise<void> {
  forgetSignedIn();
  await db
    .updateTable('app_user')
    .set({ password_hash: passwordHash, updated_at: now })
    .where('id', '=', id)
    .execute();
}
