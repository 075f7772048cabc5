// People staying at a shelter whose records may be the same person as someone being checked in:
// matching linked the two records (a duplicate link), and no reviewer has told them apart or merged
// them. Either record may be the link's first, so both directions are read; SQLite joins in the order
// written (CROSS JOIN), so the second reads from the people staying, not every link.
import type { LookAlikeStaying } from '../../domain/care';
import type { Executor } from '../executor';

/** Links that still say "maybe one person": not rejected, not merged (a merged record is gone). */
const OPEN_LINKS = ['candidate', 'confirmed', 'unmerged'];

export async function lookAlikesStaying(
  tx: Executor,
  personIds: readonly string[],
): Promise<LookAlikeStaying[]> {
  if (personIds.length === 0) return [];
  const ids = [...new Set(personIds)];
  const columns = ['p.person_id as stayingId', 'p.shelter_id as shelterId', 'p.since', 'l.status'] as const;
  // Links whose first record is one named: read by the link's (person, other person) key.
  const asFirst = await tx
    .selectFrom('duplicate_link as l')
    .innerJoin('care_presence as p', 'p.person_id', 'l.other_person_id')
    .select(['l.person_id as personId', ...columns])
    .where('l.person_id', 'in', ids)
    .execute();
  // Links whose second record is one named: from the few people staying, each by the same key. The
  // status is checked here, not in SQL, where SQLite would take its index and read every open link.
  const asSecond = await tx
    .selectFrom('care_presence as p')
    .crossJoin('duplicate_link as l')
    .select(['l.other_person_id as personId', ...columns])
    .whereRef('l.person_id', '=', 'p.person_id')
    .where('l.other_person_id', 'in', ids)
    .execute();
  const found = [...asFirst, ...asSecond]
    .filter((f) => OPEN_LINKS.includes(f.status))
    .map(({ status: _, ...f }) => f);
  if (found.length === 0) return [];
  const people = await tx
    .selectFrom('person')
    .select(['id', 'given_names', 'surname1', 'surname2'])
    .where('id', 'in', [...new Set(found.map((f) => f.stayingId))])
    .execute();
  const names = new Map(
    people.map((p) => [p.id, [p.given_names, p.surname1, p.surname2].filter(Boolean).join(' ')]),
  );
  return found
    .map((f) => ({ ...f, name: names.get(f.stayingId) ?? '' }))
    .sort((a, b) => a.personId.localeCompare(b.personId) || a.stayingId.localeCompare(b.stayingId));
}
