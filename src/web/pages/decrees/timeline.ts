// The timeline's geometry, apart from drawing: one row per zone a decree covers, each decree a bar
// from its first instant to its end, month ticks, and where today falls.
import type { DecreeView } from '../../api/decrees-endpoints';

export interface TimelineRow {
  readonly key: string;
  readonly checkpoint: string | null;
  readonly area: DecreeView['areas'][number] | null;
}

export interface TimelineBar {
  readonly decree: DecreeView;
  readonly row: number;
  readonly x: number;
  readonly width: number;
}

export interface Timeline {
  readonly rows: readonly TimelineRow[];
  readonly bars: readonly TimelineBar[];
  readonly ticks: readonly { readonly x: number; readonly at: number }[];
  readonly today: number | null;
}

const DAY_MS = 86_400_000;
const MARGIN_MS = 7 * DAY_MS;

const rowsOf = (decrees: readonly DecreeView[]): TimelineRow[] => {
  const rows = new Map<string, TimelineRow>();
  for (const d of decrees) {
    for (const c of d.checkpoints)
      rows.set(`checkpoint:${c}`, { key: `checkpoint:${c}`, checkpoint: c, area: null });
  }
  for (const d of decrees) {
    for (const a of d.areas) {
      const key = `${a.kind}:${a.name.trim().toLowerCase()}`;
      if (!rows.has(key)) rows.set(key, { key, checkpoint: null, area: a });
    }
  }
  return [...rows.values()];
};

/** Places every decree on a band `width` units wide; today is marked when it falls inside. */
export function layoutTimeline(decrees: readonly DecreeView[], now: number, width: number): Timeline {
  const rows = rowsOf(decrees);
  if (decrees.length === 0) return { rows, bars: [], ticks: [], today: null };
  const start = Math.min(...decrees.map((d) => Date.parse(d.from)), now) - MARGIN_MS;
  const end = Math.max(...decrees.map((d) => Date.parse(d.to)), now) + MARGIN_MS;
  const x = (t: number) => ((t - start) / (end - start)) * width;
  const index = new Map(rows.map((r, i) => [r.key, i]));
  const bars = decrees.flatMap((d) => {
    const keys = [
      ...d.checkpoints.map((c) => `checkpoint:${c}`),
      ...d.areas.map((a) => `${a.kind}:${a.name.trim().toLowerCase()}`),
    ];
    const from = x(Date.parse(d.from));
    const to = x(Date.parse(d.to));
    return keys.flatMap((k) => {
      const row = index.get(k);
      return row === undefined ? [] : [{ decree: d, row, x: from, width: Math.max(to - from, 2) }];
    });
  });
  const ticks: { x: number; at: number }[] = [];
  const first = new Date(start);
  for (let m = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1)); m.getTime() < end; ) {
    ticks.push({ x: x(m.getTime()), at: m.getTime() });
    m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1));
  }
  return { rows, bars, ticks, today: x(now) };
}
