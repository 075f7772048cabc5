// contributionOf: what one event, as corrected, adds to each figure and under which dimensions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contributionOf, DIMENSIONS, foldCorrections } from './counting';
import { ANA, correction, crossing, tally, zoneOf } from './counting-test-events';
import type { CorrectionOf, CountableEvent } from './types';

const contribution = (event: CountableEvent, corrections: readonly CorrectionOf[] = []) =>
  contributionOf(event, foldCorrections(event, corrections), zoneOf(event.checkpoint));

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
