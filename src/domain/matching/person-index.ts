import {
  addPerson,
  addRow,
  createFeatureTable,
  createNameCache,
  createStringPool,
  createVocabulary,
  type FeatureTable,
  type NameCache,
  type NameTokens,
  setTermFrequencies,
} from './features';
import { type CompiledModel, createPairScratch, type PairScratch } from './model';
import { normalizeName } from './normalize-name';
import { growInt, packPostings, post } from './person-index-postings';
import { countTermFrequencies, higherOf } from './term-frequencies';
import type { MatchablePerson } from './types';
import type { WatchlistEntry } from './watchlist';

const KIND = 2 ** 50;
const TOKEN_SPACE = 2 ** 20;
export const PAIR_VOTE = 2;
export const DOC_VOTE = 4;

export interface PersonIndex {
  readonly cm: CompiledModel;
  readonly table: FeatureTable;
  readonly query: FeatureTable;
  readonly names: NameCache;
  /** Entry (watch id or registration id) of each row; a watchlist entry has a row per name. */
  rowEntry: Int32Array;
  /** Rows of names the list calls weak: their matches weigh WEAK_NAME_BITS less. */
  readonly weakRows: Set<number>;
  readonly entryIds: string[];
  /** Entries a later one of the same id replaced (a person as corrected since): never found again. */
  readonly replacedEntries: Set<number>;
  // Open-addressing hash of posting keys. Each key's rows are in two parts, newest first: those
  // posted since the last packing, a linked list from slotHeads through postNext; then the older
  // ones, packed side by side in packedRows from packedStart. Reading packed rows costs a few cache
  // misses a list where a linked list costs one a row, which dominated queries on a million people.
  slotKeys: Float64Array;
  slotHeads: Int32Array;
  slotLengths: Int32Array;
  usedSlots: number;
  postRow: Int32Array;
  postNext: Int32Array;
  /** Postings in the linked lists (since the last packing). */
  postings: number;
  packedRows: Int32Array;
  packedStart: Int32Array;
  packedLength: Int32Array;
  /** Indexed token ids by phonetic key id, and by one-deletion variants, for fuzzy expansion. */
  readonly phonMembers: Map<number, number[]>;
  readonly deletions: Map<string, number[]>;
  indexedToken: Uint8Array;
  /**
   * What each query token stood for (person-index-query's expand), with how many tokens had been
   * indexed since the cache began (`seen`). A token indexed later is checked against it when the
   * cached answer is next asked for: only a token the query token may stand for makes it anew.
   */
  readonly expansions: Map<number, { tokens: number[]; seen: number }>;
  /** Tokens indexed since the expansions cache began, in order. */
  readonly newTokens: number[];
  /**
   * Whether queries pack waiting postings and keep expansions (both on). Off, the index answers as it
   * did before either existed: the baseline of bench/candidates.bench.ts.
   */
  packing: boolean;
  keepExpansions: boolean;
  votes: Int32Array;
  readonly scratch: PairScratch;
}

export interface PersonIndexStats {
  readonly entries: number;
  readonly rows: number;
  readonly postings: number;
  readonly keys: number;
  readonly vocabulary: number;
  /** Bytes held in typed arrays (the bulk of the index). */
  readonly typedArrayBytes: number;
}

export function createPersonIndex(cm: CompiledModel, expectedRows = 1024): PersonIndex {
  const vocab = createVocabulary(cm.termFrequencies);
  const pool = createStringPool();
  const slots = 1 << Math.max(10, Math.ceil(Math.log2(expectedRows * 4)));
  return {
    cm,
    table: createFeatureTable(vocab, pool, expectedRows),
    query: createFeatureTable(vocab, pool, 4),
    names: createNameCache(),
    rowEntry: new Int32Array(Math.max(16, expectedRows)),
    weakRows: new Set(),
    entryIds: [],
    replacedEntries: new Set(),
    slotKeys: new Float64Array(slots).fill(-1),
    slotHeads: new Int32Array(slots),
    slotLengths: new Int32Array(slots),
    usedSlots: 0,
    postRow: new Int32Array(Math.max(64, expectedRows * 8)),
    postNext: new Int32Array(Math.max(64, expectedRows * 8)),
    postings: 0,
    packedRows: new Int32Array(0),
    packedStart: new Int32Array(slots),
    packedLength: new Int32Array(slots),
    phonMembers: new Map(),
    deletions: new Map(),
    indexedToken: new Uint8Array(1024),
    expansions: new Map(),
    newTokens: [],
    packing: true,
    keepExpansions: true,
    votes: new Int32Array(Math.max(16, expectedRows)),
    scratch: createPairScratch(),
  };
}

