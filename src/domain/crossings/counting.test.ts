import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Contribution,
  contributionOf,
  DIMENSIONS,
  type Dimension,
  figuresCsv,
  foldCorrections,
  recount,
  sumBy,
} from './counting';
import type { CorrectionOf, CountableEvent } from './types';

const ZONES: Readonly<Record<string, string>> = {
  'PE-SANTA-ROSA': 'America/Lima',
  'CL-CHACALLUTA': 'America/Santiago',
};
const zoneOf = (checkpoint: string): string => ZONES[checkpoint] ?? 'UTC';

const ANA = { givenNames: 'Ana', surname1: 'Pérez', sex: 'F', birthDate: '1990-05-01', nationality: 'VEN' };

function crossing(
  id: string,
  fields: Record<string, unknown> = {},
  at = '2026-04-04T17:00:00Z',
  checkpoint = 'PE-SANTA-ROSA',
): CountableEvent {
  return {
    id,
    kind: 'crossing',
    checkpoint,
    at,
    fields: { direction: 'entry', decision: 'admitted', person: ANA, ...fields },
  };
}

function tally(
  id: string,
  fields: Record<string, unknown> = {},
  at = '2026-04-04T17:00:00Z',
  checkpoint = 'PE-SANTA-ROSA',
): CountableEvent {
  return {
    id,
    kind: 'tally',
    checkpoint,
    at,
    fields: { direction: 'entry', category: 'man', count: 1, ...fields },
  };
}

function correction(
  id: string,
  corrects: string,
  at: string,
  change: { void: true } | { set: Record<string, unknown> },
  checkpoint = 'PE-SANTA-ROSA',
): CorrectionOf {
  return 'void' in change
    ? { id, corrects, at, checkpoint, void: true, set: null }
    : { id, corrects, at, checkpoint, void: false, set: change.set };
}

const contribution = (event: CountableEvent, corrections: readonly CorrectionOf[] = []) =>
  contributionOf(event, foldCorrections(event, corrections), zoneOf(event.checkpoint));

const total = (rows: readonly { crossed: number; refused: number; held: number }[]) =>
  rows.reduce(
    (t, r) => ({ crossed: t.crossed + r.crossed, refused: t.refused + r.refused, held: t.held + r.held }),
    { crossed: 0, refused: 0, held: 0 },
  );

