// Normalises a Hispanic person name for matching and keeps what was written: folds case and accents,
// groups particles into compound surnames (De la Cruz), and puts surnames typed first back in place.
import { err, ok, type Result } from '../shared';
import { GIVEN_NAME_ABBREVIATIONS, SURNAME_ABBREVIATIONS } from './abbreviations';
import { GIVEN_NAME_LEXICON, SURNAME_LEXICON } from './name-data';
import { foldText, isLatinToken, tokenize } from './text-fold';

/** A name as a form or a document gives it: given names, first surname, optional second surname. */
export interface PersonName {
  readonly givenNames: string;
  readonly surname1: string;
  readonly surname2?: string;
}

export type NameInput = PersonName | string;

export type NameFlag =
  | 'truncated'
  | 'surnames-first'
  | 'fields-swapped'
  | 'surname-split'
  | 'mrz-format'
  | 'whole-name-in-one-field'
  | 'other-script';

/** A warning keeps the name usable; 'name.too-long' means it was cut and flagged 'truncated'. */
export interface NameWarning {
  readonly code: 'name.too-long';
  readonly length: number;
  readonly limit: number;
}

/** An error means there is nothing to match on. */
export interface NameError {
  readonly code: 'name.empty';
}

export interface NormalizedName {
  /** Exactly what was handed in. */
  readonly original: NameInput;
  /** Folded parts with their particles, e.g. 'MARIA DEL CARMEN', 'DE LA CRUZ', 'PENA'. */
  readonly givenNames: string;
  readonly surname1: string;
  readonly surname2: string;
  /** Core tokens used for comparison: particles dropped (MARIA, CARMEN; CRUZ; PENA). */
  readonly given: readonly string[];
  readonly surname1Tokens: readonly string[];
  readonly surname2Tokens: readonly string[];
  /** 'SURNAME1|SURNAME2|GIVEN NAMES': normalising it again gives the same name. */
  readonly canonical: string;
  readonly flags: readonly NameFlag[];
  readonly warnings: readonly NameWarning[];
}

// Name particles (Spanish, Portuguese, Dutch, German); SAN and SANTA join the next word instead.
const PARTICLES: ReadonlySet<string> = new Set([
  'DE',
  'DEL',
  'LA',
  'LAS',
  'LOS',
  'Y',
  'DA',
  'DAS',
  'DO',
  'DOS',
  'DI',
  'VAN',
  'VON',
  'DER',
]);
const JOINING = new Set(['SAN', 'SANTA']);

// What a name cut short leaves of a particle: a document's name field holds 30 or 39 characters, so
// MARIA DE LOS ANGELES may be read as MARIA D, MARIA DE L or MARIA DE LO (ICAO Doc 9303 truncates
// names to fit). Such a last word is the start of a particle, not a name, when it follows a particle
// (DE L) or is a single letter (D): taken for an initial, it would disagree with every name.
const PARTICLE_STARTS: ReadonlySet<string> = new Set(
  [...PARTICLES].flatMap((p) => Array.from({ length: p.length - 1 }, (_, n) => p.slice(0, n + 1))),
);
const isCutParticle = (tokens: readonly string[], i: number): boolean => {
  const t = tokens[i] ?? '';
  if (i === 0 || i !== tokens.length - 1 || PARTICLES.has(t) || !PARTICLE_STARTS.has(t)) return false;
  return t.length === 1 || PARTICLES.has(tokens[i - 1] ?? '');
};

export const MAX_INPUT_LENGTH = 1000;
export const MAX_PART_LENGTH = 100;
const MAX_GIVEN_GROUPS = 6;
const MAX_SURNAME_GROUPS = 3;

export interface Group {
  readonly text: string;
  readonly core: string;
}

