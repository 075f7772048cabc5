// Column-oriented features of many people (typed arrays, interned tokens) so a million records fit
// in memory and compare without allocating: the shared input of scoring, dedupe and the index.
import { nationalityForMatching } from '../shared';
import { type GroupCache, nameTokensOf } from './normalize-name';
import { phoneticKey } from './phonetic';
import { jaroWinkler } from './similarity';
import { foldText } from './text-fold';
import type { MatchablePerson, PartialDate, Sex } from './types';

export interface TermFrequencySource {
  readonly given: ReadonlyMap<string, number>;
  /** Whole given-name values ('MARIA JOSE'): compound given names are not independent tokens. */
  readonly givenValues: ReadonlyMap<string, number>;
  readonly surname: ReadonlyMap<string, number>;
  readonly minimum: number;
}

/** Interned name tokens with their phonetic key ids and term frequencies by role. */
export interface Vocabulary {
  readonly ids: Map<string, number>;
  readonly tokens: string[];
  readonly phonIds: number[];
  readonly phonKeys: Map<string, number>;
  readonly tfGiven: number[];
  readonly tfSurname: number[];
  readonly valueIds: Map<string, number>;
  readonly values: string[];
  readonly tfValue: number[];
  tfSource: TermFrequencySource;
  /**
   * Direct-mapped cache of Jaro-Winkler between token ids: names repeat, so most lookups hit. The
   * values keep full precision, so a pair scores the same from the cache as when first worked out.
   */
  readonly similarityKeys: Int32Array;
  readonly similarityValues: Float64Array;
}

const SIMILARITY_CACHE_BITS = 18;

export function createVocabulary(tf: TermFrequencySource): Vocabulary {
  return {
    ids: new Map(),
    tokens: [],
    phonIds: [],
    phonKeys: new Map(),
    tfGiven: [],
    tfSurname: [],
    valueIds: new Map(),
    values: [],
    tfValue: [],
    tfSource: tf,
    similarityKeys: new Int32Array(2 << SIMILARITY_CACHE_BITS).fill(-1),
    similarityValues: new Float64Array(1 << SIMILARITY_CACHE_BITS),
  };
}

/** Jaro-Winkler similarity of two interned tokens, cached. */
export function tokenSimilarity(v: Vocabulary, a: number, b: number): number {
  if (a === b) return 1;
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const slot = (Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi, 0x85ebca6b)) >>> (32 - SIMILARITY_CACHE_BITS);
  const keys = v.similarityKeys;
  if (keys[2 * slot] === lo && keys[2 * slot + 1] === hi) return v.similarityValues[slot] ?? 0;
  const value = jaroWinkler(v.tokens[lo] ?? '', v.tokens[hi] ?? '');
  keys[2 * slot] = lo;
  keys[2 * slot + 1] = hi;
  v.similarityValues[slot] = value;
  return value;
}

export function internToken(v: Vocabulary, token: string): number {
  const known = v.ids.get(token);
  if (known !== undefined) return known;
  const id = v.tokens.length;
  v.ids.set(token, id);
  v.tokens.push(token);
  const key = phoneticKey(token);
  let phon = v.phonKeys.get(key);
  if (phon === undefined) {
    phon = v.phonKeys.size;
    v.phonKeys.set(key, phon);
  }
  v.phonIds.push(phon);
  v.tfGiven.push(v.tfSource.given.get(token) ?? v.tfSource.minimum);
  v.tfSurname.push(v.tfSource.surname.get(token) ?? v.tfSource.minimum);
  return id;
}

function valueTf(v: Vocabulary, value: string, ids: readonly number[]): number {
  const known = v.tfSource.givenValues.get(value);
  if (known !== undefined) return known;
  let p = 1;
  for (const id of ids) p *= v.tfGiven[id] ?? 1;
  return Math.max(p, v.tfSource.minimum);
}

