// Folds text for matching: upper case, accents stripped by Unicode NFKD, ICAO 9303 transliterations
// undone (Ñ written as N or NXX), and split into word tokens. Other scripts are kept as they are.

// Letters NFKD does not decompose but ICAO 9303-3 §6 transliterates to Latin.
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  Æ: 'AE',
  Œ: 'OE',
  Ø: 'O',
  Ł: 'L',
  Đ: 'D',
  Ð: 'D',
  Þ: 'TH',
  Ħ: 'H',
  Ŀ: 'L',
  Ŧ: 'T',
  ẞ: 'SS',
};
const EXTRA_FOLD_PATTERN = /[ÆŒØŁĐÐÞĦĿŦẞ]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range includes control characters.
const ASCII = /^[\x00-\x7f]*$/;
const MARKS = /\p{M}+/gu;
// Apostrophes join (D'ANGELO → DANGELO); anything else that is not a letter or digit separates.
const APOSTROPHES = /['’`´ʼ]/g;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

function foldOnce(text: string): string {
  return text
    .toUpperCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(EXTRA_FOLD_PATTERN, (c) => EXTRA_FOLDS[c] ?? c)
    .toUpperCase();
}

/** Upper-cases and strips accents; stable: folding folded text changes nothing. */
export function foldText(text: string): string {
  // Plain ASCII has nothing to decompose.
  if (ASCII.test(text)) return text.toUpperCase();
  let current = foldOnce(text);
  // A few code points need a second pass (upper-casing can produce decomposable letters).
  for (let i = 0; i < 3; i += 1) {
    const next = foldOnce(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

/** Splits folded text into tokens of letters and digits; undoes the ICAO NXX transliteration of Ñ. */
export function tokenize(folded: string): string[] {
  const out: string[] = [];
  for (const raw of folded.replace(APOSTROPHES, '').split(SEPARATORS)) {
    if (raw.length === 0) continue;
    // ICAO 9303-3 writes Ñ as N or NXX; no Spanish name contains NXX otherwise.
    out.push(raw.includes('NXX') ? raw.replace(/NXX/g, 'N') : raw);
  }
  return out;
}

/** The tokens of a name as a person types it into a search, folded as stored names' keys are. */
export function searchTokens(text: string): string[] {
  return tokenize(foldText(text));
}

/** True when every character of the token is A–Z: phonetic rules and the lexicon apply only then. */
export function isLatinToken(token: string): boolean {
  for (let i = 0; i < token.length; i += 1) {
    const c = token.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return token.length > 0;
}