describe('foldCorrections', () => {
  it('leaves an event without corrections as it was', () => {
    const e = crossing('e1');
    expect(foldCorrections(e, [])).toEqual({ voided: false, fields: e.fields });
  });

  it('changes nothing when the same correction is given twice (a duplicate)', () => {
    const e = crossing('e1');
    const c = correction('k1', 'e1', '2026-04-04T18:00:00Z', { set: { decision: 'held' } });
    const v = correction('k2', 'e1', '2026-04-04T19:00:00Z', { void: true });
    expect(foldCorrections(e, [c, v, c, v])).toEqual(foldCorrections(e, [c, v]));
  });

  it('applies corrections in the order of their time, not the order they are given', () => {
    const e = crossing('e1');
    const early = correction('k2', 'e1', '2026-04-04T18:00:00Z', { set: { decision: 'refused' } });
    const late = correction('k1', 'e1', '2026-04-04T19:00:00Z', { set: { decision: 'held' } });
    expect(foldCorrections(e, [late, early]).fields.decision).toBe('held');
    expect(foldCorrections(e, [early, late]).fields.decision).toBe('held');
  });

  it('breaks a tie of time by id', () => {
    const e = crossing('e1');
    const a = correction('k-a', 'e1', '2026-04-04T18:00:00Z', { set: { decision: 'refused' } });
    const b = correction('k-b', 'e1', '2026-04-04T18:00:00Z', { set: { decision: 'held' } });
    expect(foldCorrections(e, [b, a]).fields.decision).toBe('held');
    expect(foldCorrections(e, [a, b]).fields.decision).toBe('held');
  });

  it('orders corrections by instant whatever offset or precision their times are written with', () => {
    const e = crossing('e1');
    // 20:00 at -05:00 is 01:00Z the next day: later than 00:30Z although its text sorts first.
    const later = correction('k1', 'e1', '2026-04-04T20:00:00-05:00', { set: { decision: 'held' } });
    const earlier = correction('k2', 'e1', '2026-04-05T00:30:00Z', { set: { decision: 'refused' } });
    expect(foldCorrections(e, [later, earlier]).fields.decision).toBe('held');
    // Half a second past 10:00 is later than 10:00 although ".500Z" sorts before "Z".
    const withMs = correction('k3', 'e1', '2026-04-05T10:00:00.500Z', { set: { decision: 'held' } });
    const withoutMs = correction('k4', 'e1', '2026-04-05T10:00:00Z', { set: { decision: 'refused' } });
    expect(foldCorrections(e, [withMs, withoutMs]).fields.decision).toBe('held');
  });

  it('replaces only the fields a set names, and a named field whole', () => {
    const e = crossing('e1', { note: 'family of three' });
    const c = correction('k1', 'e1', '2026-04-04T18:00:00Z', {
      set: { person: { givenNames: 'Ana María', surname1: 'Pérez' } },
    });
    const { fields } = foldCorrections(e, [c]);
    // The new person has no birth date, sex or nationality: person is one field, replaced whole.
    expect(fields.person).toEqual({ givenNames: 'Ana María', surname1: 'Pérez' });
    expect(fields.note).toBe('family of three');
    expect(fields.decision).toBe('admitted');
  });

  it('voids an event, and a later set undoes the void', () => {
    const e = crossing('e1');
    const v = correction('k1', 'e1', '2026-04-04T18:00:00Z', { void: true });
    const s = correction('k2', 'e1', '2026-04-04T19:00:00Z', { set: { decision: 'held' } });
    expect(foldCorrections(e, [v]).voided).toBe(true);
    expect(foldCorrections(e, [s, v])).toEqual({ voided: false, fields: { ...e.fields, decision: 'held' } });
  });

  it('keeps an event voided by a void after the last set', () => {
    const e = crossing('e1');
    const s = correction('k1', 'e1', '2026-04-04T18:00:00Z', { set: { decision: 'held' } });
    const v = correction('k2', 'e1', '2026-04-04T19:00:00Z', { void: true });
    expect(foldCorrections(e, [v, s]).voided).toBe(true);
  });

  it('does not apply a correction from another checkpoint than its event', () => {
    const e = crossing('e1');
    const c = correction('k1', 'e1', '2026-04-04T18:00:00Z', { void: true }, 'CL-CHACALLUTA');
    expect(foldCorrections(e, [c])).toEqual({ voided: false, fields: e.fields });
  });

  it('ignores corrections of other events', () => {
    const e = crossing('e1');
    const c = correction('k1', 'e2', '2026-04-04T18:00:00Z', { void: true });
    expect(foldCorrections(e, [c]).voided).toBe(false);
  });
});

