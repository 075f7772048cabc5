// For benchmarks: the lines of a results section, printed as they are written, and percentiles.

/** Lines noted for a results file, each also printed. */
export function noteLines(): { readonly lines: string[]; readonly note: (line: string) => void } {
  const lines: string[] = [];
  return {
    lines,
    note: (line) => {
      console.log(line);
      lines.push(line);
    },
  };
}

/** The p-th percentile (nearest rank) of some measurements. */
export const percentile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
};
