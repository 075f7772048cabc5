// Two Paso servers on one database: what one writes, the other's matching sees at its next use.
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases';
import { eachMatchingDb } from '../../../test/support/matching';
import { registrationOf } from '../../../test/support/registrations';
import { YOHANA_AS_READ, yohanaListed } from '../../../test/support/watchlists';
import { DEMO_USERS } from '../../store/demo';
import { insertWatchlist } from '../../store/matching';
import { insertRegistration } from '../../store/people';

const NOW = '2025-11-27T15:00:00.000Z';
const person = {
  id: '6a7a0000-0000-4000-8000-000000000001',
  givenNames: 'Yohana Carolina',
  surname1: 'Briceño',
  surname2: 'Urdaneta',
  sex: 'F' as const,
  birthDate: { year: 1994, month: 8, day: 30 },
  nationality: 'VEN',
};

describe.each(DIALECTS)('matching across servers on %s', (dialect) => {
  const { t, jobs, start } = eachMatchingDb(dialect, NOW);

  it('finds a person another server registered, and screens within a second against a list another server imported', async () => {
    let clock = 1_000_000;
    const other = await start({ clock: () => clock });
    // Written by the first server.
    const stored = registrationOf(1, person.givenNames, person.surname1);
    await insertRegistration(t.db.kysely, {
      ...stored,
      person: { ...stored.person, ...person, nameKey: 'BRICENO|URDANETA|YOHANA CAROLINA' },
      registration: { ...stored.registration, personId: person.id, intention: 'transit' },
    });
    const query = YOHANA_AS_READ;
    const found = (await other.candidates(t.db.kysely, query)).map((h) => h.id);
    // Only PostgreSQL is shared by several servers (decision 0003); a SQLite file has one server, which
    // knows its own people and reads nobody else's on the request path.
    if (dialect === 'postgres') expect(found).toContain(person.id);
    else expect(found).not.toContain(person.id);

    expect(await other.screen(t.db.kysely, [query])).toEqual([[]]);
    await insertWatchlist(
      t.db.kysely,
      {
        id: '6a7a0000-0000-4000-8000-000000000003',
        name: 'L',
        format: 'csv',
        importedBy: DEMO_USERS[4]!.id,
        importedAt: NOW,
      },
      yohanaListed().map((entry) => ({
        id: '6a7a0000-0000-4000-8000-000000000004',
        watchId: entry.watchId,
        entry,
      })),
    );
    // Another process's list is looked for at most once a second, not on every screening.
    clock += 999;
    expect(await other.screen(t.db.kysely, [query])).toEqual([[]]);
    clock += 1;
    // The change is seen: the index is rebuilt as a job, and until it is ready the old one answers.
    expect(await other.screen(t.db.kysely, [query])).toEqual([[]]);
    const rebuild = jobs.underWay('screening.rebuild');
    expect(await rebuild?.finished).toMatchObject({ status: 'succeeded', result: { entries: 1 } });
    const [hits] = await other.screen(t.db.kysely, [query]);
    expect(hits?.map((h) => h.id)).toEqual(['6a7a0000-0000-4000-8000-000000000004']);
  });
});
