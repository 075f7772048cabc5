// Imports a watchlist through the API as an admin, and waits until screening uses it.
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
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
