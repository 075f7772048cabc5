import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { ApiProblem } from '../../api/problem';
import {
  apparentFormat,
  importProblemMessage,
  skippedValueMessage,
  type WatchlistChange,
  watchlistChangeNotice,
  watchlistFormatName,
} from './watchlist-messages';

// A stand-in translator that shows the key and its values.
const t = ((key: string, values?: Record<string, unknown>) =>
  values === undefined ? `t:${key}` : `t:${key}${JSON.stringify(values)}`) as unknown as TFunction;

const invalid = (extra: Partial<ApiProblem>): ApiProblem => ({
  type: 'https://paso.example/problems/watchlist.invalid',
  title: 'The watchlist file cannot be read',
  status: 400,
  code: 'watchlist.invalid',
  errors: [],
  ...extra,
});

describe('importProblemMessage', () => {
  it.each([
    [
      'the column and the value found there, not the server’s English',
      invalid({
        line: 3,
        importCode: 'person.birth-date',
        field: 'birth_date',
        value: '1990-02-31',
        detail: 'Line 3: 1990-02-31 is not a date',
      }),
      't:watchlists.skipped.value{"line":3,"field":"birth_date","value":"1990-02-31","reason":"t:watchlists.reason.birthDate"}',
    ],
    [
      'the column that is missing',
      invalid({ line: 1, importCode: 'csv.missing-column', field: 'surname1', detail: 'Line 1: x' }),
      't:watchlists.skipped.line{"line":1,"field":"surname1","reason":"t:watchlists.reason.csvMissingColumn"}',
    ],
    [
      'the fields the line has against the header’s',
      invalid({ line: 4, importCode: 'csv.field-count', expected: 5, found: 3, detail: 'Line 4: x' }),
      't:watchlists.import.line{"line":4,"reason":"t:watchlists.reason.csvFieldCountOf{\\"expected\\":5,\\"found\\":3}"}',
    ],
    [
      'the line alone when the fault has no column',
      invalid({ line: 2, importCode: 'name.empty', detail: 'Line 2: the entry has no name' }),
      't:watchlists.import.line{"line":2,"reason":"t:watchlists.reason.noName"}',
    ],
  ])('names the line and the reason in words: %s', (_, problem, message) => {
    expect(importProblemMessage(problem, t)).toBe(message);
  });

  it('falls back to the server’s words for a reason it does not know', () => {
    expect(importProblemMessage(invalid({ line: 7, importCode: 'new.code', detail: 'Line 7: odd' }), t)).toBe(
      't:watchlists.import.line{"line":7,"reason":"odd"}',
    );
  });

  it('gives the reason alone when the server named no line', () => {
    expect(importProblemMessage(invalid({ importCode: 'csv.empty', detail: '' }), t)).toBe(
      't:watchlists.reason.csvEmpty',
    );
  });
});

describe('watchlistFormatName', () => {
  it.each([
    ['csv', 't:watchlists.format.csv'],
    ['un-xml', 't:watchlists.format.unXml'],
    ['ftm', 't:watchlists.format.ftm'],
    ['xlsx', 'xlsx'],
  ])('names the format %s', (format, name) => {
    expect(watchlistFormatName(format, t)).toBe(name);
  });
});

describe('skippedValueMessage', () => {
  const skipped = (line: number, field: string, value: string, code: string) => ({
    line,
    field,
    value,
    code,
    message: 'the parser’s words',
  });

  it.each([
    [
      skipped(2, 'birthDate', 'unknown', 'ftm.birth-date'),
      't:watchlists.skipped.value{"line":2,"field":"birthDate","value":"unknown","reason":"t:watchlists.reason.birthDate"}',
    ],
    [
      skipped(3, '', '{"id":', 'ftm.malformed-json'),
      't:watchlists.skipped.lineValue{"line":3,"value":"{\\"id\\":","reason":"t:watchlists.reason.ftmMalformed"}',
    ],
    [
      skipped(4, 'DATAID', '', 'un.missing-dataid'),
      't:watchlists.skipped.line{"line":4,"field":"DATAID","reason":"t:watchlists.reason.missingId"}',
    ],
    [
      skipped(5, 'x', 'y', 'new.code'),
      't:watchlists.skipped.value{"line":5,"field":"x","value":"y","reason":"the parser’s words"}',
    ],
  ])('says where, what and why (%#)', (value, message) => {
    expect(skippedValueMessage(value, t)).toBe(message);
  });
});

describe('apparentFormat', () => {
  it.each([
    ['<?xml version="1.0"?><CONSOLIDATED_LIST/>', 'un-xml'],
    ['\uFEFF\n  <CONSOLIDATED_LIST/>', 'un-xml'],
    ['{"id":"NK-1","schema":"Person"}\n', 'ftm'],
    ['\uFEFFwatch_id;given_names;surname1\n', 'csv'],
    ['', 'csv'],
  ])('reads %j as %s', (content, format) => {
    expect(apparentFormat(content)).toBe(format);
  });
});

describe('watchlistChangeNotice', () => {
  const imported: WatchlistChange = { kind: 'imported', name: 'ONU', entries: 1200 };
  const activated: WatchlistChange = { kind: 'activated', name: 'ONU' };
  const deactivated: WatchlistChange = { kind: 'deactivated', name: 'ONU' };

  it.each([
    [imported, 't:watchlists.import.stored{"name":"ONU","count":1200,"formatted":"1,200"}'],
    [activated, 't:watchlists.activating{"name":"ONU"}'],
    [deactivated, 't:watchlists.deactivating{"name":"ONU"}'],
  ])('says a change is stored, not in force, while its index rebuild is under way (%#)', (change, said) => {
    expect(watchlistChangeNotice(change, false, t, 'en-US')).toBe(said);
  });

  it.each([
    [imported, 't:watchlists.import.done{"name":"ONU","count":1200,"formatted":"1,200"}'],
    [activated, 't:watchlists.activated{"name":"ONU"}'],
    [deactivated, 't:watchlists.deactivated{"name":"ONU"}'],
  ])('says a change is in force once its index rebuild has succeeded (%#)', (change, said) => {
    expect(watchlistChangeNotice(change, true, t, 'en-US')).toBe(said);
  });

  it('says in Spanish that screening waits for the index, not that the list is in force', () => {
    const es = testI18n().getFixedT('es');
    const two: WatchlistChange = { kind: 'imported', name: 'ONU', entries: 2 };
    const stored = watchlistChangeNotice(two, false, es, 'es-PE');
    expect(stored).toBe(
      'Se importó la lista ONU con 2 entradas; la comprobación la usará cuando termine de prepararse el índice.',
    );
    expect(stored).not.toContain('en vigor');
    expect(watchlistChangeNotice(two, true, es, 'es-PE')).toBe(
      'Se importó la lista ONU con 2 entradas; ya está en vigor.',
    );
  });
});
