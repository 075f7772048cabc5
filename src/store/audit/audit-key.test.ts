import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadAuditKey } from './audit-key';

describe('the audit key', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'paso-key-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('is made on first start, readable by its owner only, and the same on the next', () => {
    const path = join(dir, 'data', 'audit.key');
    const opened = loadAuditKey({ kind: 'file', path }, { create: true });
    expect(opened.made).toBe(true);
    const made = opened.key;
    expect(made).toHaveLength(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8').trim()).toBe(made.toString('hex'));
    expect(loadAuditKey({ kind: 'file', path }, { create: true })).toMatchObject({ key: made, made: false });
    expect(loadAuditKey({ kind: 'file', path }, { create: false })).toMatchObject({ key: made, made: false });
  });

  it('is not made where it is only to be read, and a lost one is not advised to be made anew', () => {
    const path = join(dir, 'audit.key');
    expect(() => loadAuditKey({ kind: 'file', path }, { create: false })).toThrow(/no audit key at/);
    // Starting the server is right on a new installation only: after a loss it breaks the chain.
    expect(() => loadAuditKey({ kind: 'file', path }, { create: false })).toThrow(
      /If the key was lost, do not start the server first .*put the copy back/,
    );
  });

  it('refuses a key file that others may read, and one that holds no key', () => {
    const path = join(dir, 'audit.key');
    writeFileSync(path, `${'ab'.repeat(32)}\n`, { mode: 0o600 });
    chmodSync(path, 0o644);
    expect(() => loadAuditKey({ kind: 'file', path }, { create: true })).toThrow(/chmod 600/);
    writeFileSync(path, 'not a key\n');
    chmodSync(path, 0o600);
    expect(() => loadAuditKey({ kind: 'file', path }, { create: true })).toThrow(/is not an audit key/);
  });

  it('comes from the environment as hex', () => {
    expect(loadAuditKey({ kind: 'env', hex: 'cd'.repeat(32) }, { create: true })).toMatchObject({
      key: Buffer.alloc(32, 0xcd),
      made: false,
    });
  });
});
