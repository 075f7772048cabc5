// For tests: what a reader works out from published figures and the sums between them.
import type { FigureRow } from '../crossings';
import type { Line, Published } from './suppression';

/**
 * One drawn row of a date's figures: `kind` a decision, or `tallied` (a tally has no decision, no
 * age band, and its sex is F or M or unknown); `n` people crossed, refused or held by it.
 */
export function drawnRow(d: {
  checkpoint: string;
  hour: string;
  direction: string;
  nationality: string;
  sex: string;
  age: readonly string[];
  kind: string;
  n: number;
}): FigureRow {
  const { kind, n, sex, age } = d;
  return {
    dims: {
      checkpoint: d.checkpoint,
      hour: d.hour,
      direction: d.direction,
      nationality: d.nationality,
      sex: kind === 'tallied' && (sex === 'X' || sex === 'unknown') ? 'unknown' : sex,
      age_group: age[0] ?? 'unknown',
      age_band: kind === 'tallied' ? 'unknown' : (age[1] ?? 'unknown'),
      source: kind === 'tallied' ? 'tallied' : 'registered',
      decision: kind === 'tallied' ? 'unknown' : kind,
    },
    crossed: kind === 'refused' || kind === 'held' ? 0 : n,
    refused: kind === 'refused' ? n : 0,
    held: kind === 'held' ? n : 0,
  };
}

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

// A reader who combines every sum at once (adds and subtracts whole lines, several together): exact
// Gauss–Jordan elimination over the rationals, in integers, on the figures not published (as `derive`,
// a figure the reader was not given is unknown). Answers
// each figure that some combination leaves alone, with its value.
export function solveAll(
  published: ReadonlyMap<string, Published>,
  lines: readonly Line[],
): Map<string, number> {
  const known = (k: string) => {
    const v = published.get(k);
    return typeof v === 'number' ? v : undefined;
  };
  type Row = { coefficients: Map<string, bigint>; constant: bigint };
  const rows: Row[] = [];
  for (const line of lines) {
    const coefficients = new Map<string, bigint>();
    let constant = 0n;
    const add = (k: string, sign: bigint) => {
      const v = known(k);
      if (v !== undefined) constant -= sign * BigInt(v);
      else coefficients.set(k, (coefficients.get(k) ?? 0n) + sign);
    };
    for (const m of line.members) add(m, 1n);
    add(line.total, -1n);
    for (const [k, c] of coefficients) if (c === 0n) coefficients.delete(k);
    if (coefficients.size > 0) rows.push({ coefficients, constant });
  }
  const abs = (n: bigint) => (n < 0n ? -n : n);
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? abs(a) : gcd(b, a % b));
  const reduce = (row: Row) => {
    let g = abs(row.constant);
    for (const c of row.coefficients.values()) g = gcd(g, c);
    if (g > 1n) {
      for (const [k, c] of row.coefficients) row.coefficients.set(k, c / g);
      row.constant /= g;
    }
  };
  // Takes `key` out of `target`: target × (source's coefficient) − source × (target's coefficient).
  const eliminate = (target: Row, source: Row, key: string) => {
    const c = target.coefficients.get(key);
    if (c === undefined) return;
    const pc = source.coefficients.get(key) ?? 1n;
    for (const [k, v] of target.coefficients) target.coefficients.set(k, v * pc);
    target.constant *= pc;
    for (const [k, v] of source.coefficients)
      target.coefficients.set(k, (target.coefficients.get(k) ?? 0n) - v * c);
    target.constant -= source.constant * c;
    for (const [k, v] of target.coefficients) if (v === 0n) target.coefficients.delete(k);
    reduce(target);
  };
  const pivots: { key: string; row: Row }[] = [];
  for (const row of rows) {
    for (const { key, row: p } of pivots) eliminate(row, p, key);
    const key = row.coefficients.keys().next().value;
    if (key === undefined) continue;
    // Take the new pivot out of the rows before it, so that every pivot row is reduced.
    for (const { row: p } of pivots) eliminate(p, row, key);
    pivots.push({ key, row });
  }
  const solved = new Map<string, number>();
  for (const { key, row } of pivots) {
    if (row.coefficients.size !== 1) continue;
    const c = row.coefficients.get(key) ?? 1n;
    solved.set(key, Number(row.constant) / Number(c));
  }
  return solved;
}
