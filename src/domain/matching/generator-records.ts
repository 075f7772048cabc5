// How population A's records are written: a booth registration of a person (spellings, initials,
// abbreviations, left-out and swapped names, typos, declared and estimated birth dates, shown,
// mistyped and borrowed documents) and a watchlist entry as lists hold one (few documents, heaped dates).
import { SPELLING_VARIANTS, WRITTEN_ABBREVIATIONS } from './name-data';
import { type Random, weightedPicker } from './random';
import type { MatchablePerson, PartialDate, Sex } from './types';
import type { WatchlistEntry } from './watchlist';

export interface FullDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A person as they are, before anyone writes them down. */
export interface TruePerson {
  readonly trueId: string;
  readonly given: readonly string[];
  readonly surname1: string;
  readonly surname2: string;
  readonly sex: 'M' | 'F';
  readonly dob: FullDate;
  readonly nationality: string;
  /** A second nationality (Venezuelans with Colombian parents and the other way round). */
  readonly otherNationality?: string;
  readonly idNumber: string;
  readonly passport?: string;
}

export interface LabelledPerson extends MatchablePerson {
  /** The person behind the record: records with the same trueId are duplicates. */
  readonly trueId: string;
}

/** Somebody else's identity number, for records that reuse one (a relative's cédula). */
export type BorrowNumber = (r: Random) => string;

// 'M.ª' without its accents is 'Ma', as a clerk typing capitals writes it.
const stripAccents = (s: string) =>
  s
    .replace(/\.?ª/g, 'a')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');

// Typing mistakes and the sound-alike spellings clerks produce.
const SOUND_ALIKE: readonly (readonly [RegExp, string])[] = [
  [/v/i, 'b'],
  [/b/i, 'v'],
  [/z/i, 's'],
  [/s/i, 'z'],
  [/ll/i, 'y'],
  [/y/i, 'll'],
  [/h/i, ''],
  [/j/i, 'g'],
  [/ce/i, 'se'],
  [/ci/i, 'si'],
];

/** One slip of the pen or the ear in a word: sound-alike, deletion, transposition, substitution, doubling. */
export function typo(r: Random, word: string): string {
  if (word.length < 3) return word;
  const kind = r.int(5);
  if (kind === 0) {
    for (let k = 0; k < 4; k += 1) {
      const rule = SOUND_ALIKE[r.int(SOUND_ALIKE.length)];
      if (rule?.[0].test(word)) return word.replace(rule[0], rule[1]);
    }
  }
  const i = 1 + r.int(word.length - 1);
  const letters = 'abcdefghijlmnoprstuvz';
  switch (kind) {
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return i < word.length - 1
        ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
        : word.slice(0, -1);
    case 3:
      return word.slice(0, i) + letters[r.int(letters.length)] + word.slice(i + 1);
    default:
      return word.slice(0, i) + (word[i] ?? '') + word.slice(i);
  }
}

type Style = (s: string) => string;
const pickStyle = weightedPicker<Style>([
  [(s) => s, 40],
  [(s) => s.toUpperCase(), 20],
  [(s) => stripAccents(s).toUpperCase(), 30],
  [(s) => stripAccents(s).toLowerCase(), 5],
  // ICAO 9303 machine-readable zone transliteration: Ñ → NXX.
  [(s) => stripAccents(s.replace(/ñ/gi, 'NXX')).toUpperCase(), 5],
]);

const variantsOf = new Map<string, readonly string[]>();
for (const group of SPELLING_VARIANTS) for (const name of group) variantsOf.set(name, group);

const pick = <T>(r: Random, xs: readonly T[]): T | undefined => xs[r.int(xs.length)];

/** One name word as a clerk writes it: another accepted spelling, an abbreviation, or a typo. */
function writeWord(r: Random, word: string, noise: number): string {
  const variants = variantsOf.get(word);
  if (variants && r.chance(0.25)) return pick(r, variants) ?? word;
  const abbreviations = WRITTEN_ABBREVIATIONS.get(word);
  if (abbreviations && r.chance(0.12 * noise)) return pick(r, abbreviations) ?? word;
  return r.chance(0.06 * noise) ? typo(r, word) : word;
}

