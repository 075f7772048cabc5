// For the server's tests: a batch of events posted through app.inject() with a session's headers,
// answered 200 with an outcome an event. A test that expects the whole batch refused injects itself.
import type { FastifyInstance } from 'fastify';
import type { EventOutcome } from '../../api/events';

export async function postEvents(
  app: FastifyInstance,
  headers: Readonly<Record<string, string>>,
  events: readonly unknown[],
): Promise<EventOutcome[]> {
  const response = await app.inject({ method: 'POST', url: '/api/events', headers, payload: { events } });
  if (response.statusCode !== 200) {
    throw new Error(`POST /api/events answered ${response.statusCode}: ${response.body}`);
  }
  return response.json<{ outcomes: EventOutcome[] }>().outcomes;
}

/** A GET answered 200, read as JSON. */
export async function getOk<T>(
  app: FastifyInstance,
  headers: Readonly<Record<string, string>>,
  url: string,
): Promise<T> {
  const response = await app.inject({ method: 'GET', url, headers });
  if (response.statusCode !== 200)
    throw new Error(`GET ${url} answered ${response.statusCode}: ${response.body}`);
  return response.json<T>();
}

/** The day's crossings by decision at every checkpoint, as `GET /api/counts` answers them. */
export async function decisionCounts(
  app: FastifyInstance,
  headers: Readonly<Record<string, string>>,
  day: string,
  recount = false,
): Promise<unknown[]> {
  const url = `/api/counts?from=${day}&to=${day}&by=decision${recount ? '&recount=true' : ''}`;
  return (await getOk<{ rows: unknown[] }>(app, headers, url)).rows;
}

/** A person as a booth typed them wrong (by mistake or on purpose), for the tests of corrected people. */
export const TYPED_WRONG = {
  givenNames: 'ROSA',
  surname1: 'MAMANI',
  sex: 'F',
  birthDate: '1990-05-05',
  nationality: 'PER',
} as const;

/** A crossing at Santa Rosa's booth SR-01, entering and admitted unless `more` says otherwise; a new id each time. */
export const crossingAt = (at: string, person: object, more: Readonly<Record<string, unknown>> = {}) => ({
  kind: 'crossing',
  id: crypto.randomUUID() as string,
  at,
  checkpoint: 'PE-SANTA-ROSA',
  booth: 'SR-01',
  direction: 'entry',
  decision: 'admitted',
  person,
  ...more,
});
