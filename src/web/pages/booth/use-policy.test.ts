import { describe, expect, it } from 'vitest';
import type { StoredPolicy } from '../../api/types';
import type { Loadable } from '../../hooks/use-api-data';
import { nextState } from './use-policy';

const version = (n: number): StoredPolicy => ({
  version: n,
  rules: [],
  note: '',
  createdBy: 'x',
  createdAt: '',
});
const offline = {
  ok: false as const,
  error: { type: 'about:blank', title: 'Sin conexión', status: 0, detail: '', errors: [] },
};

describe('the rules an open booth uses after reading them again', () => {
  it('takes a new version saved meanwhile', () => {
    const before: Loadable<StoredPolicy> = { status: 'ok', value: version(1) };
    expect(nextState(before, { ok: true, value: version(2) })).toEqual({ status: 'ok', value: version(2) });
  });

  it('keeps the rules already read, the same object, when the version did not change or the reading failed', () => {
    const before: Loadable<StoredPolicy> = { status: 'ok', value: version(1) };
    expect(nextState(before, { ok: true, value: version(1) })).toBe(before);
    expect(nextState(before, offline)).toBe(before);
  });

  it('says the failure only when no rules were read yet', () => {
    expect(nextState({ status: 'loading' }, offline)).toEqual({ status: 'error', problem: offline.error });
  });
});