/** Interns a whole given-name value (its tokens joined by spaces); −1 for none. */
export function internGivenValue(v: Vocabulary, ids: readonly number[]): number {
  if (ids.length === 0) return -1;
  const value = ids.map((id) => v.tokens[id] ?? '').join(' ');
  const known = v.valueIds.get(value);
  if (known !== undefined) return known;
  const id = v.values.length;
  v.valueIds.set(value, id);
  v.values.push(value);
  v.tfValue.push(valueTf(v, value, ids));
  return id;
}

/** Replaces the term frequencies, e.g. with ones counted on the data being de-duplicated. */
export function setTermFrequencies(v: Vocabulary, tf: TermFrequencySource): void {
  v.tfSource = tf;
  for (let id = 0; id < v.tokens.length; id += 1) {
    const t = v.tokens[id] ?? '';
    v.tfGiven[id] = tf.given.get(t) ?? tf.minimum;
    v.tfSurname[id] = tf.surname.get(t) ?? tf.minimum;
  }
  for (let id = 0; id < v.values.length; id += 1) {
    const value = v.values[id] ?? '';
    v.tfValue[id] = valueTf(
      v,
      value,
      value.split(' ').map((t) => v.ids.get(t) ?? 0),
    );
  }
}

/** Interned short strings: nationalities, document numbers and types. */
export interface StringPool {
  readonly ids: Map<string, number>;
  readonly values: string[];
}

function intern(pool: StringPool, s: string): number {
  const known = pool.ids.get(s);
  if (known !== undefined) return known;
  const id = pool.values.length;
  pool.ids.set(s, id);
  pool.values.push(s);
  return id;
}

/** Extra values of one row (a watchlist entry may have several dates of birth or documents). */
export interface ExtraValues {
  readonly dobs: readonly (readonly [number, number, number])[];
  readonly nats: readonly number[];
  readonly docs: readonly (readonly [string, number])[];
}

export interface FeatureTable {
  readonly vocab: Vocabulary;
  readonly pool: StringPool;
  size: number;
  tokens: Int32Array;
  tokenCount: number;
  start: Int32Array;
  givenLen: Uint8Array;
  s1Len: Uint8Array;
  s2Len: Uint8Array;
  givenValue: Int32Array;
  year: Uint16Array;
  month: Uint8Array;
  day: Uint8Array;
  sex: Uint8Array;
  nat: Int32Array;
  /** Normalised document number per row, '' when none. */
  readonly docs: string[];
  docType: Int32Array;
  readonly extra: Map<number, ExtraValues>;
}

export function createFeatureTable(vocab: Vocabulary, pool: StringPool, capacity = 1024): FeatureTable {
  const c = Math.max(16, capacity);
  return {
    vocab,
    pool,
    size: 0,
    tokens: new Int32Array(c * 4),
    tokenCount: 0,
    start: new Int32Array(c),
    givenLen: new Uint8Array(c),
    s1Len: new Uint8Array(c),
    s2Len: new Uint8Array(c),
    givenValue: new Int32Array(c),
    year: new Uint16Array(c),
    month: new Uint8Array(c),
    day: new Uint8Array(c),
    sex: new Uint8Array(c),
    nat: new Int32Array(c),
    docs: [],
    docType: new Int32Array(c),
    extra: new Map(),
  };
}

export function createStringPool(): StringPool {
  return { ids: new Map(), values: [] };
}

function grow<T extends Int32Array | Uint8Array | Uint16Array>(a: T, need: number): T {
  if (a.length >= need) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
  next.set(a);
  return next;
}

function ensureRows(t: FeatureTable, rows: number): void {
  if (t.start.length >= rows) return;
  t.start = grow(t.start, rows);
  t.givenLen = grow(t.givenLen, rows);
  t.s1Len = grow(t.s1Len, rows);
  t.s2Len = grow(t.s2Len, rows);
  t.givenValue = grow(t.givenValue, rows);
  t.year = grow(t.year, rows);
  t.month = grow(t.month, rows);
  t.day = grow(t.day, rows);
  t.sex = grow(t.sex, rows);
  t.nat = grow(t.nat, rows);
  t.docType = grow(t.docType, rows);
}

