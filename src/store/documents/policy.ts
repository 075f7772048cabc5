// The document policy's versions: append one, read the one in force (the latest) and the history.
// Versions are numbered 1, 2, 3…; none is ever updated or deleted.
import { type PolicyRule, validateRuleSet } from '../../domain/documents';
import type { Executor } from '../executor';
import { insertOnce } from '../insert-once';
import { parseStoredJson, StoredValueError } from '../stored-json';

export interface PolicyVersion {
  readonly version: number;
  readonly note: string;
  readonly createdBy: string;
  readonly createdAt: string;
}

export interface StoredPolicy extends PolicyVersion {
  readonly rules: readonly PolicyRule[];
}

export interface NewPolicyVersion {
  readonly version: number;
  /** Already checked with validateRuleSet: the store keeps what it is given. */
  readonly rules: readonly PolicyRule[];
  readonly note: string;
  readonly createdBy: string;
  readonly createdAt: string;
}

/** The version in force: the latest. Undefined when no version was ever saved. */
export async function currentPolicy(db: Executor): Promise<StoredPolicy | undefined> {
  const row = await db
    .selectFrom('document_policy')
    .selectAll()
    .orderBy('version', 'desc')
    .executeTakeFirst();
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
    createdAt: row.created_at,
  };
}

/** Every version, newest first, without its rules. */
export async function listPolicyVersions(db: Executor): Promise<PolicyVersion[]> {
  const rows = await db
    .selectFrom('document_policy')
    .select(['version', 'note', 'created_by', 'created_at'])
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    note: r.note,
    createdBy: r.created_by,
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
