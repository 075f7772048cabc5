// The counting rules of docs/counting.md, implemented once: how corrections fold into an event, what
// one event contributes to the figures, and how contributions add up by any dimensions. The store's
// maintained figures and the recount from raw events both go through these functions.
import { AGE_BANDS, type AgeBand, ageBandOf, ageGroupOf, ageOn } from './age';
import { localHour } from './local-time';
import { type CorrectionOf, type CountableEvent, CROSSED_DECISIONS, type Decision } from './types';

export const DIMENSIONS = [
  'checkpoint',
  'date',
  'hour',
  'direction',
  'nationality',
  'sex',
  'age_group',
  'age_band',
  'source',
  'decision',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export type Dims = { readonly [D in Dimension]: string };

/** What one event adds to the figures: one cell of every dimension, and its three counts. */
export interface Contribution {
  readonly dims: Dims;
  readonly crossed: number;
  readonly refused: number;
  readonly held: number;
}

export interface FoldedEvent {
  readonly voided: boolean;
  readonly fields: Readonly<Record<string, unknown>>;
}

// By instant, not by text: "…T20:00:00-05:00" is later than "…T00:30:00Z" of the next day, and
// "…:00.500Z" later than "…:00Z". Unreadable times come first; the text and then the id break ties.
const instantOf = (at: string): number => {
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
};
const compareText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
const byTimeThenId = (a: CorrectionOf, b: CorrectionOf): number =>
  instantOf(a.at) - instantOf(b.at) || compareText(a.at, b.at) || compareText(a.id, b.id);

// The fields a correction may set on each kind of event: a tally's direction, category, nationality
// and count; a crossing's other fields (its nationality is in `person`).
const TALLY_FIELDS: ReadonlySet<string> = new Set(['direction', 'category', 'nationality', 'count']);

/** Whether a correction's `set` may name `key` on an event of this kind. */
export const isFieldOf = (kind: 'crossing' | 'tally', key: string): boolean =>
  kind === 'tally' ? TALLY_FIELDS.has(key) : key === 'direction' || !TALLY_FIELDS.has(key);

const fieldsOf = (kind: 'crossing' | 'tally', set: Readonly<Record<string, unknown>>) =>
  Object.fromEntries(Object.entries(set).filter(([key]) => isFieldOf(kind, key)));

/**
 * Rule 2: corrections apply in the order of their time, ties broken by id. `set` replaces the fields
 * it names (a field is replaced whole) and undoes an earlier void; `void` removes the event from
 * every figure. A correction from another checkpoint than its target's is not applied, nor a field
 * the event's kind does not have (a tally's decision, a crossing's count).
 */
export function foldCorrections(event: CountableEvent, corrections: readonly CorrectionOf[]): FoldedEvent {
  let voided = false;
  let fields: Record<string, unknown> = { ...event.fields };
  const mine = corrections.filter((c) => c.corrects === event.id && c.checkpoint === event.checkpoint);
  for (const c of [...mine].sort(byTimeThenId)) {
    if (c.void) voided = true;
    else if (c.set !== null) {
      // A set of fields the event does not have changes nothing, not even an earlier void.
      const own = fieldsOf(event.kind, c.set);
      if (Object.keys(own).length === 0) continue;
      voided = false;
      fields = { ...fields, ...own };
    }
  }
  return { voided, fields };
}

/**
 * The correction that gave the event its decision as it stands: the last, in rule 2's order, whose
 * `set` names a decision (undefined when the decision is still the event's own).
 */
export function decidingCorrection(
  event: Pick<CountableEvent, 'id' | 'checkpoint'>,
  corrections: readonly CorrectionOf[],
): CorrectionOf | undefined {
  const mine = corrections.filter((c) => c.corrects === event.id && c.checkpoint === event.checkpoint);
  return mine.sort(byTimeThenId).findLast((c) => c.set !== null && c.set.decision !== undefined);
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

const SEX_OF_CATEGORY: Readonly<Record<string, string>> = { man: 'M', boy: 'M', woman: 'F', girl: 'F' };
const GROUP_OF_CATEGORY: Readonly<Record<string, string>> = {
  man: 'adult',
  woman: 'adult',
  boy: 'child',
  girl: 'child',
};

/**
 * Rules 3–6: the cell and counts of one event, on its checkpoint's clock; null when it counts for
 * nothing (voided, or a shape the rules do not count).
 */
export function contributionOf(
  event: CountableEvent,
  folded: FoldedEvent,
  timeZone: string,
): Contribution | null {
  if (folded.voided) return null;
  const f = folded.fields;
  const direction = text(f.direction) ?? 'unknown';
  const { date, hour: localHourOf } = localHour(event.at, timeZone);
  const hour = String(localHourOf).padStart(2, '0');
  // The cell is written out in one literal, in DIMENSIONS' order, once each kind's values are known:
  // a spread and then more keys made each cell a slow object, most of this function's time in an import.
  let nationality: string | undefined;
  let sex: string;
  let ageGroup: string;
  let ageBand: string;
  let decision: string;
  let crossed = 0;
  let refused = 0;
  let held = 0;
  if (event.kind === 'tally') {
    crossed = typeof f.count === 'number' && Number.isInteger(f.count) && f.count > 0 ? f.count : 0;
    if (crossed === 0) return null;
    const category = text(f.category) ?? 'unknown';
    nationality = text(f.nationality);
    sex = SEX_OF_CATEGORY[category] ?? 'unknown';
    ageGroup = GROUP_OF_CATEGORY[category] ?? 'unknown';
    ageBand = 'unknown';
    decision = 'unknown';
  } else {
    const decided = text(f.decision) as Decision | undefined;
    if (decided === undefined) return null;
    const person = (typeof f.person === 'object' && f.person !== null ? f.person : {}) as Record<
      string,
      unknown
    >;
    const age = ageOn(text(person.birthDate), date);
    const declaredSex = text(person.sex);
    nationality = text(person.nationality);
    sex = declaredSex === 'M' || declaredSex === 'F' || declaredSex === 'X' ? declaredSex : 'unknown';
    ageGroup = ageGroupOf(age);
    ageBand = ageBandOf(age);
    decision = decided;
    crossed = CROSSED_DECISIONS.includes(decided) ? 1 : 0;
    refused = decided === 'refused' ? 1 : 0;
    held = decided === 'held' ? 1 : 0;
  }
  return {
    dims: {
      checkpoint: event.checkpoint,
      date,
      hour,
      direction,
      nationality: nationality?.toUpperCase() ?? 'unknown',
      sex,
      age_group: ageGroup,
      age_band: ageBand,
      source: event.kind === 'tally' ? 'tallied' : 'registered',
      decision,
    },
    crossed,
    refused,
    held,
  };
}

/** The key of a contribution's cell: every dimension, in a fixed order. */
export const cellKey = (dims: Dims): string => DIMENSIONS.map((d) => dims[d]).join('|');

/** The dimensions a cell key names (the inverse of cellKey; a missing part reads as unknown). */
export const dimsOfKey = (key: string): Dims => {
  const parts = key.split('|');
  return Object.fromEntries(DIMENSIONS.map((d, i) => [d, parts[i] ?? 'unknown'])) as Dims;
};

export interface FigureRow {
  readonly dims: Readonly<Partial<Record<Dimension, string>>>;
  readonly crossed: number;
  readonly refused: number;
  readonly held: number;
}

/**
 * Adds up contributions (or maintained cells, which have the same shape) by the dimensions asked for,
 * sorted by those dimensions; rows of zeros are left out.
 */
export function sumBy(cells: Iterable<FigureRow>, by: readonly Dimension[]): FigureRow[] {
  const rows = new Map<
    string,
    { dims: Partial<Record<Dimension, string>>; crossed: number; refused: number; held: number }
  >();
  for (const c of cells) {
    const key = by.map((d) => c.dims[d]).join('|');
    let row = rows.get(key);
    if (row === undefined) {
      row = { dims: Object.fromEntries(by.map((d) => [d, c.dims[d]])), crossed: 0, refused: 0, held: 0 };
      rows.set(key, row);
    }
    row.crossed += c.crossed;
    row.refused += c.refused;
    row.held += c.held;
  }
  const out = [...rows.values()].filter((r) => r.crossed !== 0 || r.refused !== 0 || r.held !== 0);
  return out.sort((a, b) => {
    for (const d of by) {
      const x = a.dims[d] ?? '';
      const y = b.dims[d] ?? '';
      if (x === y) continue;
      // Age bands sort by age, not as text (5-11 before 12-17).
      if (d === 'age_band') return AGE_BANDS.indexOf(x as AgeBand) - AGE_BANDS.indexOf(y as AgeBand);
      return x < y ? -1 : 1;
    }
    return 0;
  });
}

/** Every contribution of a set of raw events and corrections: the recount. */
export function recount(
  events: readonly CountableEvent[],
  corrections: readonly CorrectionOf[],
  timeZoneOf: (checkpoint: string) => string,
): Contribution[] {
  const byTarget = new Map<string, CorrectionOf[]>();
  for (const c of corrections) {
    const list = byTarget.get(c.corrects);
    if (list) list.push(c);
    else byTarget.set(c.corrects, [c]);
  }
  const out: Contribution[] = [];
  for (const e of events) {
    const c = contributionOf(e, foldCorrections(e, byTarget.get(e.id) ?? []), timeZoneOf(e.checkpoint));
    if (c !== null) out.push(c);
  }
  return out;
}

/** Figure rows as a table: the dimensions in the order asked, then crossed, refused, held. */
export function figuresTable(rows: readonly FigureRow[], by: readonly Dimension[]): string[][] {
  const lines = [[...by, 'crossed', 'refused', 'held']];
  for (const r of rows) {
    lines.push([...by.map((d) => r.dims[d] ?? 'unknown'), ...[r.crossed, r.refused, r.held].map(String)]);
  }
  return lines;
}

/** CSV of figure rows as a terminal shows it: commas, one line each (codes and numbers need no quotes). */
export function figuresCsv(rows: readonly FigureRow[], by: readonly Dimension[]): string {
  return `${figuresTable(rows, by)
    .map((l) => l.join(','))
    .join('\n')}\n`;
}
