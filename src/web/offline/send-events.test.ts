// The outbox's send after a page was opened offline: it asks for the session's token first instead of
// being refused once, and learns a token that changed since, sending the batch again once.
import { describe, expect, it } from 'vitest';
import type { PasoEvent } from '../../api/events';
import { err, ok } from '../../domain/shared/result';
import { toProblem } from '../api/problem';
import { type EventSender, sendEvents } from './send-events';

const batch = [{ kind: 'tally' }] as unknown as readonly PasoEvent[];

function fakeServer(session: string | null, startToken: string | null) {
  const calls: string[] = [];
  let token = startToken;
  const api: EventSender = {
    async postEvents() {
      calls.push(`post ${token ?? 'none'}`);
      if (token !== session) return err(toProblem(403, { code: 'auth.csrf', title: 'CSRF', status: 403 }));
      return ok([]);
    },
    async getSession() {
      calls.push('session');
      return ok(session === null ? null : { csrfToken: session });
    },
    hasCsrfToken: () => token !== null,
    setCsrfToken: (value) => {
      token = value;
    },
  };
  return { api, calls };
}

describe('sendEvents', () => {
  it('asks for the token before the first send of a page opened offline, and is not refused', async () => {
    const { api, calls } = fakeServer('t1', null);
    expect((await sendEvents(api, batch)).ok).toBe(true);
    expect(calls).toEqual(['session', 'post t1']);
  });

  it('sends at once with the token it has', async () => {
    const { api, calls } = fakeServer('t1', 't1');
    expect((await sendEvents(api, batch)).ok).toBe(true);
    expect(calls).toEqual(['post t1']);
  });

  it('learns a token that changed and sends the batch again, once', async () => {
    const { api, calls } = fakeServer('t2', 't1');
    expect((await sendEvents(api, batch)).ok).toBe(true);
    expect(calls).toEqual(['post t1', 'session', 'post t2']);
  });

  it('gives back the refusal when nobody is signed in', async () => {
    const { api, calls } = fakeServer(null, 'old');
    const sent = await sendEvents(api, batch);
    expect(sent.ok || sent.error.code).toBe('auth.csrf');
    expect(calls).toEqual(['post old', 'session']);
  });
});