/** Groups particles with the word they introduce: DE LA CRUZ → one group whose core is CRUZ. */
export function groupTokens(tokens: readonly string[]): Group[] {
  const groups: Group[] = [];
  let pending: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] ?? '';
    const next = tokens[i + 1];
    if (JOINING.has(t) && next !== undefined && !PARTICLES.has(next) && !JOINING.has(next)) {
      groups.push({ text: [...pending, t, next].join(' '), core: t + next });
      pending = [];
      i += 1;
    } else if (PARTICLES.has(t) || isCutParticle(tokens, i)) {
      pending.push(t);
    } else {
      groups.push({ text: [...pending, t].join(' '), core: t });
      pending = [];
    }
  }
  if (pending.length > 0) {
    const last = groups.pop();
    if (last) groups.push({ text: `${last.text} ${pending.join(' ')}`, core: last.core });
    else groups.push({ text: pending.join(' '), core: pending.join('') });
  }
  return groups;
}

/** Memo of field text → groups, handed in by callers that normalise many similar names. */
export type GroupCache = Map<string, Group[]>;

let activeCache: GroupCache | undefined;

// 'M.ª' is 'Mª' (María): the ordinal ª is the abbreviation's last letter, not a word of its own.
const ORDINAL_AFTER_DOT = /\.\s*([ªº])/g;

function groupsOf(text: string): Group[] {
  const hit = activeCache?.get(text);
  if (hit) return hit;
  const groups = groupTokens(tokenize(foldText(text.replace(ORDINAL_AFTER_DOT, '$1'))));
  if (activeCache && activeCache.size < 500_000) activeCache.set(text, groups);
  return groups;
}

const isGivenOnly = (g: Group) => GIVEN_NAME_LEXICON.has(g.core) && !SURNAME_LEXICON.has(g.core);
const isSurnameOnly = (g: Group) =>
  (SURNAME_LEXICON.has(g.core) && !GIVEN_NAME_LEXICON.has(g.core)) || SURNAME_ABBREVIATIONS.has(g.core);

interface Parts {
  given: Group[];
  surname1: Group[];
  surname2: Group[];
  flags: NameFlag[];
}

function splitSurnames(groups: Group[]): [Group[], Group[]] {
  return [groups.slice(0, 1), groups.slice(1)];
}

// A bare string: decide which words are given names using the lexicon, Hispanic order by default.
function partsFromWords(groups: Group[], flags: NameFlag[]): Parts {
  const n = groups.length;
  if (n === 0) return { given: [], surname1: [], surname2: [], flags };
  if (n === 1) {
    const only = groups[0] as Group;
    return isGivenOnly(only)
      ? { given: groups, surname1: [], surname2: [], flags }
      : { given: [], surname1: groups, surname2: [], flags };
  }
  const first = groups[0] as Group;
  const last = groups[n - 1] as Group;
  if (isSurnameOnly(first) && isGivenOnly(last)) {
    const second = groups[1] as Group;
    const k = n >= 3 && !GIVEN_NAME_LEXICON.has(second.core) ? 2 : 1;
    flags.push('surnames-first');
    return { given: groups.slice(k), surname1: groups.slice(0, 1), surname2: groups.slice(1, k), flags };
  }
  let known = 0;
  while (known < n - 1 && GIVEN_NAME_LEXICON.has((groups[known] as Group).core)) known += 1;
  // Trust the lexicon when it knows the leading given names; otherwise assume two surnames.
  const g = known > 0 ? known : n >= 4 ? n - 2 : 1;
  const [s1, s2] = splitSurnames(groups.slice(g));
  return { given: groups.slice(0, g), surname1: s1, surname2: s2, flags };
}

// Passports print 'María José DE LA CRUZ PEÑA': the words in capitals are the surnames.
function partsFromMixedCase(text: string, flags: NameFlag[]): Parts | undefined {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const isCaps = (w: string) => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
  const hasLower = words.some((w) => w !== w.toUpperCase());
  if (!hasLower) return undefined;
  let start = words.findIndex((w) => isCaps(w) && !PARTICLES.has(foldText(w)));
  if (start <= 0) return undefined;
  while (start > 0 && PARTICLES.has(foldText(words[start - 1] ?? ''))) start -= 1;
  const rest = words.slice(start);
  if (!rest.every((w) => isCaps(w) || PARTICLES.has(foldText(w)))) return undefined;
  const given = groupsOf(words.slice(0, start).join(' '));
  if (given.length === 0) return undefined;
  const [s1, s2] = splitSurnames(groupsOf(rest.join(' ')));
  return { given, surname1: s1, surname2: s2, flags };
}

