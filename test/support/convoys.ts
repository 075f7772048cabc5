// What the convoy API tests arrange before they start: people's crossings recorded through the API,
// then a convoy planned on the demo corridor whose candidates they become.
import { expect } from 'vitest';
import type { Dialect } from '../../src/store/db';
import { type Login, SESSIONS_FOR_A_WEEK, type Send, sendAs, steppingClock, suiteTestApp } from './app';
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

/** Plans the convoy as `who` and seats every person it may carry on its first bus: their ids by given name. */
export async function seatEveryone(
  send: Send,
  who: Login,
  body: ReturnType<typeof convoyBody>,
): Promise<Map<string, string>> {
  const people = new Map((await planConvoy(send, who, body)).map((c) => [c.givenNames, c.personId]));
  const seats = [...people.values()].map((personId) => ({ personId, plate: 'BUS-1' }));
  const set = await send(who, 'PUT', `/api/convoys/${body.id}/manifest`, { seats });
  expect(set.statusCode, set.body).toBe(200);
  return people;
}

/**
 * One convoy's log tests on a database: the app (a supervisor and a humanitarian user, on a clock
 * each step moves to its time), ids made from `prefix` (8 hex digits), the convoy's id, the people it
 * carries by given name once seated (`people`; `who` answers one), and `log`, which records a step as
 * the humanitarian user at its time, with the id given or the next one.
 */
export function convoyLogSuite(dialect: Dialect, prefix: string) {
  const uuid = (n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const convoy = uuid(900);
  const clock = steppingClock();
  const ctx = suiteTestApp(dialect, ['humanitarian', 'supervisor'], clock.clock, SESSIONS_FOR_A_WEEK);
  const send = sendAs(ctx);
  const people = new Map<string, string>();
  let next = 100;
  const log = (event: object, at: string, id = ++next) =>
    clock.at(at, () =>
      send(ctx.humanitarian, 'POST', `/api/convoys/${convoy}/events`, { id: uuid(id), at, event }),
    );
  const refusal = (reply: Awaited<ReturnType<typeof log>>) => ({
    status: reply.statusCode,
    ...reply.json<{ code: string; reason: string; detail: string }>(),
  });
  const who = (name: string) => people.get(name) ?? uuid(0);
  return {
    uuid,
    convoy,
    clock,
    ctx,
    send,
    people,
    who,
    /** `name` leaving the convoy at Nazca for medical care. */
    leavesAtNazca: (name: string, extra: object = {}) => ({
      kind: 'left',
      personId: who(name),
      stop: 'NAZCA',
      reason: 'Atención médica',
      ...extra,
    }),
    log,
    /** The id of the step logged last with the next id. */
    lastId: () => uuid(next),
    refusal,
  };
}
