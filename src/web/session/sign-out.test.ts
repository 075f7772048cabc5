// Booth devices pass between shifts: once an officer has signed out, even offline, nobody goes on with
// that account on the device without the password, and the server's session is ended when it can be.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../api/client';
import type { ApiProblem } from '../api/problem';
import type { Session } from '../api/types';
import {
  checkSession,
  clearSignOutPending,
  endPendingSignOut,
  endServerSession,
  isSignOutPending,
  markSignOutPending,
  type SignOutApi,
} from './sign-out';

const session: Session = {
  user: {
    id: '0a7a0000-0000-4000-8000-000000000001',
    username: 'oficial.santarosa',
    displayName: 'Oficial de caseta, Santa Rosa',
    role: 'officer',
    checkpointIds: [],
    disabled: false,
    createdAt: '2025-11-27T00:00:00.000Z',
  },
  csrfToken: 'token-1',
};

const unreachable: ApiProblem = {
  type: 'about:blank',
  title: 'No connection',
  status: 0,
  code: 'client.network',
  errors: [],
};
const ended: ApiProblem = {
  type: 'about:blank',
  title: 'Sign in',
  status: 401,
  code: 'auth.required',
  errors: [],
};

/** A server that keeps one session for the device's cookie until a logout with its token ends it. */
function fakeServer() {
  const state = { online: true, alive: true, token: null as string | null, logouts: 0 };
  const api: SignOutApi = {
    getSession: async (): Promise<ApiResult<Session | null>> => {
      if (!state.online) return { ok: false, error: unreachable };
      return { ok: true, value: state.alive ? session : null };
    },
    logout: async (): Promise<ApiResult<undefined>> => {
      if (!state.online) return { ok: false, error: unreachable };
      if (!state.alive) return { ok: false, error: ended };
      if (state.token !== session.csrfToken) return { ok: false, error: { ...ended, status: 403 } };
      state.alive = false;
      state.logouts += 1;
      return { ok: true, value: undefined };
    },
    hasCsrfToken: () => state.token !== null,
    setCsrfToken: (token) => {
      state.token = token;
    },
  };
  return { state, api };
}

beforeEach(() => {
  const stored = new Map<string, string>();
  vi.stubGlobal('window', {
    localStorage: {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => stored.set(key, value),
      removeItem: (key: string) => stored.delete(key),
    },
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a sign-out made offline', () => {
  it('signs nobody in when the network returns, and ends the server session then', async () => {
    const { state, api } = fakeServer();
    state.token = session.csrfToken;
    state.online = false;
    markSignOutPending();
    expect(await endServerSession(api)).toBe(false);
    expect(state.alive).toBe(true);
    expect(await checkSession(api)).toEqual({ kind: 'signed-out-pending' });

    state.online = true;
    expect(await checkSession(api)).toEqual({ kind: 'none' });
    expect(state.alive).toBe(false);
    expect(state.logouts).toBe(1);
    expect(isSignOutPending()).toBe(false);
    expect(state.token).toBeNull();
  });

  it('is still kept after a reload offline, which has no token, and ends the session with the one it reads', async () => {
    const { state, api } = fakeServer();
    state.online = false;
    markSignOutPending();
    expect(await checkSession(api)).toEqual({ kind: 'signed-out-pending' });
    state.online = true;
    expect(await checkSession(api)).toEqual({ kind: 'none' });
    expect(state.alive).toBe(false);
  });

  it('is done when the server session had already ended meanwhile', async () => {
    const { state, api } = fakeServer();
    markSignOutPending();
    state.alive = false;
    expect(await endServerSession(api)).toBe(true);
    expect(isSignOutPending()).toBe(false);
  });

  it('is ended before a sign-in, and nothing is sent when none is pending', async () => {
    const { state, api } = fakeServer();
    await endPendingSignOut(api);
    expect(state.alive).toBe(true);
    markSignOutPending();
    await endPendingSignOut(api);
    expect(state.alive).toBe(false);
    expect(state.logouts).toBe(1);
    expect(isSignOutPending()).toBe(false);
  });

  it('no longer holds back a session once a password login has cleared it', async () => {
    const { api } = fakeServer();
    markSignOutPending();
    clearSignOutPending();
    expect(await checkSession(api)).toEqual({ kind: 'session', session });
  });
});

describe('the session check without a sign-out pending', () => {
  it('signs in with the session the server answers with', async () => {
    const { api } = fakeServer();
    expect(await checkSession(api)).toEqual({ kind: 'session', session });
  });

  it('says when the server could not be reached', async () => {
    const { state, api } = fakeServer();
    state.online = false;
    expect(await checkSession(api)).toEqual({ kind: 'unreachable', problem: unreachable });
  });
});

describe('a sign-out online', () => {
  it('ends the server session at once with the token the page holds', async () => {
    const { state, api } = fakeServer();
    state.token = session.csrfToken;
    markSignOutPending();
    expect(await endServerSession(api)).toBe(true);
    expect(state.alive).toBe(false);
    expect(isSignOutPending()).toBe(false);
  });
});
