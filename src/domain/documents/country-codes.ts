// The three-letter codes an MRZ may carry for issuing state and nationality (ICAO Doc 9303 Part 3 §5):
// every ISO 3166-1 alpha-3 state plus ICAO's own codes (src/domain/shared/countries), and a fast
// test of a code inside a zone.
import { COUNTRY_CODES } from '../shared';

export { COUNTRY_CODES, type CountryCode, countryByCode } from '../shared';

// A 27×27×27 table over A–Z and '<' lets the parser test a three-character code without a slice.
const known = new Uint8Array(27 * 27 * 27);
const slot = (c: number): number => (c === 60 ? 26 : c - 65);
for (const { code } of COUNTRY_CODES) {
  const padded = code.padEnd(3, '<');
  known[slot(padded.charCodeAt(0)) * 729 + slot(padded.charCodeAt(1)) * 27 + slot(padded.charCodeAt(2))] = 1;
}

/** Whether the three characters of `text` from `start` are a known code (with '<' filler for 'D'). */
export function isKnownCountryAt(text: string, start: number): boolean {
  const a = text.charCodeAt(start);
  const b = text.charCodeAt(start + 1);
  const c = text.charCodeAt(start + 2);
  if (!isCodeChar(a) || !isCodeChar(b) || !isCodeChar(c)) return false;
  return known[slot(a) * 729 + slot(b) * 27 + slot(c)] === 1;
}

const isCodeChar = (c: number): boolean => (c >= 65 && c <= 90) || c === 60;
