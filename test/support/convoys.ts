// What the convoy API tests arrange before they start: people's crossings recorded through the API,
// then a convoy planned on the demo corridor whose candidates they become.
import { expect } from 'vitest';
import type { Login, Send } from './app';
import type { convoyBody } from './write-bodies';

/** Records the crossings through the API as `who`: every one must be accepted. */
export async function recordCrossings(send: Send, who: Login, events: readonly object[]): Promise<void> {
  const recorded = await send(who, 'POST', '/api/events', { events });
  expect(recorded.statusCode, recorded.body).toBe(200);
}

export interface Candidate {
  readonly personId: string;
  readonly givenNames: string;
}

/** Plans the convoy as `who` (it must be created) and answers the people it may carry. */
export async function planConvoy(
  send: Send,
  who: Login,
  body: ReturnType<typeof convoyBody>,
): Promise<Candidate[]> {
  const created = await send(who, 'POST', '/api/convoys', body);
  expect(created.statusCode, created.body).toBe(201);
  const candidates = await send(who, 'GET', `/api/convoys/${body.id}/candidates`);
  return candidates.json<{ candidates: Candidate[] }>().candidates;
}
