// The audit key: the secret that keys the audit chain, kept out of the database. It comes from the
// environment, or from a file readable by its owner only, made on first start when asked to.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';

export type AuditKeySource =
  | { readonly kind: 'env'; readonly hex: string }
  | { readonly kind: 'file'; readonly path: string };

export const AUDIT_KEY_HEX = /^[0-9a-fA-F]{64,}$/;

/** The key, where it came from, and whether this call made its file (a first start, or a key missing). */
export interface OpenedAuditKey {
  readonly key: Buffer;
  readonly source: AuditKeySource;
  readonly made: boolean;
}

export function loadAuditKey(source: AuditKeySource, options: { readonly create: boolean }): OpenedAuditKey {
  switch (source.kind) {
    case 'env':
      return { key: Buffer.from(source.hex, 'hex'), source, made: false };
    case 'file': {
      const found = readKeyFile(source.path);
      if (found !== undefined) return { key: found, source, made: false };
      if (!options.create) return missing(source.path);
      return { ...createKeyFile(source.path), source };
    }
    default: {
      const never: never = source;
      throw new Error(`unknown audit key source ${String(never)}`);
    }
  }
}

// Two cases the file alone cannot tell apart: a new installation, where a start makes the key, and a
// key lost, where a start would make another and break the chain at the first entry it keys.
function missing(path: string): never {
  throw new Error(
    `no audit key at ${path}. On a new installation, start the server once to make one. If the key ` +
      'was lost, do not start the server first (it would make a new key that breaks the chain): put the ' +
      'copy back there, or name it with PASO_AUDIT_KEY or PASO_AUDIT_KEY_FILE ' +
      '(docs/operations.md, "When a head or the key is lost")',
  );
}

function readKeyFile(path: string): Buffer | undefined {
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  // As ssh does with private keys: a key others can read no longer proves anything.
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new Error(
      `the audit key file ${path} may be read by others (mode ${(mode & 0o777).toString(8)}): chmod 600 it`,
    );
  }
  const hex = readFileSync(path, 'utf8').trim();
  if (!AUDIT_KEY_HEX.test(hex)) throw new Error(`${path} is not an audit key (64 or more hex digits)`);
  return Buffer.from(hex, 'hex');
}

// Written aside and linked into place, so that two processes starting at once agree on one key and
// neither reads a half-written file: the link fails for the second, which reads the first's key.
function createKeyFile(path: string): { readonly key: Buffer; readonly made: boolean } {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const aside = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(aside, 'wx', 0o600);
  try {
    writeSync(fd, `${randomBytes(32).toString('hex')}\n`);
    fsyncSync(fd); // on disk before anything is chained with it
  } finally {
    closeSync(fd);
  }
  let made = true;
  try {
    linkSync(aside, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    made = false;
  } finally {
    unlinkSync(aside);
  }
  return { key: readKeyFile(path) ?? missing(path), made };
}
