// The candidate index's catch-up with the people another server registered and corrected (decisions
// 0003, 0020, 0022): on PostgreSQL each person and each correction is read once, when its transaction
// commits, however late that is and whatever the other server's clock said; a SQLite file has one
// server, and the catch-up reads nothing.
import type { KyselyPlugin } from 'kysely';
import { describe, expect, it } from 'vitest';
import { applyContextOf } from '../../../test/support/apply-context';
import { DIALECTS } from '../../../test/support/databases';
import { heldOpen } from '../../../test/support/held-transaction';
import { eachMatchingDb } from '../../../test/support/matching';
import { registrationOf } from '../../../test/support/registrations';
import type { PasoEvent } from '../../api/events';
import type { MatchablePerson } from '../../domain/matching';
import { applyEvents } from '../../store/crossings';
import type { Executor } from '../../store/executor';
import { insertRegistration } from '../../store/people';

const NOW = '2025-11-27T15:00:00.000Z';
const PEOPLE = [
  ['Yohana Carolina', 'Briceño'],
  ['Wilmer Antonio', 'Pernía'],
  ['Maryelis', 'Contreras'],
  ['Jhonny Rafael', 'Salazar'],
] as const;

// Person n of PEOPLE as another server registers them (n from 1), at `at` by that server's clock.
const register = (db: Executor, n: number, at = NOW) => {
  const [givenNames, surname1] = PEOPLE[n - 1] ?? ['', ''];
  const r = registrationOf(n, givenNames, surname1);
  return insertRegistration(db, { ...r, registration: { ...r.registration, receivedAt: at } });
};
const idOf = (n: number) => registrationOf(n, '', '').person.id;
// Person n as a booth asks about them, or someone of these names.
const asked = (n: number, names: readonly [string, string] = PEOPLE[n - 1] ?? ['', '']): MatchablePerson => {
  const [givenNames, surname1] = names;
  return {
    id: crypto.randomUUID(),
    givenNames,
    surname1,
    sex: 'F',
    birthDate: { year: 1990, month: 4 },
    nationality: 'VEN',
  };
};

describe.each(DIALECTS)('the candidate index’s catch-up on %s', (dialect) => {
  const { t, start } = eachMatchingDb(dialect, NOW);
  // The catch-up runs at most once a second by the service's clock: the test moves it.
  let now = Date.parse(NOW);
  const clock = () => now;
  // How many person rows the reads made through `counted` brought back.
  let read = 0;
  const counting: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      read += args.result.rows.filter(
        (r) => typeof r === 'object' && r !== null && 'given_names' in r,
      ).length;
      return args.result;
    },
  };
  const shared = dialect === 'postgres';

  // Before, every look read again each person created in the five minutes before the newest seen:
  // here 1, 2, 3 and 3 rows, nine in all, and thousands a second at a busy crossing.
  it('reads each person another server registered once, and nothing at a look with nobody new', async () => {
    now = Date.parse(NOW);
    read = 0;
    const service = await start({ clock });
    const counted = t.db.kysely.withPlugin(counting);
    for (const n of [1, 2, 3]) {
      await register(t.db.kysely, n);
      now += 1000;
      const found = (await service.candidates(counted, asked(n))).map((h) => h.id);
      if (shared) expect(found).toContain(idOf(n));
      else expect(found).not.toContain(idOf(n));
    }
    now += 1000;
    await service.candidates(counted, asked(1));
    expect(read).toBe(shared ? 3 : 0);
  });

  it.runIf(shared)(
    'finds a person whose transaction committed after later people were read, and one registered by a clock an hour behind',
    async () => {
      now = Date.parse(NOW);
      const service = await start({ clock });
      const db = t.db.kysely;
      const found = async (n: number) => (await service.candidates(db, asked(n))).map((h) => h.id);
      // Registered first, committed last.
      const late = await heldOpen(db, (tx) => register(tx, 1));
      await register(db, 2, '2025-11-27T15:00:01.000Z');
      now += 1000;
      expect(await found(2)).toContain(idOf(2));
      expect(await found(1)).not.toContain(idOf(1));
      late.commit();
      await late.done;
      now += 1000;
      expect(await found(1)).toContain(idOf(1));
      // Before, a person created more than five minutes before the newest one seen was never read.
      await register(db, 3, '2025-11-27T14:00:00.000Z');
      now += 1000;
      expect(await found(3)).toContain(idOf(3));
    },
  );

  // Before, corrections were read by the writer's clock, from five minutes before the latest one seen,
  // at every look: one made by a server whose clock was an hour behind was never read, and each of the
  // others was read again at every look for five minutes.
  it.runIf(shared)(
    'finds people as another server corrected them, by a clock an hour behind too, reading each correction once',
    async () => {
      now = Date.parse(NOW);
      read = 0;
      const service = await start({ clock });
      const counted = t.db.kysely.withPlugin(counting);
      const found = async (n: number, names?: readonly [string, string]) =>
        (await service.candidates(counted, asked(n, names))).map((h) => h.id);
      // Another server's booth, whose clock says `at`: crossings of people 3 and 4, then corrections.
      const crossingId = (n: number) => `c0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
      const personIds = new Map([3, 4].map((n) => [crossingId(n), idOf(n)]));
      const fromOther = (at: string, events: readonly object[]) =>
        t.db.kysely
          .transaction()
          .execute(async (tx) =>
            applyEvents(tx, events as PasoEvent[], { ...(await applyContextOf(tx, at)), personIds }),
          );
      const person = (names: readonly [string, string]) => ({
        givenNames: names[0],
        surname1: names[1],
        sex: 'F',
        birthDate: '1990-04',
        nationality: 'VEN',
      });
      const crossing = (n: number) => ({
        kind: 'crossing',
        id: crossingId(n),
        at: '2025-11-27T13:50:00Z',
        checkpoint: 'PE-SANTA-ROSA',
        direction: 'entry',
        decision: 'admitted',
        person: person(PEOPLE[n - 1] ?? ['', '']),
      });
      const renaming = (n: number, names: readonly [string, string]) => ({
        kind: 'correction',
        id: crypto.randomUUID(),
        at: '2025-11-27T13:55:00Z',
        checkpoint: 'PE-SANTA-ROSA',
        corrects: crossingId(n),
        set: { person: person(names) },
      });
      const RENAMED_3 = ['Yusmary Alejandra', 'Ibáñez'] as const;
      const RENAMED_4 = ['Keiber José', 'Urdaneta'] as const;

      await fromOther(NOW, [crossing(3), crossing(4)]);
      now += 1000;
      expect(await found(3)).toContain(idOf(3));
      await fromOther(NOW, [renaming(3, RENAMED_3)]);
      now += 1000;
      expect(await found(3, RENAMED_3)).toContain(idOf(3));
      expect(await found(3)).not.toContain(idOf(3));
      // An hour behind the correction read before.
      await fromOther('2025-11-27T14:00:00.000Z', [renaming(4, RENAMED_4)]);
      now += 1000;
      expect(await found(4, RENAMED_4)).toContain(idOf(4));
      now += 1000;
      await found(1);
      // Two people made, two corrections: each row read once.
      expect(read).toBe(4);
    },
  );
});
