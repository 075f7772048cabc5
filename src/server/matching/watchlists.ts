// Importing a watchlist that read: the list, its entries and the audit entry, in one transaction. The
// API's import and `paso import-watchlist` both store lists through this one service.
import type { WatchlistEntry } from '../../domain/matching';
import { type AuditInput, appendAudit } from '../../store/audit';
import type { Executor } from '../../store/executor';
import { insertWatchlist } from '../../store/matching';
import { writeTransaction } from '../../store/transaction-lock';

export interface NewWatchlist {
  readonly name: string;
  readonly format: string;
  readonly entries: readonly WatchlistEntry[];
  /** Values of a published list that could not be read and were left out. */
  readonly skipped: number;
  readonly importedBy: string;
  readonly importedAt: Date;
}

/**
 * Stores the list and records who imported it: `audit` is the caller's own part of the entry (a
 * request's actor and address, or the command's administrator and `via: 'cli'`). Answers its id.
 */
export async function storeWatchlist(
  db: Executor,
  list: NewWatchlist,
  audit: Pick<AuditInput, 'actorId' | 'actorUsername' | 'ip' | 'detail'>,
  newId: () => string,
): Promise<string> {
  const id = newId();
  const at = list.importedAt.toISOString();
  await writeTransaction(db, async (tx) => {
    await insertWatchlist(
      tx,
      { id, name: list.name, format: list.format, importedBy: list.importedBy, importedAt: at },
      list.entries.map((entry) => ({ id: newId(), watchId: entry.watchId, entry })),
    );
    await appendAudit(tx, {
      ...audit,
      at,
      action: 'watchlist.import',
      entityType: 'watchlist',
      entityId: id,
      detail: {
        name: list.name,
        format: list.format,
        entries: list.entries.length,
        skipped: list.skipped,
        ...audit.detail,
      },
    });
  });
  return id;
}
