// What the convoy API tests arrange before they start: Venezuelans admitted in transit at Santa Rosa
// on the test app's day, and a convoy planned on the demo corridor whose candidates they become.
import { expect } from 'vitest';
import type { Login, Send } from './app';
import { transitCrossing } from './transit-crossings';
import type { convoyBody } from './write-bodies';

/** A member of a Venezuelan family admitted in transit, crossing with an identity card of `number`. */
export const venezuelanInTransit = (
  id: string,
  givenNames: string,
  family: { readonly surname1: string; readonly birthDate: string },
  number: string,
  extra: Readonly<Record<string, unknown>> = {},
) =>
  transitCrossing(
    id,
    '2025-11-27T14:00:00Z',
    { givenNames, ...family, nationality: 'VEN' },
    { document: { type: 'ID', number, issuingState: 'VEN' }, ...extra },
  );

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
