// The dashboard's figures worked out again from every raw event, correction and person record,
// through the same counting rules, ignoring the maintained ones: what readDashboard must equal.
import {
  type Contribution,
  type CorrectionOf,
  type CountableEvent,
  contributionOf,
  foldCorrections,
  sumBy,
  vulnerabilityContributionsOf,
} from '../../domain/crossings';
import { loadPlaces, toCorrection, toCountable } from '../crossings';
import type { Executor } from '../executor';
import {
  AGE_SEX_BY,
  DAYS_BY,
  type Dashboard,
  type DashboardQuery,
  DECISIONS_BY,
  firstDay,
  HOURS_BY,
  NATIONALITIES_BY,
  type PeopleRow,
  sortPeople,
  sortVulnerabilities,
  type VulnerabilityRow,
} from './figures';

export async function recountDashboard(db: Executor, q: DashboardQuery): Promise<Dashboard> {
  const places = await loadPlaces(db);
  const rows = await db
    .selectFrom('crossing_event')
    .select(['id', 'kind', 'checkpoint_id', 'at', 'corrects', 'body', 'person_id'])
    .execute();
  const roots = new Map(
    (await db.selectFrom('person').select(['id', 'merged_into']).execute()).map((p) => [
      p.id,
      p.merged_into ?? p.id,
    ]),
  );
  const codeOf = (id: string) => places.byId.get(id)?.code ?? id;
  const corrections = new Map<string, CorrectionOf[]>();
  const events: { event: CountableEvent; personId: string | null }[] = [];
  for (const row of rows) {
    if (row.kind === 'correction') {
      const c = toCorrection(row, codeOf(row.checkpoint_id));
      corrections.set(c.corrects, [...(corrections.get(c.corrects) ?? []), c]);
    } else if (q.checkpoint === undefined || codeOf(row.checkpoint_id) === q.checkpoint) {
      events.push({ event: toCountable(row, codeOf(row.checkpoint_id)), personId: row.person_id });
    }
  }
  const from = firstDay(q.date, q.days);
  const counted: Contribution[] = [];
  const vulnerable = new Map<string, VulnerabilityRow>();
  const people = new Map<string, { people: Set<string>; crossings: number }>();
  for (const { event, personId } of events) {
    const folded = foldCorrections(event, corrections.get(event.id) ?? []);
    const zone = places.byCode.get(event.checkpoint)?.timeZone ?? 'UTC';
    const c = contributionOf(event, folded, zone);
    if (c === null || c.dims.date < from || c.dims.date > q.date) continue;
    counted.push(c);
    if (c.dims.date !== q.date) continue;
    for (const v of vulnerabilityContributionsOf(c, folded.fields)) {
      const key = `${v.dims.vulnerability}|${v.dims.direction}`;
      const row = vulnerable.get(key) ?? { ...v.dims, crossed: 0, refused: 0, held: 0 };
      vulnerable.set(key, {
        vulnerability: v.dims.vulnerability,
        direction: v.dims.direction,
        crossed: row.crossed + v.crossed,
        refused: row.refused + v.refused,
        held: row.held + v.held,
      });
    }
    if (c.dims.source === 'registered' && c.crossed > 0 && personId !== null) {
      const entry = people.get(c.dims.direction) ?? { people: new Set<string>(), crossings: 0 };
      entry.people.add(roots.get(personId) ?? personId);
      entry.crossings += c.crossed;
      people.set(c.dims.direction, entry);
    }
  }
  const today = counted.filter((c) => c.dims.date === q.date);
  const peopleRows: PeopleRow[] = [...people].map(([direction, p]) => ({
    direction,
    people: p.people.size,
    crossings: p.crossings,
  }));
  return {
    date: q.date,
    from,
    hours: sumBy(today, HOURS_BY),
    days: sumBy(counted, DAYS_BY),
    decisions: sumBy(today, DECISIONS_BY),
    nationalities: sumBy(today, NATIONALITIES_BY),
    ageSex: sumBy(today, AGE_SEX_BY),
    vulnerabilities: sortVulnerabilities([...vulnerable.values()]),
    people: sortPeople(peopleRows),
  };
}
