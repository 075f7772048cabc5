// Keeps each countable event's current state and the maintained figures in step with its corrections:
// the old contribution is taken back and the new one added, in the transaction that stored the event.

import {
  type Contribution,
  type CorrectionOf,
  type CountableEvent,
  cellKey,
  contributionOf,
  DIMENSIONS,
  type Dims,
  dimsOfKey,
  foldCorrections,
  REFERRING_DECISION,
  type VulnerabilityContribution,
  vulnerabilityContributionsOf,
} from '../../domain/crossings';
import type { Executor } from '../executor';
import { insertMany } from '../insert-many';
import type { EventStateTable } from '../schema';
import { readStoredObject } from '../stored-json';
import { lockChainAndFigures } from '../transaction-lock';
import { applyDayDeltas } from './day-totals';
import { addPersonDay, applyPersonDayDeltas, type PersonDayDeltas, rootsOfEvents } from './person-days';
import { applyVulnerabilityDeltas, type VulnerabilityDeltas } from './vulnerability-deltas';

export interface StoredEventRow {
  readonly id: string;
  readonly kind: string;
  readonly checkpoint_id: string;
  readonly at: string;
  readonly corrects: string | null;
  readonly body: string;
}

export interface CheckpointClock {
  readonly id: string;
  readonly code: string;
  readonly timeZone: string;
}

const ENVELOPE = new Set(['kind', 'id', 'at', 'checkpoint', 'booth', 'offline']);

