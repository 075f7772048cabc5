// The names of the records audit entries are about, so that the log reads in words: a checkpoint by
// its name and code, an incident by its title, a decree by its number. The log itself stays as written.
import type { Executor } from '../executor';

// Well under SQLite's and PostgreSQL's limits on bound parameters.
const CHUNK = 500;

/**
 * The name of each id that is a checkpoint, booth, shelter, incident, decree, watchlist, watchlist
 * match (by its list), corridor, convoy or user; ids of anything else (people above all) are left out.
 */
export async function namesOfAuditIds(db: Executor, ids: readonly string[]): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const part = unique.slice(i, i + CHUNK);
    for (const { id, name } of await namesOf(db, part)) names[id] = name;
  }
  return names;
}

async function namesOf(db: Executor, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
  const [checkpoints, booths, shelters, incidents, decrees, watchlists, hits, corridors, convoys, users] =
    await Promise.all([
      db.selectFrom('checkpoint').select(['id', 'code', 'name']).where('id', 'in', ids).execute(),
      db
        .selectFrom('booth')
        .innerJoin('checkpoint', 'checkpoint.id', 'booth.checkpoint_id')
        .select(['booth.id', 'booth.code', 'checkpoint.code as checkpoint'])
        .where('booth.id', 'in', ids)
        .execute(),
      db.selectFrom('shelter').select(['id', 'name']).where('id', 'in', ids).execute(),
      db.selectFrom('incident').select(['id', 'title']).where('id', 'in', ids).execute(),
      db.selectFrom('decree').select(['id', 'number']).where('id', 'in', ids).execute(),
      db.selectFrom('watchlist').select(['id', 'name']).where('id', 'in', ids).execute(),
      db
        .selectFrom('screening_hit')
        .innerJoin('watchlist_entry', 'watchlist_entry.id', 'screening_hit.watchlist_entry_id')
        .innerJoin('watchlist', 'watchlist.id', 'watchlist_entry.watchlist_id')
        .select(['screening_hit.id', 'watchlist.name'])
        .where('screening_hit.id', 'in', ids)
        .execute(),
      db.selectFrom('corridor').select(['id', 'code', 'name']).where('id', 'in', ids).execute(),
      db.selectFrom('convoy').select(['id', 'code']).where('id', 'in', ids).execute(),
      db.selectFrom('app_user').select(['id', 'username']).where('id', 'in', ids).execute(),
    ]);
  return [
    ...checkpoints.map((c) => ({ id: c.id, name: `${c.name} (${c.code})` })),
    ...booths.map((b) => ({ id: b.id, name: `${b.checkpoint} ${b.code}` })),
    ...shelters,
    ...incidents.map((i) => ({ id: i.id, name: i.title })),
    ...decrees.map((d) => ({ id: d.id, name: d.number })),
    ...watchlists,
    ...hits,
    ...corridors.map((c) => ({ id: c.id, name: `${c.name} (${c.code})` })),
    ...convoys.map((c) => ({ id: c.id, name: c.code })),
    ...users.map((u) => ({ id: u.id, name: u.username })),
  ];
}
