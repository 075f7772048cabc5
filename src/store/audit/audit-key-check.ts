// Before a server or a command writes the audit chain: its key must be the key that made the newest
// entry. Another key (a second server whose key was not copied, a different PASO_AUDIT_KEY) would key
// every entry it wrote so that nobody could verify them, nor any entry chained after them.
import { unlinkSync } from 'node:fs';
import type { Executor } from '../executor';
import type { OpenedAuditKey } from './audit-key';
import { keyMadeNewestEntry } from './audit-log';

const SAME_KEY =
  'Every server and command on one database needs the same key: copy the file of the server that ' +
  'has it (mode 0600), or set the same PASO_AUDIT_KEY (docs/operations.md, "The audit key"). Only ' +
  'if that key is lost for good, start the server once with `paso serve --new-audit-key` ' +
  '(docs/operations.md, "When a head or the key is lost").';

/**
 * Why this key must not write the chain, or undefined when it made the newest entry (or there is
 * none). A key file this process has just made is removed again: it was never the right one.
 */
export async function foreignAuditKey(db: Executor, opened: OpenedAuditKey): Promise<string | undefined> {
  if (await keyMadeNewestEntry(db)) return undefined;
  const { source } = opened;
  if (source.kind === 'file' && opened.made) {
    unlinkSync(source.path);
    return `there was no audit key at ${source.path}, and this database's audit log was written with one; no new key was kept. ${SAME_KEY}`;
  }
  const which = source.kind === 'env' ? 'PASO_AUDIT_KEY' : `in ${source.path}`;
  return `the audit key (${which}) did not make the newest entry of this database's audit log: each entry written with it would break the chain. ${SAME_KEY}`;
}
