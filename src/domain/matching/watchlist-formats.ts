// Parsers for published sanctions lists: the UN Security Council consolidated list (XML) and
// FollowTheMoney entity JSON lines. Pure: text in, all entries or the first error with its line.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { err, ok, type Result } from '../shared';
import { parsePartialDate } from './people-csv';
import { foldText } from './text-fold';
import type { PartialDate, Sex } from './types';
import type { ImportError, WatchlistDocument, WatchlistEntry } from './watchlist';

// ICAO 9303 codes for the countries the crossing mostly sees, by ISO alpha-2 and by UN list name.
const ALPHA2: Readonly<Record<string, string>> = {
  VE: 'VEN',
  CO: 'COL',
  PE: 'PER',
  CL: 'CHL',
  EC: 'ECU',
  BO: 'BOL',
  AR: 'ARG',
  BR: 'BRA',
  HT: 'HTI',
  DO: 'DOM',
  CU: 'CUB',
  MX: 'MEX',
  US: 'USA',
  ES: 'ESP',
  PY: 'PRY',
  UY: 'URY',
  PA: 'PAN',
  CR: 'CRI',
  GT: 'GTM',
  HN: 'HND',
  NI: 'NIC',
  SV: 'SLV',
};
const COUNTRY_NAMES: readonly (readonly [string, string])[] = [
  ['VENEZUELA', 'VEN'],
  ['COLOMBIA', 'COL'],
  ['PERU', 'PER'],
  ['CHILE', 'CHL'],
  ['ECUADOR', 'ECU'],
  ['BOLIVIA', 'BOL'],
  ['ARGENTINA', 'ARG'],
  ['BRAZIL', 'BRA'],
  ['HAITI', 'HTI'],
  ['DOMINICAN REPUBLIC', 'DOM'],
  ['CUBA', 'CUB'],
  ['MEXICO', 'MEX'],
  ['UNITED STATES', 'USA'],
  ['SPAIN', 'ESP'],
];

/** An ICAO code from an alpha-2 code, an alpha-3 code or a country name; otherwise the folded text. */
export function nationalityCode(text: string): string {
  const s = foldText(text).trim();
  if (/^[A-Z]{3}$/.test(s)) return s;
  if (/^[A-Z]{2}$/.test(s)) return ALPHA2[s] ?? s;
  return COUNTRY_NAMES.find(([name]) => s.includes(name))?.[1] ?? s;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

const asArray = (x: unknown): unknown[] => (x === undefined || x === null ? [] : Array.isArray(x) ? x : [x]);
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const text = (x: unknown): string => (typeof x === 'string' || typeof x === 'number' ? String(x).trim() : '');

function sexOf(gender: string): Sex | undefined {
  const g = gender.toUpperCase();
  return g === 'MALE' || g === 'M' ? 'M' : g === 'FEMALE' || g === 'F' ? 'F' : undefined;
}

const UN_ARRAYS = new Set([
  'INDIVIDUAL',
  'INDIVIDUAL_ALIAS',
  'INDIVIDUAL_DATE_OF_BIRTH',
  'INDIVIDUAL_DOCUMENT',
  'NATIONALITY',
  'VALUE',
]);

/**
 * Parses the UN Security Council consolidated list (CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL).
 * Aliases of QUALITY "Low" are left out: the list itself says they are not enough to identify anyone.
 */
export function parseUnConsolidatedList(xml: string): Result<WatchlistEntry[], ImportError> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return err({ line: valid.err.line, code: 'xml.malformed', message: valid.err.msg });
  const parsed: unknown = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    isArray: (name) => UN_ARRAYS.has(name),
  }).parse(xml);
  const root = isRecord(parsed) ? parsed.CONSOLIDATED_LIST : undefined;
  if (!isRecord(root))
    return err({ line: 1, code: 'un.not-consolidated-list', message: 'no CONSOLIDATED_LIST element' });
  const individualsEl = isRecord(root.INDIVIDUALS) ? root.INDIVIDUALS : {};
  const starts = [...xml.matchAll(/<INDIVIDUAL[\s>]/g)].map((m) => m.index ?? 0);
  const out: WatchlistEntry[] = [];
  const individuals = asArray(individualsEl.INDIVIDUAL);
  for (const [k, ind] of individuals.entries()) {
    const at = starts[k] ?? 0;
    const line = lineAt(xml, at);
    if (!isRecord(ind)) continue;
    const id = text(ind.DATAID);
    if (id === '') return err({ line, code: 'un.missing-dataid', message: 'an INDIVIDUAL has no DATAID' });
    const primary = {
      givenNames: text(ind.FIRST_NAME),
      surname1: text(ind.SECOND_NAME),
      surname2: [text(ind.THIRD_NAME), text(ind.FOURTH_NAME)].filter((s) => s !== '').join(' '),
    };
    const aliases = asArray(ind.INDIVIDUAL_ALIAS)
      .filter(isRecord)
      .filter((a) => text(a.QUALITY).toUpperCase() !== 'LOW')
      .map((a) => text(a.ALIAS_NAME))
      .filter((a) => a !== '');
    const birthDates: PartialDate[] = [];
    for (const d of asArray(ind.INDIVIDUAL_DATE_OF_BIRTH).filter(isRecord)) {
      const date = text(d.DATE).slice(0, 10);
      if (date !== '') {
        const parsedDate = parsePartialDate(date);
        if (!parsedDate.ok) {
          const where = xml.indexOf(date, at);
          return err({
            line: lineAt(xml, where < 0 ? at : where),
            code: 'un.birth-date',
            message: parsedDate.error,
          });
        }
        if (parsedDate.value) birthDates.push(parsedDate.value);
        continue;
      }
      const year = Number(text(d.YEAR));
      if (year > 0) birthDates.push({ year });
      const from = Number(text(d.FROM_YEAR));
      const to = Number(text(d.TO_YEAR));
      if (from > 0 && to >= from && to - from <= 10)
        for (let y = from; y <= to; y += 1) birthDates.push({ year: y });
    }
    const nationalities = asArray(ind.NATIONALITY)
      .filter(isRecord)
      .flatMap((n) => asArray(n.VALUE).map(text))
      .filter((n) => n !== '')
      .map(nationalityCode);
    const documents: WatchlistDocument[] = asArray(ind.INDIVIDUAL_DOCUMENT)
      .filter(isRecord)
      .map((d) => ({ number: text(d.NUMBER), type: text(d.TYPE_OF_DOCUMENT) }))
      .filter((d) => d.number !== '');
    const hasName = primary.givenNames + primary.surname1 + primary.surname2 !== '';
    if (!hasName && aliases.length === 0)
      return err({ line, code: 'name.empty', message: `INDIVIDUAL ${id} has no name` });
    const sex = sexOf(text(ind.GENDER));
    out.push({
      watchId: `UN-${id}`,
      names: [...(hasName ? [primary] : []), ...aliases],
      ...(sex ? { sex } : {}),
      birthDates,
      nationalities,
      documents,
    });
  }
  return ok(out);
}