function partsFromString(text: string, flags: NameFlag[]): Parts {
  if (text.includes('|')) {
    const [s1 = '', s2 = '', ...given] = text.split('|');
    return { given: groupsOf(given.join(' ')), surname1: groupsOf(s1), surname2: groupsOf(s2), flags };
  }
  if (text.includes('<<')) {
    flags.push('mrz-format');
    const at = text.indexOf('<<');
    const [s1, s2] = splitSurnames(groupsOf(text.slice(0, at).replace(/</g, ' ')));
    return { given: groupsOf(text.slice(at + 2).replace(/</g, ' ')), surname1: s1, surname2: s2, flags };
  }
  if (text.includes(',')) {
    const at = text.indexOf(',');
    const [s1, s2] = splitSurnames(groupsOf(text.slice(0, at)));
    return { given: groupsOf(text.slice(at + 1)), surname1: s1, surname2: s2, flags };
  }
  return partsFromMixedCase(text, flags) ?? partsFromWords(groupsOf(text), flags);
}

function partsFromRecord(name: PersonName, flags: NameFlag[]): Parts {
  const given = groupsOf(name.givenNames);
  const surname1 = groupsOf(name.surname1);
  const surname2 = groupsOf(name.surname2 ?? '');
  if (given.length === 0 && surname2.length === 0 && surname1.length >= 2) {
    flags.push('whole-name-in-one-field');
    return partsFromWords(surname1, flags);
  }
  if (surname1.length === 0 && surname2.length === 0 && given.length >= 2) {
    flags.push('whole-name-in-one-field');
    return partsFromWords(given, flags);
  }
  const surnames = [...surname1, ...surname2];
  if (given.length > 0 && surnames.length > 0 && given.every(isSurnameOnly) && surnames.every(isGivenOnly)) {
    flags.push('fields-swapped');
    const [s1, s2] = splitSurnames(given);
    return { given: surnames, surname1: s1, surname2: s2, flags };
  }
  return { given, surname1, surname2, flags };
}

