// Blocking for duplicate detection: the rules that decide which pairs are compared at all, as hashed
// keys per row, and rows sorted by key so that each block is one run.
import type { FeatureTable } from './features';

export const BLOCKING_RULES = [
  'document number',
  'given name + surname (either order) + date of birth',
  'surname + given name + birth year + sex',
  'given name + second surname + birth year + surname initial',
  'full name with both surnames (either order)',
  'date of birth + given-name and surname initials',
  // Without the given name: people known by their second given name (Roberto Ernesto, Ernesto), a
  // given name written differently, surnames swapped or one left out. Two keys, one per surname.
  'date of birth + one surname (the lower key)',
  'date of birth + one surname (the higher key)',
  'both surnames (either order) + birth year',
] as const;

// 32-bit FNV-1a style mixing of small integers; 0 is kept for "no key".
function mix(h: number, x: number): number {
  let v = h ^ (x & 0xffff);
  v = Math.imul(v, 0x01000193);
  v ^= x >>> 16;
  return Math.imul(v, 0x01000193);
}

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return finishHash(h);
}

function finishHash(h: number): number {
  const v = (h ^ (h >>> 15)) >>> 0;
  return v === 0 ? 1 : v;
}

/** Blocking keys of every rule for every row (0 = the rule does not apply). */
export function blockingKeys(t: FeatureTable): Uint32Array[] {
  const n = t.size;
  const keys = BLOCKING_RULES.map(() => new Uint32Array(n));
  const v = t.vocab;
  const phonIds = v.phonIds;
  const initials = v.tokens.map((tok) => tok.charCodeAt(0));
  const [kDoc, kNameDob, kSurYear, kGivenS2, kFull, kDobInitials, kDobLow, kDobHigh, kSurnames] = keys;
  if (!kDoc || !kNameDob || !kSurYear || !kGivenS2 || !kFull || !kDobInitials) return keys;
  if (!kDobLow || !kDobHigh || !kSurnames) return keys;
  for (let row = 0; row < n; row += 1) {
    const start = t.start[row] ?? 0;
    const g = t.givenLen[row] ?? 0;
    const s1 = t.s1Len[row] ?? 0;
    const s2 = t.s2Len[row] ?? 0;
    const y = t.year[row] ?? 0;
    const m = t.month[row] ?? 0;
    const d = t.day[row] ?? 0;
    const g0 = t.tokens[start] ?? 0;
    const sFirst = t.tokens[start + g] ?? 0;
    const s2First = t.tokens[start + g + s1] ?? 0;
    const doc = t.docs[row] ?? '';
    if (doc !== '') kDoc[row] = hashString(doc);
    const full = m > 0 && d > 0;
    const dm = Math.min(m, d) * 32 + Math.max(m, d);
    const gp = g > 0 ? (phonIds[g0] ?? 0) + 1 : 0;
    const sp = s1 + s2 > 0 ? (phonIds[sFirst] ?? 0) + 1 : 0;
    const s2p = s1 > 0 && s2 > 0 ? (phonIds[s2First] ?? 0) + 1 : 0;
    if (full && gp > 0 && sp > 0) {
      kNameDob[row] = finishHash(mix(mix(mix(mix(1, Math.min(gp, sp)), Math.max(gp, sp)), y), dm));
    }
    if (y > 0 && sp > 0 && gp > 0)
      kSurYear[row] = finishHash(mix(mix(mix(mix(2, sp), gp), y), t.sex[row] ?? 0));
    if (y > 0 && gp > 0 && s2p > 0) {
      kGivenS2[row] = finishHash(mix(mix(mix(mix(3, gp), s2p), y), initials[sFirst] ?? 0));
    }
    const [lo, hi] = s2p > 0 ? [Math.min(sp, s2p), Math.max(sp, s2p)] : [sp, sp];
    if (gp > 0 && sp > 0 && s2p > 0) kFull[row] = finishHash(mix(mix(mix(4, gp), lo), hi));
    if (full && gp > 0 && sp > 0) {
      kDobInitials[row] = finishHash(mix(mix(mix(mix(5, y), dm), initials[g0] ?? 0), initials[sFirst] ?? 0));
    }
    if (full && sp > 0) {
      kDobLow[row] = finishHash(mix(mix(mix(6, y), dm), lo));
      kDobHigh[row] = finishHash(mix(mix(mix(6, y), dm), hi));
    }
    if (y > 0 && s2p > 0) kSurnames[row] = finishHash(mix(mix(mix(7, lo), hi), y));
  }
  return keys;
}

