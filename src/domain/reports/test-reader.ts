// For tests: what a reader works out from published figures and the sums between them.
import type { Line, Published } from './suppression';

// A reader with the published figures and every sum: solves any line with one unknown, again and
// again, and answers every figure worked out that way.
export function derive(
  published: ReadonlyMap<string, Published>,
  lines: readonly Line[],
): Map<string, number> {
  const known = new Map<string, number>();
  for (const [k, v] of published) if (typeof v === 'number') known.set(k, v);
  const derived = new Map<string, number>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      const unknown = [...line.members, line.total].filter((k) => !known.has(k));
      if (unknown.length !== 1) continue;
      const [key] = unknown;
      if (key === undefined) continue;
      const membersSum = line.members.reduce((s, k) => s + (known.get(k) ?? 0), 0);
      const value = key === line.total ? membersSum : (known.get(line.total) ?? 0) - membersSum;
      known.set(key, value);
      derived.set(key, value);
      changed = true;
    }
  }
  return derived;
}

// The sums a reader of the dashboard can check: the hours add up to the entries and to the exits, the
// two to what crossed, and so does each breakdown of what crossed.
export function dashboardReaderLines(published: Record<string, Published>): Line[] {
  const keys = (prefix: string) => Object.keys(published).filter((k) => k.startsWith(prefix));
  const hours = (direction: string) => keys('hour:').filter((k) => k.endsWith(`:${direction}`));
  return [
    { total: 'crossed', members: ['entries', 'exits'] },
    { total: 'entries', members: hours('entry') },
    { total: 'exits', members: hours('exit') },
    { total: 'crossed', members: keys('decision:') },
    { total: 'crossed', members: [...keys('nationality:'), ...keys('nationalities:')] },
    { total: 'crossed', members: keys('age:') },
  ];
}
