// Merges and their undoing: the merge groups are the records that links in the merged state join, so
// undoing one merge never undoes another, earlier or later, nor rejoins what an unmerge parted.
import { describe, expect, it } from 'vitest';
import { DIALECTS, eachTestDb } from '../../../test/support/databases';
import { duplicateLink as link, personOf } from '../../../test/support/links';
import { registrationOf } from '../../../test/support/registrations';
import { DEMO_USERS, seedDemo } from '../demo';
import { countPeople, findPeople, insertRegistration } from '../people';
import { mergePeople, unmergePeople } from './merges';
import { findLink, insertLinks, listLinks, setLinkStatus } from './reviews';

const NOW = '2025-11-27T15:00:00.000Z';
const ADMIN = DEMO_USERS[4]?.id ?? '';

describe.each(DIALECTS)('merging and unmerging duplicates on %s', (dialect) => {
  const t = eachTestDb(dialect, (db) => seedDemo(db.kysely, new Date(NOW)));

  // Links are given as [n, a, b] with a < b: a merge absorbs a's group into b's.
  async function arrange(people: readonly number[], links: readonly (readonly [number, number, number])[]) {
    for (const n of people) await insertRegistration(t.db.kysely, registrationOf(n, 'Maria', 'Cruz'));
    await insertLinks(
      t.db.kysely,
      links.map(([n, a, b]) => link(n, a, b)),
    );
  }
  const linkNo = async (n: number) => {
    const found = await findLink(t.db.kysely, link(n, 0, 0).id);
    if (!found) throw new Error(`no link ${n}`);
    return found;
  };
  async function merge(n: number): Promise<void> {
    const merged = await mergePeople(t.db.kysely, await linkNo(n));
    await setLinkStatus(t.db.kysely, link(n, 0, 0).id, 'merged', ADMIN, NOW, merged?.moved ?? []);
  }
  async function unmerge(n: number): Promise<string[]> {
    const restored = await unmergePeople(t.db.kysely, await linkNo(n));
    await setLinkStatus(t.db.kysely, link(n, 0, 0).id, 'unmerged', ADMIN, NOW, null);
    return restored;
  }
  // Three records, each two linked, and the three links merged in turn (the third finds them one already).
  async function mergeTriangle(): Promise<void> {
    await arrange(
      [1, 2, 3],
      [
        [1, 1, 2],
        [2, 2, 3],
        [3, 1, 3],
      ],
    );
    for (const n of [1, 2, 3]) await merge(n);
  }
  // The merge groups by person number, each pointing straight at its root.
  async function groups(): Promise<number[][]> {
    const rows = await t.db.kysely.selectFrom('person').select(['id', 'merged_into']).execute();
    const number = (id: string) => Number(id.slice(-12));
    const byRoot = new Map<string, number[]>();
    for (const r of rows) {
      const root = r.merged_into ?? r.id;
      expect(rows.find((p) => p.id === root)?.merged_into ?? null).toBeNull();
      byRoot.set(
        root,
        [...(byRoot.get(root) ?? []), number(r.id)].sort((a, b) => a - b),
      );
    }
    return [...byRoot.values()].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
  }

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
    await merge(1);
    expect(await countPeople(t.db.kysely)).toEqual({ registrations: 3, people: 2 });
    await merge(2);
    expect(await countPeople(t.db.kysely)).toEqual({ registrations: 3, people: 1 });
    expect(await unmerge(2)).toEqual([personOf(2), personOf(1)]);
    expect(await countPeople(t.db.kysely)).toEqual({ registrations: 3, people: 2 });
    // Every original record is still there, names as written.
    const people = await findPeople(t.db.kysely, [1, 2, 3].map(personOf));
    expect([...people.values()].map((p) => p.givenNames).sort()).toEqual([
      'Maria',
      'Maria Jose',
      'María José',
    ]);
    expect((await listLinks(t.db.kysely, ['merged'], 10)).map((l) => l.id)).toEqual([link(1, 0, 0).id]);
  });

  it('undoes a merge that found its two records already one person, changing nothing', async () => {
    await mergeTriangle();
    // The third merge found 1 and 3 one person already: it moved no one.
    expect(await unmerge(3)).toEqual([]);
    expect(await countPeople(t.db.kysely)).toEqual({ registrations: 3, people: 1 });
  });

  it('keeps records together while another merged link still joins them', async () => {
    await mergeTriangle();
    // 1 is still 3 (link 3), and 3 is 2 (link 2): undoing 1 = 2 alone parts no one.
    expect(await unmerge(1)).toEqual([]);
    expect(await groups()).toEqual([[1, 2, 3]]);
    expect(await unmerge(2)).toEqual([personOf(2)]);
    expect(await groups()).toEqual([[1, 3], [2]]);
  });

  it('does not rejoin the records an earlier unmerge parted, and keeps who was merged in later', async () => {
    await arrange(
      [1, 2, 3, 5],
      [
        [1, 1, 2],
        [2, 2, 5],
        [3, 3, 5],
      ],
    );
    for (const n of [1, 2, 3]) await merge(n); // 1 into 2, then 2 (with 1) into 5, then 3 into 5
    expect(await unmerge(1)).toEqual([personOf(1)]);
    expect(await groups()).toEqual([[1], [2, 3, 5]]);
    // The merge of 2 into 5 moved 1 too; undoing it now must not put 1 back with 2.
    expect(await unmerge(2)).toEqual([personOf(2)]);
    expect(await groups()).toEqual([[1], [2], [3, 5]]);
  });

  it('leaves a record merged elsewhere since where that later merge put it', async () => {
    await arrange(
      [1, 2, 4, 5],
      [
        [1, 1, 2],
        [2, 2, 5],
        [4, 1, 4],
      ],
    );
    await merge(1);
    await merge(2);
    await unmerge(1);
    await merge(4); // 1 is now one person with 4
    expect(await unmerge(2)).toEqual([personOf(2)]);
    expect(await groups()).toEqual([[1, 4], [2], [5]]);
  });

  it('splits a group only where no other merged link holds it, each later merge standing', async () => {
    await arrange(
      [1, 2, 3, 5],
      [
        [1, 1, 2],
        [2, 2, 5],
        [3, 1, 3],
      ],
    );
    // 1 into 2; 2 (with 1) into 5; then, through 1, that whole group into 3.
    for (const n of [1, 2, 3]) await merge(n);
    expect(await groups()).toEqual([[1, 2, 3, 5]]);
    // Links 2 (2 = 5) and 3 (1 = 3) stand: undoing 1 = 2 leaves two people, not 1 alone.
    expect((await unmerge(1)).sort()).toEqual([personOf(2), personOf(5)]);
    expect(await groups()).toEqual([
      [1, 3],
      [2, 5],
    ]);
    expect(await countPeople(t.db.kysely)).toEqual({ registrations: 4, people: 2 });
  });
});
