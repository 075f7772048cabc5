// Population B's model of how a person ends up written down, apart from generator-records.ts: four
// channels (a passport's machine-readable zone, a name told to a clerk, a handwritten form keyed in
// later, a web form filled in by the person), each with its own kinds of error.
import type { LabelledPerson } from './generator-records';
import type { Random } from './random';
import type { PartialDate, Sex } from './types';

export interface PersonB {
  readonly trueId: string;
  /** Given names as the birth certificate has them, e.g. 'María de los Ángeles'. */
  readonly given: string;
  readonly paternal: string;
  readonly maternal?: string;
  /** A married woman's husband's surname, which some use as 'de Pérez'. */
  readonly husband?: string;
  readonly sex: 'M' | 'F';
  readonly born: { readonly year: number; readonly month: number; readonly day: number };
  readonly nationality: string;
  readonly second?: string;
  /** Own identity number; children too young to have one are written with a parent's. */
  readonly cedula?: string;
  readonly guardianCedula?: string;
  readonly passport?: string;
}

export type Channel = 'scan' | 'spoken' | 'form' | 'self';

export const REFERENCE_YEAR_B = 2025;

const oneOf = <T>(r: Random, xs: readonly T[]): T => xs[r.int(xs.length)] as T;
const plain = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '');
const title = (s: string) => s.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase());

// What a Peruvian or Chilean clerk hears and types: spellings that sound the same.
const BY_EAR: readonly (readonly [RegExp, string])[] = [
  [/^H(?=[aeiou])/i, ''],
  [/^(?=[aeiou])/i, 'H'],
  [/v/i, 'b'],
  [/b/i, 'v'],
  [/ll/i, 'y'],
  [/y(?=[aeiou])/i, 'll'],
  [/z$/i, 's'],
  [/s$/i, 'z'],
  [/ce/i, 'se'],
  [/ci/i, 'si'],
  [/x/i, 'j'],
  [/j/i, 'x'],
  [/ge/i, 'je'],
  [/gi/i, 'ji'],
  [/qu/i, 'k'],
  [/k/i, 'c'],
  [/jh/i, 'j'],
  [/y$/i, 'i'],
  [/i$/i, 'y'],
  [/([lnrst])\1/i, '$1'],
  [/th/i, 't'],
  [/w/i, 'gu'],
];

function byEar(r: Random, word: string): string {
  for (let k = 0; k < 6; k += 1) {
    const [pattern, to] = oneOf(r, BY_EAR);
    if (pattern.test(word)) return word.replace(pattern, to);
  }
  return word;
}

// Neighbouring keys of a Spanish keyboard row by row: a slipped finger.
const ROWS = ['qwertyuiop', 'asdfghjklñ', 'zxcvbnm'];
function slip(r: Random, word: string): string {
  if (word.length < 4) return word;
  const i = 1 + r.int(word.length - 2);
  const c = word[i]?.toLowerCase() ?? '';
  if (r.chance(0.35)) return word.slice(0, i) + word.slice(i + 1);
  for (const row of ROWS) {
    const at = row.indexOf(c);
    if (at < 0) continue;
    const near = row[at + (at === 0 || (at < row.length - 1 && r.chance(0.5)) ? 1 : -1)] ?? c;
    return word.slice(0, i) + near + word.slice(i + 1);
  }
  return word;
}

// Letters handwriting makes look alike, read wrong when a form is keyed in.
const HANDWRITING: readonly (readonly [string, string])[] = [
  ['a', 'o'],
  ['o', 'a'],
  ['u', 'v'],
  ['n', 'u'],
  ['u', 'n'],
  ['e', 'c'],
  ['l', 't'],
  ['r', 'n'],
  ['m', 'rn'],
  ['i', 'l'],
  ['cl', 'd'],
  ['ri', 'n'],
];
function misread(r: Random, word: string): string {
  for (let k = 0; k < 6; k += 1) {
    const [from, to] = oneOf(r, HANDWRITING);
    const at = word.indexOf(from, 1);
    if (at > 0) return word.slice(0, at) + to + word.slice(at + from.length);
  }
  return word;
}

