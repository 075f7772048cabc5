import { describe, expect, it } from 'vitest';
import { mayOpen, returnPath } from './routes';

describe('mayOpen', () => {
  it.each([
    ['admin', '/admin/users', true],
    ['admin', '/admin/audit?x=1', true],
    ['officer', '/admin/users', false],
    ['analyst', '/admin/audit', false],
    ['officer', '/', true],
    ['officer', '/booth', true],
    ['humanitarian', '/booth', false],
    ['analyst', '/booth', false],
    ['officer', '/policy', false],
    ['supervisor', '/policy', true],
    ['supervisor', '/review', true],
    ['supervisor', '/review/screening', true],
    ['supervisor', '/review/duplicates?status=merged', true],
    ['officer', '/review/screening', false],
    ['humanitarian', '/review/screening', false],
    ['humanitarian', '/review/duplicates', false],
    ['humanitarian', '/admin/watchlists', false],
    ['analyst', '/review/duplicates', false],
    ['admin', '/review/screening', false],
    ['admin', '/admin/watchlists', true],
    ['supervisor', '/admin/watchlists', true],
    ['officer', '/admin/watchlists', false],
    ['humanitarian', '/care/supplies', true],
    ['analyst', '/care/supplies', true],
    ['officer', '/care/supplies', false],
    ['admin', '/admin/checkpoints', true],
    ['supervisor', '/admin/checkpoints', true],
    ['officer', '/admin/checkpoints', false],
    ['humanitarian', '/admin/checkpoints', false],
  ] as const)('%s may open %s: %s', (role, path, expected) => {
    expect(mayOpen(role, path)).toBe(expected);
  });
});

describe('returnPath', () => {
  it.each([
    [{ from: '/admin/audit' }, 'admin', '/admin/audit'],
    [{ from: '/admin/audit' }, 'officer', '/'],
    [{ from: '//evil.example/' }, 'admin', '/'],
    [{ from: 'https://evil.example/' }, 'admin', '/'],
    [{ from: '/login' }, 'admin', '/'],
    [{ from: 42 }, 'admin', '/'],
    [null, 'admin', '/'],
    [undefined, 'supervisor', '/'],
  ] as const)('goes back from %j as %s to %s', (state, role, expected) => {
    expect(returnPath(state, role)).toBe(expected);
  });
});
