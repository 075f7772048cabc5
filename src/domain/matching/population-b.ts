// Population B: a second, independent variation model for evaluating matching, written for that
// purpose and never used to train or tune it. Households (children carry their parents' surnames
// and, too young for an identity card, a parent's number), naming fashions by era, Haitian names,
// married names, and lists compiled from estimated ages. Records are written in population-b-writing.ts.
import type { ScreeningQuery, ScreeningScenario, ScreeningScenarioOptions } from './generator';
import type { LabelledPerson } from './generator-records';
import type { NameInput } from './normalize-name';
import {
  HAITIAN_MEN,
  HAITIAN_SURNAMES,
  HAITIAN_WOMEN,
  MEN_BY_ERA,
  SURNAMES_B,
  type Weighted,
  WOMEN_BY_ERA,
} from './population-b-names';
import { type PersonB, REFERENCE_YEAR_B, writeRecordB, yearFromAge } from './population-b-writing';
import { createRandom, type Random, weightedPicker } from './random';
import type { PartialDate } from './types';
import type { WatchlistDocument, WatchlistEntry } from './watchlist';

const pickers = new Map<Weighted, (r: Random) => string>();
function draw(r: Random, list: Weighted): string {
  let f = pickers.get(list);
  if (!f) {
    f = weightedPicker(list);
    pickers.set(list, f);
  }
  return f(r);
}

const ORIGINS = weightedPicker([
  ['VEN', 72],
  ['COL', 9],
  ['PER', 6],
  ['HTI', 5],
  ['ECU', 4],
  ['CHL', 4],
] as const);

const era = (year: number) => (year < 1970 ? 0 : year < 1995 ? 1 : 2);

function givenFor(r: Random, sex: 'M' | 'F', year: number, haitian: boolean): string {
  if (haitian) return draw(r, sex === 'M' ? HAITIAN_MEN : HAITIAN_WOMEN);
  const lists = sex === 'M' ? MEN_BY_ERA : WOMEN_BY_ERA;
  return draw(r, lists[era(year)] ?? []);
}

function bornIn(r: Random, year: number) {
  const month = 1 + r.int(12);
  return { year, month, day: 1 + r.int(month === 2 ? 28 : 30) };
}

interface Ids {
  next: () => string;
}

// Identity numbers grow with the year they were issued: older people hold lower numbers.
function idsFor(r: Random, salt: number): Ids {
  let k = 0;
  return {
    next: () => {
      k += 1;
      return String(3_000_000 + ((k * 2_654_435 + salt * 97) % 29_000_000) + r.int(7));
    },
  };
}

interface Household {
  readonly members: PersonB[];
}

/** A household: one or two adults and their children, who carry both parents' surnames. */
function household(r: Random, ids: Ids, salt: string): Household {
  const origin = ORIGINS(r);
  const haitian = origin === 'HTI';
  const surname = (): string => draw(r, haitian ? HAITIAN_SURNAMES : SURNAMES_B);
  const dual = (o: string) =>
    (o === 'VEN' && r.chance(0.1)) || (o === 'COL' && r.chance(0.12))
      ? o === 'VEN'
        ? 'COL'
        : 'VEN'
      : undefined;
  const motherYear = REFERENCE_YEAR_B - 19 - r.int(50);
  const motherPaternal = surname();
  const fatherPaternal = surname();
  const members: PersonB[] = [];
  const adult = (sex: 'M' | 'F', year: number, paternal: string, husband?: string): PersonB => {
    const second = dual(origin);
    return {
      trueId: `B${salt}-${members.length}`,
      given: givenFor(r, sex, year, haitian),
      paternal,
      ...(haitian ? {} : { maternal: surname() }),
      ...(husband ? { husband } : {}),
      sex,
      born: bornIn(r, year),
      nationality: origin,
      ...(second ? { second } : {}),
      cedula: ids.next(),
      ...(r.chance(0.4) ? { passport: String(100_000_000 + r.int(900_000_000)) } : {}),
    };
  };
  const couple = r.chance(0.6);
  const mother = adult(
    'F',
    motherYear,
    motherPaternal,
    couple && motherYear < 1975 ? fatherPaternal : undefined,
  );
  members.push(mother);
  let father: PersonB | undefined;
  if (couple) {
    father = adult('M', motherYear - r.int(8), fatherPaternal);
    members.push(father);
  }
  const children = motherYear > 1975 ? r.int(4) : 0;
  for (let c = 0; c < children; c += 1) {
    const year = Math.min(REFERENCE_YEAR_B, motherYear + 18 + r.int(20));
    const sex = r.chance(0.5) ? 'M' : 'F';
    // A son named after his father: the commonest namesake of all.
    const junior = sex === 'M' && father && r.chance(0.12);
    const age = REFERENCE_YEAR_B - year;
    members.push({
      trueId: `B${salt}-${members.length}`,
      given: junior && father ? father.given : givenFor(r, sex, year, haitian),
      paternal: father?.paternal ?? mother.paternal,
      ...(haitian ? {} : { maternal: mother.paternal }),
      sex,
      born: bornIn(r, year),
      nationality: mother.nationality,
      ...(age >= 10 ? { cedula: ids.next() } : { guardianCedula: mother.cedula ?? '' }),
      ...(r.chance(0.2) ? { passport: String(100_000_000 + r.int(900_000_000)) } : {}),
    });
  }
  return { members };
}

function* peopleB(r: Random, seed: number): Generator<PersonB> {
  const ids = idsFor(r, seed);
  for (let h = 0; ; h += 1) yield* household(r, ids, `${seed}-${h}`).members;
}

const pickCopies = weightedPicker([
  [1, 50],
  [2, 30],
  [3, 15],
  [4, 5],
] as const);