/** What one row holds before it is interned. */
export interface RowValues {
  readonly given: readonly string[];
  readonly surname1: readonly string[];
  readonly surname2: readonly string[];
  readonly dobs: readonly PartialDate[];
  readonly sex?: Sex;
  readonly nationalities: readonly string[];
  readonly documents: readonly { readonly number: string; readonly type?: string }[];
}

const MAX_PART_TOKENS = 8;

function validDate(d: PartialDate): readonly [number, number, number] | undefined {
  const y = Number.isInteger(d.year) && d.year > 0 && d.year < 10000 ? d.year : 0;
  if (y === 0) return undefined;
  const m = d.month !== undefined && Number.isInteger(d.month) && d.month >= 1 && d.month <= 12 ? d.month : 0;
  const day =
    m > 0 && d.day !== undefined && Number.isInteger(d.day) && d.day >= 1 && d.day <= 31 ? d.day : 0;
  return [y, m, day];
}

function putTokens(t: FeatureTable, list: readonly string[]): number {
  const n = Math.min(list.length, MAX_PART_TOKENS);
  for (let k = 0; k < n; k += 1) {
    t.tokens[t.tokenCount] = internToken(t.vocab, list[k] ?? '');
    t.tokenCount += 1;
  }
  return n;
}

function putNames(t: FeatureTable, row: number, name: NameTokens): void {
  t.tokens = grow(t.tokens, t.tokenCount + 3 * MAX_PART_TOKENS);
  t.start[row] = t.tokenCount;
  const g = putTokens(t, name.given);
  t.givenLen[row] = g;
  t.givenValue[row] = internGivenValue(
    t.vocab,
    Array.from(t.tokens.subarray(t.tokenCount - g, t.tokenCount)),
  );
  t.s1Len[row] = putTokens(t, name.surname1);
  t.s2Len[row] = putTokens(t, name.surname2);
}

function putDate(t: FeatureTable, row: number, d: PartialDate | undefined): void {
  const v = d === undefined ? undefined : validDate(d);
  t.year[row] = v?.[0] ?? 0;
  t.month[row] = v?.[1] ?? 0;
  t.day[row] = v?.[2] ?? 0;
}

const sexCode = (s: Sex | undefined) => (s === 'M' ? 1 : s === 'F' ? 2 : 0);

/** Appends one row and returns its index. */
export function addRow(t: FeatureTable, r: RowValues): number {
  const row = t.size;
  ensureRows(t, row + 1);
  putNames(t, row, r);
  const dobs = r.dobs.map(validDate).filter((d): d is readonly [number, number, number] => d !== undefined);
  const [y, m, d] = dobs[0] ?? [0, 0, 0];
  t.year[row] = y;
  t.month[row] = m;
  t.day[row] = d;
  t.sex[row] = sexCode(r.sex);
  // A nationality no code maps to says nothing: it is missing, never a mismatch.
  const nats = r.nationalities.map(nationalityForMatching).filter((s) => s.length > 0);
  t.nat[row] = nats[0] === undefined ? -1 : intern(t.pool, nats[0]);
  const docs = r.documents
    .map((x) => [normalizeDocumentNumber(x.number), normalizeDocumentType(x.type)] as const)
    .filter(([num]) => num.length > 0);
  const first = docs[0];
  t.docs[row] = first?.[0] ?? '';
  t.docType[row] = first === undefined || first[1] === '' ? -1 : intern(t.pool, first[1]);
  if (dobs.length > 1 || nats.length > 1 || docs.length > 1) {
    t.extra.set(row, {
      dobs: dobs.slice(1),
      nats: nats.slice(1).map((s) => intern(t.pool, s)),
      docs: docs.slice(1).map(([num, type]) => [num, type === '' ? -1 : intern(t.pool, type)] as const),
    });
  }
  t.size += 1;
  return row;
}

