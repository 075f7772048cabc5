// Seeded generator of labelled populations: frequency-weighted Hispanic names, registrations of the
// same person with the variations booths produce, and distinct people who share a common name.
import {
  COMPOUND_GIVEN_NAMES_FEMALE,
  COMPOUND_GIVEN_NAMES_MALE,
  FEMALE_GIVEN_NAMES,
  MALE_GIVEN_NAMES,
  SURNAMES,
} from './name-data';
import { createRandom, type Random, weightedPicker } from './random';
import type { MatchablePerson, PartialDate, Sex } from './types';
import type { WatchlistEntry } from './watchlist';

export interface LabelledPerson extends MatchablePerson {
  /** The person behind the record: records with the same trueId are duplicates. */
  readonly trueId: string;
}

interface TruePerson {
  readonly trueId: string;
  readonly given: readonly string[];
  readonly surname1: string;
  readonly surname2: string;
  readonly sex: 'M' | 'F';
  readonly dob: { readonly year: number; readonly month: number; readonly day: number };
  readonly nationality: string;
  readonly idNumber: string;
  readonly passport?: string;
}

const pickMale = weightedPicker(MALE_GIVEN_NAMES);
const pickFemale = weightedPicker(FEMALE_GIVEN_NAMES);
const pickCompoundMale = weightedPicker(COMPOUND_GIVEN_NAMES_MALE);
const pickCompoundFemale = weightedPicker(COMPOUND_GIVEN_NAMES_FEMALE);
const pickSurname = weightedPicker(SURNAMES);
const pickNationality = weightedPicker([
  ['VEN', 70],
  ['COL', 10],
  ['PER', 8],
  ['CHL', 6],
  ['ECU', 2],
  ['BOL', 2],
  ['HTI', 1],
  ['DOM', 1],
] as const);
const pickCopies = weightedPicker([
  [1, 55],
  [2, 27],
  [3, 12],
  [4, 4],
  [5, 2],
] as const);

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const REFERENCE_YEAR = 2025;

// A bijection of [0, 90,000,000) so every person's document number is distinct.
function uniqueNumber(index: number, salt: number, multiplier: number): number {
  const space = 90_000_000;
  return 10_000_000 + Number((BigInt(index + salt) * BigInt(multiplier)) % BigInt(space));
}

function givenNames(r: Random, sex: 'M' | 'F'): string[] {
  if (r.chance(0.3)) return (sex === 'M' ? pickCompoundMale(r) : pickCompoundFemale(r)).split(' ');
  const pick = sex === 'M' ? pickMale : pickFemale;
  const first = pick(r);
  if (!r.chance(0.55)) return [first];
  let second = pick(r);
  for (let k = 0; k < 3 && second === first; k += 1) second = pick(r);
  return second === first ? [first] : [first, second];
}

function birthDate(r: Random): { year: number; month: number; day: number } {
  const u = r.next();
  const age = u < 0.25 ? r.int(18) : u < 0.95 ? 18 + r.int(48) : 66 + r.int(20);
  const month = 1 + r.int(12);
  const day = 1 + r.int(DAYS[month - 1] ?? 28);
  return { year: REFERENCE_YEAR - age, month, day };
}

function makePerson(r: Random, index: number, salt: number, namesake?: TruePerson): TruePerson {
  const sex = namesake?.sex ?? (r.chance(0.5) ? 'M' : 'F');
  const s1 = pickSurname(r);
  let s2 = pickSurname(r);
  if (s2 === s1 && r.chance(0.8)) s2 = pickSurname(r);
  const dob = birthDate(r);
  const nationality = namesake?.nationality ?? pickNationality(r);
  return {
    trueId: `P${salt}-${index}`,
    given: namesake?.given ?? givenNames(r, sex),
    surname1: namesake?.surname1 ?? s1,
    surname2: namesake?.surname2 ?? s2,
    sex,
    dob: namesake && r.chance(0.6) ? { ...dob, year: namesake.dob.year } : dob,
    nationality,
    idNumber: String(uniqueNumber(index, salt, 7_654_321)),
    // Passports are nine digits, so they never equal an eight-digit identity number.
    ...(r.chance(0.45) ? { passport: String(100_000_000 + uniqueNumber(index, salt, 3_141_593)) } : {}),
  };
}

