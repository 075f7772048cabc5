// Names the records a page of the audit log is about, when the page is read: entries keep the ids
// they were written with (the log is a hash chain and is never rewritten).
import { AUDIT_LIST_SHOWN } from '../../api/audit';
import { namesOfAuditIds } from '../../store/audit';
import type { Executor } from '../../store/executor';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Entry = { readonly entityId: string | null; readonly detail: Readonly<Record<string, unknown>> };

export async function auditNames(db: Executor, entries: readonly Entry[]): Promise<Record<string, string>> {
  const ids: string[] = [];
  for (const entry of entries) {
    if (entry.entityId !== null) ids.push(entry.entityId);
    collectIds(entry.detail, ids);
  }
  return ids.length === 0
    ? {}
    : namesOfAuditIds(
        db,
        ids.filter((id) => UUID.test(id)),
      );
}

function collectIds(value: unknown, into: string[]): void {
  if (typeof value === 'string') {
    into.push(value);
  } else if (Array.isArray(value)) {
    // Only the items the page shows: a review queue's detail may list thousands of people.
    for (const item of value.slice(0, AUDIT_LIST_SHOWN)) collectIds(item, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) collectIds(child, into);
  }
}
