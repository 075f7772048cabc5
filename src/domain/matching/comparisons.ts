// Comparators: each compares one attribute of two feature rows and gives a level (strongest first)
// plus, for names, the term frequency of the agreeing value. They read typed arrays, never allocate.
import { type FeatureTable, isIdentityNumberType, tokenSimilarity, type Vocabulary } from './features';
import { jaroWinkler, withinOneEdit } from './similarity';
import { NULL_LEVEL } from './types';

export const NAME_EXACT = 0;
export const NAME_PHONETIC = 1;
export const NAME_JW_HIGH = 2;
export const NAME_SUBSET = 3;
export const NAME_JW_MEDIUM = 4;
export const NAME_OTHER = 5;

export const DOB_EXACT = 0;
export const DOB_SWAPPED = 1;
export const DOB_YEAR_MONTH = 2;
export const DOB_YEAR = 3;
export const DOB_YEAR_OFF_BY_ONE = 4;
export const DOB_YEAR_APPROXIMATE = 5;
export const DOB_MISMATCH = 6;

// When one date is a year alone (an estimated age): years apart still close, and years apart still
// possible (a list's estimate and the traveller's own); the person index looks that far.
export const APPROXIMATE_YEARS = 2;
export const ESTIMATED_AGE_YEARS = 5;

export const DOC_EXACT = 0;
export const DOC_ONE_EDIT = 1;
export const DOC_OTHER_DOCUMENT = 2;
export const DOC_MISMATCH = 3;
export const DOC_IDENTITY_MISMATCH = 4;

export const SAME = 0;
export const DIFFERENT = 1;

/** A slice of a table's token column: one part (given names, or both surnames) of one row. */
export interface TokenSlice {
  tokens: Int32Array;
  start: number;
  length: number;
}

export interface NameComparison {
  level: number;
  /** Product of the term frequencies of the agreeing tokens (1 when not adjusted). */
  tf: number;
}

const HIGH = 0.92;
const MEDIUM = 0.85;
const used = new Uint8Array(16);

