// Queries of the person index: a person's name-token pairs, birth years and document vote for rows,
// the rows with most votes are scored with the model, and the hits above the threshold explained.
import { ESTIMATED_AGE_YEARS } from './comparisons';
import { explainScratch, type MatchExplanation } from './explain';
import { addPerson } from './features';
import { probabilityOf, scoreRowsAbove, weightOf } from './model';
import {
  ANY,
  approximatePairKey,
  DOC_VOTE,
  deletionsOf,
  docKey,
  isApproximateDate,
  PAIR_VOTE,
  type PersonIndex,
  pairKey,
  WEAK_NAME_BITS,
} from './person-index';
import { packingDue, packPostings, slotOf } from './person-index-postings';
import { withinOneEdit } from './similarity';
import type { MatchablePerson } from './types';

export interface MatchHit {
  /** Watch id (screening) or registration id (candidates). */
  readonly id: string;
  readonly weight: number;
  readonly probability: number;
  readonly explanation: MatchExplanation;
}

export interface QueryOptions {
  /**
   * Match probability a hit must reach (default 0.6 for screening, 0.2 for candidates).
   * Screening probabilities use a prior of one chance in the number of entries (at most).
   */
  readonly threshold?: number;
  /** At most this many candidate rows are scored (default 400). */
  readonly maxCandidates?: number;
  /** Posting lists longer than this are skipped when the query has others (default 50,000; 2,000 without a birth year). */
  readonly maxPostings?: number;
  readonly maxHits?: number;
  /** How many of a name-token pair's two tokens may be a variant (another spelling) of the one given. */
  readonly variantsPerPair?: 1 | 2;
}

const hasKey = (ix: PersonIndex, key: number): boolean => ix.slotKeys[slotOf(ix.slotKeys, key)] === key;

const MAX_EXPANSIONS = 100_000;
/** Tokens indexed since the cache began that a cached expansion is checked against, at most. */
const MAX_NEW_TOKENS = 65_536;

// Tokens of the index a query token may stand for: itself, the same phonetic key, one edit away.
function expand(ix: PersonIndex, tok: number): number[] {
  if (!ix.keepExpansions) return expandAnew(ix, tok);
  const known = ix.expansions.get(tok);
  if (known !== undefined && standsForNoneOf(ix, tok, known.seen)) {
    known.seen = ix.newTokens.length;
    return known.tokens;
  }
  // A list that never changes would keep every word ever asked about: a bound, far above the words
  // a day's queries repeat; and tokens indexed since are checked only so far back.
  if (ix.expansions.size >= MAX_EXPANSIONS || ix.newTokens.length >= MAX_NEW_TOKENS) {
    ix.expansions.clear();
    ix.newTokens.length = 0;
  }
  const tokens = expandAnew(ix, tok);
  ix.expansions.set(tok, { tokens, seen: ix.newTokens.length });
  return tokens;
}

// Whether none of the tokens indexed since `seen` is one that expandAnew would add for `tok`: the same
// phonetic key (the token itself included), or one edit away for words of four letters or more.
function standsForNoneOf(ix: PersonIndex, tok: number, seen: number): boolean {
  const v = ix.table.vocab;
  const phon = v.phonIds[tok] ?? -1;
  const text = v.tokens[tok] ?? '';
  for (let k = seen; k < ix.newTokens.length; k += 1) {
    const other = ix.newTokens[k] ?? -1;
    if ((v.phonIds[other] ?? -2) === phon) return false;
    const otherText = v.tokens[other] ?? '';
    if (text.length >= 4 && otherText.length >= 4 && withinOneEdit(text, otherText)) return false;
  }
  return true;
}

function expandAnew(ix: PersonIndex, tok: number): number[] {
  const v = ix.table.vocab;
  const out = new Set<number>();
  if (ix.indexedToken[tok] === 1) out.add(tok);
  for (const m of ix.phonMembers.get(v.phonIds[tok] ?? -1) ?? []) if (out.size < 24) out.add(m);
  const text = v.tokens[tok] ?? '';
  if (text.length >= 4) {
    for (const d of [text, ...deletionsOf(text)]) {
      for (const m of ix.deletions.get(d) ?? []) {
        if (out.size >= 24) break;
        if (!out.has(m) && withinOneEdit(text, v.tokens[m] ?? '')) out.add(m);
      }
    }
  }
  return [...out];
}

