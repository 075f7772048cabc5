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

/** Where a bar's number is written: inside it, after or before it in its row, or (no room) not at all. */
export type BarLabel =
  | { readonly place: 'inside' | 'after' | 'before'; readonly x: number; readonly text: string }
  | { readonly place: 'none' };

const ELLIPSIS = '…';
// Room between a bar and a number written beside it, and inside a bar around its number.
const GAP = 4;
const PADDING = 6;

/**
 * Each bar's number, `widthOf` units wide: inside its bar when it fits; else beside it,
 * after or before, where no other bar of its row nor the band's end is in the way; else inside, cut
 * with an ellipsis, when a bar holds a few characters. A number never runs over another bar.
 */
export function placeBarLabels(
  bars: readonly TimelineBar[],
  bandWidth: number,
  widthOf: (text: string) => number,
): readonly BarLabel[] {
  return bars.map((bar, i) => {
    const text = bar.decree.number;
    if (widthOf(text) + 2 * PADDING <= bar.width) return { place: 'inside', x: bar.x + PADDING, text };
    const others = bars.filter((b, j) => j !== i && b.row === bar.row);
    const free = (from: number, to: number) =>
      from >= 0 && to <= bandWidth && others.every((b) => b.x + b.width <= from || b.x >= to);
    const after = bar.x + bar.width + GAP;
    if (free(after, after + widthOf(text))) return { place: 'after', x: after, text };
    const before = bar.x - GAP;
    if (free(before - widthOf(text), before)) return { place: 'before', x: before, text };
    const cut = fitText(text, bar.width - 2 * PADDING, widthOf);
    // Fewer than four characters and the ellipsis say nothing of the number.
    if (cut.length < 5) return { place: 'none' };
    return { place: 'inside', x: bar.x + PADDING, text: cut };
  });
}

/** A text cut with an ellipsis to `room` units; whole when it fits. */
export function fitText(text: string, room: number, widthOf: (text: string) => number): string {
  if (widthOf(text) <= room) return text;
  let kept = text.length - 1;
  while (kept > 1 && widthOf(`${text.slice(0, kept).trimEnd()}${ELLIPSIS}`) > room) kept--;
  return `${text.slice(0, kept).trimEnd()}${ELLIPSIS}`;
}

/**
 * A name on at most two lines of `room` units, broken between words: a long checkpoint's name keeps
 * the words that tell it from the others ("Complejo Fronterizo / Santa Rosa"), the last line cut when
 * even two are not enough.
 */
export function fitLines(text: string, room: number, widthOf: (text: string) => number): readonly string[] {
  if (widthOf(text) <= room) return [text];
  const words = text.split(' ');
  let first = '';
  for (const [i, word] of words.entries()) {
    const longer = first === '' ? word : `${first} ${word}`;
    if (widthOf(longer) > room) {
      if (first === '') return [fitText(text, room, widthOf)];
      return [first, fitText(words.slice(i).join(' '), room, widthOf)];
    }
    first = longer;
  }
  return [first];
}
