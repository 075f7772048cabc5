// `paso generate-people`: writes a labelled, seeded population as a people CSV with a true_id
// column (and optionally a watchlist CSV made by the same generator, of other people than the
// population's: a list of strangers, against which screening finds namesakes only) for testing on
// other data.
import { writeFile } from 'node:fs/promises';
import {
  generatePopulation,
  generateScreeningScenario,
  type MatchablePerson,
  type PartialDate,
} from '../../domain/matching';
import { csvLine } from '../../store/matching';

export function formatPartialDate(d: PartialDate | undefined): string {
  if (d === undefined) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  if (d.month === undefined) return String(d.year);
  return d.day === undefined ? `${d.year}-${pad(d.month)}` : `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

export const PEOPLE_HEADER = [
  'record_id',
  'given_names',
  'surname1',
  'surname2',
  'sex',
  'birth_date',
  'nationality',
  'document_type',
  'document_number',
] as const;

export function personCells(p: MatchablePerson): string[] {
  return [
    p.id,
    p.givenNames,
    p.surname1,
    p.surname2 ?? '',
    p.sex ?? '',
    formatPartialDate(p.birthDate),
    p.nationality ?? '',
    p.documentType ?? '',
    p.documentNumber ?? '',
  ];
}

export async function generatePeopleCommand(opts: {
  outPath: string;
  size: number;
  seed: number;
  watchlistPath?: string;
  watchlistSize?: number;
  progress?: (msg: string) => void;
}): Promise<{ records: number; people: number; watchlistEntries: number }> {
  const say = opts.progress ?? (() => undefined);
  const records = generatePopulation({ seed: opts.seed, records: opts.size });
  const chunks = [csvLine([...PEOPLE_HEADER, 'true_id'])];
  for (const r of records) chunks.push(csvLine([...personCells(r), r.trueId]));
  await writeFile(opts.outPath, chunks.join(''));
  const people = new Set(records.map((r) => r.trueId)).size;
  say(`wrote ${opts.outPath}: ${records.length} records of ${people} people (seed ${opts.seed})`);
  let watchlistEntries = 0;
  if (opts.watchlistPath) {
    const scenario = generateScreeningScenario({
      seed: opts.seed + 1,
      watchlistSize: opts.watchlistSize ?? 1000,
      listedQueries: 0,
      namesakeQueries: 0,
      otherQueries: 0,
    });
    // A watchlist names a person with the same columns, its watch_id first and its aliases last.
    const lines = [csvLine(['watch_id', ...PEOPLE_HEADER.slice(1), 'aliases'])];
    for (const e of scenario.watchlist) {
      const [first, ...aliases] = e.names;
      const name =
        typeof first === 'object' ? first : { givenNames: first ?? '', surname1: '', surname2: '' };
      const doc = e.documents[0];
      lines.push(
        csvLine([
          e.watchId,
          name.givenNames,
          name.surname1,
          name.surname2 ?? '',
          e.sex ?? '',
          formatPartialDate(e.birthDates[0]),
          e.nationalities[0] ?? '',
          doc?.type ?? '',
          doc?.number ?? '',
          aliases
            .map((a) =>
              typeof a === 'string' ? a : `${a.givenNames} ${a.surname1} ${a.surname2 ?? ''}`.trim(),
            )
            .join(';'),
        ]),
      );
    }
    await writeFile(opts.watchlistPath, lines.join(''));
    watchlistEntries = scenario.watchlist.length;
    say(`wrote ${opts.watchlistPath}: ${watchlistEntries} watchlist entries`);
  }
  return { records: records.length, people, watchlistEntries };
}