function writeGivenNames(r: Random, given: readonly string[], noise: number): string[] {
  let names = given.map((w) => writeWord(r, w, noise));
  // People known by their second given name (José Gregorio → Gregorio), or the second left out.
  if (names.length > 1 && r.chance(0.03 * noise)) names = names.slice(1);
  else if (names.length > 1 && r.chance(0.2 * noise)) names = names.slice(0, 1);
  // Initials: "J. Luis", "José L.".
  return names.map((w, k) =>
    w.length > 2 && !w.endsWith('.') && r.chance((k === 0 ? 0.02 : 0.05) * noise) ? `${w[0]}.` : w,
  );
}

function writeSurnames(r: Random, p: TruePerson, noise: number): [string, string | undefined] {
  let s1 = writeWord(r, p.surname1, noise);
  if (/\s/.test(s1) && r.chance(0.3)) s1 = s1.split(' ').slice(-1).join(' ');
  let s2: string | undefined = writeWord(r, p.surname2, noise);
  if (r.chance(0.12 * noise)) s2 = undefined;
  else if (r.chance(0.03 * noise)) [s1, s2] = [s2, s1];
  return [s1, s2];
}

// Clerks' slips on a date read from a document.
function copiedDate(r: Random, d: FullDate, noise: number): PartialDate | undefined {
  const u = r.next() / noise;
  if (u < 0.03) return d.day <= 12 ? { year: d.year, month: d.day, day: d.month } : d;
  if (u < 0.045) return { year: d.year };
  if (u < 0.055) return { year: d.year, month: d.month };
  if (u < 0.07) return { ...d, year: d.year + (r.chance(0.5) ? 1 : -1) };
  if (u < 0.08) return { ...d, day: 1 + r.int(28) };
  if (u < 0.09) return undefined;
  return d;
}

/** An age told or guessed, turned into a year: most right, some one or two years out. */
export function estimatedYear(r: Random, year: number): number {
  const u = r.next();
  const off = u < 0.5 ? 0 : u < 0.85 ? 1 : 2;
  return off === 0 ? year : year + (r.chance(0.5) ? off : -off);
}

// What someone without papers says: the birthday, or an age that becomes a year, often 1 January.
function declaredDate(r: Random, d: FullDate): PartialDate | undefined {
  const u = r.next();
  if (u < 0.55) return copiedDate(r, d, 1);
  if (u < 0.7) return { year: estimatedYear(r, d.year) };
  if (u < 0.85) return { year: estimatedYear(r, d.year), month: 1, day: 1 };
  if (u < 0.9) return { year: d.year, month: d.month };
  return undefined;
}

