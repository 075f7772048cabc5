// A list imported into the database by another process (`paso import-watchlist` stores it through
// storeWatchlist) reaches a running server's screening with no request asking: the server's watch
// starts the index rebuild, and a crossing of a person on the list after it is held, on both databases.
// So does another server's swap of the list in force for another, which leaves as many lists, and as
// many of them active, as before.
import { describe, expect, it, vi } from 'vitest';
import { as, eachTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { LISTED_ALONE_CSV, LISTED_AS_READ } from '../../../test/support/watchlists';
import { parseWatchlistCsv, setWatchlistActive } from '../../store/matching';
import { crossingAt, postEvents } from '../crossings/test-post-events';
import { storeWatchlist } from './watchlists';

// A bound on waiting for the server, generous for a loaded machine: not a time the test measures.
const WAIT = { timeout: 30_000, interval: 50 };

describe.each(DIALECTS)('a watchlist another process imports into a running server, on %s', (dialect) => {
  const ctx = eachTestApp(dialect, ['officer', 'admin']);

  const lists = async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/watchlists', headers: as(ctx.admin) });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ watchlists: { active: boolean; entryCount: number }[]; indexedEntries: number }>();
  };
  const inForce = (seen: Awaited<ReturnType<typeof lists>>) =>
    seen.watchlists.reduce((n, list) => n + (list.active ? list.entryCount : 0), 0);

  // The index built at start holds the lists seeded before it.
  const indexedAtStart = () =>
    vi.waitFor(async () => {
      const seen = await lists();
      expect(seen.indexedEntries).toBe(inForce(seen));
      return seen.indexedEntries;
    }, WAIT);

  const storeList = (name: string, csv: string) => {
    const parsed = parseWatchlistCsv(csv);
    if (!parsed.ok) throw new Error('the test list does not parse');
    return storeWatchlist(
      ctx.t.db.kysely,
      {
        name,
        format: 'csv',
        entries: parsed.value,
        skipped: 0,
        importedBy: ctx.admin.userId,
        importedAt: new Date('2025-11-27T15:00:00Z'),
      },
      { actorId: ctx.admin.userId, actorUsername: 'admin', detail: { via: 'cli' } },
      () => crypto.randomUUID(),
    );
  };

  it('is indexed with no screening asking, and then a crossing of a person on it is held', async () => {
    const before = await indexedAtStart();
    await storeList('Importada por comando', LISTED_ALONE_CSV);

    // Nothing is screened meanwhile: the server's own watch rebuilds the index with the new list.
    await vi.waitFor(async () => expect((await lists()).indexedEntries).toBe(before + 1), WAIT);
    const [outcome] = await postEvents(ctx.app, as(ctx.officer), [
      crossingAt('2025-11-27T14:51:00Z', LISTED_AS_READ),
    ]);
    expect(outcome).toMatchObject({ status: 'applied', screening: 'hold' });
  });

  // Before, the watch compared how many lists there were, the newest import and how many were
  // active: a list switched off and another switched on between two looks left all three as they
  // were, and the server went on screening against the list switched off, and not the one in force.
  it('follows another process switching one list off and another on at once', async () => {
    const before = await indexedAtStart();
    const other = await storeList(
      'Otra lista',
      'watch_id,given_names,surname1,sex,birth_date\nX-1,Pedro,Gil,M,1970\nX-2,Rosa,Gil,F,1971\n',
    );
    const listed = await storeList('Importada por comando', LISTED_ALONE_CSV);
    await setWatchlistActive(ctx.t.db.kysely, listed, false);
    await vi.waitFor(async () => expect((await lists()).indexedEntries).toBe(before + 2), WAIT);

    // Another server's admin swaps them: as many lists, as many active, no new import.
    await ctx.t.db.kysely.transaction().execute(async (tx) => {
      await setWatchlistActive(tx, other, false);
      await setWatchlistActive(tx, listed, true);
    });
    await vi.waitFor(async () => expect((await lists()).indexedEntries).toBe(before + 1), WAIT);
    const [outcome] = await postEvents(ctx.app, as(ctx.officer), [
      crossingAt('2025-11-27T14:51:00Z', LISTED_AS_READ),
    ]);
    expect(outcome).toMatchObject({ status: 'applied', screening: 'hold' });
  });
});
