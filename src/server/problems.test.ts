import type { FastifyBaseLogger } from 'fastify';
import { describe, expect, it, vi } from 'vitest';
import {
  PROBLEMS,
  type ProblemCode,
  ProblemSchema,
  problemTolerantSerializer,
  problemType,
} from './problems';

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
  // The serializer checks every problem reply against ProblemSchema: each must pass as sent.
  it.each(codes)('%s, with the members Paso adds, fits ProblemSchema', (code) => {
    const { status, title } = PROBLEMS[code];
    const base = { type: problemType(code), title, status, detail: title, instance: '/api/x?y=1', code };
    expect(ProblemSchema.safeParse(base).success).toBe(true);
    const extras = {
      errors: [{ path: 'body.rules.0.id', message: 'missing', code: 'rule.id-missing' }],
      retryAfter: 30,
      currentVersion: 3,
      line: 2,
      importCode: 'csv.header',
      nameCode: 'name.no-letters',
      someday: { anything: true },
    };
    expect(ProblemSchema.safeParse({ ...base, ...extras }).success).toBe(true);
  });

  it('sends a problem that does not fit ProblemSchema as it is, and logs it, rather than failing', () => {
    const error = vi.fn();
    const log = { error } as unknown as FastifyBaseLogger;
    const route = { schema: ProblemSchema, method: 'POST', url: '/api/x', httpStatus: '400' };
    const serialize = problemTolerantSerializer(log)(route);
    const odd = { type: 'x', title: 'x', status: 'four hundred', code: 'no.such-code' };
    expect(JSON.parse(serialize(odd))).toEqual(odd);
    expect(error).toHaveBeenCalledOnce();
  });
});
