import { describe, expect, it } from 'vitest';
import { DIALECTS, eachTestDb } from '../../../test/support/databases';
import { LINK_EXPLANATION as EXPLANATION, duplicateLink as link } from '../../../test/support/links';
import { registrationOf } from '../../../test/support/registrations';
import { DEMO_USERS, seedDemo } from '../demo';
import { countPeople, insertRegistration } from '../people';
import { findLink, insertLinks } from './reviews';
import { insertWatchlist, listWatchlists, setWatchlistActive, streamActiveEntries } from './watchlists';

const NOW = '2025-11-27T15:00:00.000Z';
const ADMIN = DEMO_USERS[4]!.id;

describe.each(DIALECTS)('people, merges and watchlists on %s', (dialect) => {
  const t = eachTestDb(dialect, (db) => seedDemo(db.kysely, new Date(NOW)));

  it("keeps each record's values on its own side when a link is stored the other way round", async () => {
    const explanation = (left: string, right: string) => ({
      ...EXPLANATION,
      comparisons: [
        { comparison: 'surname' as const, level: 'exact', weight: 5, tfAdjustment: 0, left, right },
      ],
    });
    await insertRegistration(t.db.kysely, registrationOf(1, 'María José', 'De la Cruz'));
    await insertRegistration(t.db.kysely, registrationOf(2, 'Maria', 'Cruz'));
    // Found for person 2 (left) against person 1: stored as the pair (1, 2).
    const [stored] = await insertLinks(t.db.kysely, [
      { ...link(1, 2, 1), explanation: explanation('CRUZ of 2', 'CRUZ of 1') },
    ]);
    const found = await findLink(t.db.kysely, stored?.id ?? '');
    expect(found?.personId).toBe(link(1, 1, 2).personId);
    expect(found?.explanation).toMatchObject(explanation('CRUZ of 1', 'CRUZ of 2'));
  });

  it('applies a resent registration once', async () => {
    const r = registrationOf(1, 'María José', 'De la Cruz');
    expect(await insertRegistration(t.db.kysely, r)).toBe(true);
    expect(await insertRegistration(t.db.kysely, r)).toBe(false);
    expect(await countPeople(t.db.kysely)).toEqual({ registrations: 1, people: 1 });
  });

  it('stores a watchlist whole and streams only the entries of active lists', async () => {
    const entries = Array.from({ length: 1203 }, (_, i) => ({
      id: `30000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      watchId: `W${i}`,
      entry: {
        watchId: `W${i}`,
        names: [{ givenNames: 'Juan', surname1: `Pérez${i}` }],
        birthDates: [],
        nationalities: [],
        documents: [],
      },
    }));
    const listId = '40000000-0000-4000-8000-000000000001';
    await t.db.kysely
      .transaction()
      .execute((tx) =>
        insertWatchlist(
          tx,
          { id: listId, name: 'Lista', format: 'csv', importedBy: ADMIN, importedAt: NOW },
          entries,
        ),
      );
    expect(await listWatchlists(t.db.kysely)).toMatchObject([
      { name: 'Lista', entryCount: 1203, active: true },
    ]);
    let streamed = 0;
    for await (const page of streamActiveEntries(t.db.kysely, 500)) streamed += page.length;
    expect(streamed).toBe(1203);
    await setWatchlistActive(t.db.kysely, listId, false);
    streamed = 0;
    for await (const page of streamActiveEntries(t.db.kysely, 500)) streamed += page.length;
    expect(streamed).toBe(0);
  });
});
