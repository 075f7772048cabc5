// Repairs the digits of a name field. ICAO 9303-3 §4.6 allows only letters and fillers there, so a
// digit is always a misread: where it has one look-alike letter (5 → S) that is the reading; where it
// has several (0 → O, D, Q; 1 → I, L) the reading whose words are the commoner names wins, by the name
// frequencies matching draws its people from, and for a word no list knows, by how its letters follow
// each other in those names.
import { GIVEN_NAME_LISTS, SURNAMES } from '../matching';
import { FILLER, isDigit, isLetter, lettersForDigitCode } from './mrz-check';

/** A letter put where a digit was read: the offset and the letter. */
export type NameRepair = readonly [at: number, to: string];

// Past this many readings of one word it is left as read (a word of twelve 1s, say): reported, not guessed.
const MAX_READINGS = 4096;

// The channel: OCR readers put 0 for O and 1 for I far more often than for D, Q or L (PassportEye and
// npm mrz read 0 and 1 in a name as O and I, always). So a word no list knows takes the less usual
// letter only when its spelling says so clearly: that reading counts as five times less likely.
const LESS_USUAL = Math.log(1 / 5);

type Weighted = readonly (readonly [string, number])[];

interface Lexicon {
  /** Relative frequency of each word among surnames and among given names (each list sums to 1). */
  readonly surnames: ReadonlyMap<string, number>;
  readonly given: ReadonlyMap<string, number>;
  /** log P(next | two before) over A–Z, with '^' (start) before a word and '$' (end) after it. */
  readonly letters: Float64Array;
}

// Letters are 0–25; 26 is the start as a letter before, and the end as a letter after.
const EDGE = 26;
const SYMBOLS = 27;
// A letter's probability after two others mixes what follows those two, what follows the last one and
// how common it is at all (Jelinek–Mercer), so a triple no name has is unlikely, not impossible.
const MIX = [0.6, 0.3, 0.1] as const;

// The words of a name as the zone writes them: upper case, without accents.
export const wordsOfName = (name: string): string[] =>
  name
    .toUpperCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .split(/[^A-Z]+/)
    .filter((w) => w.length > 0);

function frequencies(lists: readonly Weighted[]): Map<string, number> {
  const out = new Map<string, number>();
  let total = 0;
  for (const list of lists) {
    for (const [name, weight] of list) {
      for (const word of wordsOfName(name)) out.set(word, (out.get(word) ?? 0) + weight);
      total += weight;
    }
  }
  for (const [word, weight] of out) out.set(word, weight / total);
  return out;
}

const codesOf = (word: string): number[] => [
  EDGE,
  EDGE,
  ...[...word].map((ch) => ch.charCodeAt(0) - 65),
  EDGE,
];

// Letter triples counted once per distinct word: how names are spelt, not how often one is given.
function letterModel(words: Iterable<string>): Float64Array {
  const one = new Float64Array(SYMBOLS);
  const two = new Float64Array(SYMBOLS * SYMBOLS);
  const three = new Float64Array(SYMBOLS * SYMBOLS * SYMBOLS);
  for (const word of words) {
    const codes = codesOf(word);
    for (let i = 2; i < codes.length; i++) {
      const [a = 0, b = 0, c = 0] = [codes[i - 2], codes[i - 1], codes[i]];
      one[c] = (one[c] ?? 0) + 1;
      two[b * SYMBOLS + c] = (two[b * SYMBOLS + c] ?? 0) + 1;
      three[(a * SYMBOLS + b) * SYMBOLS + c] = (three[(a * SYMBOLS + b) * SYMBOLS + c] ?? 0) + 1;
    }
  }
  const sum = (counts: Float64Array, from: number): number => {
    let total = 0;
    for (let c = 0; c < SYMBOLS; c++) total += counts[from + c] ?? 0;
    return total;
  };
  const share = (count: number, total: number): number => (total > 0 ? count / total : 0);
  const all = sum(one, 0);
  const logs = new Float64Array(SYMBOLS * SYMBOLS * SYMBOLS);
  for (let a = 0; a < SYMBOLS; a++) {
    for (let b = 0; b < SYMBOLS; b++) {
      const pair = (a * SYMBOLS + b) * SYMBOLS;
      const afterPair = sum(three, pair);
      const afterOne = sum(two, b * SYMBOLS);
      for (let c = 0; c < SYMBOLS; c++) {
        const p =
          MIX[0] * share(three[pair + c] ?? 0, afterPair) +
          MIX[1] * share(two[b * SYMBOLS + c] ?? 0, afterOne) +
          MIX[2] * (((one[c] ?? 0) + 0.5) / (all + 0.5 * SYMBOLS));
        logs[pair + c] = Math.log(p);
      }
    }
  }
  return logs;
}

