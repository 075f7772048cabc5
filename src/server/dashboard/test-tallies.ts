// For the server's tests of the figures partners are shown: people counted at Santa Rosa's line as they
// entered on 27 November 2025 at 10:00 in Lima, posted as tallies through app.inject().
import type { FastifyInstance } from 'fastify';
import { postEvents } from '../crossings/test-post-events';

/** The people of one tally: how many of one category and nationality. */
export interface Counted {
  readonly category: string;
  readonly nationality: string;
  readonly count: number;
}

/**
 * Posts a tally for each group, its id `${idPrefix}-0000-4000-8000-` and its place in the list from 1;
 * throws unless every one of them is applied.
 */
export async function postEntriesCounted(
  app: FastifyInstance,
  headers: Readonly<Record<string, string>>,
  idPrefix: string,
  groups: readonly Counted[],
): Promise<void> {
  const tallies = groups.map((group, i) => ({
    kind: 'tally',
    id: `${idPrefix}-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    at: '2025-11-27T15:00:00Z',
    checkpoint: 'PE-SANTA-ROSA',
    direction: 'entry',
    ...group,
  }));
  const statuses = (await postEvents(app, headers, tallies)).map((o) => o.status);
  if (statuses.some((s) => s !== 'applied'))
    throw new Error(`tallies not all applied: ${statuses.join(', ')}`);
}
