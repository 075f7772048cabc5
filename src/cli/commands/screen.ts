// `paso screen`: screens every person of a people CSV against a watchlist (CSV, UN consolidated
// list XML or FollowTheMoney JSON lines) and writes hits.csv with scores and explanations, in a CSV
// dialect (as the reports page: by default the one Excel opens in columns in the explanations' language).
import { writeFile } from 'node:fs/promises';
import { ImportWatchlistBody } from '../../api/matching';
import {
  buildScreeningIndex,
  defaultModel,
  explainToText,
  type ImportError,
  type SkippedValue,
  screenPerson,
  type WatchlistImport,
} from '../../domain/matching';
import type { CsvDialect } from '../../domain/reports';
import { err, ok, type Result } from '../../domain/shared';
import { csvFile } from '../../server/reports/csv-file';
import { parsePeopleCsv, parseWatchlist, type WatchlistFormat } from '../../store/matching';
import { MatchingInputError } from './dedupe';
import { readTextFile } from './text-file';

/** The format of a watchlist file by its extension, or by its first character when that says nothing. */
export function watchlistFormatOf(path: string, text: string): WatchlistFormat {
  const lower = path.toLowerCase();
  const start = text.trimStart()[0];
  if (lower.endsWith('.xml') || (!lower.endsWith('.csv') && start === '<')) return 'un-xml';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson') || lower.endsWith('.json') || start === '{') {
    return 'ftm';
  }
  return 'csv';
}

/** Parses a watchlist file in the format its name or first character gives. */
export function parseWatchlistFile(path: string, text: string): Result<WatchlistImport, ImportError> {
  return parseWatchlist(watchlistFormatOf(path, text), text);
}

/**
 * The name `paso import-watchlist --name` gives a list, by the rule of the API's import (trimmed, not
 * empty, at most 120 characters), or why it cannot be one.
 */
export function watchlistNameOf(name: string): Result<string, string> {
  const parsed = ImportWatchlistBody.shape.name.safeParse(name);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  return err(
    issue?.code === 'too_big'
      ? `--name is longer than ${issue.maximum} characters (nothing imported)`
      : '--name is empty (nothing imported)',
  );
}

/** One line per value an import left out: where it is, the field, the value and why. */
export function describeSkipped(path: string, skipped: readonly SkippedValue[]): string[] {
  return skipped.map((s) => {
    const what = s.field === '' ? 'entry' : `${s.field}${s.value === '' ? '' : ` "${s.value}"`}`;
    return `${path}, line ${s.line}: skipped ${what}: ${s.message} (${s.code})`;
  });
}

/** The dialect the reports page chooses for a language: Excel's list separator in Spanish is ';'. */
export function defaultDialect(lang: 'es' | 'en'): CsvDialect {
  return lang === 'en' ? 'excel' : 'excel-semicolon';
}

export async function screenCommand(opts: {
  watchlistPath: string;
  inPath: string;
  outPath: string;
  threshold?: number;
  lang?: 'es' | 'en';
  /** Left out: as the reports page, excel-semicolon for Spanish and excel for English. */
  dialect?: CsvDialect;
  progress?: (msg: string) => void;
}): Promise<{ people: number; hits: number; skipped: number }> {
  const say = opts.progress ?? (() => undefined);
  const watchlist = parseWatchlistFile(opts.watchlistPath, await readTextFile(opts.watchlistPath, say));
  if (!watchlist.ok) throw new MatchingInputError(opts.watchlistPath, watchlist.error);
  const { entries, skipped } = watchlist.value;
  for (const line of describeSkipped(opts.watchlistPath, skipped)) say(line);
  const people = parsePeopleCsv(await readTextFile(opts.inPath, say));
  if (!people.ok) throw new MatchingInputError(opts.inPath, people.error);
  say(`indexing ${entries.length} watchlist entries`);
  const index = buildScreeningIndex(entries, defaultModel(), (done, total) =>
    say(`indexed ${done}/${total} entries`),
  );
  const rows: string[][] = [['record_id', 'watch_id', 'score', 'explanation']];
  let hits = 0;
  for (const [i, person] of people.value.entries()) {
    const found = screenPerson(
      index,
      person,
      opts.threshold !== undefined ? { threshold: opts.threshold } : {},
    );
    for (const h of found) {
      hits += 1;
      const explanation = explainToText(h.explanation, opts.lang ?? 'es')
        .split('\n')
        .join(' | ');
      rows.push([person.id, h.id, h.probability.toFixed(4), explanation]);
    }
    if ((i + 1) % 10_000 === 0) say(`screened ${i + 1}/${people.value.length} people, ${hits} hits`);
  }
  await writeFile(opts.outPath, csvFile(rows, opts.dialect ?? defaultDialect(opts.lang ?? 'es')));
  say(`wrote ${opts.outPath}: ${hits} hits for ${people.value.length} people`);
  return { people: people.value.length, hits, skipped: skipped.length };
}
