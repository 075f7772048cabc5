// Imports a watchlist through the API as an admin, and waits until screening uses it.
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { WatchlistEntry } from '../../src/domain/matching';
import { parseWatchlistCsv } from '../../src/store/matching';
import { as, type Login } from './app';
import { followJob } from './jobs';

export async function importWatchlist(app: FastifyInstance, admin: Login, csv: string): Promise<void> {
  const imported = await app.inject({
    method: 'POST',
    url: '/api/watchlists',
    headers: as(admin),
    payload: { name: 'Lista de prueba', format: 'csv', content: csv },
  });
  expect(imported.statusCode, imported.body).toBe(201);
  // Screening uses the list once the index rebuilt with it is in force.
  await followJob(app, admin, imported.json<{ indexJob: string }>().indexJob);
}

// A watchlist of one: UN-001 of the tests' watchlists, María José De la Cruz Peña, as a list writes her.
export const LISTED_ALONE_CSV = [
  'watch_id,given_names,surname1,surname2,sex,birth_date,nationality,document_number,aliases',
  'UN-001,María José,De la Cruz,Peña,F,1988-03-14,VEN,,',
].join('\n');

// UN-001 of the tests' watchlists (María José De la Cruz Peña) as a booth reads her from the MRZ:
// upper case, without accents.
export const LISTED_AS_READ = {
  givenNames: 'MARIA JOSE',
  surname1: 'DE LA CRUZ',
  surname2: 'PENA',
  sex: 'F',
  birthDate: '1988-03-14',
  nationality: 'VEN',
} as const;

// Yohana Carolina Briceño Urdaneta, alone on a list, and as a booth reads her: the matching service's
// tests screen her.
export const YOHANA_AS_READ = {
  id: 'query',
  givenNames: 'YOHANA CAROLINA',
  surname1: 'BRICENO',
  surname2: 'URDANETA',
  birthDate: { year: 1994, month: 8, day: 30 },
} as const;

export function yohanaListed(): WatchlistEntry[] {
  const list = parseWatchlistCsv(
    'watch_id,given_names,surname1,surname2,birth_date\nW1,Yohana Carolina,Briceño,Urdaneta,1994-08-30\n',
  );
  if (!list.ok) throw new Error('fixture list does not parse');
  return [...list.value];
}
