import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Role } from '../../src/domain/access';
import { buildApp } from '../../src/server/app';
import { createServerContext, type ServerContext } from '../../src/server/context';
import type { Dialect } from '../../src/store/db';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from '../../src/store/demo';
import { openTestDb, type TestDb } from './databases';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly t: TestDb;
  readonly routes: readonly { method: string; url: string }[];
  close(): Promise<void>;
}

export interface Login {
  readonly role: Role;
  readonly userId: string;
  readonly cookie: string;
  readonly csrfToken: string;
}

// The settings of the servers in tests: generous login limits, cookies over plain HTTP.
export const TEST_SETTINGS: ServerContext['settings'] = {
  version: 'test',
  operationName: 'Test',
  cookieSecure: false,
  sessionLifetimeMs: 3600_000,
  loginRateLimit: 1000,
};

export async function makeTestApp(
  dialect: Dialect,
  settings: Partial<ServerContext['settings']> = {},
  clock: string | (() => string) = '2025-11-27T15:00:00Z',
): Promise<TestApp> {
  const t = await openTestDb(dialect);
  const now = () => new Date(typeof clock === 'string' ? clock : clock());
  await seedDemo(t.db.kysely, now());
  const routes: { method: string; url: string }[] = [];
  const app = await buildApp(await createServerContext(t.db, now, { ...TEST_SETTINGS, ...settings }), {
    onRoute: (r) => routes.push(r),
  });
  await app.ready();
  return {
    app,
    t,
    routes,
    close: async () => {
      await app.close();
      await t.cleanup();
    },
  };
}

export const demoUser = (role: Role) => {
  const user = DEMO_USERS.find((u) => u.role === role);
  if (!user) throw new Error(`no demo user with role ${role}`);
  return user;
};

export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'paso_session');
  if (!cookie) throw new Error(`no session cookie (status ${response.statusCode}: ${response.body})`);
  return `paso_session=${cookie.value}`;
}

export async function login(app: FastifyInstance, role: Role): Promise<Login> {
  const user = demoUser(role);
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: user.username, password: DEMO_PASSWORD },
  });
  const body = response.json<{ csrfToken: string }>();
  return { role, userId: user.id, cookie: sessionCookie(response), csrfToken: body.csrfToken };
}

export const as = (who: Login) => ({ cookie: who.cookie, 'x-csrf-token': who.csrfToken });

export type Send = (
  who: Login,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: object,
) => Promise<LightMyRequestResponse>;

/** Requests to the test app as `who`, with `payload` as the JSON body when there is one. */
export const sendAs =
  (ctx: { readonly app: FastifyInstance }): Send =>
  (who, method, url, payload) =>
    ctx.app.inject({ method, url, headers: as(who), ...(payload ? { payload } : {}) });

/** The app of the running test and a login for each role it was asked for. */
export type EachTestApp<R extends Role> = Pick<TestApp, 'app' | 't' | 'routes'> & {
  readonly [K in R]: Login;
};

/**
 * Called inside a describe: before each of its tests a fresh app on `dialect` with one login per role,
 * closed after the test. Read `app`, `t` and the logins from the returned object inside the tests.
 * `clock` is the instant the app's clock stands at (makeTestApp's when not given), or a function
 * that says it, for a test that moves the clock on.
 */
export function eachTestApp<R extends Role>(
  dialect: Dialect,
  roles: readonly R[],
  clock?: string | (() => string),
): EachTestApp<R> {
  return testAppBetween(beforeEach, afterEach, dialect, roles, clock, {});
}

/**
 * As eachTestApp, but one app for all the tests of the describe, made before the first; `settings`
 * change the server's (a session long enough for a clock moved days on, for one).
 */
export function suiteTestApp<R extends Role>(
  dialect: Dialect,
  roles: readonly R[],
  clock?: string | (() => string),
  settings: Partial<ServerContext['settings']> = {},
): EachTestApp<R> {
  return testAppBetween(beforeAll, afterAll, dialect, roles, clock, settings);
}

/**
 * A test app's clock that stands at `start` but while `at(instant, act)` runs `act`: a convoy's step
 * is logged when it happens, and the server refuses one dated later than its clock. Its sessions must
 * outlive the moves (suiteTestApp's `settings`, SESSIONS_FOR_A_WEEK).
 */
export function steppingClock(start = '2025-11-27T15:00:00Z') {
  let current = start;
  return {
    clock: () => current,
    async at<T>(instant: string, act: () => Promise<T>): Promise<T> {
      current = instant;
      try {
        return await act();
      } finally {
        current = start;
      }
    },
  };
}

export const SESSIONS_FOR_A_WEEK = { sessionLifetimeMs: 7 * 24 * 3600_000 } as const;

function testAppBetween<R extends Role>(
  before: (fn: () => Promise<void>) => void,
  after: (fn: () => Promise<void>) => void,
  dialect: Dialect,
  roles: readonly R[],
  clock: string | (() => string) | undefined,
  settings: Partial<ServerContext['settings']>,
): EachTestApp<R> {
  let current: { ctx: TestApp; logins: Map<Role, Login> } | undefined;
  before(async () => {
    const ctx = await makeTestApp(dialect, settings, clock);
    const logins = await Promise.all(roles.map((role) => login(ctx.app, role)));
    current = { ctx, logins: new Map(logins.map((l) => [l.role, l])) };
  });
  after(async () => {
    await current?.ctx.close();
    current = undefined;
  });
  const now = () => {
    if (!current) throw new Error('the test app is read only inside a test');
    return current;
  };
  const each = {
    get app() {
      return now().ctx.app;
    },
    get t() {
      return now().ctx.t;
    },
    get routes() {
      return now().ctx.routes;
    },
  };
  for (const role of roles) {
    Object.defineProperty(each, role, {
      get: () => now().logins.get(role),
      enumerable: true,
    });
  }
  return each as EachTestApp<R>;
}