/** Appends one person (the common, single-valued case) without intermediate arrays. */
export function addPerson(t: FeatureTable, p: MatchablePerson, names: NameCache): number {
  const row = t.size;
  ensureRows(t, row + 1);
  putNames(t, row, names.get(p.givenNames ?? '', p.surname1 ?? '', p.surname2 ?? ''));
  putDate(t, row, p.birthDate);
  t.sex[row] = sexCode(p.sex);
  const nat = p.nationality === undefined ? '' : nationalityForMatching(p.nationality);
  t.nat[row] = nat === '' ? -1 : intern(t.pool, nat);
  const doc = normalizeDocumentNumber(p.documentNumber);
  t.docs[row] = doc;
  const type = doc === '' ? '' : normalizeDocumentType(p.documentType);
  t.docType[row] = type === '' ? -1 : intern(t.pool, type);
  t.size += 1;
  return row;
}

/** Document numbers compare without separators, prefixes of Venezuelan cédulas or leading zeros. */
export function normalizeDocumentNumber(raw: string | undefined): string {
  if (raw === undefined) return '';
  const s = /^[A-Z0-9]+$/.test(raw) ? raw : foldText(raw).replace(/[^A-Z0-9]/g, '');
  const cedula = /^[VE](\d{6,})$/.exec(s);
  const digits = cedula?.[1] ?? s;
  return /^\d+$/.test(digits) ? digits.replace(/^0+(?=\d)/, '') : digits;
}

// The national numbers the booth registers (documents/national-id.ts), each issued once for life by
// one state: two of one state that disagree are two people; a Chilean RUN and a Venezuelan cédula are
// two documents one person may hold. A residence card's number (PE-CE, PE-CPP) is not one for life.
const NATIONAL_NUMBERS: Readonly<Record<string, string>> = {
  CLRUN: 'ID-CL',
  PEDNI: 'ID-PE',
  VECI: 'ID-VE',
  COCC: 'ID-CO',
  ECCI: 'ID-EC',
  BOCI: 'ID-BO',
  ARDNI: 'ID-AR',
};

/**
 * Document types reduce to P (passport), ID (national identity card, state unknown), ID-XX (the
 * national number of state XX, as the booth registers it) or their folded name.
 */
export function normalizeDocumentType(raw: string | undefined): string {
  if (raw === undefined) return '';
  const s = foldText(raw).replace(/[^A-Z0-9]/g, '');
  if (s === '') return '';
  if (s === 'P' || s.startsWith('PASS') || s.startsWith('PASAP')) return 'P';
  if (['I', 'ID', 'CI', 'DNI', 'RUN', 'RUT', 'CEDULA', 'IDCARD', 'IDENTITYCARD', 'NATIONALID'].includes(s))
    return 'ID';
  return NATIONAL_NUMBERS[s] ?? s;
}

/** Whether two documents of this (normalised) type that disagree are two people: an identity number. */
export const isIdentityNumberType = (type: string | undefined): boolean =>
  type === 'ID' || (type?.startsWith('ID-') ?? false);

export interface NameTokens {
  readonly given: readonly string[];
  readonly surname1: readonly string[];
  readonly surname2: readonly string[];
}

/** Memoises name normalisation: registrations repeat the same spellings many times. */
export interface NameCache {
  get(givenNames: string, surname1: string, surname2: string): NameTokens;
}

/** Memoises name normalisation by field: registrations repeat the same spellings many times. */
export function createNameCache(): NameCache {
  const groups: GroupCache = new Map();
  return {
    get: (givenNames, surname1, surname2) => nameTokensOf({ givenNames, surname1, surname2 }, groups),
  };
}

/**
 * Builds features for people in one table with one vocabulary, as dedupe, training and scoring do.
 * A caller that adds more rows afterwards passes the name cache it will go on using.
 */
export function featureTableOf(
  records: readonly MatchablePerson[],
  tf: TermFrequencySource,
  names: NameCache = createNameCache(),
): FeatureTable {
  const table = createFeatureTable(createVocabulary(tf), createStringPool(), records.length);
  for (const p of records) addPerson(table, p, names);
  return table;
}
