// A sign-out the server has not heard of yet. Made offline, its request never arrives, so the server's
// session and its HttpOnly cookie on this device stay alive; booth devices pass between shifts, so until
// the server has ended that session nobody is signed in again by it, and it is ended at the next chance.
// Kept in localStorage: a reload or a browser closed and opened again still knows.
import type { ApiResult } from '../api/client';
import type { ApiProblem } from '../api/problem';
import type { Session } from '../api/types';

const KEY = 'paso.session.signOutPending';

/** What ending the server's session needs: the API client's session calls and its CSRF token. */
export interface SignOutApi {
  getSession(): Promise<ApiResult<Session | null>>;
  logout(): Promise<ApiResult<undefined>>;
  hasCsrfToken(): boolean;
  setCsrfToken(token: string | null): void;
}

export function markSignOutPending(): void {
  try {
    window.localStorage.setItem(KEY, 'true');
  } catch (error) {
    // Storage refused (a private window): this page still signs nobody in again until a reload.
    console.warn('the sign-out could not be kept on this device', error);
  }
}

export function isSignOutPending(): boolean {
  try {
    return window.localStorage.getItem(KEY) !== null;
  } catch {
    return false;
  }
}

export function clearSignOutPending(): void {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    // Storage refused: nothing was kept there to clear (markSignOutPending could not keep it either).
  }
}

/**
 * Ends this device's session on the server after a sign-out made here: true once the server holds none
 * (the sign-out is then no longer pending), false when it could not be told (offline, the server down).
 * A page reloaded since the sign-out has no CSRF token for the logout: it is read from the session.
 */
export async function endServerSession(api: SignOutApi): Promise<boolean> {
  if (!api.hasCsrfToken()) {
    const session = await api.getSession();
    if (!session.ok) return false;
    if (session.value === null) {
      clearSignOutPending();
      return true;
    }
    api.setCsrfToken(session.value.csrfToken);
  }
  const done = await api.logout();
  api.setCsrfToken(null);
  // 401: the session had already ended (expired, or ended by an administrator).
  if (!done.ok && done.error.status !== 401) return false;
  clearSignOutPending();
  return true;
}

/** Before a sign-in: the session a sign-out made here left alive on the server is ended first. */
export async function endPendingSignOut(api: SignOutApi): Promise<void> {
  if (isSignOutPending()) await endServerSession(api);
}

/** What the session check found, with a sign-out still pending taken into account. */
export type SessionCheck =
  | { readonly kind: 'session'; readonly session: Session }
  | { readonly kind: 'none' }
  /** Signed out here, and the server still could not be told: nobody is signed in. */
  | { readonly kind: 'signed-out-pending' }
  | { readonly kind: 'unreachable'; readonly problem: ApiProblem };

/**
 * The check at start and when the network returns. A live session the server answers with after a
 * sign-out made on this device is the one that sign-out meant to end: it is ended, never signed in.
 */
export async function checkSession(api: SignOutApi): Promise<SessionCheck> {
  if (isSignOutPending()) {
    return (await endServerSession(api)) ? { kind: 'none' } : { kind: 'signed-out-pending' };
  }
  const result = await api.getSession();
  if (!result.ok) return { kind: 'unreachable', problem: result.error };
  return result.value === null ? { kind: 'none' } : { kind: 'session', session: result.value };
}