function cutAt(text: string, limit: number): string {
  let end = Math.min(limit, text.length);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

function size(gs: readonly Group[]): number {
  let n = -1;
  for (const g of gs) n += g.text.length + 1;
  return n;
}

// Keeps at most maxGroups groups and MAX_PART_LENGTH characters of a part.
function capPart(groups: Group[], maxGroups: number, flags: NameFlag[]): Group[] {
  let out = groups.length > maxGroups ? groups.slice(0, maxGroups) : groups;
  while (out.length > 1 && size(out) > MAX_PART_LENGTH) out = out.slice(0, -1);
  const only = out[0];
  if (out.length === 1 && only && only.text.length > MAX_PART_LENGTH) {
    out = groupTokens(tokenize(cutAt(only.text, MAX_PART_LENGTH)));
  }
  if (out !== groups && !flags.includes('truncated')) flags.push('truncated');
  return out;
}

interface FinalParts {
  readonly given: Group[];
  readonly surname1: Group[];
  readonly surname2: Group[];
}

// Written-out form of an abbreviation (Fco. → FRANCISCO, Glez. → GONZALEZ), for the part it is in.
function expand(groups: Group[], table: ReadonlyMap<string, string>): Group[] {
  if (!groups.some((g) => table.has(g.text))) return groups;
  return groups.map((g) => {
    const full = table.get(g.text);
    return full === undefined ? g : { text: full, core: full };
  });
}

// Moves a lone second surname up, splits 'GARCIA RODRIGUEZ' typed in one field, expands
// abbreviations, caps the lengths.
function finalParts(parts: Parts, isString: boolean): FinalParts {
  const flags = parts.flags;
  let { surname1, surname2 } = parts;
  if (surname1.length === 0 && surname2.length > 0) [surname1, surname2] = [surname2, []];
  if (surname2.length === 0 && surname1.length >= 2) {
    [surname1, surname2] = splitSurnames(surname1);
    if (!isString) flags.push('surname-split');
  }
  return {
    given: capPart(expand(parts.given, GIVEN_NAME_ABBREVIATIONS), MAX_GIVEN_GROUPS, flags),
    surname1: capPart(expand(surname1, SURNAME_ABBREVIATIONS), MAX_SURNAME_GROUPS, flags),
    surname2: capPart(expand(surname2, SURNAME_ABBREVIATIONS), MAX_SURNAME_GROUPS, flags),
  };
}

const cores = (gs: readonly Group[]) => gs.map((g) => g.core);

function finish(
  original: NameInput,
  parts: Parts,
  warnings: NameWarning[],
): Result<NormalizedName, NameError> {
  const flags = parts.flags;
  const { given, surname1, surname2 } = finalParts(parts, typeof original === 'string');
  if (given.length + surname1.length + surname2.length === 0) return err({ code: 'name.empty' });
  const text = (gs: Group[]) => gs.map((g) => g.text).join(' ');
  const all = [...given, ...surname1, ...surname2];
  if (all.some((g) => !isLatinToken(g.core) && !/^[A-Z0-9]+$/.test(g.core))) flags.push('other-script');
  const value: NormalizedName = {
    original,
    givenNames: text(given),
    surname1: text(surname1),
    surname2: text(surname2),
    given: cores(given),
    surname1Tokens: cores(surname1),
    surname2Tokens: cores(surname2),
    canonical: `${text(surname1)}|${text(surname2)}|${text(given)}`,
    flags,
    warnings,
  };
  return ok(value);
}

/** The core tokens normalizeName would give for a record, without building the rest: for bulk work. */
export function nameTokensOf(
  input: PersonName,
  cache: GroupCache,
): { given: string[]; surname1: string[]; surname2: string[] } {
  activeCache = cache;
  try {
    const flags: NameFlag[] = [];
    const limited: PersonName = {
      givenNames: limitInput(input.givenNames, [], flags),
      surname1: limitInput(input.surname1, [], flags),
      surname2: limitInput(input.surname2 ?? '', [], flags),
    };
    const f = finalParts(partsFromRecord(limited, flags), false);
    return { given: cores(f.given), surname1: cores(f.surname1), surname2: cores(f.surname2) };
  } finally {
    activeCache = undefined;
  }
}

function limitInput(text: string, warnings: NameWarning[], flags: NameFlag[]): string {
  if (text.length <= MAX_INPUT_LENGTH) return text;
  warnings.push({ code: 'name.too-long', length: text.length, limit: MAX_INPUT_LENGTH });
  if (!flags.includes('truncated')) flags.push('truncated');
  return cutAt(text, MAX_INPUT_LENGTH);
}

/**
 * Normalises a name record or a full-name string. Never throws. An empty name (nothing left after
 * folding) is the error 'name.empty'; an over-long one is cut, flagged and warned 'name.too-long'.
 */
export function normalizeName(input: NameInput, cache?: GroupCache): Result<NormalizedName, NameError> {
  activeCache = cache;
  try {
    return normalizeUncached(input);
  } finally {
    activeCache = undefined;
  }
}

function normalizeUncached(input: NameInput): Result<NormalizedName, NameError> {
  const warnings: NameWarning[] = [];
  const flags: NameFlag[] = [];
  if (typeof input === 'string') {
    return finish(input, partsFromString(limitInput(input, warnings, flags), flags), warnings);
  }
  const limited: PersonName = {
    givenNames: limitInput(String(input.givenNames ?? ''), warnings, flags),
    surname1: limitInput(String(input.surname1 ?? ''), warnings, flags),
    surname2: limitInput(String(input.surname2 ?? ''), warnings, flags),
  };
  return finish(input, partsFromRecord(limited, flags), warnings);
}
