// Dates protected in the process's protection thread: the same publication as protecting them in the
// thread that asks, while that thread goes on with other work.
import { describe, expect, it } from 'vitest';
import { type DateCounts, dateSums, protectDate } from '../../domain/reports';
import { drawnRow } from '../../domain/reports/test-reader';
import { linearSolver } from './linear-solver';
import { protectDates, stopProtectionThread } from './protection-thread';

const day = (date: string, n: number): DateCounts => {
  const row = (checkpoint: string, direction: string, nationality: string, sex: string, k: number) =>
    drawnRow({
      checkpoint,
      hour: '07',
      direction,
      nationality,
      sex,
      age: ['adult', '18-59'],
      kind: 'admitted',
      n: k,
    });
  return {
    date,
    rows: [
      row('PE-SANTA-ROSA', 'entry', 'VEN', 'F', n),
      row('PE-SANTA-ROSA', 'entry', 'VEN', 'M', 3),
      row('PE-SANTA-ROSA', 'exit', 'COL', 'M', 11),
      row('CL-CHACALLUTA', 'entry', 'PER', 'F', 2),
      row('CL-CHACALLUTA', 'exit', 'VEN', 'F', 9),
    ],
    needs: [],
  };
};

describe('the protection thread', () => {
  it('publishes every figure of every scope as protecting in this thread does, dates in the order asked', async () => {
    const counts = [day('2025-11-26', 7), day('2025-11-27', 1), day('2025-11-28', 0)];
    const solver = await linearSolver();
    const there = await protectDates(counts);
    expect(there.map((d) => d.date)).toEqual(['2025-11-26', '2025-11-27', '2025-11-28']);
    counts.forEach((c, i) => {
      const here = protectDate(c, solver);
      const away = there[i];
      if (away === undefined) throw new Error('a date missing');
      expect(away.checkpoints).toEqual(here.checkpoints);
      for (const scope of [null, ...here.checkpoints, 'PE-TUMBES']) {
        expect(away.hasData(scope)).toBe(here.hasData(scope));
        expect(away.layout(scope)).toEqual(here.layout(scope));
      }
      // Every figure in the sums, under its scope: `*/` is all checkpoints.
      for (const key of dateSums(c).values.keys()) {
        const [scope = '*', figure = ''] = key.split('/');
        const of = scope === '*' ? null : scope;
        expect([key, away.figure(of, figure)]).toEqual([key, here.figure(of, figure)]);
      }
    });
    // Small figures are withheld, in the thread as here.
    expect(there[1]?.figure('PE-SANTA-ROSA', 'crossed|sex=F')).toBe('small');
  });

  it('leaves the asking thread free while it works', async () => {
    // Protection is synchronous: in the asking thread, nothing else would run before its answer.
    let turns = 0;
    let answered = false;
    const tick = () => {
      if (answered) return;
      turns += 1;
      setImmediate(tick);
    };
    setImmediate(tick);
    await protectDates([day('2025-11-26', 7), day('2025-11-27', 2)]);
    answered = true;
    expect(turns).toBeGreaterThan(0);
  });

  it('fails what it was asked when stopped, and the next request starts it again', async () => {
    // Many dates, so that the thread is still at work when it is stopped.
    const asked = protectDates(Array.from({ length: 60 }, (_, i) => day('2025-11-26', i + 1)));
    await stopProtectionThread();
    await expect(asked).rejects.toThrow(/ended/);
    const [again] = await protectDates([day('2025-11-26', 12)]);
    const here = protectDate(day('2025-11-26', 12), await linearSolver());
    for (const key of ['crossed', 'crossed|sex=F', 'crossed|direction=exit']) {
      expect(again?.figure('PE-SANTA-ROSA', key)).toBe(here.figure('PE-SANTA-ROSA', key));
    }
  });
});
