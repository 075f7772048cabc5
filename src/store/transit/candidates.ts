// Who may ride a corridor's convoys: people whose latest decision (after every correction, as the
// crossings area keeps it in event_state) is admitted-transit towards the corridor's exit point, who
// consented, and who ride no other convoy that is not cancelled. Families are found from the crossing's
// group and the adult a child travels with.
import { sql } from 'kysely';
import { type CrossingPerson, crossingPersonOf } from '../../domain/crossings';
import { chunks, statesWithRoots } from '../crossings';
import type { Executor } from '../executor';
import { readStoredObject } from '../stored-json';

/** Who rides, as the booth registered them: family, names, and the document a travel pass names. */
export interface RiderRecord extends CrossingPerson {
  readonly personId: string;
  readonly familyKey: string | null;
  readonly relationship: string | null;
  readonly document: {
    readonly type: string;
    readonly number: string;
    readonly issuingState: string | null;
  } | null;
}

export interface CandidateRecord extends RiderRecord {
  /** The crossing whose decision admits the person in transit (its fields as last corrected). */
  readonly decisionEventId: string;
  readonly decidedAt: string;
  /** A child with an open unaccompanied or separated protection referral. */
  readonly referredChild: boolean;
  /** The zone of the checkpoint of that crossing: their age is taken on its local date. */
  readonly timeZone: string;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const objectOf = (v: unknown): Readonly<Record<string, unknown>> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

// Free text at the booth ("PE-TUMBES", "Tumbes"): compared without case, accents or spaces.
const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');

/**
 * The seats on convoys not cancelled, with the merge root of the person seated: a person rides one
 * such convoy, whichever of their merged records a manifest names.
 */
export const seatsHeld = (db: Executor) =>
  db
    .selectFrom('convoy_passenger as cp')
    .innerJoin('convoy as c', 'c.id', 'cp.convoy_id')
    .innerJoin('person as p', 'p.id', 'cp.person_id')
    .select((eb) => ['cp.convoy_id', 'c.code', eb.fn.coalesce('p.merged_into', 'p.id').as('root')])
    .where('c.status', '!=', 'cancelled');

/** Whether an exit point written at the booth names the corridor's exit (by its code or its stop's name). */
export const isExitPoint = (written: string | null, exitPoint: string, exitName: string): boolean =>
  written !== null &&
  [fold(exitPoint), fold(exitName), fold(exitPoint.replace(/^[A-Z]{2}-/, ''))].includes(fold(written));

/**
 * The latest crossing (not voided) of each of these people, by merge root, whichever of their merged
 * records it is: its decision is the one that counts, and its fields say who they are now. The people
 * are looked up by their records' keys (a root's own record, and those merged into it), then their
 * crossings by person: the cost follows how many people are asked for, not how many crossed.
 */
export async function latestCrossings(db: Executor, roots: readonly string[]) {
  const rows = [];
  for (const part of chunks([...new Set(roots)], 500))
    rows.push(
      ...(await statesWithRoots(db)
        .select(['es.event_id', 'es.at', 'es.decision', 'es.fields', 'ce.body', 'ce.checkpoint_id'])
        .where('es.kind', '=', 'crossing')
        .where('es.voided', '=', 0)
        .where((eb) => eb.or([eb('p.id', 'in', part), eb('p.merged_into', 'in', part)]))
        .where((eb) => eb(eb.fn.coalesce('p.merged_into', 'p.id'), 'in', part))
        .execute()),
    );
  // A later refusal or entry replaces a transit admission; the same instant goes to the larger id.
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const prior = latest.get(r.root);
    if (!prior || r.at > prior.at || (r.at === prior.at && r.event_id > prior.event_id))
      latest.set(r.root, r);
  }
  return latest;
}

/**
 * The people (by merge root) with a standing transit admission that consented or was corrected since:
 * the only ones who can be candidates, since a candidate's latest crossing is such an admission with
 * consent as last corrected (currentFieldsOf decides). Read from their own index (0025), whose
 * condition this states as literals so that SQLite takes it.
 */
export function rootsAdmittedInTransit(db: Executor) {
  return db
    .selectFrom('crossing_event as ce')
    .innerJoin('person as p', 'p.id', 'ce.person_id')
    .select((eb) => eb.fn.coalesce('p.merged_into', 'p.id').as('root'))
    .where(
      sql<boolean>`ce.decision = 'admitted-transit' AND ce.voided = 0 AND (ce.consent = 1 OR ce.corrections > 0)`,
    )
    .distinct();
}

export async function transitCandidates(
  db: Executor,
  corridor: { readonly exitPoint: string; readonly exitName: string },
  convoyId: string,
): Promise<CandidateRecord[]> {
  const roots = (await rootsAdmittedInTransit(db).execute()).map((r) => r.root);
  const latest = await latestCrossings(db, roots);
  const riding = new Set(
    (await seatsHeld(db).where('cp.convoy_id', '!=', convoyId).execute()).map((r) => r.root),
  );
  const chosen = [...latest.values()].flatMap((r) => {
    if (r.decision !== 'admitted-transit' || riding.has(r.root)) return [];
    const fields = currentFieldsOf(r);
    if (fields.consent !== true) return [];
    if (!isExitPoint(text(fields.exitPoint), corridor.exitPoint, corridor.exitName)) return [];
    return [{ row: r, fields }];
  });
  const referred = await referredChildren(
    db,
    chosen.map(({ row }) => row.root),
  );
  const families = familiesOf(
    chosen.map(({ row, fields }) => ({ person: row.root, event: row.event_id, fields })),
  );
  // Every crossing is at a checkpoint of the register: UTC only satisfies the map's type.
  const zones = new Map(
    (await db.selectFrom('checkpoint').select(['id', 'time_zone']).execute()).map((k) => [k.id, k.time_zone]),
  );
  return chosen.map(({ row, fields }) => ({
    personId: row.root,
    decisionEventId: row.event_id,
    decidedAt: row.at,
    referredChild: referred.has(row.root),
    timeZone: zones.get(row.checkpoint_id) ?? 'UTC',
    familyKey: families.get(row.root) ?? null,
    relationship: text(fields.relationship),
    ...riderIdentityOf(fields),
  }));
}

