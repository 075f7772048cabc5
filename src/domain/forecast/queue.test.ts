import { describe, expect, it } from 'vitest';
import { boothsNeeded, staffingWith, waitProbability } from './queue';

describe('the Erlang C queue', () => {
  it('gives the textbook probability of waiting', () => {
    // Two servers, one erlang: a third of arrivals wait; three servers, two erlangs: four in nine.
    expect(waitProbability(2, 1)).toBeCloseTo(1 / 3, 6);
    expect(waitProbability(3, 2)).toBeCloseTo(4 / 9, 6);
    expect(waitProbability(2, 2)).toBe(1);
    expect(waitProbability(4, 0)).toBe(0);
  });

  it('gives the mean wait and the share served within the target', () => {
    // 60 people an hour, 4 minutes each: 4 erlangs. With 5 booths, C = 0.5541 and the line drains at
    // 5/4 − 1 = 0.25 a minute: a mean wait of 2.2 minutes.
    const s = staffingWith(5, 60, 4, 10);
    expect(s.meanWaitMinutes).toBeCloseTo(0.5541 / 0.25, 2);
    expect(s.withinTarget).toBeCloseTo(1 - 0.5541 * Math.exp(-2.5), 3);
    expect(staffingWith(4, 60, 4, 10).meanWaitMinutes).toBe(Number.POSITIVE_INFINITY);
  });

  it('opens the fewest booths that meet the target, and none for no arrivals', () => {
    const needed = boothsNeeded(300, 3, 15, 0.8);
    expect(needed).not.toBeNull();
    const booths = needed?.booths ?? 0;
    expect(needed?.withinTarget).toBeGreaterThanOrEqual(0.8);
    expect(staffingWith(booths - 1, 300, 3, 15).withinTarget).toBeLessThan(0.8);
    expect(booths).toBeGreaterThan(15); // 15 erlangs need more than 15 booths
    expect(boothsNeeded(0, 3, 15, 0.8)?.booths).toBe(0);
    expect(boothsNeeded(100_000, 10, 1, 0.99, 50)).toBeNull();
  });
});
