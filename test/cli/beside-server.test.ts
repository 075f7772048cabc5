// A `paso` command writes while the server is in the middle of a write transaction of its own, as
// when `paso events import` runs beside a serving Paso: both writes land, and the second sees the
// first. On SQLite a transaction that read before the other process committed could not write
// afterwards (SQLITE_BUSY_SNAPSHOT); on PostgreSQL both take the same advisory lock first.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PasoEvent } from '../../src/api/events';
import { type ApplyContext, applyEvents, readFigures } from '../../src/store/crossings';
import { openDemoDbToApply } from '../support/apply-context';
import { DIALECTS, type TestDb } from '../support/databases';
import { runPasoLater } from '../support/process';

const NOW = '2025-11-27T15:00:00.000Z';
const id = (n: number) => `b0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const crossing = (n: number, givenNames: string): PasoEvent => ({
  kind: 'crossing',
  id: id(n),
  at: '2025-11-27T14:10:00Z',
  checkpoint: 'PE-SANTA-ROSA',
  direction: 'entry',
  decision: 'admitted',
  person: { givenNames, surname1: 'Guédez', sex: 'M', birthDate: '1989-10-02', nationality: 'VEN' },
});

describe.each(DIALECTS)('a command writing beside the server on %s', (dialect) => {
  let t: TestDb;
  let ctx: ApplyContext;
  let dir: string;
  beforeEach(async () => {
    ({ t, ctx } = await openDemoDbToApply(dialect, NOW));
    dir = mkdtempSync(join(tmpdir(), 'paso-beside-'));
  });
  afterEach(async () => {
    await t.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lands both writes when an import commits in the middle of the server’s transaction', async () => {
    await t.db.kysely.transaction().execute((tx) => applyEvents(tx, [crossing(1, 'Luis')], ctx));
    const file = join(dir, 'events.jsonl');
    writeFileSync(file, `${JSON.stringify(crossing(2, 'Jesús'))}\n`);
    let command: ReturnType<typeof runPasoLater> | undefined;
    const correction: PasoEvent = {
      kind: 'correction',
      id: id(3),
      at: '2025-11-27T14:30:00Z',
      checkpoint: 'PE-SANTA-ROSA',
      corrects: id(1),
      set: { direction: 'exit' },
    };
    const served = await t.db.kysely.transaction().execute(async (tx) => {
      // The server's transaction has read before the command starts; it writes once the command
      // has finished, or after three seconds if the command waits for it.
      await tx.selectFrom('event_state').select('event_id').execute();
      command = runPasoLater(['events', 'import', '--in', file, '--as', 'supervisor'], t.env);
      await Promise.race([command, new Promise((r) => setTimeout(r, 3000))]);
      return applyEvents(tx, [correction], ctx);
    });
    expect(served).toMatchObject([{ status: 'applied' }]);
    const imported = await command;
    expect(imported?.status, imported?.stderr).toBe(0);
    expect(imported?.stderr).toContain('Read 1 lines: 1 applied');
    const figures = await readFigures(t.db.kysely, {
      from: '2025-11-27',
      to: '2025-11-27',
      by: ['direction'],
    });
    expect(figures.map((f) => [f.dims.direction, f.crossed])).toEqual([
      ['entry', 1],
      ['exit', 1],
    ]);
  });
});