/** Rows grouped by key: sorts (key, row) packed into one double, so the sort is native and fast. */
export function sortedByKey(keys: Uint32Array, n: number): Float64Array {
  const rowBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const shift = 2 ** rowBits;
  const keyBits = 53 - rowBits;
  const keyMod = 2 ** Math.min(32, keyBits);
  let count = 0;
  for (let row = 0; row < n; row += 1) if ((keys[row] ?? 0) !== 0) count += 1;
  const packed = new Float64Array(count);
  let k = 0;
  for (let row = 0; row < n; row += 1) {
    const key = keys[row] ?? 0;
    if (key !== 0) {
      packed[k] = (key % keyMod) * shift + row;
      k += 1;
    }
  }
  packed.sort();
  return packed;
}

/**
 * Calls `visit` once for every pair the rules put in one block, under the first rule that does.
 * A block larger than `maxBlock` is compared in a sliding window of `window` rows ordered by full
 * name instead of all pairs. Returns how many blocks were windowed.
 */
export function forEachCandidatePair(
  keys: readonly Uint32Array[],
  n: number,
  limits: { readonly maxBlock: number; readonly window: number },
  visit: (rule: number, a: number, b: number) => void,
  ruleDone: (rule: number) => void = () => undefined,
): number {
  const fullName = keys[4] ?? new Uint32Array(n);
  const shift = 2 ** Math.max(1, Math.ceil(Math.log2(n + 1)));
  let windowedBlocks = 0;
  const coveredEarlier = (rule: number, a: number, b: number) => {
    for (let r = 0; r < rule; r += 1) {
      const k = keys[r];
      if (k && (k[a] ?? 0) !== 0 && k[a] === k[b]) return true;
    }
    return false;
  };
  const pair = (rule: number, a: number, b: number) => {
    if (!coveredEarlier(rule, a, b)) visit(rule, a, b);
  };
  for (let rule = 0; rule < keys.length; rule += 1) {
    const sorted = sortedByKey(keys[rule] ?? new Uint32Array(n), n);
    let i = 0;
    while (i < sorted.length) {
      const key = Math.floor((sorted[i] ?? 0) / shift);
      let j = i + 1;
      while (j < sorted.length && Math.floor((sorted[j] ?? 0) / shift) === key) j += 1;
      if (j - i <= limits.maxBlock) {
        for (let x = i; x < j; x += 1) {
          const a = (sorted[x] ?? 0) % shift;
          for (let y = x + 1; y < j; y += 1) pair(rule, a, (sorted[y] ?? 0) % shift);
        }
      } else {
        // Sorted neighbourhood inside an oversized block: order by full name, compare neighbours.
        windowedBlocks += 1;
        const rows = Array.from(sorted.subarray(i, j), (x) => x % shift);
        rows.sort((p, q) => (fullName[p] ?? 0) - (fullName[q] ?? 0) || p - q);
        for (let x = 0; x < rows.length; x += 1) {
          for (let y = x + 1; y < Math.min(rows.length, x + limits.window); y += 1) {
            pair(rule, rows[x] ?? 0, rows[y] ?? 0);
          }
        }
      }
      i = j;
    }
    ruleDone(rule);
  }
  return windowedBlocks;
}
