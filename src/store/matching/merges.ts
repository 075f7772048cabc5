// Merging duplicate records and undoing merges. A merge group is the records joined by links in the
// merged state; each record points at its group's root (person.merged_into, null for the root itself),
// and undoing a merge withdraws that one link: the group splits only where no other merged link holds it.
import { z } from 'zod';
import { rebuildPersonDays } from '../crossings';
import type { Executor } from '../executor';
import { readStoredJson } from '../stored-json';

// The records a merge moved, the absorbed root first. Empty when the merge found its two records one
// person already (joined by other merges) and moved no one.
const MergedIds = z.array(z.string());

async function rootOf(tx: Executor, personId: string): Promise<string> {
  const row = await tx
    .selectFrom('person')
    .select('merged_into')
    .where('id', '=', personId)
    .executeTakeFirst();
  return row?.merged_into ?? personId;
}

/** The two records a link joins: the first is absorbed into the second's group. */
export interface LinkedPair {
  readonly id: string;
  readonly personId: string;
  readonly otherPersonId: string;
}

// Merges the link's first record (and everything already merged into it) into the second's group.
// Returns the ids it moved, or undefined when the two are already one group.
export async function mergePeople(
  tx: Executor,
  link: Omit<LinkedPair, 'id'>,
): Promise<{ survivor: string; moved: string[] } | undefined> {
  const survivor = await rootOf(tx, link.otherPersonId);
  const absorbed = await rootOf(tx, link.personId);
  if (survivor === absorbed) return undefined;
  const members = await tx.selectFrom('person').select('id').where('merged_into', '=', absorbed).execute();
  const moved = [absorbed, ...members.map((m) => m.id)];
  await tx.updateTable('person').set({ merged_into: survivor }).where('id', 'in', moved).execute();
  await rebuildPersonDays(tx, [survivor, ...moved]);
  return { survivor, moved };
}

/**
 * Undoes the link's merge: its group is split into the parts the other merged links still join. The
 * part holding the group's root keeps it; another part's root is the record this merge absorbed, or
 * else the link's record in it. Merges made before or after it stand, and no unmerge is reversed.
 * Returns the records that left the group (none when other merged links still join the two).
 */
export async function unmergePeople(tx: Executor, link: LinkedPair): Promise<string[]> {
  const absorbedAt = await recordedAbsorbed(tx, link.id);
  const roots = new Set([await rootOf(tx, link.personId), await rootOf(tx, link.otherPersonId)]);
  const left: string[] = [];
  for (const root of roots) {
    const parts = await partsWithout(tx, root, link.id);
    for (const part of parts) {
      if (part.has(root)) continue;
      const preferred = [absorbedAt, link.personId, link.otherPersonId].find((p) => p && part.has(p));
      const partRoot = preferred ?? [...part].sort()[0];
      if (partRoot === undefined) continue;
      const members = [...part].filter((p) => p !== partRoot);
      await tx.updateTable('person').set({ merged_into: null }).where('id', '=', partRoot).execute();
      if (members.length > 0)
        await tx.updateTable('person').set({ merged_into: partRoot }).where('id', 'in', members).execute();
      left.push(partRoot, ...members);
    }
  }
  if (left.length > 0) await rebuildPersonDays(tx, [...roots, ...left]);
  return left;
}

// The root the merge absorbed, as it recorded; undefined when it moved no one.
async function recordedAbsorbed(tx: Executor, linkId: string): Promise<string | undefined> {
  const row = await tx
    .selectFrom('duplicate_link')
    .select('merged_ids')
    .where('id', '=', linkId)
    .executeTakeFirst();
  if (!row?.merged_ids) return undefined;
  const moved = readStoredJson(row.merged_ids, MergedIds, {
    table: 'duplicate_link',
    column: 'merged_ids',
    key: linkId,
  });
  return moved[0];
}

// The group of `root` in the parts its merged links join, leaving out the link being undone.
async function partsWithout(tx: Executor, root: string, linkId: string): Promise<Set<string>[]> {
  const members = (
    await tx
      .selectFrom('person')
      .select('id')
      .where((eb) => eb.or([eb('id', '=', root), eb('merged_into', '=', root)]))
      .execute()
  ).map((m) => m.id);
  const inGroup = new Set(members);
  const links = await tx
    .selectFrom('duplicate_link as l')
    .innerJoin('person as a', 'a.id', 'l.person_id')
    .innerJoin('person as b', 'b.id', 'l.other_person_id')
    .select(['l.person_id', 'l.other_person_id'])
    .where('l.status', '=', 'merged')
    .where('l.id', '!=', linkId)
    .where((eb) => eb(eb.fn.coalesce('a.merged_into', 'a.id'), '=', root))
    .where((eb) => eb(eb.fn.coalesce('b.merged_into', 'b.id'), '=', root))
    .execute();
  const parent = new Map(members.map((m) => [m, m]));
  const find = (x: string): string => {
    let r = x;
    for (let up = parent.get(r); up !== undefined && up !== r; up = parent.get(r)) r = up;
    parent.set(x, r);
    return r;
  };
  for (const l of links) {
    if (inGroup.has(l.person_id) && inGroup.has(l.other_person_id))
      parent.set(find(l.person_id), find(l.other_person_id));
  }
  const parts = new Map<string, Set<string>>();
  for (const m of members) {
    const key = find(m);
    parts.set(key, (parts.get(key) ?? new Set<string>()).add(m));
  }
  return [...parts.values()];
}
