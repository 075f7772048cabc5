// What another server sharing the database reads of the people recorded since it last looked
// (src/server/matching/service.ts): the newest time at its start, then those recorded at or after a
// time, once a second. On PostgreSQL both come from the index by creation time (migration 0027):
// without it each read every person.
import { CompiledQuery, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { eachDemoDbToApply } from '../../../test/support/apply-context';
import { DIALECTS } from '../../../test/support/databases';
import type { PasoEvent } from '../../api/events';
import { applyEvents } from '../crossings';
import { latestPersonCreated, peopleCreatedSince } from './index';

const crossing = (n: number, at: string): PasoEvent =>
  ({
    kind: 'crossing',
    id: `c0000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    at,
    checkpoint: 'PE-SANTA-ROSA',
    direction: 'entry',
    decision: 'admitted',
    person: { givenNames: `Persona ${n}`, surname1: 'Quispe', sex: 'F', birthDate: '1990' },
  }) as PasoEvent;

describe.each(DIALECTS)('the people recorded since a time on %s', (dialect) => {
  const t = eachDemoDbToApply(dialect, '2025-11-27T15:00:00.000Z');

  it('gives the newest recording time, then the people recorded at or after one, oldest first', async () => {
    const db = t.db.kysely;
    const before = await latestPersonCreated(db);
    const at = ['2025-11-27T15:00:00.000Z', '2025-11-27T15:00:01.000Z'];
    for (const [i, now] of at.entries()) {
      const outcomes = await applyEvents(db, [crossing(i + 1, now)], { ...t.ctx, now });
      expect(outcomes.map((o) => o.status)).toEqual(['applied']);
    }
    expect(await latestPersonCreated(db)).toBe(at[1]);
    expect(before < (at[0] ?? '')).toBe(true);
    const since = await peopleCreatedSince(db, at[0] ?? '');
    expect(since.map((p) => [p.givenNames, p.createdAt])).toEqual([
      ['Persona 1', at[0]],
      ['Persona 2', at[1]],
    ]);
    expect((await peopleCreatedSince(db, at[1] ?? '')).map((p) => p.givenNames)).toEqual(['Persona 2']);
  });

  it.runIf(dialect === 'postgres')('reads them through the index by creation time', async () => {
    const plans = await t.db.kysely.transaction().execute(async (tx) => {
      // The table is small here: without this PostgreSQL reads it whole, as it may; the test is that
      // it has an index to read instead.
      await sql`SET LOCAL enable_seqscan = off`.execute(tx);
      const plan = async (query: string) =>
        (await tx.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`EXPLAIN ${query}`))).rows
          .map((r) => r['QUERY PLAN'])
          .join('\n');
      return [
        await plan('SELECT max(created_at) FROM person'),
        await plan(`SELECT id FROM person WHERE created_at >= '2025-11-27' ORDER BY created_at`),
      ];
    });
    for (const plan of plans) expect(plan).toMatch(/Scan.* (using|on) person_created\b/);
  });
});
