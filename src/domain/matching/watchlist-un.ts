// The UN Security Council consolidated list (XML): every INDIVIDUAL with its names, aliases, dates of
// birth, nationalities and documents. Malformed XML is refused naming its first fault; inside a
// well-formed list, a value that cannot be read is skipped and reported, never the whole list.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { err, nationalityCode, ok, type Result } from '../shared';
import type { PartialDate } from './types';
import type { ImportError, SkippedValue, WatchlistEntry, WatchlistImport } from './watchlist';
import {
  asArray,
  documentsFrom,
  isRecord,
  listedBirthDate,
  sexOf,
  splitNames,
  strings,
  text,
} from './watchlist-values';

/** Line and column (1-based) of every offset, by binary search over the line starts. */
function lineIndex(source: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
}

// XML 1.0 §2.2 Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and paired surrogates only.
function forbiddenCharAt(xml: string): number {
  for (let i = 0; i < xml.length; i += 1) {
    const c = xml.charCodeAt(i);
    if (c >= 0x20 && c < 0xd800) continue;
    if (c === 0x09 || c === 0x0a || c === 0x0d) continue;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = xml.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 1;
        continue;
      }
      return i;
    }
    if (c >= 0xe000 && c <= 0xfffd) continue;
    return i;
  }
  return -1;
}

const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The first thing that makes the text malformed XML. fast-xml-parser's validator does not look for
 * characters XML forbids, so a control character before a later fault would go unnamed.
 */
function firstXmlFault(xml: string, at: ReturnType<typeof lineIndex>): ImportError | undefined {
  const valid = XMLValidator.validate(xml);
  const bad = forbiddenCharAt(xml);
  const char = bad < 0 ? undefined : { ...at(bad), c: xml.charCodeAt(bad) };
  const charFault = char && {
    line: char.line,
    code: 'xml.malformed',
    message: `character ${hex(char.c)} at column ${char.column} is not allowed in XML`,
  };
  if (valid === true) return charFault;
  const { line, col, msg } = valid.err;
  if (charFault && char && (char.line < line || (char.line === line && char.column <= col))) return charFault;
  return { line, code: 'xml.malformed', message: `${msg} (column ${col})` };
}

const UN_ARRAYS = new Set([
  'INDIVIDUAL',
  'INDIVIDUAL_ALIAS',
  'INDIVIDUAL_DATE_OF_BIRTH',
  'INDIVIDUAL_DOCUMENT',
  'NATIONALITY',
  'VALUE',
]);

interface Place {
  readonly xml: string;
  readonly start: number;
  readonly at: ReturnType<typeof lineIndex>;
  readonly skipped: SkippedValue[];
}

/** Reports a value left out, on the line where it is written inside its INDIVIDUAL. */
function skip(p: Place, field: string, value: string, code: string, message: string): void {
  const where = value === '' ? -1 : p.xml.indexOf(value, p.start);
  p.skipped.push({ line: p.at(where < 0 ? p.start : where).line, field, value, code, message });
}

function birthDatesOf(ind: Record<string, unknown>, p: Place): PartialDate[] {
  const out: PartialDate[] = [];
  for (const d of asArray(ind.INDIVIDUAL_DATE_OF_BIRTH).filter(isRecord)) {
    for (const field of ['DATE', 'YEAR'] as const) {
      const value = text(d[field]);
      if (value === '') continue;
      const parsed = listedBirthDate(value);
      if (parsed.ok && parsed.value) out.push(parsed.value);
      else if (!parsed.ok) skip(p, field, value, 'un.birth-date', parsed.error);
    }
    // A range of at most ten years stands for each year in it; a wider one says too little.
    const from = Number(text(d.FROM_YEAR));
    const to = Number(text(d.TO_YEAR));
    if (from > 0 && to >= from && to - from <= 10) for (let y = from; y <= to; y += 1) out.push({ year: y });
  }
  return out;
}

function entryOf(ind: Record<string, unknown>, p: Place): WatchlistEntry | undefined {
  const id = text(ind.DATAID);
  if (id === '') {
    skip(p, 'DATAID', '', 'un.missing-dataid', 'an INDIVIDUAL has no DATAID: it is left out');
    return undefined;
  }
  const primary = {
    givenNames: text(ind.FIRST_NAME),
    surname1: text(ind.SECOND_NAME),
    surname2: [text(ind.THIRD_NAME), text(ind.FOURTH_NAME)].filter((s) => s !== '').join(' '),
  };
  const hasName = primary.givenNames + primary.surname1 + primary.surname2 !== '';
  // The list marks aliases "too broad to identify anyone" as QUALITY Low: they become weak names.
  const aliases = asArray(ind.INDIVIDUAL_ALIAS).filter(isRecord);
  const aliasNames = (low: boolean) =>
    aliases
      .filter((a) => (text(a.QUALITY).toUpperCase() === 'LOW') === low)
      .flatMap((a) => splitNames(text(a.ALIAS_NAME)));
  const names = [...(hasName ? [primary] : []), ...aliasNames(false)];
  const weakNames = aliasNames(true);
  if (names.length + weakNames.length === 0) {
    skip(p, 'FIRST_NAME', '', 'name.empty', `INDIVIDUAL ${id} has no name: it is left out`);
    return undefined;
  }
  const sex = sexOf(text(ind.GENDER));
  return {
    watchId: `UN-${id}`,
    names,
    ...(weakNames.length > 0 ? { weakNames } : {}),
    ...(sex ? { sex } : {}),
    birthDates: birthDatesOf(ind, p),
    nationalities: asArray(ind.NATIONALITY)
      .filter(isRecord)
      .flatMap((n) => strings(n.VALUE))
      .map(nationalityCode),
    documents: asArray(ind.INDIVIDUAL_DOCUMENT)
      .filter(isRecord)
      .flatMap((d) => documentsFrom(text(d.NUMBER), text(d.TYPE_OF_DOCUMENT))),
  };
}

/** Parses the UN Security Council consolidated list (CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL). */
export function parseUnConsolidatedList(xml: string): Result<WatchlistImport, ImportError> {
  const at = lineIndex(xml);
  const fault = firstXmlFault(xml, at);
  if (fault) return err(fault);
  const parsed: unknown = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    isArray: (name) => UN_ARRAYS.has(name),
  }).parse(xml);
  const root = isRecord(parsed) ? parsed.CONSOLIDATED_LIST : undefined;
  if (root === undefined)
    return err({ line: 1, code: 'un.not-consolidated-list', message: 'no CONSOLIDATED_LIST element' });
  const individualsEl = isRecord(root) && isRecord(root.INDIVIDUALS) ? root.INDIVIDUALS : {};
  const individuals = asArray(individualsEl.INDIVIDUAL);
  const starts = [...xml.matchAll(/<INDIVIDUAL[\s>]/g)].map((m) => m.index ?? 0);
  const entries: WatchlistEntry[] = [];
  const skipped: SkippedValue[] = [];
  for (const [k, ind] of individuals.entries()) {
    if (!isRecord(ind)) continue;
    const entry = entryOf(ind, { xml, start: starts[k] ?? 0, at, skipped });
    if (entry) entries.push(entry);
  }
  return ok({ entries, skipped });
}
