// `GET /api/counts?recount=true` recounts in a worker thread of its own: the serving thread, which
// answers every booth, never runs the recount itself (at a million events it held every request for
// 35 s), and the figures that come back are the maintained ones. The worker runs from the command's
// bundle, as under `paso serve`, or from its source through tsx where no bundle could be made.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { as, eachTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { recountFigures } from '../../store/crossings';
import { crossingAt, decisionCounts, postEvents } from './test-post-events';

// Counted here, in the serving thread; the worker loads its own copy of the module, which this does not touch.
vi.mock('../../store/crossings', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../store/crossings')>();
  return { ...actual, recountFigures: vi.fn(actual.recountFigures) };
});

const WORKER = new URL('./recount-worker.ts', import.meta.url).href;
const hold = globalThis as { pasoBundledWorkers?: Record<string, string> };

describe.each(DIALECTS)('a recount asked through the API on %s', (dialect) => {
  const ctx = eachTestApp(dialect, ['officer', 'supervisor']);
  const bundled = hold.pasoBundledWorkers;
  afterEach(() => {
    hold.pasoBundledWorkers = bundled;
  });

  it.each(['bundle', 'source'])(
    'runs outside the serving thread, from its %s, and gives the maintained figures',
    async (from) => {
      if (from === 'bundle') expect(bundled?.[WORKER]).toMatch(/\/dist\/cli\/.*recount-worker\.js$/);
      else hold.pasoBundledWorkers = undefined;
      const person = {
        givenNames: 'Ana',
        surname1: 'Rojas',
        sex: 'F',
        birthDate: '1990-01-02',
        nationality: 'VEN',
      };
      const crossing = (decision: string, at: string) =>
        crossingAt(at, person, {
          decision,
          ...(decision === 'refused' ? { refusalGround: 'no-valid-document' } : {}),
        });
      const events = [
        crossing('admitted', '2025-11-27T13:00:00Z'),
        crossing('refused', '2025-11-27T13:05:00Z'),
        crossing('held', '2025-11-27T13:10:00Z'),
        {
          kind: 'tally',
          id: crypto.randomUUID(),
          at: '2025-11-27T13:20:00Z',
          checkpoint: 'PE-SANTA-ROSA',
          direction: 'exit',
          category: 'man',
          count: 4,
        },
      ];
      const outcomes = await postEvents(ctx.app, as(ctx.officer), events);
      expect(outcomes.map((o) => o.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
      vi.mocked(recountFigures).mockClear();

      const maintained = await decisionCounts(ctx.app, as(ctx.supervisor), '2025-11-27');
      const recounted = await decisionCounts(ctx.app, as(ctx.supervisor), '2025-11-27', true);
      expect(recounted).toEqual(maintained);
      expect(recounted).toEqual([
        { dims: { decision: 'admitted' }, crossed: 1, refused: 0, held: 0 },
        { dims: { decision: 'held' }, crossed: 0, refused: 0, held: 1 },
        { dims: { decision: 'refused' }, crossed: 0, refused: 1, held: 0 },
        { dims: { decision: 'unknown' }, crossed: 4, refused: 0, held: 0 },
      ]);
      expect(vi.mocked(recountFigures)).not.toHaveBeenCalled();
    },
  );
});
