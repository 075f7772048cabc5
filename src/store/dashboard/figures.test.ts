import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachDemoDbToApply } from '../../../test/support/apply-context';
import { DIALECTS } from '../../../test/support/databases';
import type { EventInput as PasoEvent } from '../../domain/crossings';
import { applyEvents } from '../crossings';
import type { Db } from '../db';
import { type LinkRecord, mergePeople, unmergePeople } from '../matching';
import { readDashboard, recountDashboard } from './index';

const NOW = '2025-11-27T15:00:00.000Z';
const START = Date.parse('2025-11-25T00:00:00Z');
const DATES = ['2025-11-24', '2025-11-25', '2025-11-26', '2025-11-27', '2025-11-28'];
const VULNERABILITIES = ['pregnant', 'medical', 'asylum-seeker', 'separated-minor'] as const;
const uuid = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
const atMinute = (minute: number) => new Date(START + minute * 60_000).toISOString();

const arbCrossing = fc.record({
  kind: fc.constant('crossing' as const),
  decision: fc.constantFrom('admitted', 'admitted-transit', 'referred-protection', 'held', 'refused'),
  direction: fc.constantFrom('entry' as const, 'exit' as const),
  checkpoint: fc.constantFrom('PE-SANTA-ROSA', 'CL-CHACALLUTA'),
  minute: fc.integer({ min: 0, max: 3 * 24 * 60 }),
  birth: fc.option(fc.constantFrom('1950', '1990-05', '2012-03-04', '2020'), { nil: undefined }),
  sex: fc.option(fc.constantFrom('M' as const, 'F' as const, 'X' as const), { nil: undefined }),
  nationality: fc.option(fc.constantFrom('VEN', 'COL', 'PER'), { nil: undefined }),
  vulnerabilities: fc.subarray([...VULNERABILITIES]),
});
const arbTally = fc.record({
  kind: fc.constant('tally' as const),
  direction: fc.constantFrom('entry' as const, 'exit' as const),
  checkpoint: fc.constantFrom('PE-SANTA-ROSA', 'CL-CHACALLUTA'),
  minute: fc.integer({ min: 0, max: 3 * 24 * 60 }),
  category: fc.constantFrom('man', 'woman', 'boy', 'girl', 'unknown'),
  count: fc.integer({ min: 1, max: 5 }),
});
const arbChange = fc.record({
  target: fc.nat(),
  minute: fc.integer({ min: 0, max: 4 * 24 * 60 }),
  change: fc.oneof(
    fc.constant({ void: true as const }),
    fc.constantFrom(
      { set: { decision: 'refused', refusalGround: 'other' } },
      { set: { decision: 'admitted' } },
      { set: { direction: 'exit' } },
      { set: { vulnerabilities: ['medical'] } },
      { set: { vulnerabilities: [] } },
      { set: { count: 7 } },
      {
        set: { person: { givenNames: 'R', surname1: 'M', sex: 'M', birthDate: '2019', nationality: 'BOL' } },
      },
    ),
  ),
});
const arbStream = fc.record({
  events: fc.array(fc.oneof(arbCrossing, arbTally), { minLength: 1, maxLength: 14 }),
  changes: fc.array(arbChange, { maxLength: 8 }),
  order: fc.array(fc.nat(), { maxLength: 30 }),
  dupes: fc.array(fc.nat(), { maxLength: 5 }),
  // Confirmed duplicate merges (some undone later), between the first and the second half of the stream.
  merges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 4 }),
  batch: fc.integer({ min: 1, max: 6 }),
});

// A merged duplicate link that records the records its merge moved, as review does.
let links = 0;
async function linkOf(t: { readonly db: Db }, personId: string, otherPersonId: string, moved: string[]) {
  links += 1;
  const id = uuid('d0000000', links);
  await t.db.kysely
    .insertInto('duplicate_link')
    .values({
      id,
      person_id: personId,
      other_person_id: otherPersonId,
      score: 1,
      explanation: '{}',
      model_version: 'test',
      source: 'test',
      status: 'merged',
      merged_ids: JSON.stringify(moved),
      reviewed_by: null,
      reviewed_at: null,
      created_at: NOW,
    })
    .execute();
  return { id, personId, otherPersonId };
}

