import { describe, expect, it } from 'vitest';
import { countQuantiles, sumCv } from './counts';

describe('count quantiles', () => {
  it('are those of a Poisson count when the rate is certain', () => {
    // Poisson(10): P(X ≤ 5) = 0.067, P(X ≤ 6) = 0.130; P(X ≤ 13) = 0.864, P(X ≤ 14) = 0.917.
    expect(countQuantiles(10, 0, [0.1, 0.9])).toEqual([6, 14]);
    expect(countQuantiles(0, 0.5, [0.1, 0.9])).toEqual([0, 0]);
  });

  it('do not underflow for large means, and widen with an uncertain rate', () => {
    const [low = 0, high = 0] = countQuantiles(5000, 0, [0.1, 0.9]);
    expect(Math.abs(low - (5000 - 1.2816 * Math.sqrt(5000)))).toBeLessThan(2);
    expect(Math.abs(high - (5000 + 1.2816 * Math.sqrt(5000)))).toBeLessThan(2);
    const [wideLow = 0, wideHigh = 0] = countQuantiles(5000, 0.2, [0.1, 0.9]);
    expect(wideLow).toBeLessThan(4000);
    expect(wideHigh).toBeGreaterThan(6000);
  });

  it('keeps the shared level of a sum, which does not average out', () => {
    expect(sumCv([100, 100, 100], 0.2, [0, 0, 0])).toBeCloseTo(0.2, 6);
    expect(sumCv([100, 100, 100, 100], 0, [0.2, 0.2, 0.2, 0.2])).toBeCloseTo(0.1, 6);
  });
});