const stripAccents = (s: string) =>
  s
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

function typo(r: Random, word: string): string {
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
const STYLES: readonly (readonly [Style, number])[] = [
  [(s) => s, 40],
  [(s) => s.toUpperCase(), 20],
  [(s) => stripAccents(s).toUpperCase(), 30],
  [(s) => stripAccents(s).toLowerCase(), 5],
  // ICAO 9303 machine-readable zone transliteration: Ñ → NXX.
  [(s) => stripAccents(s.replace(/ñ/gi, 'NXX')).toUpperCase(), 5],
];
const pickStyle = weightedPicker(STYLES);

function varyDate(r: Random, d: TruePerson['dob'], noise: number): PartialDate | undefined {
  const u = r.next() / noise;
  if (u < 0.03) return { year: d.year, month: d.day, day: d.month };
  if (u < 0.06) return { year: d.year };
  if (u < 0.07) return { year: d.year, month: d.month };
  if (u < 0.085) return { ...d, year: d.year + (r.chance(0.5) ? 1 : -1) };
  if (u < 0.095) return { ...d, day: 1 + r.int(28) };
  if (u < 0.125) return undefined;
  return d;
}

function validOrFull(d: PartialDate | undefined, truth: TruePerson['dob']): PartialDate | undefined {
  if (d?.month !== undefined && d.day !== undefined && d.month > 12) return truth;
  return d;
}

function formatId(r: Random, p: TruePerson): string {
  if (p.nationality === 'VEN' && r.chance(0.3)) {
    return `V-${p.idNumber.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
  }
  return p.idNumber;
}

/** One registration of a person, with the variations of the issue at realistic rates. */
function registration(r: Random, p: TruePerson, id: string, noise: number): LabelledPerson {
  const style = pickStyle(r);
  const word = (w: string) => (r.chance(0.07 * noise) ? typo(r, w) : w);
  let given = p.given.map(word);
  if (given.length > 1 && r.chance(0.15 * noise)) given = given.slice(0, r.chance(0.9) ? 1 : given.length);
  let s1 = word(p.surname1);
  if (/\s/.test(s1) && r.chance(0.3)) s1 = s1.split(' ').slice(-1).join(' ');
  let s2: string | undefined = word(p.surname2);
  if (r.chance(0.12 * noise)) s2 = undefined;
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
  const dob = validOrFull(varyDate(r, p.dob, noise), p.dob);
  const nationality = r.chance(0.04 * noise) ? undefined : r.chance(0.01) ? 'COL' : p.nationality;
  const docRoll = r.next();
  let documentNumber: string | undefined;
  let documentType: string | undefined;
  if (docRoll < 0.55) {
    documentNumber = formatId(r, p);
    documentType = 'ID';
  } else if (docRoll < 0.75 && p.passport) {
    documentNumber = p.passport;
    documentType = 'P';
  } else if (docRoll < 0.83) {
    documentNumber = `CPP${String(r.int(90_000_000) + 10_000_000)}`;
    documentType = 'CPP';
  } else if (docRoll < 0.88) {
    documentNumber = typo(r, p.idNumber);
    documentType = 'ID';
  }
  return {
    id,
    trueId: p.trueId,
    givenNames: givenField,
    surname1: s1Field,
    ...(s2Field !== undefined ? { surname2: s2Field } : {}),
    ...(sex ? { sex } : {}),
    ...(dob ? { birthDate: dob } : {}),
    ...(nationality ? { nationality } : {}),
    ...(documentNumber ? { documentNumber, documentType } : {}),
  };
}

export interface PopulationOptions {
  readonly seed: number;
  /** How many registrations to make (several per person). */
  readonly records: number;
  /** Share of people who copy the full name of someone already made (namesakes), default 0.05. */
  readonly namesakeShare?: number;
}

function* truePeople(r: Random, seed: number, namesakeShare: number): Generator<TruePerson> {
  const recent: TruePerson[] = [];
  for (let index = 0; ; index += 1) {
    const namesake = recent.length > 0 && r.chance(namesakeShare) ? recent[r.int(recent.length)] : undefined;
    const p = makePerson(r, index, seed, namesake);
    if (recent.length < 5000) recent.push(p);
    else recent[r.int(recent.length)] = p;
    yield p;
  }
}

/** Registrations with true person ids, deterministic for a seed; duplicates are adjacent-free (shuffled). */
export function generatePopulation(options: PopulationOptions): LabelledPerson[] {
  const r = createRandom(options.seed);
  const out: LabelledPerson[] = [];
  const people = truePeople(r, options.seed, options.namesakeShare ?? 0.05);
  while (out.length < options.records) {
    const p = people.next().value as TruePerson;
    const copies = pickCopies(r);
    for (let k = 0; k < copies && out.length < options.records; k += 1) {
      out.push(registration(r, p, `R${options.seed}-${out.length}`, k === 0 ? 0.5 : 1));
    }
  }
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = r.int(i + 1);
    const t = out[i] as LabelledPerson;
    out[i] = out[j] as LabelledPerson;
    out[j] = t;
  }
  return out;
}

export interface ScreeningQuery {
  readonly person: MatchablePerson;
  /** The watchlist entry this person is, if any. */
  readonly watchId?: string;
  readonly kind: 'listed' | 'namesake' | 'other';
}

export interface ScreeningScenario {
  readonly watchlist: WatchlistEntry[];
  readonly queries: ScreeningQuery[];
}

export interface ScreeningScenarioOptions {
  readonly seed: number;
  readonly watchlistSize: number;
  readonly listedQueries: number;
  readonly namesakeQueries: number;
  readonly otherQueries: number;
}

function watchEntry(r: Random, p: TruePerson, watchId: string): WatchlistEntry {
  const primary = { givenNames: p.given.join(' '), surname1: p.surname1, surname2: p.surname2 };
  const aliases = r.chance(0.3)
    ? [
        r.chance(0.5)
          ? `${p.given[0] ?? ''} ${p.surname1}`
          : { givenNames: p.given.join(' '), surname1: p.surname2, surname2: p.surname1 },
      ]
    : [];
  const dob = r.chance(0.1) ? [{ year: p.dob.year }] : [p.dob];
  return {
    watchId,
    names: [primary, ...aliases],
    sex: p.sex,
    birthDates: dob,
    nationalities: [p.nationality],
    documents: [
      { type: 'ID', number: p.idNumber },
      ...(p.passport ? [{ type: 'P', number: p.passport }] : []),
    ],
  };
}

/** A watchlist, people who are on it (written differently), namesakes of listed people, and others. */
export function generateScreeningScenario(o: ScreeningScenarioOptions): ScreeningScenario {
  const r = createRandom(o.seed);
  const people = truePeople(r, o.seed, 0.05);
  const listed: TruePerson[] = [];
  const watchlist: WatchlistEntry[] = [];
  for (let i = 0; i < o.watchlistSize; i += 1) {
    const p = people.next().value as TruePerson;
    if (listed.length < 200_000) listed.push(p);
    watchlist.push(watchEntry(r, p, `W${i}`));
  }
  const queries: ScreeningQuery[] = [];
  for (let i = 0; i < o.listedQueries; i += 1) {
    const k = r.int(Math.min(o.watchlistSize, listed.length));
    const p = listed[k] as TruePerson;
    queries.push({ person: registration(r, p, `Q${i}`, 1), watchId: `W${k}`, kind: 'listed' });
  }
  for (let i = 0; i < o.namesakeQueries; i += 1) {
    const original = listed[r.int(listed.length)] as TruePerson;
    let p = makePerson(r, 50_000_000 + i, o.seed, original);
    // A namesake has the same name but was born on another day.
    if (p.dob.month === original.dob.month && p.dob.day === original.dob.day) {
      p = { ...p, dob: { ...p.dob, day: (p.dob.day % 28) + 1 } };
    }
    const q = registration(r, p, `QN${i}`, 0.5);
    queries.push({ person: q, kind: 'namesake' });
  }
  for (let i = 0; i < o.otherQueries; i += 1) {
    const p = makePerson(r, 60_000_000 + i, o.seed);
    queries.push({ person: registration(r, p, `QO${i}`, 1), kind: 'other' });
  }
  return { watchlist, queries };
}
