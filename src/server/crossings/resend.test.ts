// The sync batches a booth's outbox really makes, sent again: each batch twice, and the batches in
// reverse order (corrections then arrive before what they correct, children before their adult). The
// figures are the same as when the batches went once and in order, and equal the recount, on both
// databases.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { as, type Login, login, makeTestApp, type TestApp } from '../../../test/support/app';
import { boothShift } from '../../../test/support/booth-records';
import { DIALECTS } from '../../../test/support/databases';
import { makeDevice } from '../../../test/support/device';
import type { PasoEvent } from '../../api/events';
import { DIMENSIONS } from '../../domain/crossings';
import { readFigures, recountFigures } from '../../store/crossings';
import { postEvents } from './test-post-events';

// Enough records for three batches of the outbox's 250.
const SHIFT = boothShift(600);

describe.each(DIALECTS)(
  'sync batches sent twice and out of order, on %s',
  { timeout: 240_000 },
  (dialect) => {
    const apps: TestApp[] = [];
    const open = async (): Promise<{ app: TestApp; officer: Login }> => {
      // The clock stands after the shift's last record (23:00 UTC): none is dated ahead of it.
      const app = await makeTestApp(dialect, {}, '2025-11-28T00:00:00Z');
      apps.push(app);
      return { app, officer: await login(app.app, 'officer') };
    };
    beforeEach(() => {
      apps.length = 0;
    });
    afterEach(async () => {
      for (const app of apps) await app.close();
    });

    const post = async (t: TestApp, who: Login, events: readonly PasoEvent[]) =>
      (await postEvents(t.app, as(who), events)).map((o) => o.status);
    const query = { from: '2025-11-26', to: '2025-11-28', by: [...DIMENSIONS] };
    const figures = async (t: TestApp) => {
      const kept = await readFigures(t.t.db.kysely, query);
      expect(kept).toEqual(await recountFigures(t.t.db.kysely, query));
      return kept;
    };
    const stored = async (t: TestApp) => {
      const db = t.t.db.kysely;
      const events = (await db.selectFrom('crossing_event').select('id').orderBy('id').execute()).map(
        (r) => r.id,
      );
      const people = await db.selectFrom('person').select('id').execute();
      return { events, people: people.length };
    };

    it('counts the same whether batches go once in order, twice each, or in reverse order', async () => {
      // The booth works offline, then syncs: its outbox makes the batches.
      const first = await open();
      const device = makeDevice(first.app.app, first.officer, 'booth', false);
      for (const submission of SHIFT) await device.sync.submit(submission);
      device.setOnline(true);
      await device.sync.flush();
      expect(device.sync.getState()).toMatchObject({ waiting: 0, refused: [] });
      const batches = device.batches;
      expect(batches.length).toBeGreaterThanOrEqual(3);
      const once = await figures(first.app);
      const onceStored = await stored(first.app);
      expect(onceStored.events).toHaveLength(SHIFT.flat().length);
      expect(once.reduce((sum, r) => sum + r.crossed + r.refused + r.held, 0)).toBeGreaterThan(0);

      // Each batch twice, in order: the second time every record is a duplicate.
      const twice = await open();
      for (const batch of batches) {
        expect((await post(twice.app, twice.officer, batch)).every((s) => s === 'applied')).toBe(true);
        expect((await post(twice.app, twice.officer, batch)).every((s) => s === 'duplicate')).toBe(true);
      }
      expect(await figures(twice.app)).toEqual(once);
      expect(await stored(twice.app)).toEqual(onceStored);

      // The batches in reverse order, each twice.
      const reversed = await open();
      for (const batch of [...batches].reverse()) {
        expect((await post(reversed.app, reversed.officer, batch)).every((s) => s === 'applied')).toBe(true);
        expect((await post(reversed.app, reversed.officer, batch)).every((s) => s === 'duplicate')).toBe(
          true,
        );
      }
      expect(await figures(reversed.app)).toEqual(once);
      expect(await stored(reversed.app)).toEqual(onceStored);
    });
  },
);
