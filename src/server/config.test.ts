import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('readConfig', () => {
  it('trusts no proxy unless told', () => {
    expect(readConfig({}).trustProxy).toBe(false);
  });

  it.each([
    ['false', false],
    ['true', true],
    ['127.0.0.1', ['127.0.0.1']],
    [' 10.0.0.0/8, ::1 ,loopback', ['10.0.0.0/8', '::1', 'loopback']],
    ['2001:db8::/32', ['2001:db8::/32']],
  ])('reads PASO_TRUST_PROXY=%j', (value, expected) => {
    expect(readConfig({ PASO_TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each(['1', 'nginx.internal', '10.0.0.0/33', '::1/129', '10.0.0.1/8/8', '10.0.0.1,'])(
    'refuses PASO_TRUST_PROXY=%j, naming it',
    (value) => {
      expect(() => readConfig({ PASO_TRUST_PROXY: value })).toThrow(/PASO_TRUST_PROXY/);
    },
  );

  it('counts five failed logins per account and client by default', () => {
    expect(readConfig({}).loginRateLimit).toBe(5);
  });

  it('keeps the audit key in PASO_DATA_DIR/audit.key unless told otherwise', () => {
    expect(readConfig({ PASO_DATA_DIR: '/srv/paso' }).audit).toEqual({
      key: { kind: 'file', path: '/srv/paso/audit.key' },
      headEvery: 1000,
    });
    expect(readConfig({ PASO_AUDIT_KEY_FILE: '/etc/paso/audit.key' }).audit.key).toEqual({
      kind: 'file',
      path: '/etc/paso/audit.key',
    });
    expect(readConfig({ PASO_AUDIT_KEY: 'ab'.repeat(32) }).audit.key).toEqual({
      kind: 'env',
      hex: 'ab'.repeat(32),
    });
  });

  it.each([
    ['PASO_AUDIT_KEY', 'secret'],
    ['PASO_AUDIT_HEAD_EVERY', '0'],
  ])('refuses %s=%j, naming it', (name, value) => {
    expect(() => readConfig({ [name]: value })).toThrow(new RegExp(name));
  });
});