describe.each(DIALECTS)('the dashboard figures on %s', (dialect) => {
  const t = eachDemoDbToApply(dialect, NOW);

  it('equal the recount for any stream of late, repeated, corrected and voided events, merges and unmerges', async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(arbStream, async (s) => {
        round += 1;
        const id = (n: number) => uuid(`e${String(round).padStart(7, '0')}`, n);
        const events = s.events.map((e, i): PasoEvent => {
          const base = {
            id: id(i),
            at: atMinute(e.minute),
            checkpoint: e.checkpoint,
            direction: e.direction,
          };
          if (e.kind === 'tally')
            return { ...base, kind: 'tally', category: e.category, count: e.count } as PasoEvent;
          return {
            ...base,
            kind: 'crossing',
            decision: e.decision as 'admitted',
            ...(e.decision === 'refused' ? { refusalGround: 'other' } : {}),
            person: {
              givenNames: 'Rosa',
              surname1: `Mena${i}`,
              ...(e.birth ? { birthDate: e.birth } : {}),
              ...(e.sex ? { sex: e.sex } : {}),
              ...(e.nationality ? { nationality: e.nationality } : {}),
            },
            ...(e.vulnerabilities.length > 0 ? { vulnerabilities: e.vulnerabilities } : {}),
          } as PasoEvent;
        });
        const corrections = s.changes.map((c, i): PasoEvent => {
          const target = events[c.target % events.length] as PasoEvent;
          return {
            kind: 'correction',
            id: id(500 + i),
            at: atMinute(c.minute),
            checkpoint: target.checkpoint,
            corrects: target.id,
            ...c.change,
          } as PasoEvent;
        });
        // Late arrivals: any order, corrections before their events; some sent twice.
        const all = [...events, ...corrections];
        const stream = all
          .map((e, i) => ({ e, k: s.order[i] ?? i }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.e);
        for (const d of s.dupes) stream.push(all[d % all.length] as PasoEvent);
        const people: string[] = [];
        const send = async (from: number, to: number) => {
          for (let i = from; i < to; i += s.batch) {
            const batch = stream.slice(i, Math.min(i + s.batch, to));
            const outcomes = await t.db.kysely.transaction().execute((tx) => applyEvents(tx, batch, t.ctx));
            for (const o of outcomes) if (o.status === 'applied' && o.personId) people.push(o.personId);
          }
        };
        const half = Math.ceil(stream.length / s.batch / 2) * s.batch;
        await send(0, half);
        // Merges between the halves, so later corrections move figures already counted under a merge;
        // the ones marked undone are undone at the end, last first, as a reviewer would.
        const undo: Awaited<ReturnType<typeof linkOf>>[] = [];
        for (const [a, b, undone] of s.merges) {
          const personId = people[a % Math.max(people.length, 1)];
          const otherPersonId = people[b % Math.max(people.length, 1)];
          if (personId === undefined || otherPersonId === undefined) continue;
          const merged = await t.db.kysely
            .transaction()
            .execute((tx) => mergePeople(tx, { personId, otherPersonId } as LinkRecord));
          if (!merged) continue;
          const link = await linkOf(t, personId, otherPersonId, merged.moved);
          if (undone) undo.unshift(link);
        }
        await send(half, stream.length);
        for (const link of undo) {
          await t.db.kysely.transaction().execute((tx) => unmergePeople(tx, link));
        }
        for (const date of DATES) {
          for (const checkpoint of [undefined, 'CL-CHACALLUTA']) {
            const q = { date, days: 3, checkpoint };
            expect(await readDashboard(t.db.kysely, q)).toEqual(await recountDashboard(t.db.kysely, q));
          }
        }
      }),
      { numRuns: dialect === 'sqlite' ? 25 : 10 },
    );
  }, 240_000);

  it('counts a person merged into another once, beside the crossings they made', async () => {
    const crossing = (n: number, surname: string): PasoEvent =>
      ({
        kind: 'crossing',
        id: uuid('c0000000', n),
        at: '2025-11-27T14:00:00Z',
        checkpoint: 'PE-SANTA-ROSA',
        direction: 'entry',
        decision: 'admitted',
        person: { givenNames: 'Ana', surname1: surname },
        vulnerabilities: ['pregnant'],
      }) as PasoEvent;
    const outcomes = await t.db.kysely
      .transaction()
      .execute((tx) => applyEvents(tx, [crossing(1, 'Pérez'), crossing(2, 'Peres')], t.ctx));
    const [a, b] = outcomes.map((o) => (o.status === 'applied' ? (o.personId ?? '') : ''));
    const q = { date: '2025-11-27', days: 1, checkpoint: 'PE-SANTA-ROSA' };
    expect((await readDashboard(t.db.kysely, q)).people).toEqual([
      { direction: 'entry', people: 2, crossings: 2 },
    ]);
    await t.db.kysely
      .transaction()
      .execute((tx) => mergePeople(tx, { personId: a ?? '', otherPersonId: b ?? '' } as LinkRecord));
    const after = await readDashboard(t.db.kysely, q);
    expect(after.people).toEqual([{ direction: 'entry', people: 1, crossings: 2 }]);
    expect(after.vulnerabilities).toEqual([
      { vulnerability: 'pregnant', direction: 'entry', crossed: 2, refused: 0, held: 0 },
    ]);
  });
});