/** A crossing's fields after its corrections: its state's when corrected, else its body's as sent. */
export function currentFieldsOf(row: {
  readonly event_id: string;
  readonly fields: string | null;
  readonly body: string;
}): Readonly<Record<string, unknown>> {
  return row.fields
    ? readStoredObject(row.fields, { table: 'event_state', column: 'fields', key: row.event_id })
    : readStoredObject(row.body, { table: 'crossing_event', column: 'body', key: row.event_id });
}

/** The columns of a convoy seat that say who rides it, as a pass issued from it names them. */
export function riderColumns(rider: Omit<RiderRecord, 'personId' | 'familyKey' | 'relationship'>) {
  return {
    given_names: rider.givenNames,
    surname1: rider.surname1,
    surname2: rider.surname2,
    sex: rider.sex,
    birth_date: rider.birthDate,
    nationality: rider.nationality,
    document_type: rider.document?.type ?? null,
    document_number: rider.document?.number ?? null,
    document_state: rider.document?.issuingState ?? null,
  };
}

/** Who a crossing's fields (as last corrected) say the rider is: what a manifest and a pass name. */
export function riderIdentityOf(
  fields: Readonly<Record<string, unknown>>,
): Omit<RiderRecord, 'personId' | 'familyKey' | 'relationship'> {
  const document = objectOf(fields.document);
  const number = text(document.number);
  const type = text(document.type);
  return {
    ...crossingPersonOf(fields),
    document: number && type ? { type, number, issuingState: text(document.issuingState) } : null,
  };
}

// Of these people (by merge root), those with a referral as a child (unaccompanied or separated) still
// open, on a crossing of any of their records. Read from the people to their referrals, each step by
// its key: there may be hundreds of thousands of open referrals, and a handful of these people.
const CHILD_REASONS: ReadonlySet<string> = new Set(['unaccompanied-minor', 'separated-minor']);

async function referredChildren(db: Executor, roots: readonly string[]): Promise<Set<string>> {
  const referred = new Set<string>();
  for (const part of chunks([...new Set(roots)], 500)) {
    const records = await db
      .selectFrom('person')
      .select(['id', 'merged_into'])
      .where((eb) => eb.or([eb('id', 'in', part), eb('merged_into', 'in', part)]))
      .execute();
    const rootOf = new Map(records.map((r) => [r.id, r.merged_into ?? r.id]));
    if (rootOf.size === 0) continue;
    const crossings = await db
      .selectFrom('crossing_event')
      .select(['id', 'person_id'])
      .where('person_id', 'in', [...rootOf.keys()])
      .execute();
    const personOf = new Map(crossings.map((c) => [c.id, c.person_id ?? '']));
    for (const events of chunks([...personOf.keys()], 500)) {
      // By event alone, the status and reason looked at here: with them in the query, SQLite walked
      // the index of every open referral instead of looking these events up.
      const rows = await db
        .selectFrom('protection_referral')
        .select(['event_id', 'status', 'reason'])
        .where('event_id', 'in', events)
        .execute();
      for (const r of rows) {
        if (r.status !== 'open' || !CHILD_REASONS.has(r.reason)) continue;
        const root = rootOf.get(personOf.get(r.event_id) ?? '');
        if (root !== undefined && part.includes(root)) referred.add(root);
      }
    }
  }
  return referred;
}

/** Each person's family (its first member's id), for those who travel with someone: one group, or a child and the adult named. */
function familiesOf(
  people: readonly { person: string; event: string; fields: Readonly<Record<string, unknown>> }[],
): Map<string, string> {
  const parent = new Map<string, string>();
  const root = (x: string): string => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  const join = (a: string, b: string) => {
    const ra = root(a);
    const rb = root(b);
    if (ra === rb) return;
    // The smaller id leads, so that a family's key does not depend on the order rows came in.
    const [lead, other] = [ra, rb].sort();
    if (lead !== undefined && other !== undefined) parent.set(other, lead);
  };
  const personOfEvent = new Map(people.map((p) => [p.event, p.person]));
  const firstOfGroup = new Map<string, string>();
  const together = new Set<string>();
  for (const p of people) {
    parent.set(p.person, parent.get(p.person) ?? p.person);
    const group = text(p.fields.group);
    if (group !== null) {
      const first = firstOfGroup.get(group);
      if (first === undefined) firstOfGroup.set(group, p.person);
      else {
        join(first, p.person);
        together.add(first).add(p.person);
      }
    }
    const companion = personOfEvent.get(text(p.fields.travelsWith) ?? '');
    if (companion !== undefined && companion !== p.person) {
      parent.set(companion, parent.get(companion) ?? companion);
      join(companion, p.person);
      together.add(companion).add(p.person);
    }
  }
  return new Map([...together].map((p) => [p, root(p)]));
}
