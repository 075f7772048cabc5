// How the outbox sends a batch: with the session's CSRF token. A page opened offline never learnt it,
// so it is asked for before the first send, not after a refusal (a 403 logged in the console, and a
// request more); a token that changed since (a new sign-in) is learnt again and the batch sent again.
import type { EventOutcome, PasoEvent } from '../../api/events';
import type { ApiResult } from '../api/client';

export interface EventSender {
  postEvents(
    events: readonly PasoEvent[],
    options?: { readonly signal?: AbortSignal },
  ): Promise<ApiResult<readonly EventOutcome[]>>;
  getSession(): Promise<ApiResult<{ readonly csrfToken: string } | null>>;
  hasCsrfToken(): boolean;
  setCsrfToken(token: string): void;
}

/** Whether the session's token could be learnt (none while signed out or offline). */
async function learnToken(api: EventSender): Promise<boolean> {
  const session = await api.getSession();
  if (!session.ok || session.value === null) return false;
  api.setCsrfToken(session.value.csrfToken);
  return true;
}

/** Sends a batch; `signal` gives it up (the sync loop's time limit), as if no server answered. */
export async function sendEvents(
  api: EventSender,
  events: readonly PasoEvent[],
  signal?: AbortSignal,
): Promise<ApiResult<readonly EventOutcome[]>> {
  const options = signal === undefined ? {} : { signal };
  if (!api.hasCsrfToken()) await learnToken(api);
  const sent = await api.postEvents(events, options);
  if (sent.ok || sent.error.code !== 'auth.csrf') return sent;
  if (!(await learnToken(api))) return sent;
  return api.postEvents(events, options);
}