/** Population B's registrations with true person ids: households registered at the border, shuffled. */
export function generatePopulationB(options: {
  readonly seed: number;
  readonly records: number;
}): LabelledPerson[] {
  const r = createRandom(options.seed ^ 0x5bd1e995);
  const people = peopleB(r, options.seed);
  const out: LabelledPerson[] = [];
  while (out.length < options.records) {
    const p = people.next().value as PersonB;
    const copies = pickCopies(r);
    for (let k = 0; k < copies && out.length < options.records; k += 1) {
      out.push(writeRecordB(r, p, `B${options.seed}-${out.length}`));
    }
  }
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = r.int(i + 1);
    [out[i], out[j]] = [out[j] as LabelledPerson, out[i] as LabelledPerson];
  }
  return out;
}

// How an intelligence list knows a birth date: an exact one from a document, an age someone
// estimated (often rounded to five), a span of years, a placeholder day, or nothing.
function listedBirth(r: Random, p: PersonB): PartialDate[] {
  const b = p.born;
  const u = r.next();
  if (u < 0.3) return [b];
  if (u < 0.55) return [{ year: yearFromAge(r, b.year, r.chance(0.5)) }];
  if (u < 0.65) return [-2, -1, 0, 1, 2].map((d) => ({ year: b.year + d }));
  if (u < 0.75) return [{ year: yearFromAge(r, b.year, false), month: 1, day: 1 }];
  if (u < 0.8) return [{ year: b.year, month: 7, day: 1 }];
  return [];
}

function listedName(r: Random, p: PersonB): NameInput {
  const given = r.chance(0.2) ? (p.given.split(' ')[0] ?? p.given) : p.given;
  const surnames = [p.paternal, p.maternal].filter(Boolean).join(' ');
  const u = r.next();
  if (u < 0.35) return `${surnames.toUpperCase()}, ${given}`;
  if (u < 0.6) return `${given} ${p.paternal.toUpperCase()}`;
  return { givenNames: given, surname1: p.paternal, ...(p.maternal ? { surname2: p.maternal } : {}) };
}

function listedEntry(r: Random, p: PersonB, watchId: string): WatchlistEntry {
  const aliases: NameInput[] = [];
  if (r.chance(0.15) && p.maternal) aliases.push(`${p.given} ${p.maternal}`);
  if (p.husband && r.chance(0.5)) aliases.push(`${p.given} ${p.paternal} de ${p.husband}`);
  const nat = r.next();
  const written =
    nat < 0.7
      ? p.nationality
      : nat < 0.8
        ? ({ VEN: 'Venezuela', COL: 'Colombia' }[p.nationality] ?? p.nationality)
        : nat < 0.9
          ? ''
          : p.nationality.slice(0, 2);
  const nationalities = [written, ...(p.second && r.chance(0.5) ? [p.second] : [])].filter((x) => x !== '');
  const documents: WatchlistDocument[] = [];
  if (p.cedula && r.chance(0.2)) {
    const n = r.chance(0.03)
      ? p.cedula.slice(0, -1) + String((Number(p.cedula.slice(-1)) + 1) % 10)
      : p.cedula;
    documents.push({ type: 'cédula', number: r.chance(0.4) ? `V-${n}` : n });
  }
  if (p.passport && r.chance(0.05)) documents.push({ type: 'passport', number: p.passport });
  return {
    watchId,
    names: [listedName(r, p), ...aliases],
    ...(r.chance(0.85) ? { sex: p.sex } : {}),
    birthDates: listedBirth(r, p),
    nationalities,
    documents,
  };
}

// A natural namesake: a son named after his listed father, or a stranger with the same full name.
function namesakeOf(r: Random, p: PersonB, k: number): PersonB {
  const junior = p.sex === 'M' && r.chance(0.5);
  const year = junior
    ? Math.min(REFERENCE_YEAR_B - 1, p.born.year + 18 + r.int(18))
    : REFERENCE_YEAR_B - 18 - r.int(50);
  const { husband: _h, second: _s, passport: _p, ...rest } = p;
  return {
    ...rest,
    trueId: `BN-${k}`,
    born: bornIn(r, year),
    cedula: String(3_000_000 + r.int(29_000_000)),
  };
}

/** A watchlist of population B, listed people as the booth writes them, natural namesakes and others. */
export function generateScreeningScenarioB(o: ScreeningScenarioOptions): ScreeningScenario {
  const r = createRandom(o.seed ^ 0x27d4eb2f);
  const people = peopleB(r, o.seed);
  // Adults only are listed; each household gives at most one listed person.
  const listed: PersonB[] = [];
  const watchlist: WatchlistEntry[] = [];
  while (watchlist.length < o.watchlistSize) {
    const p = people.next().value as PersonB;
    if (p.born.year > REFERENCE_YEAR_B - 18 || r.chance(0.5)) continue;
    listed.push(p);
    watchlist.push(listedEntry(r, p, `WB${watchlist.length}`));
  }
  const queries: ScreeningQuery[] = [];
  for (let i = 0; i < o.listedQueries; i += 1) {
    const k = r.int(listed.length);
    const p = listed[k] as PersonB;
    queries.push({ person: writeRecordB(r, p, `QB${i}`), watchId: `WB${k}`, kind: 'listed' });
  }
  for (let i = 0; i < o.namesakeQueries; i += 1) {
    const p = namesakeOf(r, listed[r.int(listed.length)] as PersonB, i);
    queries.push({ person: writeRecordB(r, p, `QBN${i}`), kind: 'namesake' });
  }
  // Others come from households not drawn for the list.
  for (let i = 0; i < o.otherQueries; i += 1) {
    const p = people.next().value as PersonB;
    queries.push({ person: writeRecordB(r, p, `QBO${i}`), kind: 'other' });
  }
  return { watchlist, queries };
}
