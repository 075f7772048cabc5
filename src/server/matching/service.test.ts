// Two Paso servers on one database: the people one registers, the other's matching sees at its next
// use; the lists one imports, the other's watch sees unasked and rebuilds its screening index with.
import { sql } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { DIALECTS } from '../../../test/support/databases';
import { eachMatchingDb } from '../../../test/support/matching';
import { registrationOf } from '../../../test/support/registrations';
import { YOHANA_AS_READ, yohanaListed } from '../../../test/support/watchlists';
import { DEMO_USERS } from '../../store/demo';
import { insertWatchlist } from '../../store/matching';
import { insertRegistration } from '../../store/people';

const NOW = '2025-11-27T15:00:00.000Z';
// A bound on waiting for the watch, generous for a loaded machine: not a time the test measures.
const WAIT = { timeout: 30_000, interval: 10 };
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

  it('finds a person another server registered, and screens against a list another server imported once its rebuild, started unasked, is done', async () => {
    const other = await start({ watchEveryMs: 10 });
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

    expect(await other.screen([query])).toEqual([[]]);
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
    // No screening asks: the watch sees the change and the index is rebuilt with the list, as a job.
    await vi.waitFor(() => expect(other.indexedEntries()).toBe(1), WAIT);
    const [hits] = await other.screen([query]);
    expect(hits?.map((h) => h.id)).toEqual(['6a7a0000-0000-4000-8000-000000000004']);
  });

  it('tries a failing rebuild again after a growing pause, not on every look', async () => {
    // The service's clock, which the watch reads on each look: it moves only when the test says.
    let now = Date.parse(NOW);
    let looks = 0;
    const clock = () => {
      looks += 1;
      return now;
    };
    const failures: string[] = [];
    jobs.onFailure((job) => failures.push(job.kind));
    await start({ watchEveryMs: 10, clock });
    // The index's first build, started with the service, is done (it would fail too, unpaused).
    await vi.waitFor(() => expect(jobs.underWay('screening.rebuild')).toBeUndefined(), WAIT);
    // A list arrives whose entries the rebuild cannot read (as when the database fails under it).
    await t.db.kysely.transaction().execute(async (tx) => {
      await insertWatchlist(
        tx,
        {
          id: '6a7a0000-0000-4000-8000-000000000005',
          name: 'L',
          format: 'csv',
          importedBy: DEMO_USERS[4]!.id,
          importedAt: NOW,
        },
        yohanaListed().map((entry) => ({
          id: '6a7a0000-0000-4000-8000-000000000006',
          watchId: entry.watchId,
          entry,
        })),
      );
      await sql`alter table watchlist_entry rename to watchlist_entry_gone`.execute(tx);
    });
    await vi.waitFor(() => expect(failures).toEqual(['screening.rebuild']), WAIT);
    // A hundred looks later, with the clock standing still, no second rebuild has started.
    const seen = looks;
    await vi.waitFor(() => expect(looks).toBeGreaterThan(seen + 100), WAIT);
    expect(failures).toHaveLength(1);
    // Past the pause, the watch tries again.
    now += 2_500;
    await vi.waitFor(() => expect(failures).toHaveLength(2), WAIT);
    await sql`alter table watchlist_entry_gone rename to watchlist_entry`.execute(t.db.kysely);
  });
});
