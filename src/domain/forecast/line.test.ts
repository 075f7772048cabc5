import { describe, expect, it } from 'vitest';
import { boothsForLine, type LineStretch, lineWith } from './line';

const hours = (...arrivals: number[]): LineStretch[] => arrivals.map((a) => ({ arrivals: a, minutes: 60 }));

describe('the line carried from hour to hour', () => {
  it('shrinks by what the booths serve beyond the arrivals, and says when it is gone', () => {
    // Four booths at 4 minutes serve one person a minute; 30 come an hour: the line loses 30 an hour.
    const course = lineWith({ waitingNow: 120, stretches: hours(30, 30, 30, 30, 30), serviceMinutes: 4 }, 4);
    expect(course.steps.map((s) => s.waitingAtEnd)).toEqual([90, 60, 30, 0, 0]);
    // Whoever joins behind 90 people, served one a minute, waits 90 minutes.
    expect(course.steps.map((s) => s.waitAtEndMinutes)).toEqual([90, 60, 30, 0, 0]);
    expect(course.clearsAfterMinutes).toBe(240);
  });

  it('grows while more come than the booths can take, and is then not gone', () => {
    // Two booths at 4 minutes take 30 an hour; 60 come.
    const course = lineWith({ waitingNow: 10, stretches: hours(60, 60, 0), serviceMinutes: 4 }, 2);
    expect(course.steps.map((s) => s.waitingAtEnd)).toEqual([40, 70, 40]);
    expect(course.steps[1]?.waitAtEndMinutes).toBe(140);
    expect(course.clearsAfterMinutes).toBeNull();
  });

  it('starts from the part of the hour still ahead, and may clear within it or after it', () => {
    // 20 minutes of the hour left, 10 expected in them; three booths at 2 minutes serve 1.5 a minute:
    // the line shrinks by 1 a minute, from 25 to 5, then by 1.5 − 1 = 0.5 a minute in the next hour.
    const course = lineWith(
      { waitingNow: 25, stretches: [{ arrivals: 10, minutes: 20 }, ...hours(60)], serviceMinutes: 2 },
      3,
    );
    expect(course.steps.map((s) => s.waitingAtEnd)).toEqual([5, 0]);
    expect(course.clearsAfterMinutes).toBe(30);
    const shorter = lineWith(
      { waitingNow: 15, stretches: [{ arrivals: 10, minutes: 20 }], serviceMinutes: 2 },
      3,
    );
    expect(shorter.clearsAfterMinutes).toBe(15);
  });

  it('says no one waits now when the line is empty, and no wait can be given with no booth open', () => {
    expect(lineWith({ waitingNow: 0, stretches: hours(0), serviceMinutes: 4 }, 1).clearsAfterMinutes).toBe(0);
    const closed = lineWith({ waitingNow: 5, stretches: hours(3), serviceMinutes: 4 }, 0);
    expect(closed.steps[0]).toEqual({ waitingAtEnd: 8, waitAtEndMinutes: null });
  });
});

describe('the booths a line needs', () => {
  const waitsAtEnds = (waitingNow: number, stretches: LineStretch[], service: number, plan: number[]) => {
    let waiting = waitingNow;
    return stretches.map((s, i) => {
      const booths = plan[i] ?? 0;
      waiting = Math.max(0, waiting + s.arrivals - (booths / service) * s.minutes);
      return waiting === 0 ? 0 : (waiting * service) / booths;
    });
  };

  it('opens enough to bring the line carried in down to the target, and no more than the arrivals need after', () => {
    const stretches = hours(60, 60, 60, 60);
    // Each hour's arrivals alone need 5 booths (say); 120 wait now, 4 minutes each, target 30 minutes.
    const plan = boothsForLine({ waitingNow: 120, stretches, serviceMinutes: 4 }, 30, () => 5);
    // 180 people in the first hour: 8 booths serve 120 of them and leave 60, a wait of 30 minutes.
    expect(plan).toEqual([8, 6, 5, 5]);
    const waits = waitsAtEnds(120, stretches, 4, plan as number[]);
    expect(waits.every((w) => w <= 30 + 1e-9)).toBe(true);
    // One booth fewer in the first hour leaves whoever comes last waiting longer than the target.
    expect(waitsAtEnds(120, stretches, 4, [7, 6, 5, 5])[0]).toBeGreaterThan(30);
  });

  it('is what the arrivals need on their own when no line is carried', () => {
    const plan = boothsForLine({ waitingNow: 0, stretches: hours(12, 40, 0), serviceMinutes: 5 }, 15, (s) =>
      s.arrivals === 0 ? 0 : s.arrivals < 20 ? 2 : 5,
    );
    expect(plan).toEqual([2, 5, 0]);
  });

  it('says null for a stretch beyond the most booths, and carries the line on as they would leave it', () => {
    const plan = boothsForLine(
      { waitingNow: 5000, stretches: hours(0, 0), serviceMinutes: 10 },
      10,
      () => 0,
      50,
    );
    // 5000 × 10 / 70 → 715 booths: more than 50. Fifty serve 300 an hour: 4700 wait in the next.
    expect(plan[0]).toBeNull();
    expect(plan[1]).toBeNull();
    const two = boothsForLine(
      { waitingNow: 400, stretches: hours(0, 0), serviceMinutes: 10 },
      10,
      () => 0,
      50,
    );
    // 400 × 10 / 70 → 58 (null); 50 booths leave 100, which need 100 × 10 / 70 → 15.
    expect(two).toEqual([null, 15]);
  });
});
