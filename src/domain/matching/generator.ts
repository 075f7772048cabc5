// Seeded generator of labelled populations, population A (the one the shipped model is trained on):
// frequency-weighted Hispanic names, registrations of one person as booths write them, watchlist
// entries as lists hold them, and distinct people who share a common name. Records: generator-records.ts.
import {
  type BorrowNumber,
  type LabelledPerson,
  registration,
  type TruePerson,
  watchEntry,
} from './generator-records';
import {
  COMPOUND_GIVEN_NAMES_FEMALE,
  COMPOUND_GIVEN_NAMES_MALE,
  FEMALE_GIVEN_NAMES,
  MALE_GIVEN_NAMES,
  SURNAMES,
} from './name-data';
import { createRandom, type Random, weightedPicker } from './random';
import type { MatchablePerson } from './types';
import type { WatchlistEntry } from './watchlist';

export type { LabelledPerson } from './generator-records';

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

function birthDate(r: Random): TruePerson['dob'] {
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
  // Venezuela and Colombia pass nationality to children born abroad: many hold both.
  const dual = nationality === 'VEN' ? 0.08 : nationality === 'COL' ? 0.1 : 0;
  const otherNationality =
    namesake?.otherNationality ?? (r.chance(dual) ? (nationality === 'VEN' ? 'COL' : 'VEN') : undefined);
  return {
    trueId: `P${salt}-${index}`,
    given: namesake?.given ?? givenNames(r, sex),
    surname1: namesake?.surname1 ?? s1,
    surname2: namesake?.surname2 ?? s2,
    sex,
    dob: namesake && r.chance(0.6) ? { ...dob, year: namesake.dob.year } : dob,
    nationality,
    ...(otherNationality ? { otherNationality } : {}),
    idNumber: String(uniqueNumber(index, salt, 7_654_321)),
    // Passports are nine digits, so they never equal an eight-digit identity number.
    ...(r.chance(0.45) ? { passport: String(100_000_000 + uniqueNumber(index, salt, 3_141_593)) } : {}),
  };
}

export interface PopulationOptions {
  readonly seed: number;
  /** How many registrations to make (several per person). */
  readonly records: number;
  /** Share of people who copy the full name of someone already made (namesakes), default 0.05. */
  readonly namesakeShare?: number;
}

interface People {
  next(): TruePerson;
  /** The identity number of someone made recently: records that reuse a relative's number. */
  readonly borrow: BorrowNumber;
}

function truePeople(r: Random, seed: number, namesakeShare: number): People {
  const recent: TruePerson[] = [];
  let index = 0;
  return {
    next() {
      const namesake =
        recent.length > 0 && r.chance(namesakeShare) ? recent[r.int(recent.length)] : undefined;
      const p = makePerson(r, index, seed, namesake);
      index += 1;
      if (recent.length < 5000) recent.push(p);
      else recent[r.int(recent.length)] = p;
      return p;
    },
    borrow: (rr) => recent[rr.int(recent.length)]?.idNumber ?? '10000000',
  };
}

function shuffle<T>(r: Random, out: T[]): T[] {
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = r.int(i + 1);
    const t = out[i] as T;
    out[i] = out[j] as T;
    out[j] = t;
  }
  return out;
}

/** Registrations with true person ids, and list entries for a share of the people (own random stream). */
function populate(options: PopulationOptions, listedShare: number) {
  const r = createRandom(options.seed);
  // Entries draw from a stream of their own, so the registrations of a seed never change.
  const lists = createRandom(options.seed + 0x5eed);
  const out: LabelledPerson[] = [];
  const entries: WatchlistEntry[] = [];
  const people = truePeople(r, options.seed, options.namesakeShare ?? 0.05);
  while (out.length < options.records) {
    const p = people.next();
    const copies = pickCopies(r);
    for (let k = 0; k < copies && out.length < options.records; k += 1) {
      out.push(registration(r, p, `R${options.seed}-${out.length}`, k === 0 ? 0.5 : 1, people.borrow));
    }
    if (listedShare > 0 && lists.chance(listedShare)) {
      entries.push(watchEntry(lists, p, `L${options.seed}-${entries.length}`, people.borrow));
    }
  }
  return { records: shuffle(r, out), entries };
}

/** Registrations with true person ids, deterministic for a seed; duplicates are adjacent-free (shuffled). */
export function generatePopulation(options: PopulationOptions): LabelledPerson[] {
  return populate(options, 0).records;
}

/**
 * What the model is trained on: the registrations of `generatePopulation` for the same seed, and
 * watchlist entries of a share of those people (default a half) written as lists write them, so
 * list-against-booth pairs are among the pairs the model learns from.
 */
export function generateTrainingPopulation(options: PopulationOptions & { readonly listedShare?: number }): {
  readonly records: LabelledPerson[];
  readonly entries: WatchlistEntry[];
} {
  return populate(options, options.listedShare ?? 0.5);
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

/** A watchlist, people who are on it (written differently), namesakes of listed people, and others. */
export function generateScreeningScenario(o: ScreeningScenarioOptions): ScreeningScenario {
  const r = createRandom(o.seed);
  const people = truePeople(r, o.seed, 0.05);
  const listed: TruePerson[] = [];
  const watchlist: WatchlistEntry[] = [];
  for (let i = 0; i < o.watchlistSize; i += 1) {
    const p = people.next();
    if (listed.length < 200_000) listed.push(p);
    watchlist.push(watchEntry(r, p, `W${i}`, people.borrow));
  }
  const queries: ScreeningQuery[] = [];
  for (let i = 0; i < o.listedQueries; i += 1) {
    const k = r.int(Math.min(o.watchlistSize, listed.length));
    const p = listed[k] as TruePerson;
    queries.push({ person: registration(r, p, `Q${i}`, 1, people.borrow), watchId: `W${k}`, kind: 'listed' });
  }
  for (let i = 0; i < o.namesakeQueries; i += 1) {
    const original = listed[r.int(listed.length)] as TruePerson;
    let p = makePerson(r, 50_000_000 + i, o.seed, original);
    // A namesake has the same name but was born on another day.
    if (p.dob.month === original.dob.month && p.dob.day === original.dob.day) {
      p = { ...p, dob: { ...p.dob, day: (p.dob.day % 28) + 1 } };
    }
    const q = registration(r, p, `QN${i}`, 0.5, people.borrow);
    queries.push({ person: q, kind: 'namesake' });
  }
  for (let i = 0; i < o.otherQueries; i += 1) {
    const p = makePerson(r, 60_000_000 + i, o.seed);
    queries.push({ person: registration(r, p, `QO${i}`, 1, people.borrow), kind: 'other' });
  }
  return { watchlist, queries };
}
