// `paso screen`: screens every person of a people CSV against a watchlist (CSV, UN consolidated
// list XML or FollowTheMoney JSON lines) and writes hits.csv with scores and explanations.
import { readFile, writeFile } from 'node:fs/promises';
import {
  buildScreeningIndex,
  csvLine,
  defaultModel,
  explainToText,
  type ImportError,
  parseFtmJsonLines,
  parsePeopleCsv,
  parseUnConsolidatedList,
  parseWatchlistCsv,
  screenPerson,
  type WatchlistEntry,
} from '../../domain/matching';
import type { Result } from '../../domain/shared';
import { MatchingInputError } from './dedupe';

/** Picks the parser by extension, or by the first character when the extension says nothing. */
export function parseWatchlistFile(path: string, text: string): Result<WatchlistEntry[], ImportError> {
  const lower = path.toLowerCase();
  const start = text.trimStart()[0];
  if (lower.endsWith('.xml') || (!lower.endsWith('.csv') && start === '<'))
    return parseUnConsolidatedList(text);
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson') || lower.endsWith('.json') || start === '{') {
    return parseFtmJsonLines(text);
  }
  return parseWatchlistCsv(text);
}

export async function screenCommand(opts: {
  watchlistPath: string;
  inPath: string;
  outPath: string;
  threshold?: number;
  lang?: 'es' | 'en';
  progress?: (msg: string) => void;
}): Promise<{ people: number; hits: number }> {
  const say = opts.progress ?? (() => undefined);
  const watchlist = parseWatchlistFile(opts.watchlistPath, await readFile(opts.watchlistPath, 'utf8'));
  if (!watchlist.ok) throw new MatchingInputError(opts.watchlistPath, watchlist.error);
  const people = parsePeopleCsv(await readFile(opts.inPath, 'utf8'));
  if (!people.ok) throw new MatchingInputError(opts.inPath, people.error);
  say(`indexing ${watchlist.value.length} watchlist entries`);
  const index = buildScreeningIndex(watchlist.value, defaultModel(), (done, total) =>
    say(`indexed ${done}/${total} entries`),
  );
  const chunks: string[] = [csvLine(['record_id', 'watch_id', 'score', 'explanation'])];
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
      chunks.push(csvLine([person.id, h.id, h.probability.toFixed(4), explanation]));
    }
    if ((i + 1) % 10_000 === 0) say(`screened ${i + 1}/${people.value.length} people, ${hits} hits`);
  }
  await writeFile(opts.outPath, chunks.join(''));
  say(`wrote ${opts.outPath}: ${hits} hits for ${people.value.length} people`);
  return { people: people.value.length, hits };
}
