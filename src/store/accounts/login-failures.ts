// Failed logins, counted in the database so that every Paso server sharing it counts the same ones and
// a restart forgets none (src/server/auth/login-throttle.ts makes the rules). Each failure counts three
// times: for the client at the account, for the account from every client, for the client at every
// account. A count is added to in one statement, so two servers counting at once lose neither.
import { sql } from 'kysely';
import type { Executor } from '../executor';

export type LoginFailureScope = 'pair' | 'account' | 'client';

export interface LoginFailureCount {
  readonly failures: number;
  /** When the count (re)started. */
  readonly firstAt: string;
  /** The latest failure counted. */
  readonly lastAt: string;
}

export type LoginFailureCounts = Readonly<Partial<Record<LoginFailureScope, LoginFailureCount>>>;

/** When a failure is counted, and from when the counts it adds to start again from one. */
export interface LoginFailureAt {
  readonly at: string;
  /** A client's count at an account, or an account's, whose latest failure is at or before this. */
  readonly forgottenUpTo: string;
  /** A client's count at every account that started at or before this (its window is over). */
  readonly windowOverUpTo: string;
}

// The row of each scope: the part a scope does not count by is ''.
const keysOf = (account: string, client: string) =>
  [
    { scope: 'pair', account, client },
    { scope: 'account', account, client: '' },
    { scope: 'client', account: '', client },
  ] as const;

/** The counts that concern a login for `account` from `client`, by primary key: one indexed read. */
export async function readLoginFailures(
  db: Executor,
  account: string,
  client: string,
): Promise<LoginFailureCounts> {
  const rows = await db
    .selectFrom('login_failure')
    .select(['scope', 'failures', 'first_at', 'last_at'])
    .where((eb) =>
      eb.or(
        keysOf(account, client).map((k) =>
          eb.and([eb('scope', '=', k.scope), eb('account', '=', k.account), eb('client', '=', k.client)]),
        ),
      ),
    )
    .execute();
  const counts: Partial<Record<LoginFailureScope, LoginFailureCount>> = {};
  for (const r of rows) {
    if (r.scope === 'pair' || r.scope === 'account' || r.scope === 'client') {
      counts[r.scope] = { failures: r.failures, firstAt: r.first_at, lastAt: r.last_at };
    }
  }
  return counts;
}

/** Counts one failure in each of the three scopes, starting again from one a count that is over. */
export async function countLoginFailure(
  db: Executor,
  account: string,
  client: string,
  when: LoginFailureAt,
): Promise<void> {
  const over = sql<boolean>`(login_failure.scope = 'client' AND login_failure.first_at <= ${when.windowOverUpTo})
    OR (login_failure.scope <> 'client' AND login_failure.last_at <= ${when.forgottenUpTo})`;
  await db
    .insertInto('login_failure')
    .values(keysOf(account, client).map((k) => ({ ...k, failures: 1, first_at: when.at, last_at: when.at })))
    .onConflict((oc) =>
      oc.columns(['scope', 'account', 'client']).doUpdateSet({
        failures: sql<number>`CASE WHEN ${over} THEN 1 ELSE login_failure.failures + 1 END`,
        first_at: sql<string>`CASE WHEN ${over} THEN excluded.first_at ELSE login_failure.first_at END`,
        last_at: sql<string>`excluded.last_at`,
      }),
    )
    .execute();
}

/** A correct password clears what this client failed at this account; nothing else. */
export async function clearLoginFailures(db: Executor, account: string, client: string): Promise<void> {
  await db
    .deleteFrom('login_failure')
    .where('scope', '=', 'pair')
    .where('account', '=', account)
    .where('client', '=', client)
    .execute();
}

/** Deletes the counts whose latest failure is at or before `upTo` (by the index on it). */
export async function forgetLoginFailures(db: Executor, upTo: string): Promise<void> {
  await db.deleteFrom('login_failure').where('last_at', '<=', upTo).execute();
}