// Short forms seen on handwritten forms, population B's own list.
const SHORT_FORMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['María', ['Ma', 'Ma.', 'Mª', 'Mria']],
  ['José', ['J.', 'Jse', 'Jos.']],
  ['Juan', ['Jn.', 'J.']],
  ['Jesús', ['Jes.', 'Jsus']],
  ['Francisco', ['Fco', 'Franc.']],
  ['Antonio', ['Ant.', 'Anto']],
  ['Alejandro', ['Alej.', 'Alejand.']],
  ['Alejandra', ['Alej.']],
  ['Guadalupe', ['Gpe']],
  ['Carmen', ['Cmen']],
  ['Gregorio', ['Greg.']],
  ['González', ['Glez', 'Gonzales', 'Gzlez']],
  ['Rodríguez', ['Rodrig.', 'Rguez', 'Rodrigues']],
  ['Hernández', ['Hdez', 'Hernandes']],
  ['Fernández', ['Fdez', 'Fernandes']],
  ['Martínez', ['Mtnez', 'Mart.', 'Martines']],
  ['Gutiérrez', ['Gutierres', 'Gtrez']],
  ['Sánchez', ['Sanches', 'Sánch.']],
  ['Ramírez', ['Ramires', 'Rmrez']],
  ['Pérez', ['Peres']],
  ['Vásquez', ['Vasques', 'Vzquez']],
  ['Jiménez', ['Jimenes', 'Ximénez']],
]);

const words = (s: string) => s.split(' ').filter((w) => w.length > 0);
const PARTICLE = /^(de|del|la|las|los|y|da|dos|do|di|lo|san)$/i;

function spell(r: Random, name: string, perWord: number, f: (r: Random, w: string) => string): string {
  return words(name)
    .map((w) => (!PARTICLE.test(w) && r.chance(perWord) ? f(r, w) : w))
    .join(' ');
}

function shorten(r: Random, name: string, perWord: number): string {
  return words(name)
    .map((w) => {
      const forms = SHORT_FORMS.get(w);
      return forms && r.chance(perWord) ? oneOf(r, forms) : w;
    })
    .join(' ');
}

/** The names within given names: 'José Luis' is two, 'María de los Ángeles' one. */
function givenUnits(given: string): string[] {
  return /\s(de|del)\s/i.test(given) ? [given] : words(given);
}

interface Written {
  given: string;
  s1: string;
  s2?: string;
}

function surnamesSaid(r: Random, p: PersonB): [string, string | undefined] {
  if (p.husband && r.chance(0.35)) return [p.paternal, `de ${p.husband}`];
  if (!p.maternal || r.chance(0.25)) return [p.paternal, undefined];
  return [p.paternal, p.maternal];
}

function firstOrGoneBy(r: Random, p: PersonB, dropRest: number): string {
  const units = givenUnits(p.given);
  if (units.length > 1 && r.chance(0.1)) return units.slice(1).join(' ');
  return units.length > 1 && r.chance(dropRest) ? (units[0] ?? p.given) : p.given;
}

