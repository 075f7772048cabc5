// Countries for documents and matching: every ISO 3166-1 state (codes and English and Spanish names
// from i18n-iso-countries) plus ICAO's own codes, and one resolver from whatever a list or a person
// writes (a code, a name, the UN's or OpenSanctions' form of a name) to one ICAO 9303 code.
import countries from 'i18n-iso-countries/index.js';
// Only the two locales Paso speaks: the library's default entry would load all of them.
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import { ALIAS_CODES, type CountryCode, EXTRA_NAMES, ICAO_ONLY } from './icao-codes';

export type { CountryCode } from './icao-codes';

countries.registerLocale(en);
countries.registerLocale(es);

// Kosovo: ISO has no alpha-3 for it (the library says XKK); ICAO 9303 prints RKS.
const NOT_ISO = new Set(['XK']);

const namesOf = (alpha2: string, lang: string): string[] => {
  const n = countries.getName(alpha2, lang, { select: 'all' });
  return n === undefined ? [] : n;
};

const isoStates: CountryCode[] = Object.entries(countries.getAlpha2Codes())
  .filter(([alpha2]) => !NOT_ISO.has(alpha2))
  .map(([alpha2, code]) => ({
    code,
    alpha2,
    nameEn: namesOf(alpha2, 'en')[0] ?? code,
    nameEs: namesOf(alpha2, 'es')[0] ?? code,
    kind: 'state' as const,
  }))
  .sort((a, b) => a.code.localeCompare(b.code));

/** Every code Paso accepts in an MRZ, ISO states first, then ICAO's own, each group sorted. */
export const COUNTRY_CODES: readonly CountryCode[] = Object.freeze([...isoStates, ...ICAO_ONLY]);

const byCode = new Map<string, CountryCode>(COUNTRY_CODES.map((c) => [c.code, c]));
const byAlpha2 = new Map<string, string>(isoStates.map((c) => [c.alpha2 ?? '', c.code]));
for (const c of ICAO_ONLY) if (c.alpha2 !== null && !byAlpha2.has(c.alpha2)) byAlpha2.set(c.alpha2, c.code);

// Words that do not tell countries apart, in either language ("Republic of the Congo" and
// "Congo, Republic of" and "República del Congo" all come down to CONGO REPUBLIC/REPUBLICA).
const STOP_WORDS = new Set(['THE', 'OF', 'AND', 'DE', 'DEL', 'LA', 'LAS', 'LOS', 'EL', 'Y', 'E']);

/** A name as an order-free key: folded, apostrophes joined, punctuation and stop words dropped. */
function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toUpperCase()
    .replace(/['’`´ʼ]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !STOP_WORDS.has(w))
    .sort()
    .join(' ');
}

// Official names first; an alias two countries share ("Congo") stays with the one whose official
// name it is, or with neither. The explicit extra forms come last and win.
const canonical = (code: string): string => ALIAS_CODES[code] ?? code;

/** The one code a country is counted under: D for Germany, whether a document says D or DEU. */
export const canonicalCountryCode = canonical;
const byName = new Map<string, string>();
const officialKeys = new Set<string>();
for (const c of COUNTRY_CODES) {
  for (const name of [c.nameEn, c.nameEs]) {
    byName.set(nameKey(name), canonical(c.code));
    officialKeys.add(nameKey(name));
  }
}
const ambiguous = new Set<string>();
for (const c of isoStates) {
  for (const name of [...namesOf(c.alpha2 ?? '', 'en'), ...namesOf(c.alpha2 ?? '', 'es')]) {
    const key = nameKey(name);
    const known = byName.get(key);
    if (known === canonical(c.code) || officialKeys.has(key)) continue;
    if (known !== undefined || ambiguous.has(key)) {
      ambiguous.add(key);
      byName.delete(key);
    } else byName.set(key, canonical(c.code));
  }
}
for (const [name, code] of EXTRA_NAMES) byName.set(nameKey(name), code);

/** The code a text stands for, if any: an ICAO or ISO alpha-3 code, an alpha-2 code or a name. */
function codeOf(text: string): string | undefined {
  const t = text.trim().replace(/<+$/, '');
  if (/^[A-Za-z]{1,3}$/.test(t)) {
    const upper = t.toUpperCase();
    const code = byCode.has(upper) ? upper : upper.length === 2 ? byAlpha2.get(upper) : undefined;
    if (code !== undefined) return canonical(code);
  }
  const named = byName.get(nameKey(t));
  if (named !== undefined) return named;
  // A remark in brackets ("INDONESIA (as at December 2003)") when the whole text is no name.
  const bare = t.replace(/\([^)]*\)/g, ' ');
  if (bare === t) return undefined;
  return byName.get(nameKey(bare));
}

const cache = new Map<string, string | undefined>();

/**
 * One ICAO 9303 code for a nationality as written ('ru', 'RUS', 'IRAN (ISLAMIC REPUBLIC OF)',
 * 'Türkiye', 'Alemania', 'D<<'), or undefined when nothing maps.
 */
export function resolveCountry(text: string): string | undefined {
  if (cache.has(text)) return cache.get(text);
  const code = codeOf(text);
  if (cache.size < 10_000) cache.set(text, code);
  return code;
}

/** The nationality as its ICAO code where one maps, otherwise as written (trimmed). */
export function nationalityCode(text: string): string {
  return resolveCountry(text) ?? text.trim();
}

// ICAO's British nationality classes are all British for matching, and a UNMIK document's holder is
// a resident of Kosovo.
const SAME_NATIONALITY: Readonly<Record<string, string>> = {
  GBD: 'GBR',
  GBN: 'GBR',
  GBO: 'GBR',
  GBP: 'GBR',
  GBS: 'GBR',
  UNK: 'RKS',
};

/**
 * The nationality matching compares, or '' when it says nothing about a person's country: no code
 * maps, or the code is an organisation, a specimen or a status (stateless, refugee, unspecified).
 */
export function nationalityForMatching(text: string): string {
  const resolved = resolveCountry(text);
  if (resolved === undefined) return '';
  const code = SAME_NATIONALITY[resolved] ?? resolved;
  const kind = byCode.get(code)?.kind;
  return kind === 'state' || kind === 'nationality-class' || kind === 'deprecated' ? code : '';
}

/**
 * A state a place can be in, under the one code ICAO prints for it: not a nationality class, an
 * organisation or a status (stateless, refugee), and not the ISO code of a state ICAO prints
 * otherwise (DEU: ICAO prints D), so that each state is offered once.
 */
export function isStateCode(code: string): boolean {
  return byCode.get(code)?.kind === 'state' && ALIAS_CODES[code] === undefined;
}

/** The country or organisation behind a code as printed ('VEN', 'D<<' or 'D'), or null if none is. */
export function countryByCode(code: string): CountryCode | null {
  const direct = byCode.get(code);
  if (direct !== undefined) return direct;
  let end = code.length;
  while (end > 0 && code.charCodeAt(end - 1) === 60) end--;
  return byCode.get(code.slice(0, end)) ?? null;
}
