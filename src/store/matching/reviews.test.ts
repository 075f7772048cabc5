import { describe, expect, it } from 'vitest';
import { DIALECTS, eachTestDb } from '../../../test/support/databases';
import { registrationOf } from '../../../test/support/registrations';
import { DEMO_USERS, seedDemo } from '../demo';
import { countPeople, findPeople, insertRegistration } from '../people';
import { findLink, insertLinks, listLinks, mergePeople, setLinkStatus, unmergePeople } from './reviews';
import { insertWatchlist, listWatchlists, setWatchlistActive, streamActiveEntries } from './watchlists';

const NOW = '2025-11-27T15:00:00.000Z';
const ADMIN = DEMO_USERS[4]!.id;

const EXPLANATION = {
  modelVersion: 'test',
  prior: -10,
  comparisons: [],
  namesSwapped: false,
  totalWeight: 12,
  probability: 0.97,
};

const link = (n: number, a: number, b: number) => ({
  id: `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  personId: `00000000-0000-4000-8000-${String(a).padStart(12, '0')}`,
  otherPersonId: `00000000-0000-4000-8000-${String(b).padStart(12, '0')}`,
  score: 0.97,
  explanation: EXPLANATION,
  modelVersion: 'test',
  source: 'batch' as const,
  createdAt: NOW,
});

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

  it('counts merged records as one person, and again as two after the merge is undone', async () => {
    for (const [n, g, s] of [
      [1, 'María José', 'De la Cruz'],
      [2, 'Maria', 'Cruz'],
      [3, 'Maria Jose', 'Cruz Pena'],
    ] as const) {
      await insertRegistration(t.db.kysely, registrationOf(n, g, s));
    }
    const links = await insertLinks(t.db.kysely, [link(1, 1, 2), link(2, 2, 3), link(3, 2, 1)]);
    expect(links).toHaveLength(2); // the pair (1, 2) is linked once, in either order
    const first = (await findLink(t.db.kysely, links[0]!.id))!;
    const merged = await mergePeople(t.db.kysely, first);
    await setLinkStatus(t.db.kysely, first.id, 'merged', ADMIN, NOW, merged?.moved ?? null);
    expect(await countPeople(t.db.kysely)).toEqual({ registrations: 3, people: 2 });

    const second = (await findLink(t.db.kysely, links[1]!.id))!;
    const again = await mergePeople(t.db.kysely, second);
    await setLinkStatus(t.db.kysely, second.id, 'merged', ADMIN, NOW, again?.moved ?? null);
    expect(await countPeople(t.db.kysely)).toEqual({ registrations: 3, people: 1 });

    await unmergePeople(t.db.kysely, second.id);
    await setLinkStatus(t.db.kysely, second.id, 'unmerged', ADMIN, NOW, null);
    expect(await countPeople(t.db.kysely)).toEqual({ registrations: 3, people: 2 });
    // Every original record is still there, names as written.
    const people = await findPeople(
      t.db.kysely,
      [1, 2, 3].map((n) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`),
    );
    expect([...people.values()].map((p) => p.givenNames).sort()).toEqual([
      'Maria',
      'Maria Jose',
      'María José',
    ]);
    expect((await listLinks(t.db.kysely, ['merged'], 10)).map((l) => l.id)).toEqual([first.id]);
  });

  it('undoes a merge that found its two records already one person, changing nothing', async () => {
    for (const n of [1, 2, 3]) await insertRegistration(t.db.kysely, registrationOf(n, 'Maria', 'Cruz'));
    const links = await insertLinks(t.db.kysely, [link(1, 1, 2), link(2, 2, 3), link(3, 1, 3)]);
    for (const l of links) {
      const merged = await mergePeople(t.db.kysely, (await findLink(t.db.kysely, l.id))!);
      await setLinkStatus(t.db.kysely, l.id, 'merged', ADMIN, NOW, merged?.moved ?? []);
    }
    // The third merge found 1 and 3 one person already: it moved no one.
    expect(await unmergePeople(t.db.kysely, links[2]!.id)).toEqual([]);
    expect(await countPeople(t.db.kysely)).toEqual({ registrations: 3, people: 1 });
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
