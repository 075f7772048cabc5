// The days a server keeps protected for the partners' dashboard: read again when a day's totals
// change, and at the latest after a minute.
import { beforeAll, describe, expect, it } from 'vitest';
import { as, suiteTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { figureKey } from '../../domain/reports/date-figures';
import { postEvents } from '../crossings/test-post-events';
import { type ProtectDates, protectDates } from '../reports/protection-thread';
import { DAY_KEPT_MS, keptProtections, OLD_DAY_KEPT_MS } from './protected-days';

describe.each(DIALECTS)('the days kept protected for the dashboard (%s)', (dialect) => {
  const ctx = suiteTestApp(dialect, ['officer'], '2025-11-27T18:00:00Z');
  const id = (n: number) => `da7e0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const tally = (n: number, nationality: string, count: number, at = '2025-11-26T15:00:00Z') => ({
    kind: 'tally',
    id: id(n),
    at,
    checkpoint: 'PE-SANTA-ROSA',
    direction: 'entry',
    category: 'man',
    nationality,
    count,
  });
  const post = async (events: unknown[]) =>
    expect((await postEvents(ctx.app, as(ctx.officer), events)).map((o) => o.status)).toEqual(
      events.map(() => 'applied'),
    );
  beforeAll(() => post([tally(1, 'VEN', 40), tally(2, 'COL', 12)]));

  it('keeps a day until its totals change, and no longer than a minute when they do not', async () => {
    let clock = Date.parse('2025-11-27T18:00:00Z');
    const days = keptProtections(() => new Date(clock));
    const read = async () => {
      const [day] = await days(ctx.t.db.kysely, '2025-11-26', '2025-11-26');
      if (day === undefined) throw new Error('no day');
      return day;
    };
    const colombians = (d: Awaited<ReturnType<typeof read>>) =>
      d.day.figure('PE-SANTA-ROSA', figureKey('crossed', { nationality: 'COL' }));

    const first = await read();
    expect(colombians(first)).toBe(12);
    expect((await read()).day).toBe(first.day);

    // Eight more Colombians: the day's totals change, so it is protected again at once.
    await post([tally(3, 'COL', 8)]);
    const more = await read();
    expect(colombians(more)).toBe(20);

    // Twelve of them were Peruvians: the totals stay, so the kept day is served for a minute.
    await post([
      {
        kind: 'correction',
        id: id(4),
        at: '2025-11-26T16:00:00Z',
        checkpoint: 'PE-SANTA-ROSA',
        corrects: id(2),
        set: { nationality: 'PER' },
      },
    ]);
    expect(colombians(await read())).toBe(20);
    clock += DAY_KEPT_MS;
    expect(colombians(await read())).toBe(8);
  });

  it('keeps a day that ended two days before for up to an hour when its totals do not change', async () => {
    await post([tally(10, 'VEN', 30, '2025-11-20T15:00:00Z'), tally(11, 'COL', 9, '2025-11-20T15:00:00Z')]);
    let clock = Date.parse('2025-11-27T18:00:00Z');
    const days = keptProtections(() => new Date(clock));
    const colombians = async () => {
      const [day] = await days(ctx.t.db.kysely, '2025-11-20', '2025-11-20');
      if (day === undefined) throw new Error('no day');
      return day.day.figure('PE-SANTA-ROSA', figureKey('crossed', { nationality: 'COL' }));
    };
    expect(await colombians()).toBe(9);
    await post([
      {
        kind: 'correction',
        id: id(12),
        at: '2025-11-20T16:00:00Z',
        checkpoint: 'PE-SANTA-ROSA',
        corrects: id(11),
        set: { nationality: 'PER' },
      },
    ]);
    clock += DAY_KEPT_MS;
    expect(await colombians()).toBe(9);
    clock += OLD_DAY_KEPT_MS - DAY_KEPT_MS;
    expect(await colombians()).toBe(0);
  });

  it('protects a day once for two reads that find it changed at the same time', async () => {
    await post([tally(20, 'VEN', 15, '2025-11-21T15:00:00Z')]);
    const asked: string[][] = [];
    const counting: ProtectDates = (counts) => {
      asked.push(counts.map((c) => c.date));
      return protectDates(counts);
    };
    const days = keptProtections(() => new Date('2025-11-27T18:00:00Z'), counting);
    const [a, b] = await Promise.all([
      days(ctx.t.db.kysely, '2025-11-21', '2025-11-21'),
      days(ctx.t.db.kysely, '2025-11-21', '2025-11-21'),
    ]);
    expect(asked).toEqual([['2025-11-21']]);
    expect(a[0]?.day).toBe(b[0]?.day);
    expect(a[0]?.day.figure('PE-SANTA-ROSA', figureKey('crossed', { nationality: 'VEN' }))).toBe(15);
    // Changed again: the next read protects it again.
    await post([tally(21, 'VEN', 5, '2025-11-21T15:00:00Z')]);
    const [c] = await days(ctx.t.db.kysely, '2025-11-21', '2025-11-21');
    expect(asked).toEqual([['2025-11-21'], ['2025-11-21']]);
    expect(c?.day.figure('PE-SANTA-ROSA', figureKey('crossed', { nationality: 'VEN' }))).toBe(20);
  });
});
