// FollowTheMoney entities as JSON lines (OpenSanctions' exports): every Person with its names, weak
// aliases, former names, dates of birth, nationalities and document numbers. One odd value never
// blocks a list: it is skipped and reported with its line and field, and the rest is imported.
import { err, nationalityCode, ok, type Result } from '../shared';
import type { PartialDate } from './types';
import type { ImportError, SkippedValue, WatchlistEntry, WatchlistImport } from './watchlist';
import { documentsFrom, isRecord, listedBirthDate, sexOf, strings, text } from './watchlist-values';

function entryOf(entity: Record<string, unknown>, line: number, skipped: SkippedValue[]) {
  const skip = (field: string, value: string, code: string, message: string) =>
    skipped.push({ line, field, value, code, message });
  const id = text(entity.id);
  if (id === '') {
    skip('id', '', 'ftm.missing-id', 'the entity has no id: it is left out');
    return undefined;
  }
  const p = isRecord(entity.properties) ? entity.properties : {};
  const names = [...strings(p.name), ...strings(p.alias), ...strings(p.previousName)];
  const weakNames = strings(p.weakAlias);
  if (names.length + weakNames.length === 0) {
    skip('name', '', 'name.empty', `Person ${id} has no name: it is left out`);
    return undefined;
  }
  const birthDates: PartialDate[] = [];
  for (const value of strings(p.birthDate)) {
    const parsed = listedBirthDate(value);
    if (!parsed.ok) skip('birthDate', value, 'ftm.birth-date', parsed.error);
    else if (parsed.value) birthDates.push(parsed.value);
  }
  const sex = sexOf(strings(p.gender)[0] ?? '');
  const entry: WatchlistEntry = {
    watchId: id,
    names,
    ...(weakNames.length > 0 ? { weakNames } : {}),
    ...(sex ? { sex } : {}),
    birthDates,
    nationalities: [...new Set([...strings(p.nationality), ...strings(p.citizenship)].map(nationalityCode))],
    documents: [
      ...strings(p.passportNumber).flatMap((number) => documentsFrom(number, 'P')),
      ...strings(p.idNumber).flatMap((number) => documentsFrom(number, 'ID')),
    ],
  };
  return entry;
}

/**
 * Parses FollowTheMoney entities, one JSON object per line; entities other than Person are passed
 * over. A line that is not a JSON object is skipped and reported; a file where no line is one is
 * refused, naming the first.
 */
export function parseFtmJsonLines(input: string): Result<WatchlistImport, ImportError> {
  const entries: WatchlistEntry[] = [];
  const skipped: SkippedValue[] = [];
  let objects = 0;
  for (const [k, raw] of input.split(/\r?\n/).entries()) {
    const line = k + 1;
    if (raw.trim() === '') continue;
    let entity: unknown;
    try {
      entity = JSON.parse(raw);
    } catch (e) {
      const message = e instanceof Error ? e.message : 'not JSON';
      skipped.push({ line, field: '', value: raw.slice(0, 80), code: 'ftm.malformed-json', message });
      continue;
    }
    if (!isRecord(entity) || Array.isArray(entity)) {
      const message = 'expected a JSON object';
      skipped.push({ line, field: '', value: raw.slice(0, 80), code: 'ftm.not-an-entity', message });
      continue;
    }
    objects += 1;
    if (entity.schema !== 'Person') continue;
    const entry = entryOf(entity, line, skipped);
    if (entry) entries.push(entry);
  }
  const first = skipped[0];
  if (objects === 0 && first) return err({ line: first.line, code: first.code, message: first.message });
  return ok({ entries, skipped });
}
