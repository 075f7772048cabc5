// Who is signed in. Checks the session once at start (again when the network returns), signs in and
// out, and drops to the login page when any request says the session has ended. Opened offline, the
// app goes on for the user last signed in on this device: the server checks each record on arrival.
// A sign-out the server could not hear (offline) is kept until it can: see sign-out.ts.
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { flushSync } from 'react-dom';
import type { ApiResult } from '../api/client';
import { api } from '../api/paso';
import type { ApiProblem } from '../api/problem';
import { CLIENT_CODES } from '../api/problem';
import type { Session, User } from '../api/types';
import { clearSyncUser, resumeSync, setSyncUser } from '../offline/instance';
import { forgetUser, rememberedUser, rememberUser, warmReferenceCache } from '../offline/remembered-user';
import {
  checkSession,
  clearSignOutPending,
  endPendingSignOut,
  endServerSession,
  markSignOutPending,
  type SignOutApi,
} from './sign-out';
import { forgetTabDrafts } from './tab-drafts';

type SessionState =
  | { readonly status: 'checking' }
  | {
      readonly status: 'signed-out';
      readonly reason: 'none' | 'expired' | 'logged-out';
      /** Signed out here while the server could not be told: it will be when the network returns. */
      readonly serverPending?: boolean;
      readonly problem?: ApiProblem;
    }
  | { readonly status: 'signed-in'; readonly user: User };

type SessionValue = {
  readonly state: SessionState;
  readonly login: (username: string, password: string) => Promise<ApiResult<Session>>;
  readonly logout: () => Promise<void>;
};

const SessionContext = createContext<SessionValue | null>(null);

const signOutApi = (signal?: AbortSignal): SignOutApi => ({
  getSession: () => api.getSession({ signal }),
  logout: () => api.logout(),
  hasCsrfToken: () => api.client.hasCsrfToken(),
  setCsrfToken: (token) => api.client.setCsrfToken(token),
});

const PENDING_SIGN_OUT: SessionState = { status: 'signed-out', reason: 'logged-out', serverPending: true };

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'checking' });
  // The offline reference reads started at sign-in; signing out stops them.
  const warming = useRef<AbortController | null>(null);
  // A session the server answered with (at start or at login): its token for writes, its user kept
  // for offline use and the reference reads started for them, then the app is signed in.
  const signIn = useCallback((session: Session) => {
    api.client.setCsrfToken(session.csrfToken);
    rememberUser(session.user);
    setSyncUser(session.user);
    warming.current?.abort();
    const controller = new AbortController();
    warming.current = controller;
    void warmReferenceCache(session.user, controller.signal);
    setState({ status: 'signed-in', user: session.user });
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    const check = () =>
      void checkSession(signOutApi(controller.signal)).then((found) => {
        if (controller.signal.aborted) return;
        switch (found.kind) {
          case 'signed-out-pending':
            setState(PENDING_SIGN_OUT);
            return;
          case 'unreachable': {
            const offlineUser = found.problem.code === CLIENT_CODES.network ? rememberedUser() : null;
            if (offlineUser !== null) setSyncUser(offlineUser);
            // The check could not be made (offline, the server down): worth telling on the login page.
            setState((previous) =>
              previous.status === 'signed-in'
                ? previous
                : offlineUser === null
                  ? { status: 'signed-out', reason: 'none', problem: found.problem }
                  : { status: 'signed-in', user: offlineUser },
            );
            return;
          }
          case 'none':
            forgetUser();
            clearSyncUser();
            setState((previous) =>
              previous.status === 'signed-in'
                ? { status: 'signed-out', reason: 'expired' }
                : previous.status === 'signed-out' && previous.reason === 'logged-out'
                  ? { status: 'signed-out', reason: 'logged-out' }
                  : { status: 'signed-out', reason: 'none' },
            );
            return;
          case 'session':
            signIn(found.session);
            return;
          default:
            found satisfies never;
        }
      });
    check();
    window.addEventListener('online', check);
    return () => {
      controller.abort();
      window.removeEventListener('online', check);
    };
  }, [signIn]);

  useEffect(
    () =>
      api.client.onUnauthorized(() => {
        api.client.setCsrfToken(null);
        warming.current?.abort();
        setState((previous) =>
          previous.status === 'signed-in' ? { status: 'signed-out', reason: 'expired' } : previous,
        );
      }),
    [],
  );

  const login = useCallback(
    async (username: string, password: string) => {
      // The session a sign-out made offline left alive is ended first, not only replaced by the new one.
      await endPendingSignOut(signOutApi());
      const result = await api.login(username, password);
      if (result.ok) {
        clearSignOutPending();
        signIn(result.value);
        resumeSync();
      }
      return result;
    },
    [signIn],
  );

  const logout = useCallback(async () => {
    // Signed out on this screen first, whatever the server answers (an expired session is already gone
    // there): the signed-in pages go away at once and abort what they are still loading, so that no
    // load reaches the server after the session ends and comes back refused. Kept as pending until the
    // server has ended the session: offline, the check when the network returns ends it then, and
    // never signs the same user in again by its cookie.
    markSignOutPending();
    forgetUser();
    clearSyncUser();
    forgetTabDrafts(window.sessionStorage);
    warming.current?.abort();
    flushSync(() => setState({ status: 'signed-out', reason: 'logged-out' }));
    if (!(await endServerSession(signOutApi()))) setState(PENDING_SIGN_OUT);
  }, []);

  const value = useMemo(() => ({ state, login, logout }), [state, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user; only for components rendered behind the sign-in guard. */
export function useUser(): User {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useUser without a signed-in user');
  return state.user;
}