/**
 * Screening's prior, in bits: the odds that the person at the booth is one given entry, one in the
 * number of entries, and never more lenient than the model's prior for two registrations. With the
 * model's prior alone, a list ten times longer brought ten times the namesakes over the threshold.
 */
function screeningPrior(ix: PersonIndex): number {
  return Math.min(ix.cm.prior, -Math.log2(Math.max(1, ix.entryIds.length)));
}

/**
 * Default screening threshold, chosen on a validation scenario (generateScreeningScenario seed 1000,
 * 100,000 entries, 2,000 queries of each kind), not on the bench's seeds 41, 42 and 78: the highest
 * of 0.5, 0.6, … 0.95 that kept recall of listed people at 0.985 or more there and still holds the
 * "Maria Cruz, 1988-04-09" variant of María José De la Cruz Peña (0.65). docs/matching.md says how
 * to choose again.
 */
const SCREENING_THRESHOLD = 0.6;

function query(
  ix: PersonIndex,
  person: MatchablePerson,
  options: QueryOptions,
  defaultThreshold: number,
  prior: number,
  skipId?: string,
): MatchHit[] {
  if (packingDue(ix)) packPostings(ix);
  const q = ix.query;
  q.size = 0;
  q.tokenCount = 0;
  const qr = addPerson(q, person, ix.names);
  const start = q.start[qr] ?? 0;
  const n = (q.givenLen[qr] ?? 0) + (q.s1Len[qr] ?? 0) + (q.s2Len[qr] ?? 0);
  const expanded: number[][] = [];
  for (let k = 0; k < n; k += 1) expanded.push(expand(ix, q.tokens[start + k] ?? 0));
  // With a full date: that year, one either side (typos), entries without one, and entries whose
  // year is approximate up to ESTIMATED_AGE_YEARS out. With an approximate year (a year alone, 1
  // January: an estimated age), every entry that far out. Without a year: every year.
  const y = q.year[qr] ?? 0;
  const approximate = y > 0 && isApproximateDate(q.month[qr] ?? 0, q.day[qr] ?? 0);
  const reach = approximate ? ESTIMATED_AGE_YEARS : 1;
  const years = y > 0 ? [0, ...Array.from({ length: 2 * reach + 1 }, (_, k) => y - reach + k)] : [ANY];
  const approximateYears =
    y > 0 && !approximate
      ? Array.from({ length: 2 * ESTIMATED_AGE_YEARS + 1 }, (_, k) => y - ESTIMATED_AGE_YEARS + k).filter(
          (year) => Math.abs(year - y) > 1,
        )
      : [];
  const oneVariant = options.variantsPerPair === 1;
  const keys: number[] = [];
  const doc = q.docs[qr] ?? '';
  if (doc !== '') keys.push(docKey(doc));
  for (let i = 0; i < n; i += 1) {
    for (let j = i + (n === 1 ? 0 : 1); j < n; j += 1) {
      const ti = q.tokens[start + i] ?? 0;
      const tj = q.tokens[start + j] ?? 0;
      for (const a of expanded[i] ?? []) {
        for (const b of expanded[j] ?? []) {
          if (oneVariant && a !== ti && b !== tj) continue;
          // Every row is posted under "any year" too: a pair absent there is absent under every year.
          // Registrations hold many spellings, and most respelled pairs are absent; a watchlist's names
          // are few and spelled right, nearly every pair is there, and asking first cost screening time.
          if (oneVariant && y > 0 && !hasKey(ix, pairKey(a, b, ANY))) continue;
          for (const year of years) keys.push(pairKey(a, b, year));
          if (oneVariant && (a !== ti || b !== tj)) continue;
          for (const year of approximateYears) keys.push(approximatePairKey(a, b, year));
        }
      }
    }
  }

  // Without a birth year a common name matches thousands of entries that cannot reach the threshold.
  const maxPostings = options.maxPostings ?? (y > 0 ? 50_000 : 2_000);
  const touched: number[] = [];
  const votes = ix.votes;
  for (let k = 0; k < keys.length; k += 1) {
    const key = keys[k] ?? 0;
    const vote = k === 0 && doc !== '' ? DOC_VOTE : PAIR_VOTE;
    const s = slotOf(ix.slotKeys, key);
    if (ix.slotKeys[s] !== key) continue;
    if ((ix.slotLengths[s] ?? 0) > maxPostings && keys.length > 1) continue;
    for (let p = ix.slotHeads[s] ?? -1; p >= 0; p = ix.postNext[p] ?? -1) {
      const row = ix.postRow[p] ?? 0;
      if (votes[row] === 0) touched.push(row);
      votes[row] = (votes[row] ?? 0) + vote;
    }
    const rows = ix.packedRows;
    const end = (ix.packedStart[s] ?? 0) + (ix.packedLength[s] ?? 0);
    for (let p = ix.packedStart[s] ?? 0; p < end; p += 1) {
      const row = rows[p] ?? 0;
      if (votes[row] === 0) touched.push(row);
      votes[row] = (votes[row] ?? 0) + vote;
    }
  }
  // Keep the rows with most votes: count by vote, find the cut, take rows above it.
  const maxCandidates = options.maxCandidates ?? 400;
  let candidates = touched;
  if (touched.length > maxCandidates) {
    const byVote = new Int32Array(64);
    for (const row of touched) {
      const v = Math.min(63, votes[row] ?? 0);
      byVote[v] = (byVote[v] ?? 0) + 1;
    }
    let cut = 63;
    let kept = byVote[63] ?? 0;
    while (cut > 1 && kept + (byVote[cut - 1] ?? 0) <= maxCandidates) {
      cut -= 1;
      kept += byVote[cut] ?? 0;
    }
    candidates = touched.filter((row) => Math.min(63, votes[row] ?? 0) >= cut);
  }
  for (const row of touched) votes[row] = 0;

  // Pair weights carry the model's prior; a different prior shifts every weight alike.
  const shift = prior - ix.cm.prior;
  const cutoff = weightOf(options.threshold ?? defaultThreshold) - shift;
  const best = new Map<number, { row: number; weight: number }>();
  const s = ix.scratch;
  const replaced = ix.replacedEntries;
  for (const row of candidates) {
    const entry = ix.rowEntry[row] ?? 0;
    if (replaced.size > 0 && replaced.has(entry)) continue;
    const weak = ix.weakRows.size > 0 && ix.weakRows.has(row) ? WEAK_NAME_BITS : 0;
    const w = scoreRowsAbove(ix.cm, q, qr, ix.table, row, s, cutoff + weak) - weak;
    if (w < cutoff) continue;
    // Compared only for the few rows above the cut-off: ids made at the same time share long prefixes.
    if (skipId !== undefined && ix.entryIds[entry] === skipId) continue;
    const prev = best.get(entry);
    if (!prev || w > prev.weight) best.set(entry, { row, weight: w });
  }
  const hits = [...best.entries()]
    .sort((a, b) => b[1].weight - a[1].weight)
    .slice(0, options.maxHits ?? 20)
    .map(([entry, { row }]) => {
      // A weak name lowers the prior odds that the person is this entry.
      const weak = ix.weakRows.has(row) ? WEAK_NAME_BITS : 0;
      const w = scoreRowsAbove(ix.cm, q, qr, ix.table, row, s, Number.NEGATIVE_INFINITY) + shift - weak;
      const explanation = explainScratch(ix.cm, q, qr, ix.table, row, s, w, prior - weak);
      return {
        id: ix.entryIds[entry] ?? '',
        weight: Math.round(w * 100) / 100,
        probability: probabilityOf(w),
        explanation: weak > 0 ? { ...explanation, weakName: true } : explanation,
      };
    });
  return hits;
}

/** Screens a person against a watchlist index: hits above the threshold, best first, each explained. */
export function screenPerson(
  ix: PersonIndex,
  person: MatchablePerson,
  options: QueryOptions = {},
): MatchHit[] {
  return query(ix, person, options, SCREENING_THRESHOLD, screeningPrior(ix));
}

/** Registrations that may be this person ("registered yesterday at booth 3"), the person's own id left out. */
export function findCandidates(
  ix: PersonIndex,
  person: MatchablePerson,
  options: QueryOptions = {},
): MatchHit[] {
  // One variant per pair: a name-token pair is looked up with either token respelled, not both, and
  // under an estimated year only as written. A person's other pairs still find a record with two names
  // misspelled, and the lookups per query fall by more than ten times on a million registrations
  // (see docs/matching.md).
  return query(ix, person, { variantsPerPair: 1, ...options }, 0.2, ix.cm.prior, person.id);
}
