import { describe, expect, it } from 'vitest';
import { PROBLEMS, type ProblemCode, problemType } from './problems';

describe('the problem catalogue', () => {
  const codes = Object.keys(PROBLEMS) as ProblemCode[];
  it('gives every problem a unique type', () => {
    expect(new Set(codes.map(problemType)).size).toBe(codes.length);
  });
  it.each(codes)('%s has an error status and a title', (code) => {
    expect(PROBLEMS[code].status).toBeGreaterThanOrEqual(400);
    expect(PROBLEMS[code].status).toBeLessThan(600);
    expect(PROBLEMS[code].title.length).toBeGreaterThan(5);
  });
});