const strings = (x: unknown): string[] =>
  asArray(x)
    .map(text)
    .filter((s) => s !== '');

/** Parses FollowTheMoney entities, one JSON object per line; entities other than Person are skipped. */
export function parseFtmJsonLines(input: string): Result<WatchlistEntry[], ImportError> {
  const out: WatchlistEntry[] = [];
  const lines = input.split(/\r?\n/);
  for (const [k, raw] of lines.entries()) {
    const line = k + 1;
    if (raw.trim() === '') continue;
    let entity: unknown;
    try {
      entity = JSON.parse(raw);
    } catch (e) {
      return err({ line, code: 'ftm.malformed-json', message: e instanceof Error ? e.message : 'not JSON' });
    }
    if (!isRecord(entity)) return err({ line, code: 'ftm.not-an-entity', message: 'expected a JSON object' });
    if (entity.schema !== 'Person') continue;
    const id = text(entity.id);
    if (id === '') return err({ line, code: 'ftm.missing-id', message: 'the entity has no id' });
    const p = isRecord(entity.properties) ? entity.properties : {};
    const names = [...strings(p.name), ...strings(p.alias)];
    if (names.length === 0) return err({ line, code: 'name.empty', message: `Person ${id} has no name` });
    const birthDates: PartialDate[] = [];
    for (const d of strings(p.birthDate)) {
      const parsed = parsePartialDate(d.slice(0, 10));
      if (!parsed.ok) return err({ line, code: 'ftm.birth-date', message: parsed.error });
      if (parsed.value) birthDates.push(parsed.value);
    }
    const sex = sexOf(strings(p.gender)[0] ?? '');
    out.push({
      watchId: id,
      names,
      ...(sex ? { sex } : {}),
      birthDates,
      nationalities: [...strings(p.nationality), ...strings(p.citizenship)].map(nationalityCode),
      documents: [
        ...strings(p.passportNumber).map((number) => ({ number, type: 'P' })),
        ...strings(p.idNumber).map((number) => ({ number, type: 'ID' })),
      ],
    });
  }
  return ok(out);
}
