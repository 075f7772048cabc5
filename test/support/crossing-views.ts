// The crossings' read views' fixtures: events written straight into the tables, as the apply logic
// leaves them, at Santa Rosa on the test clock.

import { SANTA_ROSA_ID } from '../../src/store/demo';
import type { Executor } from '../../src/store/executor';
import { demoUser } from './app';

// The test clock is 2025-11-27T15:00Z: 10:00 in Lima.
export const NOW = Date.parse('2025-11-27T15:00:00Z');
export const ago = (minutes: number) => new Date(NOW - minutes * 60_000).toISOString();
export const SR_02 = '5a7a0000-0000-4000-8001-010000000002';
export const SR_03 = '5a7a0000-0000-4000-8001-010000000003';

export const id = (n: number) => `0c0a0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const TALLY_OLD = id(1);
export const TALLY_A = id(2);
export const TALLY_B = id(3);
export const TALLY_VOIDED = id(4);
export const TALLY_EXIT = id(5);
export const HELD = id(6);
export const CHILD = id(7);
export const REFERRAL = id(8);

export interface Fixture {
  readonly id: string;
  readonly kind: 'crossing' | 'tally';
  readonly at: string;
  readonly booth: string | null;
  readonly fields: Record<string, unknown>;
  readonly voided?: boolean;
  readonly decision?: string;
}

export async function insertEvent(db: Executor, e: Fixture): Promise<void> {
  const counted = e.kind === 'tally' ? Number(e.fields.count) : e.decision === 'held' ? 0 : 1;
  await db
    .insertInto('crossing_event')
    .values({
      id: e.id,
      kind: e.kind,
      checkpoint_id: SANTA_ROSA_ID,
      booth_id: e.booth,
      at: e.at,
      corrects: null,
      body: JSON.stringify({ kind: e.kind, id: e.id, at: e.at, checkpoint: 'PE-SANTA-ROSA', ...e.fields }),
      body_hash: e.id,
      recorded_by: demoUser('officer').id,
      received_at: e.at,
      offline: 0,
      person_id: null,
      demo: 0,
      // Its state, as if corrected to these fields.
      fields: JSON.stringify(e.fields),
      voided: e.voided ? 1 : 0,
      decision: e.decision ?? null,
      direction: String(e.fields.direction),
      cell: null,
      crossed: e.voided ? 0 : counted,
      refused: 0,
      held: e.decision === 'held' ? 1 : 0,
      corrections: e.voided ? 1 : 0,
      updated_at: e.at,
    })
    .execute();
}

export const tally = (direction: string, category: string, nationality?: string) => ({
  direction,
  category,
  count: 1,
  ...(nationality === undefined ? {} : { nationality }),
});

export async function insertFixtures(db: Executor): Promise<void> {
  const events: Fixture[] = [
    { id: TALLY_OLD, kind: 'tally', at: ago(30 * 60), booth: SR_02, fields: tally('entry', 'woman', 'VEN') },
    { id: TALLY_A, kind: 'tally', at: ago(90), booth: SR_02, fields: tally('entry', 'woman', 'VEN') },
    { id: TALLY_B, kind: 'tally', at: ago(20), booth: SR_03, fields: tally('entry', 'woman', 'VEN') },
    {
      id: TALLY_VOIDED,
      kind: 'tally',
      at: ago(10),
      booth: SR_02,
      fields: tally('entry', 'woman', 'VEN'),
      voided: true,
    },
    { id: TALLY_EXIT, kind: 'tally', at: ago(15), booth: SR_02, fields: tally('exit', 'man') },
    {
      id: HELD,
      kind: 'crossing',
      at: ago(45),
      booth: SR_02,
      decision: 'held',
      fields: {
        direction: 'entry',
        decision: 'held',
        person: {
          givenNames: 'Ana María',
          surname1: 'Quispe',
          sex: 'F',
          birthDate: '1990-04-02',
          nationality: 'PER',
        },
        recommendation: 'admit',
        overrideReason: 'Documentos dudosos, consultar al supervisor',
      },
    },
    {
      id: CHILD,
      kind: 'crossing',
      at: ago(30),
      booth: SR_03,
      decision: 'referred-protection',
      fields: {
        direction: 'entry',
        decision: 'referred-protection',
        person: {
          givenNames: 'Luis',
          surname1: 'Pérez',
          sex: 'M',
          birthDate: '2015-12-01',
          nationality: 'VEN',
        },
        recommendation: 'refer',
        policyRule: 'minor-alone',
      },
    },
  ];
  for (const e of events) await insertEvent(db, e);
  await db
    .insertInto('protection_referral')
    .values({
      id: REFERRAL,
      event_id: CHILD,
      checkpoint_id: SANTA_ROSA_ID,
      reason: 'unaccompanied-minor',
      status: 'open',
      created_at: ago(30),
      arrived_at: ago(30),
      closed_at: null,
      closed_by: null,
      note: null,
    })
    .execute();
  const cell = { checkpoint: 'PE-SANTA-ROSA', date: '2025-11-27', hour: '09', nationality: 'VEN', sex: 'F' };
  const rest = { age_group: 'adult', age_band: '18-59', direction: 'entry' };
  await db
    .insertInto('crossing_count')
    .values([
      { ...cell, ...rest, source: 'registered', decision: 'admitted', crossed: 4, refused: 0, held: 0 },
      { ...cell, ...rest, source: 'registered', decision: 'held', crossed: 0, refused: 0, held: 1 },
      { ...cell, ...rest, source: 'tallied', decision: 'unknown', crossed: 3, refused: 0, held: 0 },
      {
        ...cell,
        ...rest,
        date: '2025-11-26',
        source: 'registered',
        decision: 'refused',
        crossed: 0,
        refused: 2,
        held: 0,
      },
    ])
    .execute();
}
