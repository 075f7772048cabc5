// Shelters as care sees them: beds and people by kind, who is staying (for those who may know), the
// needs noted, and occupancy by night recounted from the stay events.

import { z } from 'zod';
import {
  type BedKind,
  type Beds,
  type CareError,
  decideBeds,
  lastNights,
  NEED_CATEGORIES,
  type NeedCategory,
  type NightCount,
  occupancyByNight,
} from '../../domain/care';
import { localHour } from '../../domain/crossings';
import { err, ok, type Result } from '../../domain/shared';
import type { Executor } from '../executor';
import { readStoredJson } from '../stored-json';
import type { ShelterFacts } from './shelter-records';
import { bedsOf, occupiedOf } from './stays';

// Tacna's shelters keep Peru's time; a shelter elsewhere would carry its own zone (docs/care.md).
export const SHELTER_TIME_ZONE = 'America/Lima';

/** A shelter's facts (shelter-records.ts), with its beds and who is staying. */
export interface CareShelter extends ShelterFacts {
  readonly demo: boolean;
  readonly beds: Beds;
  readonly occupied: Readonly<Record<BedKind, number>>;
}

export async function listCareShelters(tx: Executor): Promise<CareShelter[]> {
  const shelters = await tx.selectFrom('shelter').selectAll().orderBy('name').execute();
  const out: CareShelter[] = [];
  for (const s of shelters) {
    out.push({
      id: s.id,
      name: s.name,
      city: s.city,
      operator: s.operator,
      latitude: s.latitude,
      longitude: s.longitude,
      demo: s.demo === 1,
      beds: (await bedsOf(tx, s.id)) ?? { family: 0, women: 0, children: 0, general: 0 },
      occupied: await occupiedOf(tx, s.id),
    });
  }
  return out;
}

export async function setBeds(tx: Executor, shelterId: string, beds: Beds): Promise<Result<Beds, CareError>> {
  if (!(await bedsOf(tx, shelterId)))
    return err({ code: 'care.unknown-shelter', detail: 'No shelter has this id.' });
  const decided = decideBeds(beds, await occupiedOf(tx, shelterId));
  if (!decided.ok) return decided;
  await tx.deleteFrom('shelter_bed').where('shelter_id', '=', shelterId).execute();
  for (const [kind, n] of Object.entries(beds)) {
    await tx.insertInto('shelter_bed').values({ shelter_id: shelterId, bed_kind: kind, beds: n }).execute();
  }
  const capacity = beds.family + beds.women + beds.children + beds.general;
  await tx.updateTable('shelter').set({ capacity }).where('id', '=', shelterId).execute();
  return ok(beds);
}

export interface Resident {
  readonly personId: string;
  readonly givenNames: string;
  readonly surname1: string;
  readonly surname2: string | null;
  readonly bedKind: BedKind;
  readonly since: string;
  /** The check-in they came with: people who share it arrived together (a family). */
  readonly stayId: string;
}

/** The names of the people staying at a shelter: only for roles that care for them. */
export async function residentsOf(tx: Executor, shelterId: string): Promise<Resident[]> {
  const rows = await tx
    .selectFrom('care_presence as c')
    .innerJoin('person as p', 'p.id', 'c.person_id')
    .select([
      'c.person_id',
      'c.bed_kind',
      'c.since',
      'c.stay_id',
      'p.given_names',
      'p.surname1',
      'p.surname2',
    ])
    .where('c.shelter_id', '=', shelterId)
    .orderBy('c.stay_id')
    .orderBy('p.surname1')
    .execute();
  return rows.map((r) => ({
    personId: r.person_id,
    givenNames: r.given_names,
    surname1: r.surname1,
    surname2: r.surname2,
    bedKind: r.bed_kind as BedKind,
    since: r.since,
    stayId: r.stay_id,
  }));
}

/** Occupancy at the cut-off of each of the last `days` nights, recounted from the events. */
export async function nightsOf(
  tx: Executor,
  shelterId: string,
  now: string,
  days: number,
): Promise<NightCount[]> {
  const events = await tx
    .selectFrom('care_stay_event')
    .select(['kind', 'person_id', 'bed_kind', 'at', 'seq'])
    .where('shelter_id', '=', shelterId)
    .orderBy('seq')
    .execute();
  const today = localHour(now, SHELTER_TIME_ZONE).date;
  return occupancyByNight(
    events.map((e) => ({
      kind: e.kind === 'check-in' ? ('check-in' as const) : ('check-out' as const),
      personId: e.person_id,
      bedKind: e.bed_kind as BedKind,
      at: e.at,
      seq: Number(e.seq),
    })),
    lastNights(today, days),
    SHELTER_TIME_ZONE,
  );
}

export interface Need {
  readonly id: string;
  readonly shelterId: string;
  readonly categories: readonly NeedCategory[];
  readonly text: string;
  readonly createdAt: string;
}

const Categories = z.array(z.enum(NEED_CATEGORIES));

export async function addNeed(
  tx: Executor,
  need: Need,
  ctx: { recordedBy: string | null; demo?: boolean },
): Promise<Result<{ status: 'applied' | 'duplicate' }, CareError>> {
  const prior = await tx
    .selectFrom('shelter_need')
    .select(['shelter_id', 'text'])
    .where('id', '=', need.id)
    .executeTakeFirst();
  if (prior) {
    return prior.shelter_id === need.shelterId && prior.text === need.text
      ? ok({ status: 'duplicate' })
      : err({ code: 'care.conflict', detail: `The need ${need.id} was already noted otherwise.` });
  }
  if (!(await bedsOf(tx, need.shelterId)))
    return err({ code: 'care.unknown-shelter', detail: 'No shelter has this id.' });
  await tx
    .insertInto('shelter_need')
    .values({
      id: need.id,
      shelter_id: need.shelterId,
      categories: JSON.stringify(need.categories),
      text: need.text,
      created_at: need.createdAt,
      created_by: ctx.recordedBy,
      demo: ctx.demo ? 1 : 0,
    })
    .execute();
  return ok({ status: 'applied' });
}

export async function needsOf(tx: Executor, shelterId: string, limit = 50): Promise<Need[]> {
  const rows = await tx
    .selectFrom('shelter_need')
    .selectAll()
    .where('shelter_id', '=', shelterId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    shelterId: r.shelter_id,
    categories: readStoredJson(r.categories, Categories, {
      table: 'shelter_need',
      column: 'categories',
      key: r.id,
    }),
    text: r.text,
    createdAt: r.created_at,
  }));
}
