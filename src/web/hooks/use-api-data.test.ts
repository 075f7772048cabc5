import { describe, expect, it } from 'vitest';
import { type Loadable, whileLoading } from './use-api-data';

const pending = { status: 'pending' } as const;
const links = async () => ({ ok: true as const, value: pending });
const merged = async () => ({ ok: true as const, value: { status: 'merged' } as const });
const shown: Loadable<{ status: string }> = { status: 'ok', value: pending };

describe('what a page shows while its data loads', () => {
  it('keeps the rows on screen while the same data is reloaded', () => {
    expect(whileLoading(shown, links, links)).toBe(shown);
  });

  it("shows loading, not the old rows, when another filter's data is loading", () => {
    expect(whileLoading(shown, links, merged)).toEqual({ status: 'loading' });
  });

  it('shows loading on the first load and after a problem', () => {
    expect(whileLoading({ status: 'loading' }, null, links)).toEqual({ status: 'loading' });
    const problem: Loadable<never> = {
      status: 'error',
      problem: { type: 'about:blank', title: 'x', status: 500, errors: [] },
    };
    expect(whileLoading(problem, links, links)).toEqual({ status: 'loading' });
  });
});