export function indexStats(ix: PersonIndex): PersonIndexStats {
  const t = ix.table;
  const typed = [
    ix.rowEntry,
    ix.slotKeys,
    ix.slotHeads,
    ix.slotLengths,
    ix.postRow,
    ix.postNext,
    ix.packedRows,
    ix.packedStart,
    ix.packedLength,
    ix.votes,
    t.tokens,
    t.start,
    t.givenLen,
    t.s1Len,
    t.s2Len,
    t.year,
    t.month,
    t.day,
    t.sex,
    t.nat,
    t.docType,
  ].reduce((n, a) => n + a.byteLength, 0);
  return {
    entries: ix.entryIds.length,
    rows: t.size,
    postings: ix.postings + ix.packedRows.length,
    keys: ix.usedSlots,
    vocabulary: t.vocab.tokens.length,
    typedArrayBytes: typed,
  };
}

// Pair keys carry the birth year (0 when unknown) so common name pairs split into short lists.
// Year code 255 is "any year": every row is posted there too, for queries without a birth year.
export const ANY = -1;
const yearCode = (year: number) =>
  year === ANY ? 255 : year <= 0 ? 0 : Math.min(254, Math.max(1, year - 1850));
export const pairKey = (a: number, b: number, year: number) =>
  KIND +
  ((Math.min(a, b) % TOKEN_SPACE) * TOKEN_SPACE + (Math.max(a, b) % TOKEN_SPACE)) * 256 +
  yearCode(year);
/**
 * The same pair under a year that is only approximate (a year alone or 1 January: an estimated age).
 * Queries with a full date look these up a few years further out than exact years (person-index-query).
 */
export const approximatePairKey = (a: number, b: number, year: number) => KIND + pairKey(a, b, year);
export const isApproximateDate = (month: number, day: number) => month === 0 || (month === 1 && day === 1);
export function docKey(doc: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < doc.length; i += 1) h = Math.imul(h ^ doc.charCodeAt(i), 0x01000193);
  return 3 * KIND + (h >>> 0);
}

export function deletionsOf(token: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < token.length; i += 1) out.push(token.slice(0, i) + token.slice(i + 1));
  return out;
}

function indexToken(ix: PersonIndex, tok: number): void {
  if (ix.indexedToken.length <= tok) {
    const next = new Uint8Array(Math.max(tok + 1, ix.indexedToken.length * 2));
    next.set(ix.indexedToken);
    ix.indexedToken = next;
  }
  if (ix.indexedToken[tok] === 1) return;
  ix.indexedToken[tok] = 1;
  // A new token may be what a query token stands for: noted, for expand to check when asked.
  if (ix.expansions.size > 0) ix.newTokens.push(tok);
  const v = ix.table.vocab;
  const phon = v.phonIds[tok] ?? -1;
  const members = ix.phonMembers.get(phon);
  if (members) members.push(tok);
  else ix.phonMembers.set(phon, [tok]);
  const text = v.tokens[tok] ?? '';
  if (text.length < 4) return;
  for (const d of [text, ...deletionsOf(text)]) {
    const list = ix.deletions.get(d);
    if (list === undefined) ix.deletions.set(d, [tok]);
    else if (list[list.length - 1] !== tok) list.push(tok);
  }
}

// Postings of one row: given × surname token pairs and the two surnames together, each under every
// birth year of the row (or year 0) and again under each approximate one, and each document number.
function postRowKeys(ix: PersonIndex, row: number): void {
  const t = ix.table;
  const start = t.start[row] ?? 0;
  const g = t.givenLen[row] ?? 0;
  const s = (t.s1Len[row] ?? 0) + (t.s2Len[row] ?? 0);
  const tok = (k: number) => t.tokens[start + k] ?? 0;
  for (let k = 0; k < g + s; k += 1) indexToken(ix, tok(k));
  const dobs = [
    [t.year[row] ?? 0, t.month[row] ?? 0, t.day[row] ?? 0] as const,
    ...(t.extra.get(row)?.dobs ?? []),
  ];
  const years = new Set(dobs.map((d) => d[0]));
  if (years.size > 1) years.delete(0);
  years.add(ANY);
  const approximate = new Set(dobs.filter((d) => d[0] > 0 && isApproximateDate(d[1], d[2])).map((d) => d[0]));
  const postPairs = (key: typeof pairKey, y: number) => {
    if (g + s === 1) post(ix, key(tok(0), tok(0), y), row);
    for (let i = 0; i < g; i += 1) for (let j = g; j < g + s; j += 1) post(ix, key(tok(i), tok(j), y), row);
    // Surname pairs, or given-name pairs when a part is missing.
    const [from, to] = s > 0 && g > 0 ? [g, g + s] : [0, g + s];
    for (let i = from; i < to; i += 1)
      for (let j = i + 1; j < to; j += 1) post(ix, key(tok(i), tok(j), y), row);
  };
  for (const y of years) postPairs(pairKey, y);
  for (const y of approximate) postPairs(approximatePairKey, y);
  const docs = [t.docs[row] ?? '', ...(t.extra.get(row)?.docs.map((d) => d[0]) ?? [])].filter(
    (d) => d !== '',
  );
  for (const d of new Set(docs)) post(ix, docKey(d), row);
}