// ICAO 9303-3: upper case, no accents, Ñ as N or NXX, hyphens and spaces as '<', apostrophes
// dropped, the name cut to the 39 characters of a passport's name field.
function mrzName(r: Random, p: PersonB): Written {
  const nxx = r.chance(0.4);
  const fold = (s: string) =>
    plain(nxx ? s.replace(/ñ/gi, 'NXX') : s)
      .toUpperCase()
      .replace(/'/g, '');
  const surname = fold([p.paternal, p.maternal].filter(Boolean).join(' '));
  let given = fold(p.given);
  const room = 39 - surname.length - 2;
  if (given.length > room) given = given.slice(0, Math.max(1, room));
  let s1 = surname.replace(/-/g, ' ');
  // Misread by the scanner: a letter taken for a digit.
  if (r.chance(0.01)) s1 = s1.replace(/[OSBI]/, (c) => ({ O: '0', S: '5', B: '8', I: '1' })[c] ?? c);
  return { given: given.replace(/-/g, ' '), s1 };
}

function written(r: Random, p: PersonB, channel: Channel): Written {
  switch (channel) {
    case 'scan':
      return mrzName(r, p);
    case 'spoken': {
      const [s1, s2] = surnamesSaid(r, p);
      const given = firstOrGoneBy(r, p, 0.35);
      const heard = (s: string) => spell(r, spell(r, s, 0.12, byEar), 0.03, slip);
      const caps = r.chance(0.5);
      const look = (s: string) => (caps ? plain(s).toUpperCase() : r.chance(0.6) ? plain(s) : s);
      return { given: look(heard(given)), s1: look(heard(s1)), ...(s2 ? { s2: look(heard(s2)) } : {}) };
    }
    case 'form': {
      const [s1, s2] = r.chance(0.7) ? [p.paternal, p.maternal] : surnamesSaid(r, p);
      let units = givenUnits(p.given);
      if (units.length > 1 && r.chance(0.1)) units = [units[0] ?? '', `${units[1]?.[0] ?? ''}.`];
      const keyed = (s: string) => spell(r, shorten(r, s, 0.15), 0.04, misread);
      const look = r.chance(0.5) ? (s: string) => plain(s).toUpperCase() : (s: string) => s;
      return {
        given: look(keyed(units.join(' '))),
        s1: look(keyed(s1)),
        ...(s2 ? { s2: look(keyed(s2)) } : {}),
      };
    }
    case 'self': {
      const look = r.chance(0.6) ? (s: string) => plain(s).toLowerCase() : title;
      const given = look(spell(r, firstOrGoneBy(r, p, 0.2), 0.02, slip));
      const s1 = look(p.paternal);
      const s2 = p.maternal ? look(p.maternal) : undefined;
      const u = r.next();
      if (u < 0.25) return { given: [given, s1, s2].filter(Boolean).join(' '), s1: '' };
      if (u < 0.33) return { given: [s1, s2].filter(Boolean).join(' '), s1: given };
      return { given, s1, ...(s2 ? { s2 } : {}) };
    }
    default:
      return channel satisfies never;
  }
}

/** An age told at the booth as a year; people unsure of their age round it to five. */
export function yearFromAge(r: Random, born: number, heaped: boolean): number {
  let age = REFERENCE_YEAR_B - born - (r.chance(0.5) ? 1 : 0);
  if (heaped) age = Math.round(age / 5) * 5;
  return REFERENCE_YEAR_B - age;
}

function dateOf(r: Random, p: PersonB, channel: Channel): PartialDate | undefined {
  const b = p.born;
  const u = r.next();
  switch (channel) {
    case 'scan':
      // 8 read as 3, 1 as 7: the scanner's misreads of the day.
      return u < 0.005 ? { ...b, day: b.day === 18 ? 13 : b.day === 11 ? 17 : b.day } : b;
    case 'spoken':
      if (u < 0.75) return b;
      if (u < 0.85) return { year: yearFromAge(r, b.year, r.chance(0.4)) };
      if (u < 0.92) return { year: b.year };
      return undefined;
    case 'form':
    case 'self':
      // DD/MM read as MM/DD when both could be months.
      if (u < (channel === 'self' ? 0.1 : 0.08) && b.day <= 12)
        return { year: b.year, month: b.day, day: b.month };
      if (u < 0.15) return undefined;
      if (u < 0.2) return { year: yearFromAge(r, b.year, false), month: 1, day: 1 };
      return b;
    default:
      return channel satisfies never;
  }
}

function cedulaLike(r: Random, n: string): string {
  const u = r.next();
  if (u < 0.3) return n.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  if (u < 0.45) return `V-${n}`;
  if (u < 0.5) return `V${n}`;
  return n;
}

function swapDigits(r: Random, n: string): string {
  const i = r.int(Math.max(1, n.length - 1));
  return n.slice(0, i) + (n[i + 1] ?? '') + (n[i] ?? '') + n.slice(i + 2);
}

function documentOf(r: Random, p: PersonB, channel: Channel): [string, string] | undefined {
  if (channel === 'scan' && p.passport)
    return [r.chance(0.01) ? p.passport.replace('0', 'O') : p.passport, 'P'];
  const number = p.cedula ?? (r.chance(0.5) ? p.guardianCedula : undefined);
  const told = channel === 'spoken' ? 0.55 : channel === 'form' ? 0.6 : 0.7;
  if (number === undefined || !r.chance(told)) return undefined;
  const wrong = channel === 'self' ? 0.02 : 0.04;
  return [cedulaLike(r, r.chance(wrong) ? swapDigits(r, number) : number), r.chance(0.8) ? 'CI' : 'cédula'];
}

const pickChannel = (r: Random, p: PersonB): Channel => {
  const u = r.next();
  if (u < 0.35) return p.passport ? 'scan' : 'spoken';
  return u < 0.7 ? 'spoken' : u < 0.9 ? 'form' : 'self';
};

/** One record of a person written down through a channel chosen at random. */
export function writeRecordB(r: Random, p: PersonB, id: string): LabelledPerson {
  const channel = pickChannel(r, p);
  const name = written(r, p, channel);
  const birthDate = dateOf(r, p, channel);
  const doc = documentOf(r, p, channel);
  const nationality = r.chance(0.03) ? undefined : p.second && r.chance(0.5) ? p.second : p.nationality;
  const sex: Sex | undefined = channel === 'scan' || r.chance(0.97) ? p.sex : undefined;
  return {
    id,
    trueId: p.trueId,
    givenNames: name.given,
    surname1: name.s1,
    ...(name.s2 !== undefined ? { surname2: name.s2 } : {}),
    ...(sex ? { sex } : {}),
    ...(birthDate ? { birthDate } : {}),
    ...(nationality ? { nationality } : {}),
    ...(doc ? { documentNumber: doc[0], documentType: doc[1] } : {}),
  };
}
