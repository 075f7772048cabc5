// A reader who solves linear programs: from the published figures of a date and every sum between
// them, with what the marks say (a `<5` is 1 to 4, an `x` 5 or more, since a smaller figure would
// say `<5`; every figure at least 0), the least and the most each `<5` can be, by HiGHS. A `<5`
// whose least and most round to one whole number is pinned down: the reader knows it exactly.
// The protection's own audit (src/domain/reports/bounds-audit.ts) builds its programs from the true
// figures through HiGHS's model API; this reader sees only what is published, as a partner does.
import highsLoader from 'highs';
import type { Line, Published } from '../../src/domain/reports';

type Highs = Awaited<ReturnType<typeof highsLoader>>;
/** `published` answers undefined for a figure no product shows: unknown, at least 0. */
type Reader = (
  published: (key: string) => Published | undefined,
  lines: readonly Line[],
) => { readonly small: number; readonly pinned: readonly string[] };

/** The reader, once HiGHS is loaded: it answers the `<5` figures it pins down. */
export async function boundsReader(): Promise<Reader> {
  const highs = await highsLoader();
  return (published, lines) => pinnedByBounds(highs, published, lines);
}

function pinnedByBounds(
  highs: Highs,
  published: (key: string) => Published | undefined,
  lines: readonly Line[],
): { readonly small: number; readonly pinned: readonly string[] } {
  const names = new Map<string, string>();
  const nameOf = (key: string) => {
    let name = names.get(key);
    if (name === undefined) {
      name = `x${names.size}`;
      names.set(key, name);
    }
    return name;
  };
  // Each sum with its published figures moved to the right: members +1, the total −1.
  const rows: string[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    const terms = new Map<string, number>();
    let right = 0;
    const add = (key: string, by: number) => {
      const v = published(key);
      if (typeof v === 'number') right -= by * v;
      else terms.set(nameOf(key), (terms.get(nameOf(key)) ?? 0) + by);
    };
    for (const m of line.members) add(m, 1);
    add(line.total, -1);
    const left = [...terms]
      .filter(([, c]) => c !== 0)
      .map(([x, c]) => `${c < 0 ? '-' : '+'} ${Math.abs(c)} ${x}`)
      .join(' ');
    if (left === '') continue;
    const row = `${left} = ${right}`;
    if (seen.has(row)) continue;
    seen.add(row);
    rows.push(` e${rows.length}: ${row}`);
  }
  const bounds = [...names].map(([key, x]) => {
    const v = published(key);
    return v === 'small' ? ` 1 <= ${x} <= 4` : v === 'withheld' ? ` ${x} >= 5` : ` ${x} >= 0`;
  });
  const smalls = [...names].filter(([key]) => published(key) === 'small');
  const body = `Subject To\n${rows.join('\n')}\nBounds\n${bounds.join('\n')}\nEnd\n`;
  const pinned: string[] = [];
  for (const [key, x] of smalls) {
    const [least, most] = ['Minimize', 'Maximize'].map((sense) => {
      const solution = highs.solve(`${sense}\n obj: ${x}\n${body}`, { output_flag: false });
      if (solution.Status !== 'Optimal') throw new Error(`${key}: ${solution.Status}`);
      return solution.ObjectiveValue;
    });
    if (Math.ceil((least ?? 0) - 1e-6) === Math.floor((most ?? 0) + 1e-6)) pinned.push(key);
  }
  return { small: smalls.length, pinned };
}
