// Watchlists as imported by admins: the list, and each entry as the parser gave it (JSON), from which
// the screening index is built at start and after every import. An entry is read back with its schema.
import { type WatchlistEntry, WatchlistEntrySchema } from '../../domain/matching';
import type { Executor } from '../executor';
import { pagesById } from '../pages-by-id';
import { readStoredJson } from '../stored-json';

export interface WatchlistInfo {
  readonly id: string;
  readonly name: string;
  readonly format: string;
  readonly entryCount: number;
  readonly active: boolean;
  readonly importedBy: string;
  readonly importedAt: string;
}

export interface StoredWatchEntry {
  readonly id: string;
  readonly watchlistId: string;
  readonly watchId: string;
  readonly entry: WatchlistEntry;
}

const CHUNK = 500;

// A malformed entry stops the read: an index built without it would screen nobody against that person.
const entryOf = (r: { id: string; entry: string }): WatchlistEntry =>
  readStoredJson(r.entry, WatchlistEntrySchema, { table: 'watchlist_entry', column: 'entry', key: r.id });

// Entries with their list joined, selecting what a StoredWatchEntry is made of.
const selectEntries = (db: Executor) =>
  db
    .selectFrom('watchlist_entry')
    .innerJoin('watchlist', 'watchlist.id', 'watchlist_entry.watchlist_id')
    .select([
      'watchlist_entry.id',
      'watchlist_entry.watchlist_id',
      'watchlist_entry.watch_id',
      'watchlist_entry.entry',
    ]);

const storedEntryOf = (r: {
  id: string;
  watchlist_id: string;
  watch_id: string;
  entry: string;
}): StoredWatchEntry => ({
  id: r.id,
  watchlistId: r.watchlist_id,
  watchId: r.watch_id,
  entry: entryOf(r),
});

// All entries in the caller's transaction: an import lands whole or not at all.
export async function insertWatchlist(
  tx: Executor,
  list: Omit<WatchlistInfo, 'entryCount' | 'active'>,
  entries: readonly { id: string; watchId: string; entry: WatchlistEntry }[],
): Promise<void> {
  await tx
    .insertInto('watchlist')
    .values({
      id: list.id,
      name: list.name,
      format: list.format,
      entry_count: entries.length,
      active: 1,
      imported_by: list.importedBy,
      imported_at: list.importedAt,
    })
    .execute();
  for (let i = 0; i < entries.length; i += CHUNK) {
    await tx
      .insertInto('watchlist_entry')
      .values(
        entries.slice(i, i + CHUNK).map((e) => ({
          id: e.id,
          watchlist_id: list.id,
          watch_id: e.watchId,
          entry: JSON.stringify(e.entry),
        })),
      )
      .execute();
  }
}

export async function listWatchlists(db: Executor): Promise<WatchlistInfo[]> {
  const rows = await db.selectFrom('watchlist').selectAll().orderBy('imported_at', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    format: r.format,
    entryCount: r.entry_count,
    active: r.active === 1,
    importedBy: r.imported_by,
    importedAt: r.imported_at,
  }));
}

export async function setWatchlistActive(tx: Executor, id: string, active: boolean): Promise<boolean> {
  const result = await tx
    .updateTable('watchlist')
    .set({ active: active ? 1 : 0 })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

// The entries of every active list, a page at a time.
export async function* streamActiveEntries(
  db: Executor,
  pageSize = 20_000,
): AsyncGenerator<StoredWatchEntry[]> {
  const pages = pagesById(
    (after, limit) =>
      selectEntries(db)
        .where('watchlist.active', '=', 1)
        .where('watchlist_entry.id', '>', after)
        .orderBy('watchlist_entry.id')
        .limit(limit)
        .execute(),
    pageSize,
  );
  for await (const rows of pages) yield rows.map(storedEntryOf);
}

export async function findWatchEntries(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, StoredWatchEntry & { listName: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await selectEntries(db)
    .select('watchlist.name')
    .where('watchlist_entry.id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, { ...storedEntryOf(r), listName: r.name }]));
}
