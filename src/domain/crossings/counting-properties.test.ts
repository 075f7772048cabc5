// Properties of counting over arbitrary events and corrections: order never matters, sums add up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Contribution, DIMENSIONS, foldCorrections, recount, sumBy } from './counting';
import { zoneOf } from './counting-test-events';
import type { CorrectionOf, CountableEvent } from './types';

const total = (rows: readonly { crossed: number; refused: number; held: number }[]) =>
  rows.reduce(
    (t, r) => ({ crossed: t.crossed + r.crossed, refused: t.refused + r.refused, held: t.held + r.held }),
    { crossed: 0, refused: 0, held: 0 },
  );

// Arbitraries for the properties: events at two checkpoints, and corrections with unique ids, some of
// them from the wrong checkpoint or for events that never arrive.
const checkpointArb = fc.constantFrom('PE-SANTA-ROSA', 'CL-CHACALLUTA');
const instantArb = fc
  .integer({ min: Date.parse('2026-04-04T00:00:00Z'), max: Date.parse('2026-04-06T00:00:00Z') })
  .map((ms) => new Date(ms).toISOString());
const personArb = fc.record(
  {
    givenNames: fc.constant('X'),
    surname1: fc.constant('Y'),
    sex: fc.constantFrom('M', 'F', 'X'),
    birthDate: fc.constantFrom('1950', '1990-05', '2008-04-05', '2020-12-31'),
    nationality: fc.constantFrom('VEN', 'COL', 'HTI'),
  },
  { requiredKeys: ['givenNames', 'surname1'] },
);
const crossingFieldsArb = fc.record({
  direction: fc.constantFrom('entry', 'exit'),
  decision: fc.constantFrom('admitted', 'admitted-transit', 'referred-protection', 'refused', 'held'),
  person: personArb,
});
const tallyFieldsArb = fc.record({
  direction: fc.constantFrom('entry', 'exit'),
  category: fc.constantFrom('man', 'woman', 'boy', 'girl', 'unknown'),
  count: fc.integer({ min: 1, max: 1000 }),
});
const eventsArb = fc
  .array(
    fc.oneof(
      fc.record({ kind: fc.constant('crossing' as const), fields: crossingFieldsArb }),
      fc.record({ kind: fc.constant('tally' as const), fields: tallyFieldsArb }),
    ),
    { maxLength: 12 },
  )
  .chain((shapes) =>
    fc.tuple(
      ...shapes.map((s, i) =>
        fc
          .tuple(checkpointArb, instantArb)
          .map(([checkpoint, at]): CountableEvent => ({ id: `e${i}`, checkpoint, at, ...s })),
      ),
    ),
  );
const correctionsArb = (targets: number) =>
  fc
    .array(
      fc.record({
        corrects: fc.integer({ min: 0, max: targets }).map((i) => `e${i}`),
        at: fc.oneof(instantArb, fc.constant('2026-04-05T12:00:00.000Z')),
        checkpoint: checkpointArb,
        void: fc.boolean(),
        set: fc.option(
          fc.oneof(crossingFieldsArb, tallyFieldsArb, fc.record({ decision: fc.constant('held') })),
        ),
      }),
      { maxLength: 12 },
    )
    .map((cs) => cs.map((c, i): CorrectionOf => ({ ...c, id: `k${i}` })));
const worldArb = eventsArb.chain((events) => fc.tuple(fc.constant(events), correctionsArb(events.length)));
// A world, and its events and its corrections each in another order.
const reorderedWorldArb = worldArb.chain(([events, corrections]) =>
  fc.tuple(
    fc.constant(events),
    fc.constant(corrections),
    fc.shuffledSubarray(events, { minLength: events.length }),
    fc.shuffledSubarray(corrections, { minLength: corrections.length }),
  ),
);

// Two events may fall in the same cell: compare the cells' sums, not the contributions one by one.
const sortedCells = (cells: readonly Contribution[]) => sumBy(cells, DIMENSIONS);

describe('counting properties', () => {
  it('folds corrections to the same result whatever order they are given in', () => {
    fc.assert(
      fc.property(reorderedWorldArb, ([events, corrections, _, shuffled]) => {
        for (const e of events) expect(foldCorrections(e, shuffled)).toEqual(foldCorrections(e, corrections));
      }),
    );
  });

  it('recounts to the same figures whatever order events and corrections are given in', () => {
    fc.assert(
      fc.property(reorderedWorldArb, ([events, corrections, shuffledEvents, shuffledCorrections]) => {
        expect(sortedCells(recount(shuffledEvents, shuffledCorrections, zoneOf))).toEqual(
          sortedCells(recount(events, corrections, zoneOf)),
        );
      }),
    );
  });

  it('sums to the totals of the contributions, by any dimensions', () => {
    fc.assert(
      fc.property(worldArb, fc.shuffledSubarray([...DIMENSIONS]), ([events, corrections], by) => {
        const cells = recount(events, corrections, zoneOf);
        expect(total(sumBy(cells, by))).toEqual(total(cells));
      }),
    );
  });

  it('counts every registered person in exactly one of crossed, refused and held', () => {
    fc.assert(
      fc.property(worldArb, ([events, corrections]) => {
        for (const c of recount(events, corrections, zoneOf)) {
          if (c.dims.source === 'registered') expect(c.crossed + c.refused + c.held).toBe(1);
          else expect(c.refused + c.held).toBe(0);
        }
      }),
    );
  });
});
