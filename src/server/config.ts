// The server's settings, read once from the environment and checked.
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';
import { AUDIT_KEY_HEX, type AuditKeySource } from '../store/audit';
import type { DatabaseConfig } from '../store/db';

// Which peers may tell us the client's address and the host it asked for (X-Forwarded-For,
// X-Forwarded-Host): none, every one, or the listed addresses and CIDR ranges (proxy-addr's names
// loopback, linklocal, uniquelocal too), as Fastify's `trustProxy` takes them. Not a hop count:
// Fastify 5 refuses those, as they cannot tell the proxy from a client that connects directly.
export type TrustProxy = boolean | readonly string[];

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

const TrustProxySetting = z
  .string()
  .trim()
  .transform((value, ctx): TrustProxy => {
    if (value === '' || value === 'false') return false;
    if (value === 'true') return true;
    const entries = value.split(',').map((e) => e.trim());
    const bad = entries.filter((e) => !isProxyAddress(e));
    if (bad.length === 0) return entries;
    ctx.addIssue({
      code: 'custom',
      message: `expected false, true, or the proxies' addresses and CIDR ranges; not ${bad.join(', ')}`,
    });
    return z.NEVER;
  });

const Env = z.object({
  PASO_DATABASE_URL: z.string().url().optional(),
  PASO_DATA_DIR: z.string().default('./data'),
  PASO_HOST: z.string().default('127.0.0.1'),
  PASO_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  PASO_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PASO_COOKIE_SECURE: z.enum(['true', 'false']).default('false'),
  PASO_SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  // Failed logins one client may make at one account before it must wait (auth/login-throttle.ts).
  PASO_LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(5),
  PASO_TRUST_PROXY: TrustProxySetting.default(false),
  PASO_OPERATION_NAME: z.string().default('Emergencia Tacna–Arica 2025'),
  // 'false' commits each request's writes in a transaction of its own (the benchmark's baseline).
  PASO_GROUP_COMMIT: z.enum(['true', 'false']).default('true'),
  // The audit chain's key, or the file that holds it (default PASO_DATA_DIR/audit.key, made on first
  // start); and how many entries apart the server logs the chain's head (docs/operations.md).
  PASO_AUDIT_KEY: z.string().regex(AUDIT_KEY_HEX, 'expected 64 or more hex digits').optional(),
  PASO_AUDIT_KEY_FILE: z.string().min(1).optional(),
  PASO_AUDIT_HEAD_EVERY: z.coerce.number().int().positive().default(1000),
});

export interface Config {
  readonly database: DatabaseConfig;
  readonly host: string;
  readonly port: number;
  readonly logLevel: string;
  readonly cookieSecure: boolean;
  readonly sessionLifetimeMs: number;
  readonly loginRateLimit: number;
  readonly trustProxy: TrustProxy;
  readonly operationName: string;
  readonly groupCommit: boolean;
  readonly audit: { readonly key: AuditKeySource; readonly headEvery: number };
}

const keyFile = (dataDir: string, file: string | undefined) =>
  file === undefined ? resolve(dataDir, 'audit.key') : resolve(file);

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    database: e.PASO_DATABASE_URL
      ? { kind: 'postgres', url: e.PASO_DATABASE_URL }
      : { kind: 'sqlite', file: resolve(e.PASO_DATA_DIR, 'paso.sqlite') },
    host: e.PASO_HOST,
    port: e.PASO_PORT,
    logLevel: e.PASO_LOG_LEVEL,
    cookieSecure: e.PASO_COOKIE_SECURE === 'true',
    sessionLifetimeMs: e.PASO_SESSION_HOURS * 3600_000,
    loginRateLimit: e.PASO_LOGIN_RATE_LIMIT,
    trustProxy: e.PASO_TRUST_PROXY,
    operationName: e.PASO_OPERATION_NAME,
    groupCommit: e.PASO_GROUP_COMMIT === 'true',
    audit: {
      key: e.PASO_AUDIT_KEY
        ? { kind: 'env', hex: e.PASO_AUDIT_KEY }
        : { kind: 'file', path: keyFile(e.PASO_DATA_DIR, e.PASO_AUDIT_KEY_FILE) },
      headEvery: e.PASO_AUDIT_HEAD_EVERY,
    },
  };
}