describe('contributionOf', () => {
  it.each([
    ['admitted', 1, 0, 0],
    ['admitted-transit', 1, 0, 0],
    ['referred-protection', 1, 0, 0],
    ['refused', 0, 1, 0],
    ['held', 0, 0, 1],
  ])('counts a crossing %s as crossed %i, refused %i, held %i', (decision, crossed, refused, held) => {
    expect(contribution(crossing('e1', { decision }))).toMatchObject({
      crossed,
      refused,
      held,
      dims: { decision, source: 'registered' },
    });
  });

  it('counts a voided crossing in no figure', () => {
    const e = crossing('e1');
    expect(contribution(e, [correction('k1', 'e1', '2026-04-04T18:00:00Z', { void: true })])).toBeNull();
  });

  it('counts a tally press as its count crossed, with decision and age band unknown', () => {
    expect(contribution(tally('t1', { category: 'woman', count: 7, nationality: 'col' }))).toEqual({
      dims: {
        checkpoint: 'PE-SANTA-ROSA',
        date: '2026-04-04',
        hour: '12',
        direction: 'entry',
        nationality: 'COL',
        sex: 'F',
        age_group: 'adult',
        age_band: 'unknown',
        source: 'tallied',
        decision: 'unknown',
      },
      crossed: 7,
      refused: 0,
      held: 0,
    });
  });

  it.each([
    ['boy', 'M', 'child'],
    ['girl', 'F', 'child'],
    ['man', 'M', 'adult'],
    ['woman', 'F', 'adult'],
    ['unknown', 'unknown', 'unknown'],
  ])('counts a tally of %s as sex %s and age group %s', (category, sex, ageGroup) => {
    expect(contribution(tally('t1', { category }))?.dims).toMatchObject({
      sex,
      age_group: ageGroup,
      age_band: 'unknown',
    });
  });

  it('counts a missing nationality and sex as unknown', () => {
    const e = crossing('e1', { person: { givenNames: 'Luis', surname1: 'Soto' } });
    expect(contribution(e)?.dims).toMatchObject({
      nationality: 'unknown',
      sex: 'unknown',
      age_group: 'unknown',
      age_band: 'unknown',
    });
    expect(contribution(tally('t1'))?.dims.nationality).toBe('unknown');
  });

  it('takes the date and hour from the checkpoint’s time zone at the event’s instant', () => {
    // 03:30Z on 5 April is 22:30 on 4 April in Lima (-05) and 23:30 on 4 April in Santiago (-04).
    expect(contribution(crossing('e1', {}, '2026-04-05T03:30:00Z'))?.dims).toMatchObject({
      date: '2026-04-04',
      hour: '22',
    });
    expect(contribution(crossing('e2', {}, '2026-04-05T03:30:00Z', 'CL-CHACALLUTA'))?.dims).toMatchObject({
      date: '2026-04-04',
      hour: '23',
    });
  });

  it('writes the hour with two digits', () => {
    expect(contribution(crossing('e1', {}, '2026-04-04T14:05:00Z'))?.dims.hour).toBe('09');
  });

  it('gives age on the checkpoint’s local date, not the UTC date', () => {
    // 02:00Z on 5 April is still 4 April in Lima: the 18th birthday on 5 April has not come.
    const teen = { ...ANA, birthDate: '2008-04-05' };
    expect(contribution(crossing('e1', { person: teen }, '2026-04-05T02:00:00Z'))?.dims).toMatchObject({
      age_group: 'child',
      age_band: '12-17',
    });
    expect(contribution(crossing('e2', { person: teen }, '2026-04-05T05:00:00Z'))?.dims).toMatchObject({
      age_group: 'adult',
      age_band: '18-59',
    });
  });

  it.each([
    ['2021-04-05', '0-4', 'child'],
    ['2021-04-04', '5-11', 'child'],
    ['2014-04-05', '5-11', 'child'],
    ['2014-04-04', '12-17', 'child'],
    ['2008-04-04', '18-59', 'adult'],
    ['1966-04-05', '18-59', 'adult'],
    ['1966-04-04', '60+', 'adult'],
    ['1966', '18-59', 'adult'],
    ['1966-04', '18-59', 'adult'],
    ['1966-03', '60+', 'adult'],
  ])('puts a person born %s, crossing on 4 April 2026, in band %s, group %s', (birthDate, band, group) => {
    expect(contribution(crossing('e1', { person: { ...ANA, birthDate } }))?.dims).toMatchObject({
      age_band: band,
      age_group: group,
    });
  });

  it('keeps the event’s kind, checkpoint and time whatever a correction sets', () => {
    const e = crossing('e1');
    const c = correction('k1', 'e1', '2026-04-04T18:00:00Z', {
      set: { kind: 'tally', checkpoint: 'CL-CHACALLUTA', at: '2030-01-01T00:00:00Z' },
    });
    expect(contribution(e, [c])).toEqual(contribution(e));
  });

  it('never throws on arbitrary fields', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'crossing' | 'tally'>('crossing', 'tally'),
        fc.dictionary(
          fc.oneof(
            fc.constantFrom('decision', 'person', 'count', 'category', 'direction', 'nationality'),
            fc.string(),
          ),
          fc.anything(),
        ),
        fc.array(
          fc.record({ void: fc.boolean(), set: fc.option(fc.dictionary(fc.string(), fc.anything())) }),
        ),
        (kind, fields, changes) => {
          const event: CountableEvent = {
            id: 'e1',
            kind,
            checkpoint: 'PE-SANTA-ROSA',
            at: '2026-04-04T17:00:00Z',
            fields,
          };
          const corrections = changes.map((c, i) => ({
            ...c,
            id: `k${i}`,
            corrects: 'e1',
            at: '2026-04-04T18:00:00Z',
            checkpoint: 'PE-SANTA-ROSA',
          }));
          const c = contribution(event, corrections);
          if (c !== null) for (const d of DIMENSIONS) expect(typeof c.dims[d]).toBe('string');
        },
      ),
    );
  });
});

