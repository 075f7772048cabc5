// recount, sumBy and figuresCsv: the figures of many events and corrections, added up and written out.
import { describe, expect, it } from 'vitest';
import { type Dimension, figuresCsv, recount, sumBy } from './counting';
import { ANA, correction, crossing, tally, zoneOf } from './counting-test-events';

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