function formatId(r: Random, p: TruePerson, number: string): string {
  if (p.nationality === 'VEN' && r.chance(0.3)) return `V-${number.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
  return number;
}

/** The document a person shows at the booth, if any: own, mistyped, a relative's, or a permit. */
function shownDocument(r: Random, p: TruePerson, borrow: BorrowNumber): [string, string] | undefined {
  const u = r.next();
  if (u < 0.25) return undefined;
  if (u < 0.6) return [formatId(r, p, p.idNumber), 'ID'];
  if (u < 0.78 && p.passport) return [p.passport, 'P'];
  if (u < 0.86) return [`CPP${String(r.int(90_000_000) + 10_000_000)}`, 'CPP'];
  if (u < 0.93) return [typo(r, p.idNumber), 'ID'];
  if (u < 0.95) return [formatId(r, p, borrow(r)), 'ID'];
  return [formatId(r, p, p.idNumber), 'ID'];
}

/** One registration of a person, with the variations of a booth at realistic rates. */
export function registration(
  r: Random,
  p: TruePerson,
  id: string,
  noise: number,
  borrow: BorrowNumber,
): LabelledPerson {
  const style = pickStyle(r);
  const given = writeGivenNames(r, p.given, noise);
  const [s1, s2] = writeSurnames(r, p, noise);
  let givenField = style(given.join(' '));
  let s1Field = style(s1);
  let s2Field = s2 === undefined ? undefined : style(s2);
  const layout = r.next();
  if (layout < 0.02 * noise) {
    // Surnames first, whole name in one field.
    givenField = [s1Field, s2Field, givenField].filter(Boolean).join(' ');
    s1Field = '';
    s2Field = undefined;
  } else if (layout < 0.04 * noise) {
    // Given names typed into the surname field and the other way round.
    [givenField, s1Field] = [[s1Field, s2Field].filter(Boolean).join(' '), givenField];
    s2Field = undefined;
  }
  const sexRoll = r.next();
  const sex: Sex | undefined =
    sexRoll < 0.05 * noise ? undefined : sexRoll < 0.055 ? (p.sex === 'M' ? 'F' : 'M') : p.sex;
  const doc = shownDocument(r, p, borrow);
  // Without papers the date is declared; with them it is copied from the document.
  const dob = doc === undefined ? declaredDate(r, p.dob) : copiedDate(r, p.dob, noise);
  const nationality = r.chance(0.04 * noise)
    ? undefined
    : p.otherNationality && r.chance(0.4)
      ? p.otherNationality
      : p.nationality;
  return {
    id,
    trueId: p.trueId,
    givenNames: givenField,
    surname1: s1Field,
    ...(s2Field !== undefined ? { surname2: s2Field } : {}),
    ...(sex ? { sex } : {}),
    ...(dob ? { birthDate: dob } : {}),
    ...(nationality ? { nationality } : {}),
    ...(doc ? { documentNumber: doc[0], documentType: doc[1] } : {}),
  };
}

// How lists know a birth date. Border lists are mostly drawn from registrations, where the date of
// someone without papers was declared or estimated: often only the year, 1 January standing for
// "some time that year", an estimated age a few years out, or a span of years.
function listedDates(r: Random, d: FullDate): PartialDate[] {
  const u = r.next();
  if (u < 0.45) return [d];
  if (u < 0.65) return [{ year: d.year }];
  if (u < 0.8) return [{ year: d.year, month: 1, day: 1 }];
  if (u < 0.88) {
    const year = d.year + (r.chance(0.5) ? 1 : -1) * (1 + r.int(3));
    return [r.chance(0.5) ? { year } : { year, month: 1, day: 1 }];
  }
  if (u < 0.93) return [{ year: d.year - 1 }, { year: d.year }, { year: d.year + 1 }];
  return [];
}

function listedDocuments(r: Random, p: TruePerson, borrow: BorrowNumber): WatchlistEntry['documents'] {
  // Most lists carry no document number for most people.
  if (!r.chance(0.25)) return [];
  const u = r.next();
  const id = u < 0.85 ? p.idNumber : u < 0.93 ? typo(r, p.idNumber) : borrow(r);
  return [
    { type: 'ID', number: id },
    ...(p.passport && r.chance(0.5) ? [{ type: 'P', number: p.passport }] : []),
  ];
}

/** A watchlist entry for a person: the name as the list knows it, heaped dates, few documents. */
export function watchEntry(r: Random, p: TruePerson, watchId: string, borrow: BorrowNumber): WatchlistEntry {
  // The registration a list was drawn from may have lacked a second given name or surname.
  const given = r.chance(0.1) ? p.given.slice(0, 1) : p.given;
  const primary = {
    givenNames: given.join(' '),
    surname1: p.surname1,
    ...(r.chance(0.1) ? {} : { surname2: p.surname2 }),
  };
  const aliases = r.chance(0.3)
    ? [
        r.chance(0.5)
          ? `${p.given[0] ?? ''} ${p.surname1}`
          : { givenNames: p.given.join(' '), surname1: p.surname2, surname2: p.surname1 },
      ]
    : [];
  const both = p.otherNationality ? [p.nationality, p.otherNationality] : [p.nationality];
  const nationalities = r.chance(0.03)
    ? []
    : p.otherNationality && r.chance(0.5)
      ? [pick(r, both) ?? '']
      : both;
  return {
    watchId,
    names: [primary, ...aliases],
    ...(r.chance(0.95) ? { sex: p.sex } : {}),
    birthDates: listedDates(r, p.dob),
    nationalities,
    documents: listedDocuments(r, p, borrow),
  };
}