/** The fields of an event without its envelope (kind, id, time, place). */
export function fieldsOf(body: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(body)) {
    if (ENVELOPE.has(key)) continue;
    // A body's own "__proto__" stays a field; assigned, it would become the object's prototype.
    if (key === '__proto__') {
      Object.defineProperty(fields, key, {
        value: body[key],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else fields[key] = body[key];
  }
  return fields;
}

// A body was checked against the event schema when it was written; read back on every crossing, it is
// checked only to be an object, and each field is narrowed where it is used (docs/decisions/0005).
export const bodyOf = (row: StoredEventRow): Readonly<Record<string, unknown>> =>
  readStoredObject(row.body, { table: 'crossing_event', column: 'body', key: row.id });

/** A crossing or tally row as the counting rules see it: its fields without the envelope. */
export function toCountable(row: StoredEventRow, code: string): CountableEvent {
  const body = bodyOf(row);
  const fields = fieldsOf(body);
  return {
    id: row.id,
    kind: row.kind === 'tally' ? 'tally' : 'crossing',
    checkpoint: code,
    at: row.at,
    fields,
  };
}

export function toCorrection(row: StoredEventRow, code: string): CorrectionOf {
  const body = bodyOf(row);
  const set =
    typeof body.set === 'object' && body.set !== null && !Array.isArray(body.set)
      ? (body.set as Record<string, unknown>)
      : null;
  return {
    id: row.id,
    at: row.at,
    corrects: row.corrects ?? '',
    checkpoint: code,
    void: body.void === true,
    set,
  };
}

const chunks = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

export { chunks };

/** The maintained counts (crossing_count, crossing_day, vulnerability_count): a cell's new figures add to its own. */
export const FIGURES = ['crossed', 'refused', 'held'] as const;

const EVENT_COLUMNS = ['id', 'kind', 'checkpoint_id', 'at', 'corrects', 'body'] as const;

export async function eventsById(tx: Executor, ids: readonly string[]): Promise<Map<string, StoredEventRow>> {
  const out = new Map<string, StoredEventRow>();
  for (const part of chunks([...new Set(ids)], 500)) {
    const rows = await tx
      .selectFrom('crossing_event')
      .select(EVENT_COLUMNS)
      .where('id', 'in', part)
      .execute();
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}

async function correctionsOf(tx: Executor, ids: readonly string[]): Promise<Map<string, StoredEventRow[]>> {
  const out = new Map<string, StoredEventRow[]>();
  for (const part of chunks(ids, 500)) {
    const rows = await tx
      .selectFrom('crossing_event')
      .select(EVENT_COLUMNS)
      .where('corrects', 'in', part)
      .where('kind', '=', 'correction')
      .execute();
    for (const r of rows) {
      const list = out.get(r.corrects ?? '');
      if (list) list.push(r);
      else out.set(r.corrects ?? '', [r]);
    }
  }
  return out;
}

type Delta = { dims: Dims; crossed: number; refused: number; held: number };

function addDelta(deltas: Map<string, Delta>, c: Contribution, sign: 1 | -1): void {
  const key = cellKey(c.dims);
  let d = deltas.get(key);
  if (d === undefined) {
    d = { dims: c.dims, crossed: 0, refused: 0, held: 0 };
    deltas.set(key, d);
  }
  d.crossed += sign * c.crossed;
  d.refused += sign * c.refused;
  d.held += sign * c.held;
}

/** An event stored in the batch being applied, as the counting rules see it. */
export interface FreshEvent {
  readonly event: CountableEvent;
  readonly checkpointId: string;
  /** The person a fresh crossing registered: its own merge root, as nothing is merged into it yet. */
  readonly personId?: string;
}

/** The state columns of a crossing_event row (the event_state view reads them). */
export type EventState = Omit<EventStateTable, 'event_id' | 'kind' | 'checkpoint_id' | 'at'> & {
  /** The crossing's travel group as last corrected (indexed: care finds a family by it). */
  readonly group_id: string | null;
};

export interface RefreshResult {
  /** The current fields of each refreshed event, for the caller's own follow-ups. */
  readonly fields: Map<string, Readonly<Record<string, unknown>>>;
  /** The state of each fresh event, which its row, written after, carries. */
  readonly states: Map<string, EventState>;
  /** Where (checkpoint id) and when each refreshed event happened. */
  readonly located: Map<string, { readonly checkpointId: string; readonly at: string }>;
  /** The refreshed events that a correction voids. */
  readonly voided: Set<string>;
  /** The refreshed crossings, not voided, whose decision now refers the person to protection. */
  readonly referred: { readonly id: string; readonly checkpointId: string; readonly at: string }[];
}

/**
 * Recomputes the state of the given crossing and tally events from their rows and every correction
 * stored for them, and moves the maintained figures by the difference. The state of a stored event is
 * written to its row; that of a fresh one (not stored yet) is returned for its row to carry.
 */
export async function refreshEvents(
  tx: Executor,
  targetIds: readonly string[],
  clocks: ReadonlyMap<string, CheckpointClock>,
  now: string,
  fresh: ReadonlyMap<string, FreshEvent> = new Map(),
): Promise<RefreshResult> {
  const ids = [...new Set(targetIds)];
  const fields = new Map<string, Readonly<Record<string, unknown>>>();
  const referred: RefreshResult['referred'] = [];
  const states = new Map<string, EventState>();
  const located: RefreshResult['located'] = new Map();
  const voided = new Set<string>();
  if (ids.length === 0) return { fields, referred, states, located, voided };
  await lockChainAndFigures(tx);
  // Events stored in this same batch are known already and have no state yet: only read the others.
  const stored = ids.filter((id) => !fresh.has(id));
  const [targets, corrections, oldStates, roots] = await Promise.all([
    eventsById(tx, stored),
    correctionsOf(tx, ids),
    statesOf(tx, stored),
    rootsOfEvents(tx, stored),
  ]);
  for (const [id, f] of fresh) if (f.personId !== undefined) roots.set(id, f.personId);
  const deltas = new Map<string, Delta>();
  const vulnerabilities: VulnerabilityDeltas = new Map();
  const personDays: PersonDayDeltas = new Map();
  const changed: { readonly id: string; readonly state: EventState }[] = [];
  for (const id of ids) {
    const known = fresh.get(id);
    const row = known
      ? { kind: known.event.kind, checkpoint_id: known.checkpointId, at: known.event.at }
      : targets.get(id);
    if (row === undefined || row.kind === 'correction') continue;
    const clock = clocks.get(row.checkpoint_id);
    if (clock === undefined) continue;
    const event = known?.event ?? toCountable(targets.get(id) as StoredEventRow, clock.code);
    const mine = (corrections.get(id) ?? []).map((c) => toCorrection(c, codeOf(clocks, c.checkpoint_id)));
    const folded = foldCorrections(event, mine);
    const contribution = contributionOf(event, folded, clock.timeZone);
    fields.set(id, folded.fields);
    located.set(id, { checkpointId: row.checkpoint_id, at: event.at });
    if (folded.voided) voided.add(id);
    const old = oldStates.get(id);
    if (old?.cell) {
      const before = {
        dims: dimsOfKey(old.cell),
        crossed: old.crossed,
        refused: old.refused,
        held: old.held,
      };
      addDelta(deltas, before, -1);
      const root = roots.get(id);
      if (root !== undefined) addPersonDay(personDays, before.dims, root, -before.crossed);
      const oldFields = old.fields === '' ? event.fields : readOldFields(old.fields, id);
      addVulnerabilities(vulnerabilities, vulnerabilityContributionsOf(before, oldFields), -1);
    }
    if (contribution) {
      addDelta(deltas, contribution, 1);
      const root = roots.get(id);
      if (root !== undefined) addPersonDay(personDays, contribution.dims, root, contribution.crossed);
    }
    addVulnerabilities(vulnerabilities, vulnerabilityContributionsOf(contribution, folded.fields), 1);
    const state: EventState = {
      // Uncorrected, the fields are the event's own (its stored body): not written a second time.
      fields: mine.length === 0 ? '' : JSON.stringify(folded.fields),
      voided: folded.voided ? 1 : 0,
      decision: typeof folded.fields.decision === 'string' ? folded.fields.decision : null,
      direction: typeof folded.fields.direction === 'string' ? folded.fields.direction : null,
      cell: contribution ? cellKey(contribution.dims) : null,
      crossed: contribution?.crossed ?? 0,
      refused: contribution?.refused ?? 0,
      held: contribution?.held ?? 0,
      corrections: mine.length,
      updated_at: now,
      group_id: typeof folded.fields.group === 'string' ? folded.fields.group : null,
    };
    if (known) states.set(id, state);
    else if (old) changed.push({ id, state });
    if (!folded.voided && state.decision === REFERRING_DECISION)
      referred.push({ id, checkpointId: row.checkpoint_id, at: event.at });
  }
  for (const { id, state } of changed)
    await tx.updateTable('crossing_event').set(state).where('id', '=', id).execute();
  await applyDeltas(tx, [...deltas.values()]);
  await applyDayDeltas(tx, [...deltas.values()]);
  await applyVulnerabilityDeltas(tx, vulnerabilities);
  await applyPersonDayDeltas(tx, personDays);
  return { fields, referred, states, located, voided };
}

const readOldFields = (fields: string, id: string): Readonly<Record<string, unknown>> =>
  readStoredObject(fields, { table: 'event_state', column: 'fields', key: id });

function addVulnerabilities(
  deltas: VulnerabilityDeltas,
  contributions: readonly VulnerabilityContribution[],
  sign: 1 | -1,
): void {
  for (const c of contributions) {
    const key = Object.values(c.dims).join('|');
    const d = deltas.get(key) ?? { dims: c.dims, crossed: 0, refused: 0, held: 0 };
    d.crossed += sign * c.crossed;
    d.refused += sign * c.refused;
    d.held += sign * c.held;
    deltas.set(key, d);
  }
}

const codeOf = (clocks: ReadonlyMap<string, CheckpointClock>, id: string): string =>
  clocks.get(id)?.code ?? id;

async function statesOf(tx: Executor, ids: readonly string[]) {
  const out = new Map<
    string,
    { cell: string | null; fields: string; crossed: number; refused: number; held: number }
  >();
  for (const part of chunks(ids, 500)) {
    const rows = await tx
      .selectFrom('event_state')
      .select(['event_id', 'cell', 'fields', 'crossed', 'refused', 'held'])
      .where('event_id', 'in', part)
      .execute();
    for (const r of rows) out.set(r.event_id, r);
  }
  return out;
}

async function applyDeltas(tx: Executor, deltas: readonly Delta[]): Promise<void> {
  const rows = deltas
    .filter((d) => d.crossed !== 0 || d.refused !== 0 || d.held !== 0)
    .map((d) => ({ ...d.dims, crossed: d.crossed, refused: d.refused, held: d.held }));
  await insertMany(tx, 'crossing_count', rows, { key: DIMENSIONS, add: FIGURES });
}