describe('recount', () => {
  it('counts a family admitted together, then one member’s decision corrected', () => {
    const family = [
      crossing('f1', { group: 'g1', relationship: 'reference' }),
      crossing('f2', {
        group: 'g1',
        relationship: 'spouse',
        person: { ...ANA, sex: 'M', givenNames: 'José' },
      }),
      crossing('f3', { group: 'g1', relationship: 'child', person: { ...ANA, birthDate: '2019-03-02' } }),
    ];
    const fix = correction('k1', 'f2', '2026-04-04T17:20:00Z', {
      set: { decision: 'refused', refusalGround: 'entry-ban' },
    });
    expect(sumBy(recount(family, [fix], zoneOf), ['decision'])).toEqual([
      { dims: { decision: 'admitted' }, crossed: 2, refused: 0, held: 0 },
      { dims: { decision: 'refused' }, crossed: 0, refused: 1, held: 0 },
    ]);
  });

  it('takes a tally press out of every figure when it is undone', () => {
    const presses = [tally('t1', { category: 'boy' }), tally('t2', { category: 'boy' })];
    const undo = correction('k1', 't2', '2026-04-04T17:00:05Z', { void: true });
    expect(sumBy(recount(presses, [undo], zoneOf), ['age_group', 'sex'])).toEqual([
      { dims: { age_group: 'child', sex: 'M' }, crossed: 1, refused: 0, held: 0 },
    ]);
  });

  it('applies a correction that arrived before its event once the event is there', () => {
    const early = correction('k1', 'e1', '2026-04-04T17:30:00Z', {
      set: { decision: 'referred-protection' },
    });
    expect(recount([], [early], zoneOf)).toEqual([]);
    expect(recount([crossing('e1')], [early], zoneOf)[0]?.dims.decision).toBe('referred-protection');
  });

  it('counts both crossings of the hour that occurs twice at the end of Chile’s summer time in hour 23', () => {
    const events = [
      crossing('e1', {}, '2026-04-05T02:30:00Z', 'CL-CHACALLUTA'),
      crossing('e2', {}, '2026-04-05T03:30:00Z', 'CL-CHACALLUTA'),
      tally('t1', { count: 4 }, '2026-04-05T03:10:00Z', 'CL-CHACALLUTA'),
    ];
    expect(sumBy(recount(events, [], zoneOf), ['date', 'hour'])).toEqual([
      { dims: { date: '2026-04-04', hour: '23' }, crossed: 6, refused: 0, held: 0 },
    ]);
  });

  it('has no hour 00 on the Sunday Chile starts summer time', () => {
    const events = [
      crossing('e1', {}, '2026-09-06T03:59:00Z', 'CL-CHACALLUTA'),
      crossing('e2', {}, '2026-09-06T04:01:00Z', 'CL-CHACALLUTA'),
    ];
    expect(sumBy(recount(events, [], zoneOf), ['date', 'hour']).map((r) => r.dims)).toEqual([
      { date: '2026-09-05', hour: '23' },
      { date: '2026-09-06', hour: '01' },
    ]);
  });
});

