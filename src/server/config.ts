// The server's settings, read once from the environment and checked.
import { resolve } from 'node:path';
import { z } from 'zod';
import type { DatabaseConfig } from '../store/db';

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
  PASO_OPERATION_NAME: z.string().default('Emergencia Tacna–Arica 2025'),
  // 'false' commits each request's writes in a transaction of its own (the benchmark's baseline).
  PASO_GROUP_COMMIT: z.enum(['true', 'false']).default('true'),
});

export interface Config {
  readonly database: DatabaseConfig;
  readonly host: string;
  readonly port: number;
  readonly logLevel: string;
  readonly cookieSecure: boolean;
  readonly sessionLifetimeMs: number;
  readonly loginRateLimit: number;
  readonly operationName: string;
  readonly groupCommit: boolean;
}

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
    operationName: e.PASO_OPERATION_NAME,
    groupCommit: e.PASO_GROUP_COMMIT === 'true',
  };
}
