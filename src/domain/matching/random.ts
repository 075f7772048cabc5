// A small seeded pseudo-random generator (sfc32) so training and generated data are reproducible
// from the seed a caller hands in; the domain never reaches for Math.random.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  chance(p: number): boolean;
}

export function createRandom(seed: number): Random {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88 ^ Math.imul(seed, 0x85ebca6b);
  let c = 0xb7e15162;
  let d = 1;
  const next32 = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 15; i += 1) next32();
  const next = () => next32() / 4294967296;
  return {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
  };
}

/** Draws items with probability proportional to their weight (binary search over the cumulative sum). */
export function weightedPicker<T>(items: readonly (readonly [T, number])[]): (r: Random) => T {
  const cumulative = new Float64Array(items.length);
  let total = 0;
  items.forEach(([, w], i) => {
    total += w;
    cumulative[i] = total;
  });
  return (r) => {
    const x = r.next() * total;
    let lo = 0;
    let hi = items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    const item = items[lo];
    if (item === undefined) throw new Error('weightedPicker: empty list');
    return item[0];
  };
}
