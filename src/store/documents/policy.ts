// The document policy's versions: append one, read the one in force (the latest) and the history.
// Versions are numbered 1, 2, 3…; none is ever updated or deleted.
import { type PolicyRule, validateRuleSet } from '../../domain/documents';
import type { Executor } from '../executor';
import { insertOnce } from '../insert-once';
import { parseStoredJson, StoredValueError } from '../stored-json';

export interface PolicyVersion {
  readonly version: number;
  readonly note: string;
  /** The username of who saved it, or 'system' (the demo). */
  readonly createdBy: string;
  /** Their display name, as the decree register names an author; null when no user saved it. */
  readonly createdByName: string | null;
  readonly createdAt: string;
}

export interface StoredPolicy extends PolicyVersion {
  readonly rules: readonly PolicyRule[];
}

export interface NewPolicyVersion extends Omit<PolicyVersion, 'createdByName'> {
  /** Already checked with validateRuleSet: the store keeps what it is given. */
  readonly rules: readonly PolicyRule[];
}

// Usernames are never changed or reused (accounts are disabled, not deleted), so the author a version
// names is found by it for as long as the version exists.
const withAuthor = (db: Executor) =>
  db
    .selectFrom('document_policy as p')
    .leftJoin('app_user as u', 'u.username', 'p.created_by')
    .orderBy('p.version', 'desc');

/** The version in force: the latest. Undefined when no version was ever saved. */
export const currentPolicy = (db: Executor): Promise<StoredPolicy | undefined> => policyAt(db);

/**
 * One version, in force or not, with its rules: the history shows what an earlier version said, and
 * the editor can start from it to put it back as a new version. Undefined when there is no such version.
 */
export const policyVersion = (db: Executor, version: number): Promise<StoredPolicy | undefined> =>
  policyAt(db, version);

async function policyAt(db: Executor, version?: number): Promise<StoredPolicy | undefined> {
  let query = withAuthor(db).select([
    'p.version',
    'p.rules',
    'p.note',
    'p.created_by',
    'p.created_at',
    'u.display_name',
  ]);
  if (version !== undefined) query = query.where('p.version', '=', version);
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  // Read back with the check the save used: a version that fails it is never evaluated, since a
  // booth decision must rest on the rules the version says it has.
  const at = { table: 'document_policy', column: 'rules', key: `version ${row.version}` };
  const checked = validateRuleSet({ version: String(row.version), rules: parseStoredJson(row.rules, at) });
  if (!checked.ok) {
    const first = checked.error[0];
    throw new StoredValueError(at, `${first?.path || '(the value)'}: ${first?.code ?? 'policy.shape'}`);
  }
  return {
    version: row.version,
    rules: checked.value.rules,
    note: row.note,
    createdBy: row.created_by,
    createdByName: row.display_name,
    createdAt: row.created_at,
  };
}

/** Every version, newest first, without its rules. */
export async function listPolicyVersions(db: Executor): Promise<PolicyVersion[]> {
  const rows = await withAuthor(db)
    .select(['p.version', 'p.note', 'p.created_by', 'p.created_at', 'u.display_name'])
    .execute();
  return rows.map((r) => ({
    version: r.version,
    note: r.note,
    createdBy: r.created_by,
    createdByName: r.display_name,
    createdAt: r.created_at,
  }));
}

/**
 * Appends a version. False when that number is taken (another save won the race): the caller read
 * an older version than the one now in force and must not overwrite it blindly.
 */
export async function appendPolicyVersion(db: Executor, policy: NewPolicyVersion): Promise<boolean> {
  return insertOnce(db, 'document_policy', 'version', {
    version: policy.version,
    rules: JSON.stringify(policy.rules),
    note: policy.note,
    created_by: policy.createdBy,
    created_at: policy.createdAt,
  });
}