// Built on first use, once: most zones have no digit in their names.
let lexicon: Lexicon | undefined;

function lexiconOf(): Lexicon {
  if (lexicon !== undefined) return lexicon;
  const surnames = frequencies([SURNAMES]);
  const given = frequencies(GIVEN_NAME_LISTS);
  lexicon = { surnames, given, letters: letterModel(new Set([...surnames.keys(), ...given.keys()])) };
  return lexicon;
}

/**
 * How likely a reading of a word is: a name of the word's own kind (a surname in the primary
 * identifier, a given name in the secondary) by its frequency, before a name of the other kind, before
 * a word no list has, by how its letters follow each other in the names the lists have. Compared as [tier, value], higher first.
 */
function scoreOf(word: string, isSurname: boolean, lex: Lexicon): readonly [number, number] {
  const own = (isSurname ? lex.surnames : lex.given).get(word);
  if (own !== undefined) return [2, own];
  const other = (isSurname ? lex.given : lex.surnames).get(word);
  if (other !== undefined) return [1, other];
  const codes = codesOf(word);
  let log = 0;
  for (let i = 2; i < codes.length; i++) {
    log +=
      lex.letters[((codes[i - 2] ?? 0) * SYMBOLS + (codes[i - 1] ?? 0)) * SYMBOLS + (codes[i] ?? 0)] ?? 0;
  }
  return [0, log];
}

const isBetter = (a: readonly [number, number], b: readonly [number, number]): boolean =>
  a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);

/**
 * The letters to put where digits were read in the name `text[start, end)`. A word is left as read when
 * a digit in it has no look-alike letter (9) or it holds a character outside the MRZ alphabet; the
 * field then keeps its problem. Ties go to the look-alike listed first (O before D and Q, I before L).
 */
export function repairName(text: string, start: number, end: number): NameRepair[] {
  const out: NameRepair[] = [];
  let primaryEnds = end;
  for (let i = start; i + 1 < end; i++) {
    if (text.charCodeAt(i) === FILLER && text.charCodeAt(i + 1) === FILLER) {
      primaryEnds = i;
      break;
    }
  }
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text.charCodeAt(i) !== FILLER) continue;
    if (i > from) out.push(...repairWord(text, from, i, from < primaryEnds));
    from = i + 1;
  }
  return out;
}

function repairWord(text: string, start: number, end: number, isSurname: boolean): NameRepair[] {
  const digits: [number, readonly string[]][] = [];
  for (let at = start; at < end; at++) {
    const c = text.charCodeAt(at);
    if (isLetter(c)) continue;
    const letters = isDigit(c) ? lettersForDigitCode(c) : [];
    if (letters.length === 0) return [];
    digits.push([at, letters]);
  }
  if (digits.length === 0) return [];
  let readings: NameRepair[][] = [[]];
  for (const [at, letters] of digits) {
    readings = readings.flatMap((reading) => letters.map((to): NameRepair[] => [...reading, [at, to]]));
    if (readings.length > MAX_READINGS) return [];
  }
  const lex = lexiconOf();
  let best: NameRepair[] = [];
  let bestScore: readonly [number, number] = [-1, 0];
  for (const reading of readings) {
    const chars = [...text.slice(start, end)];
    let channel = 0;
    for (const [at, to] of reading) {
      chars[at - start] = to;
      if (to !== lettersForDigitCode(text.charCodeAt(at))[0]) channel += LESS_USUAL;
    }
    const known = scoreOf(chars.join(''), isSurname, lex);
    const score: readonly [number, number] = known[0] === 0 ? [0, known[1] + channel] : known;
    if (isBetter(score, bestScore)) {
      best = reading;
      bestScore = score;
    }
  }
  return best;
}