describe('sumBy', () => {
  it('adds up by the dimensions asked for, sorted by them, leaving rows of zeros out', () => {
    const events = [
      crossing('e1', { direction: 'exit' }),
      crossing('e2', { decision: 'refused', refusalGround: 'other' }),
      crossing('e3'),
      crossing('e4', { decision: 'admitted' }, '2026-04-04T17:00:00Z', 'CL-CHACALLUTA'),
      // A decision the rules do not count contributes a row of zeros, which is left out.
      crossing('e5', { decision: 'pending' }, '2026-04-04T17:00:00Z', 'XX-NOWHERE'),
    ];
    expect(sumBy(recount(events, [], zoneOf), ['checkpoint', 'direction'])).toEqual([
      { dims: { checkpoint: 'CL-CHACALLUTA', direction: 'entry' }, crossed: 1, refused: 0, held: 0 },
      { dims: { checkpoint: 'PE-SANTA-ROSA', direction: 'entry' }, crossed: 1, refused: 1, held: 0 },
      { dims: { checkpoint: 'PE-SANTA-ROSA', direction: 'exit' }, crossed: 1, refused: 0, held: 0 },
    ]);
  });

  it('gives one row of totals when asked for no dimension', () => {
    const events = [crossing('e1'), tally('t1', { count: 3 })];
    expect(sumBy(recount(events, [], zoneOf), [])).toEqual([{ dims: {}, crossed: 4, refused: 0, held: 0 }]);
  });
});

describe('figuresCsv', () => {
  it('writes the dimensions in the order asked, then crossed, refused and held', () => {
    const events = [
      crossing('e1', {}, '2026-04-04T14:05:00Z'),
      crossing('e2', { decision: 'held' }, '2026-04-04T14:05:00Z'),
      tally('t1', { count: 2 }, '2026-04-04T14:10:00Z'),
    ];
    const by: Dimension[] = ['hour', 'source', 'nationality'];
    expect(figuresCsv(sumBy(recount(events, [], zoneOf), by), by)).toBe(
      'hour,source,nationality,crossed,refused,held\n09,registered,VEN,1,0,1\n09,tallied,unknown,2,0,0\n',
    );
  });
});

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

// Two events may fall in the same cell: compare the cells' sums, not the contributions one by one.
const sortedCells = (cells: readonly Contribution[]) => sumBy(cells, DIMENSIONS);

describe('counting properties', () => {
  it('folds corrections to the same result whatever order they are given in', () => {
    fc.assert(
      fc.property(
        worldArb.chain(([events, corrections]) =>
          fc.tuple(
            fc.constant(events),
            fc.constant(corrections),
            fc.shuffledSubarray(corrections, {
              minLength: corrections.length,
            }),
          ),
        ),
        ([events, corrections, shuffled]) => {
          for (const e of events)
            expect(foldCorrections(e, shuffled)).toEqual(foldCorrections(e, corrections));
        },
      ),
    );
  });

  it('recounts to the same figures whatever order events and corrections are given in', () => {
    fc.assert(
      fc.property(
        worldArb.chain(([events, corrections]) =>
          fc.tuple(
            fc.constant(events),
            fc.constant(corrections),
            fc.shuffledSubarray(events, { minLength: events.length }),
            fc.shuffledSubarray(corrections, { minLength: corrections.length }),
          ),
        ),
        ([events, corrections, shuffledEvents, shuffledCorrections]) => {
          expect(sortedCells(recount(shuffledEvents, shuffledCorrections, zoneOf))).toEqual(
            sortedCells(recount(events, corrections, zoneOf)),
          );
        },
      ),
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
