// Watchlist formats and the reasons a file is refused, in words. Each key is written out so the
// catalogue test can check it; a reason we do not know shows the server's own words.
import type { TFunction } from 'i18next';
import type { ApiProblem } from '../../api/problem';
import type { ImportedWatchlist } from '../../api/types';
import { formatNumber } from '../../format/format';

export function watchlistFormatName(format: string, t: TFunction): string {
  switch (format) {
    case 'csv':
      return t('watchlists.format.csv');
    case 'un-xml':
      return t('watchlists.format.unXml');
    case 'ftm':
      return t('watchlists.format.ftm');
    default:
      return format;
  }
}

function importReason(code: string | undefined, t: TFunction): string | null {
  switch (code) {
    case 'csv.empty':
      return t('watchlists.reason.csvEmpty');
    case 'csv.field-count':
      return t('watchlists.reason.csvFieldCount');
    case 'csv.missing-column':
      return t('watchlists.reason.csvMissingColumn');
    case 'csv.stray-quote':
      return t('watchlists.reason.csvStrayQuote');
    case 'csv.unterminated-quote':
      return t('watchlists.reason.csvUnterminatedQuote');
    case 'person.birth-date':
    case 'un.birth-date':
    case 'ftm.birth-date':
      return t('watchlists.reason.birthDate');
    case 'person.sex':
      return t('watchlists.reason.sex');
    case 'person.nationality':
      return t('watchlists.reason.nationality');
    case 'name.empty':
      return t('watchlists.reason.noName');
    case 'watchlist.missing-id':
    case 'un.missing-dataid':
    case 'ftm.missing-id':
      return t('watchlists.reason.missingId');
    case 'watchlist.duplicate-id':
      return t('watchlists.reason.duplicateId');
    case 'xml.malformed':
      return t('watchlists.reason.xmlMalformed');
    case 'un.not-consolidated-list':
      return t('watchlists.reason.notUnList');
    case 'ftm.malformed-json':
    case 'ftm.not-an-entity':
      return t('watchlists.reason.ftmMalformed');
    default:
      return null;
  }
}

// Where in the file, then why: "Línea 3, birth_date «1990-02-31»: …", the line alone when the
// fault has no field, the field alone when it has no value.
function whereAndWhy(line: number, field: string, value: string, reason: string, t: TFunction): string {
  if (field === '' && value === '') return t('watchlists.import.line', { line, reason });
  if (value === '') return t('watchlists.skipped.line', { line, field, reason });
  if (field === '') return t('watchlists.skipped.lineValue', { line, value, reason });
  return t('watchlists.skipped.value', { line, field, value, reason });
}

/**
 * Why a file was refused, in the admin's language, from the problem's fields: the line, the column
 * and the value found there, or the fields a line has against the header's. Only a reason this app
 * does not know yet falls back to the server's own (English) words.
 */
export function importProblemMessage(problem: ApiProblem, t: TFunction): string {
  const { importCode, expected, found } = problem;
  const counted =
    importCode === 'csv.field-count' && expected !== undefined && found !== undefined
      ? t('watchlists.reason.csvFieldCountOf', { expected, found })
      : null;
  const reason =
    counted ??
    importReason(importCode, t) ??
    ((problem.detail ?? '').replace(/^Line \d+:\s*/, '').trim() || t('problem.watchlistInvalid'));
  if (problem.line === undefined) return reason;
  return whereAndWhy(problem.line, problem.field ?? '', problem.value ?? '', reason, t);
}

/**
 * The format a file's first character gives away: `<` opens XML, `{` a JSON line; anything else is
 * read as CSV. An admin who picks the wrong format is told that, not the parse error it leads to.
 */
export function apparentFormat(content: string): 'csv' | 'un-xml' | 'ftm' {
  const first = content.replace(/^\uFEFF/, '').trimStart()[0];
  if (first === '<') return 'un-xml';
  if (first === '{') return 'ftm';
  return 'csv';
}

/** A value of a published list that could not be read and was left out of the import. */
export type SkippedValue = ImportedWatchlist['skipped'][number];

/** "Line 2, birthDate "unknown": the date of birth is not a valid date.": where, what, and why. */
export function skippedValueMessage(skipped: SkippedValue, t: TFunction): string {
  const reason = importReason(skipped.code, t) ?? skipped.message;
  return whereAndWhy(skipped.line, skipped.field, skipped.value, reason, t);
}

/** A change to the lists made on the watchlists page: a list imported, or put in or out of force. */
export type WatchlistChange =
  | { readonly kind: 'imported'; readonly name: string; readonly entries: number }
  | { readonly kind: 'activated' | 'deactivated'; readonly name: string };

/**
 * What the page says of a change. Screening uses it only once the index rebuilt with it is in force:
 * until its rebuild job has succeeded (`indexed`) the change is said to be stored, not in force.
 */
export function watchlistChangeNotice(
  change: WatchlistChange,
  indexed: boolean,
  t: TFunction,
  locale: string,
): string {
  switch (change.kind) {
    case 'imported': {
      const values = {
        name: change.name,
        count: change.entries,
        formatted: formatNumber(change.entries, locale),
      };
      return indexed ? t('watchlists.import.done', values) : t('watchlists.import.stored', values);
    }
    case 'activated':
      return indexed
        ? t('watchlists.activated', { name: change.name })
        : t('watchlists.activating', { name: change.name });
    case 'deactivated':
      return indexed
        ? t('watchlists.deactivated', { name: change.name })
        : t('watchlists.deactivating', { name: change.name });
    default: {
      const never: never = change;
      return never;
    }
  }
}