function sameMultiset(v: Vocabulary, a: TokenSlice, b: TokenSlice, byPhon: boolean): boolean {
  used.fill(0, 0, b.length);
  for (let i = 0; i < a.length; i += 1) {
    const ta = a.tokens[a.start + i] ?? -1;
    const ka = byPhon ? (v.phonIds[ta] ?? -1) : ta;
    let found = false;
    for (let j = 0; j < b.length; j += 1) {
      if (used[j] === 1) continue;
      const tb = b.tokens[b.start + j] ?? -2;
      const kb = byPhon ? (v.phonIds[tb] ?? -2) : tb;
      if (ka === kb) {
        used[j] = 1;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

// Greedy best-match average Jaro-Winkler of equally long token lists.
function alignedSimilarity(v: Vocabulary, a: TokenSlice, b: TokenSlice): number {
  used.fill(0, 0, b.length);
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) {
    const ta = a.tokens[a.start + i] ?? 0;
    let best = 0;
    let bestJ = -1;
    for (let j = 0; j < b.length; j += 1) {
      if (used[j] === 1) continue;
      const s = tokenSimilarity(v, ta, b.tokens[b.start + j] ?? 0);
      if (s > best) {
        best = s;
        bestJ = j;
      }
    }
    if (bestJ >= 0) used[bestJ] = 1;
    sum += best;
  }
  return sum / a.length;
}

/**
 * Share of people whose name an initial stands for: a letter covers about one name in ten, so an
 * initial that agrees weighs like a common name, never like the rare one it may abbreviate.
 */
const INITIAL_TF = 0.1;

const isInitial = (v: Vocabulary, t: number) => (v.tokens[t]?.length ?? 0) === 1;

// One token is the other's initial ('J' and 'JOSE').
function initialOf(v: Vocabulary, ta: number, tb: number): boolean {
  const a = v.tokens[ta] ?? '';
  const b = v.tokens[tb] ?? '';
  return (a.length === 1 || b.length === 1) && a.charCodeAt(0) === b.charCodeAt(0);
}

function partnerOf(v: Vocabulary, ta: number, long: TokenSlice): number {
  const pa = v.phonIds[ta];
  for (let j = 0; j < long.length; j += 1) {
    if (used[j] === 1) continue;
    const tb = long.tokens[long.start + j] ?? -1;
    if (tb === ta || v.phonIds[tb] === pa) return j;
  }
  for (let j = 0; j < long.length; j += 1) {
    if (used[j] === 1) continue;
    if (tokenSimilarity(v, ta, long.tokens[long.start + j] ?? -1) >= HIGH) return j;
  }
  for (let j = 0; j < long.length; j += 1) {
    if (used[j] === 1) continue;
    if (initialOf(v, ta, long.tokens[long.start + j] ?? -1)) return j;
  }
  return -1;
}

// Every token of the shorter list has a phonetic or close (Jaro-Winkler ≥ 0.92) partner in the
// longer, or is its initial ('J. Luis' in 'José Luis'); full tokens are paired before initials.
function subsetTf(v: Vocabulary, short: TokenSlice, long: TokenSlice, tf: readonly number[]): number {
  // The frequency of the matched tokens of the longer list: a typo of a common name stays common.
  let product = 1;
  used.fill(0, 0, long.length);
  for (const initials of [false, true]) {
    for (let i = 0; i < short.length; i += 1) {
      const ta = short.tokens[short.start + i] ?? -1;
      if (isInitial(v, ta) !== initials) continue;
      const found = partnerOf(v, ta, long);
      if (found < 0) return -1;
      used[found] = 1;
      const tb = long.tokens[long.start + found] ?? 0;
      product *= initials || isInitial(v, tb) ? INITIAL_TF : (tf[tb] ?? 1);
    }
  }
  return product;
}

function hasInitial(v: Vocabulary, s: TokenSlice): boolean {
  for (let i = 0; i < s.length; i += 1) if (isInitial(v, s.tokens[s.start + i] ?? -1)) return true;
  return false;
}

function tfProduct(s: TokenSlice, tf: readonly number[]): number {
  let p = 1;
  for (let i = 0; i < s.length; i += 1) p *= tf[s.tokens[s.start + i] ?? 0] ?? 1;
  return p;
}

function joined(v: Vocabulary, s: TokenSlice): string {
  let out = '';
  for (let i = 0; i < s.length; i += 1) out += v.tokens[s.tokens[s.start + i] ?? 0] ?? '';
  return out;
}

/** Term frequency of a whole list: its interned value's when known (given names), else a token product. */
function listTf(
  s: TokenSlice,
  tf: readonly number[],
  valueTf: readonly number[] | undefined,
  value: number,
): number {
  if (valueTf !== undefined && value >= 0) return valueTf[value] ?? tfProduct(s, tf);
  return tfProduct(s, tf);
}

/**
 * Compares two token lists: order-insensitive, tolerant of a missing second name. `tf` gives token
 * frequencies; `valueTf` with the two value ids gives whole-value frequencies (given names).
 */
export function compareTokenLists(
  v: Vocabulary,
  a: TokenSlice,
  b: TokenSlice,
  tf: readonly number[],
  valueTf: readonly number[] | undefined,
  aValue: number,
  bValue: number,
  out: NameComparison,
): NameComparison {
  out.tf = 1;
  if (a.length === 0 || b.length === 0) {
    out.level = NULL_LEVEL;
    return out;
  }
  let aligned = 0;
  if (a.length === b.length) {
    if (sameMultiset(v, a, b, false)) {
      out.level = NAME_EXACT;
      out.tf = listTf(a, tf, valueTf, aValue);
      return out;
    }
    if (sameMultiset(v, a, b, true)) {
      out.level = NAME_PHONETIC;
      out.tf = Math.max(listTf(a, tf, valueTf, aValue), listTf(b, tf, valueTf, bValue));
      return out;
    }
    aligned = alignedSimilarity(v, a, b);
    if (aligned >= HIGH) {
      out.level = NAME_JW_HIGH;
      return out;
    }
    // 'J. Luis' against 'José Luis': as good as one name written out of two, and never rarer than
    // the names written out ('M. José' may well be the common 'María José').
    if (hasInitial(v, a) || hasInitial(v, b)) {
      const sub = subsetTf(v, a, b, tf);
      if (sub >= 0) {
        out.level = NAME_SUBSET;
        out.tf = Math.max(sub, listTf(a, tf, valueTf, aValue), listTf(b, tf, valueTf, bValue));
        return out;
      }
    }
  } else {
    const aShort = a.length < b.length;
    const short = aShort ? a : b;
    const sub = subsetTf(v, short, aShort ? b : a, tf);
    if (sub >= 0) {
      out.level = NAME_SUBSET;
      out.tf = Math.max(sub, listTf(short, tf, valueTf, aShort ? aValue : bValue));
      return out;
    }
  }
  if (a.length === b.length) {
    out.level = aligned >= MEDIUM ? NAME_JW_MEDIUM : NAME_OTHER;
    return out;
  }
  // Names written without a space (MARIAJOSE) or split differently compare as one string.
  const whole = jaroWinkler(joined(v, a), joined(v, b));
  out.level = whole >= HIGH ? NAME_JW_HIGH : whole >= MEDIUM ? NAME_JW_MEDIUM : NAME_OTHER;
  return out;
}

/**
 * 1 January is what registries and lists write when only the year is known (an estimated age), so it
 * counts as the year alone: for the date it stands in for, and against the birthday it hides.
 */
const isPlaceholder = (m: number, d: number) => m === 1 && d === 1;

function dobLevel(y1: number, mm1: number, dd1: number, y2: number, mm2: number, dd2: number): number {
  if (y1 === 0 || y2 === 0) return NULL_LEVEL;
  const m1 = isPlaceholder(mm1, dd1) ? 0 : mm1;
  const d1 = m1 === 0 ? 0 : dd1;
  const m2 = isPlaceholder(mm2, dd2) ? 0 : mm2;
  const d2 = m2 === 0 ? 0 : dd2;
  const dy = Math.abs(y1 - y2);
  if (m1 > 0 && d1 > 0 && m2 > 0 && d2 > 0) {
    if (dy === 0 && m1 === m2 && d1 === d2) return DOB_EXACT;
    if (dy === 0 && m1 === d2 && d1 === m2) return DOB_SWAPPED;
    if (dy === 1 && m1 === m2 && d1 === d2) return DOB_YEAR_OFF_BY_ONE;
    // Two full dates on another day are two birthdays, even in the same month: a namesake born
    // weeks apart was the commonest false hit. Only a missing day earns 'year-month'.
    return DOB_MISMATCH;
  }
  if (m1 > 0 && m2 > 0) {
    if (dy === 0 && m1 === m2) return DOB_YEAR_MONTH;
    if (dy === 1 && m1 === m2) return DOB_YEAR_OFF_BY_ONE;
    return DOB_MISMATCH;
  }
  if (dy === 0) return DOB_YEAR;
  // A year alone is often an age someone estimated: two years out is still close, five possible.
  if (dy <= APPROXIMATE_YEARS) return DOB_YEAR_OFF_BY_ONE;
  return dy <= ESTIMATED_AGE_YEARS ? DOB_YEAR_APPROXIMATE : DOB_MISMATCH;
}

/** Compares partial dates of birth: swapped day and month, year-only, one year off. Best of all pairs. */
export function compareBirthDates(a: FeatureTable, i: number, b: FeatureTable, j: number): number {
  let best = dobLevel(
    a.year[i] ?? 0,
    a.month[i] ?? 0,
    a.day[i] ?? 0,
    b.year[j] ?? 0,
    b.month[j] ?? 0,
    b.day[j] ?? 0,
  );
  const ea = a.extra.size === 0 ? undefined : a.extra.get(i)?.dobs;
  const eb = b.extra.size === 0 ? undefined : b.extra.get(j)?.dobs;
  if (ea === undefined && eb === undefined) return best;
  const listA = [[a.year[i] ?? 0, a.month[i] ?? 0, a.day[i] ?? 0] as const, ...(ea ?? [])];
  const listB = [[b.year[j] ?? 0, b.month[j] ?? 0, b.day[j] ?? 0] as const, ...(eb ?? [])];
  for (const [y1, m1, d1] of listA) {
    for (const [y2, m2, d2] of listB) {
      const l = dobLevel(y1, m1, d1, y2, m2, d2);
      if (l !== NULL_LEVEL && (best === NULL_LEVEL || l < best)) best = l;
    }
  }
  return best;
}

function docLevel(t: FeatureTable, docA: string, typeA: number, docB: string, typeB: number): number {
  if (docA === '' || docB === '') return NULL_LEVEL;
  if (docA === docB) return DOC_EXACT;
  if (docA.length >= 5 && docB.length >= 5 && withinOneEdit(docA, docB)) return DOC_ONE_EDIT;
  if (typeA >= 0 && typeB >= 0 && typeA !== typeB) return DOC_OTHER_DOCUMENT;
  if (typeA >= 0 && typeA === typeB && isIdentityNumberType(t.pool.values[typeA]))
    return DOC_IDENTITY_MISMATCH;
  return DOC_MISMATCH;
}

// Which level wins when people hold several documents: a number that agrees, then a document of the
// same kind that disagrees, and only then "another kind". Otherwise a namesake showing an identity
// card unlike the listed one would pass as "another kind" against the listed passport.
const DOC_RANK = [0, 1, 4, 3, 2];
const docRank = (l: number) => DOC_RANK[l] ?? l;

/**
 * Compares document numbers: exact, one edit or transposition, a different kind of document, or not
 * (two identity numbers apart are told from other documents apart). Both tables share one pool.
 */
export function compareDocuments(a: FeatureTable, i: number, b: FeatureTable, j: number): number {
  let best = docLevel(a, a.docs[i] ?? '', a.docType[i] ?? -1, b.docs[j] ?? '', b.docType[j] ?? -1);
  const ea = a.extra.size === 0 ? undefined : a.extra.get(i)?.docs;
  const eb = b.extra.size === 0 ? undefined : b.extra.get(j)?.docs;
  if (ea === undefined && eb === undefined) return best;
  const listA = [[a.docs[i] ?? '', a.docType[i] ?? -1] as const, ...(ea ?? [])];
  const listB = [[b.docs[j] ?? '', b.docType[j] ?? -1] as const, ...(eb ?? [])];
  for (const [da, ta] of listA) {
    for (const [db, tb] of listB) {
      const l = docLevel(a, da, ta, db, tb);
      if (l !== NULL_LEVEL && (best === NULL_LEVEL || docRank(l) < docRank(best))) best = l;
    }
  }
  return best;
}

/** Same or different nationality; any shared one counts as same. */
export function compareNationalities(a: FeatureTable, i: number, b: FeatureTable, j: number): number {
  const na = a.nat[i] ?? -1;
  const nb = b.nat[j] ?? -1;
  const ea = a.extra.size === 0 ? undefined : a.extra.get(i)?.nats;
  const eb = b.extra.size === 0 ? undefined : b.extra.get(j)?.nats;
  if (ea === undefined && eb === undefined) {
    if (na < 0 || nb < 0) return NULL_LEVEL;
    return na === nb ? SAME : DIFFERENT;
  }
  const listA = [na, ...(ea ?? [])].filter((x) => x >= 0);
  const listB = [nb, ...(eb ?? [])].filter((x) => x >= 0);
  if (listA.length === 0 || listB.length === 0) return NULL_LEVEL;
  return listA.some((x) => listB.includes(x)) ? SAME : DIFFERENT;
}

/** Same or different sex; X or unknown is missing. */
export function compareSex(a: FeatureTable, i: number, b: FeatureTable, j: number): number {
  const sa = a.sex[i] ?? 0;
  const sb = b.sex[j] ?? 0;
  if (sa === 0 || sb === 0) return NULL_LEVEL;
  return sa === sb ? SAME : DIFFERENT;
}

/** True when some token of a equals or sounds like some token of b: worth comparing crossed over. */
export function sharesToken(v: Vocabulary, a: TokenSlice, b: TokenSlice): boolean {
  for (let i = 0; i < a.length; i += 1) {
    const ta = a.tokens[a.start + i] ?? -1;
    const pa = v.phonIds[ta];
    for (let j = 0; j < b.length; j += 1) {
      const tb = b.tokens[b.start + j] ?? -2;
      if (ta === tb || pa === v.phonIds[tb]) return true;
    }
  }
  return false;
}

/** The given-name slice of a row; fills `into` when given, so hot loops allocate nothing. */
export function givenSlice(t: FeatureTable, row: number, into?: TokenSlice): TokenSlice {
  const out = into ?? { tokens: t.tokens, start: 0, length: 0 };
  out.tokens = t.tokens;
  out.start = t.start[row] ?? 0;
  out.length = t.givenLen[row] ?? 0;
  return out;
}

/** Both surnames of a row as one slice. */
export function surnameSlice(t: FeatureTable, row: number, into?: TokenSlice): TokenSlice {
  const out = into ?? { tokens: t.tokens, start: 0, length: 0 };
  out.tokens = t.tokens;
  out.start = (t.start[row] ?? 0) + (t.givenLen[row] ?? 0);
  out.length = (t.s1Len[row] ?? 0) + (t.s2Len[row] ?? 0);
  return out;
}
