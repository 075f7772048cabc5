import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePeopleCsv, parseWatchlistCsv } from '../../store/matching';
import { generatePeopleCommand } from './generate-people';

describe('generatePeopleCommand', () => {
  it('writes a labelled population and a watchlist the parsers read back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paso-gen-'));
    const r = await generatePeopleCommand({
      outPath: join(dir, 'people.csv'),
      size: 500,
      seed: 3,
      watchlistPath: join(dir, 'watch.csv'),
      watchlistSize: 50,
    });
    const people = parsePeopleCsv(readFileSync(join(dir, 'people.csv'), 'utf8'));
    expect(people.ok && people.value.length).toBe(500);
    expect(people.ok && people.value.every((p) => p.trueId !== undefined)).toBe(true);
    const watch = parseWatchlistCsv(readFileSync(join(dir, 'watch.csv'), 'utf8'));
    expect(watch.ok && watch.value.length).toBe(50);
    expect(r).toMatchObject({ records: 500, watchlistEntries: 50 });
  });
});
