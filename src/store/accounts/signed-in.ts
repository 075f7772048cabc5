// Who holds a session token: the session and its user. Every request asks, so the answer is kept for
// a second. This server's own sign-outs and account changes forget it at once; another server's
// (on a shared PostgreSQL) or a command's take effect within the second.
import type { Executor } from '../executor';
import { accountGeneration } from './account-changes';
import { findSession, type Session } from './sessions';
import { findUserById, type User } from './users';

export interface SignedIn {
  readonly session: Session;
  readonly user: User;
}

const KEEP_MS = 1000;
const MAX_KEPT = 10_000;

type Kept = { readonly readAt: number; readonly generation: number; readonly found: SignedIn };
const kept = new WeakMap<Executor, Map<string, Kept>>();

/** The session and its enabled user, or undefined when the token is unknown, expired or disabled. */
export async function findSignedIn(db: Executor, token: string, now: Date): Promise<SignedIn | undefined> {
  let map = kept.get(db);
  if (map === undefined) {
    map = new Map();
    kept.set(db, map);
  }
  const generation = accountGeneration();
  const t = now.getTime();
  const hit = map.get(token);
  if (hit && hit.generation === generation && hit.readAt <= t && t - hit.readAt < KEEP_MS) {
    return hit.found.session.expiresAt > now.toISOString() ? hit.found : undefined;
  }
  const asked = generation;
  const session = await findSession(db, token, now);
  const user = session && (await findUserById(db, session.userId));
  if (!session || !user || user.disabled) {
    map.delete(token);
    return undefined;
  }
  const found = { session, user };
  // An account changed while this was read: the answer may be stale, so it is not kept.
  if (asked === accountGeneration()) {
    if (map.size >= MAX_KEPT) map.clear();
    map.set(token, { readAt: t, generation, found });
  }
  return found;
}