function addEntryRow(ix: PersonIndex, entry: number, row: number): void {
  ix.rowEntry = growInt(ix.rowEntry, row + 1);
  ix.votes = growInt(ix.votes, row + 1);
  ix.rowEntry[row] = entry;
  postRowKeys(ix, row);
}

/**
 * Adds a registration (the booth's incremental index); its id is what findCandidates returns. Answers
 * the registration's entry, for replaceRegistration.
 */
export function addRegistration(ix: PersonIndex, person: MatchablePerson): number {
  const entry = ix.entryIds.length;
  ix.entryIds.push(person.id);
  addEntryRow(ix, entry, addPerson(ix.table, person, ix.names));
  return entry;
}

/**
 * A registration's person as now corrected (a name typed wrong, put right later): added as a new entry
 * under the same id, and the entry it replaces is found no more, so that the index answers as one
 * built from the corrected records would. Answers the new entry. Its postings stay (the index never
 * removes any), skipped when a query meets them.
 */
export function replaceRegistration(ix: PersonIndex, replaced: number, person: MatchablePerson): number {
  ix.replacedEntries.add(replaced);
  return addRegistration(ix, person);
}

/** The tokens of one of a watchlist entry's names: a record of parts, or a whole-name string. */
function entryNameTokens(names: NameCache, name: WatchlistEntry['names'][number]): NameTokens | undefined {
  if (typeof name !== 'string') {
    const t = names.get(name.givenNames, name.surname1, name.surname2 ?? '');
    return t.given.length + t.surname1.length + t.surname2.length > 0 ? t : undefined;
  }
  const r = normalizeName(name);
  if (!r.ok) return undefined;
  return { given: r.value.given, surname1: r.value.surname1Tokens, surname2: r.value.surname2Tokens };
}

/** Adds a row for one of a watchlist entry's names, with all the entry's dates of birth and
 * documents; none where the name has no tokens to compare. */
export function addEntryNameRow(
  table: FeatureTable,
  names: NameCache,
  e: WatchlistEntry,
  name: WatchlistEntry['names'][number],
): number | undefined {
  const tokens = entryNameTokens(names, name);
  if (tokens === undefined) return undefined;
  return addRow(table, {
    ...tokens,
    dobs: e.birthDates,
    ...(e.sex ? { sex: e.sex } : {}),
    nationalities: e.nationalities,
    documents: e.documents,
  });
}

/**
 * What a match on a weak name (FtM weakAlias, a UN alias of low quality) loses against one on a name
 * or alias: 2^-8 of the odds. The lists call these names too broad to identify anyone alone; an exact
 * full name on its own brings about +5 bits over a list's prior, so it no longer makes a hit alone,
 * while a weak name with the date of birth still does.
 */
export const WEAK_NAME_BITS = 8;

/** Adds a watchlist entry: one row per name (aliases and weak names included), all dates of birth and documents. */
export function addWatchlistEntry(ix: PersonIndex, e: WatchlistEntry): void {
  const entry = ix.entryIds.length;
  ix.entryIds.push(e.watchId);
  const weakFrom = e.names.length;
  for (const [k, name] of [...e.names, ...(e.weakNames ?? [])].entries()) {
    const row = addEntryNameRow(ix.table, ix.names, e, name);
    if (row === undefined) continue;
    addEntryRow(ix, entry, row);
    if (k >= weakFrom) ix.weakRows.add(row);
  }
}

/** Lists this long or longer tell which names are common among their own entries. */
export const LIST_FREQUENCIES_FROM = 10_000;
/** A name counted from a list only once seen this many times there: once is every listed name. */
const LIST_FREQUENCY_MIN_COUNT = 3;

/**
 * After a long list is indexed: names the list holds often count as common, as the model's own
 * common names do (the higher of the two frequencies). Dedupe counts frequencies on its records the
 * same way. Call once, when every entry is in.
 */
export function countListFrequencies(ix: PersonIndex): void {
  if (ix.entryIds.length < LIST_FREQUENCIES_FROM) return;
  const counted = countTermFrequencies(ix.table, LIST_FREQUENCY_MIN_COUNT);
  setTermFrequencies(ix.table.vocab, higherOf(ix.table.vocab.tfSource, counted));
}

export function buildScreeningIndex(
  entries: readonly WatchlistEntry[],
  cm: CompiledModel,
  progress?: (done: number, total: number) => void,
): PersonIndex {
  const ix = createPersonIndex(cm, Math.ceil(entries.length * 1.3));
  entries.forEach((e, i) => {
    addWatchlistEntry(ix, e);
    if (progress && (i + 1) % 100_000 === 0) progress(i + 1, entries.length);
  });
  countListFrequencies(ix);
  packPostings(ix);
  return ix;
}
