// How many people registered: registrations, and people after confirmed merges (counted once).
import { sql } from 'kysely';
import type { Executor } from '../executor';

// People, counted once: a record merged into another counts as that one (its root, `merged_into`).
// `checkpoints` limits the count to registrations made there (an officer's view). Read from the two
// places registrations are kept, not the view, and without joining every registration to its person:
// the records registered are counted from the registrations' own indexes, and only the merged records
// (few: a supervisor merges them one by one) are looked at with their roots. With a million
// registrations the join took 0.65 s, during which every booth's request waited.
export async function countPeople(
  db: Executor,
  checkpoints?: readonly string[],
): Promise<{ registrations: number; people: number }> {
  if (checkpoints?.length === 0) return { registrations: 0, people: 0 };
  const crossings = () => {
    const q = db.selectFrom('crossing_event as ce').where('ce.person_id', 'is not', null);
    return checkpoints ? q.where('ce.checkpoint_id', 'in', checkpoints) : q;
  };
  const atBooths = () => {
    const q = db.selectFrom('booth_registration as br');
    return checkpoints ? q.where('br.checkpoint_id', 'in', checkpoints) : q;
  };
  // Whether a person record has a registration in the count.
  const registered = (person: 'p.id' | 'p.merged_into') =>
    sql<boolean>`(${sql.join(
      [
        sql`EXISTS ${crossings().select('ce.id').where('ce.person_id', '=', sql.ref<string>(person))}`,
        sql`EXISTS ${atBooths().select('br.id').where('br.person_id', '=', sql.ref<string>(person))}`,
      ],
      sql` OR `,
    )})`;
  // Two reads of the crossings: the registrations, then the records; asked in one, SQLite sorts
  // every person id for the distinct count instead of reading them in the person index's order.
  const [crossingCount, fromCrossings, fromBooths, both, merged] = await Promise.all([
    crossings()
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow(),
    crossings()
      .select((eb) => eb.fn.count<number | string>('ce.person_id').distinct().as('records'))
      .executeTakeFirstOrThrow(),
    atBooths()
      .select((eb) => [
        eb.fn.countAll<number | string>().as('n'),
        eb.fn.count<number | string>('br.person_id').distinct().as('records'),
      ])
      .executeTakeFirstOrThrow(),
    // A record registered both ways is one record.
    atBooths()
      .where((eb) =>
        eb.exists(crossings().select('ce.id').where('ce.person_id', '=', sql.ref<string>('br.person_id'))),
      )
      .select((eb) => eb.fn.count<number | string>('br.person_id').distinct().as('n'))
      .executeTakeFirstOrThrow(),
    // The merged records registered here, and their roots that are not registered here themselves.
    db
      .selectFrom('person as p')
      .where('p.merged_into', 'is not', null)
      .where(registered('p.id'))
      .select((eb) => [
        eb.fn.countAll<number | string>().as('records'),
        eb.fn
          .count<number | string>(
            eb
              .case()
              .when(sql<boolean>`NOT ${registered('p.merged_into')}`)
              .then(eb.ref('p.merged_into'))
              .end(),
          )
          .distinct()
          .as('otherRoots'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  const records = Number(fromCrossings.records) + Number(fromBooths.records) - Number(both.n);
  // Each record not merged is a person; each merged one counts as its root, once, unless the root
  // was counted already as a record registered here.
  return {
    registrations: Number(crossingCount.n) + Number(fromBooths.n),
    people: records - Number(merged.records) + Number(merged.otherRoots),
  };
}
