import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { applyContextOf } from '../../test/support/apply-context';
import { DIALECTS, eachTestDb } from '../../test/support/databases';
import { registrationOf } from '../../test/support/registrations';
import type { PasoEvent } from '../api/events';
import type { MatchExplanation, WatchlistEntry } from '../domain/matching';
import { applyEvents, recentTallies } from './crossings';
import { DEMO_USERS, SANTA_ROSA_ID, seedDemo } from './demo';
import { currentPolicy } from './documents';
import {
  findHit,
  findLink,
  findWatchEntries,
  insertHits,
  insertLinks,
  insertWatchlist,
  type LinkRecord,
  listHits,
  listLinks,
  mergePeople,
  setLinkStatus,
  streamActiveEntries,
  unmergePeople,
} from './matching';
import { findRegistration, insertRegistration } from './people';
import { StoredValueError } from './stored-json';

const NOW = '2025-11-27T15:00:00.000Z';
const ADMIN = DEMO_USERS[4]?.id ?? '';
const id = (prefix: string, n: number) => `${prefix}000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const EXPLANATION: MatchExplanation = {
  modelVersion: 'test',
  prior: -12.5,
  comparisons: [
    { comparison: 'surname', level: 'exact', weight: 6.1, tfAdjustment: -0.4, left: 'CRUZ', right: 'CRUZ' },
    { comparison: 'birthDate', level: 'missing', weight: 0, tfAdjustment: 0, left: '1990-04', right: '' },
  ],
  namesSwapped: false,
  weakName: true,
  totalWeight: 5.7,
  probability: 0.91,
};

const ENTRY: WatchlistEntry = {
  watchId: 'W1',
  names: [{ givenNames: 'Juan Carlos', surname1: 'Pérez', surname2: 'Soto' }, 'JUAN PEREZ'],
  weakNames: ['El Flaco'],
  sex: 'M',
  birthDates: [{ year: 1970 }, { year: 1971, month: 2, day: 3 }],
  nationalities: ['VEN'],
  documents: [{ type: 'passport', number: 'H0044232', text: 'No. H0044232 (Iraqi)' }],
};

// Each malformed value: not JSON at all, and JSON of the wrong shape.
const NOT_JSON = '{"watchId": ';

describe.each(DIALECTS)('JSON read back from the database on %s', (dialect) => {
  const t = eachTestDb(dialect, (db) => seedDemo(db.kysely, new Date(NOW)));

  const refusal = (table: string, column: string, path: RegExp) =>
    expect.objectContaining({
      name: 'StoredValueError',
      code: 'store.invalid-value',
      at: expect.objectContaining({ table, column }),
      message: expect.stringMatching(path),
    });

  async function storeEntry(): Promise<string> {
    const entryId = id('30', 1);
    await insertWatchlist(
      t.db.kysely,
      { id: id('40', 1), name: 'Lista', format: 'csv', importedBy: ADMIN, importedAt: NOW },
      [{ id: entryId, watchId: 'W1', entry: ENTRY }],
    );
    return entryId;
  }
  const setEntry = (entryId: string, text: string) =>
    t.db.kysely.updateTable('watchlist_entry').set({ entry: text }).where('id', '=', entryId).execute();
  const streamAll = async () => {
    const out = [];
    for await (const page of streamActiveEntries(t.db.kysely)) out.push(...page);
    return out;
  };

  it('reads a watchlist entry back equal, every field kept', async () => {
    const entryId = await storeEntry();
    expect((await streamAll()).map((e) => e.entry)).toEqual([ENTRY]);
    expect((await findWatchEntries(t.db.kysely, [entryId])).get(entryId)?.entry).toEqual(ENTRY);
  });

  it.each([
    ['not JSON', NOT_JSON, /is not what Paso stores there/],
    ['a name of the wrong type', JSON.stringify({ ...ENTRY, names: [42] }), /names\.0/],
    ['a date with month 13', JSON.stringify({ ...ENTRY, birthDates: [{ year: 1970, month: 13 }] }), /month/],
    ['no documents', JSON.stringify({ ...ENTRY, documents: undefined }), /documents/],
  ])('refuses a watchlist entry that is %s, when streamed and when found', async (_, text, path) => {
    const entryId = await storeEntry();
    await setEntry(entryId, text);
    await expect(streamAll()).rejects.toEqual(refusal('watchlist_entry', 'entry', path));
    await expect(findWatchEntries(t.db.kysely, [entryId])).rejects.toBeInstanceOf(StoredValueError);
  });

  async function storeHitAndLink() {
    await insertRegistration(t.db.kysely, registrationOf(1, 'Ana', 'Cruz1'));
    await insertRegistration(t.db.kysely, registrationOf(2, 'Ana', 'Cruz2'));
    const entryId = await storeEntry();
    await insertHits(t.db.kysely, [
      {
        id: id('50', 1),
        registrationId: id('10', 1),
        personId: id('00', 1),
        watchlistEntryId: entryId,
        score: 0.91,
        explanation: EXPLANATION,
        modelVersion: 'test',
        createdAt: NOW,
      },
    ]);
    const [link] = await insertLinks(t.db.kysely, [
      {
        id: id('20', 1),
        personId: id('00', 1),
        otherPersonId: id('00', 2),
        score: 0.91,
        explanation: EXPLANATION,
        modelVersion: 'test',
        source: 'batch',
        createdAt: NOW,
      },
    ]);
    if (!link) throw new Error('the link was not stored');
    return { hitId: id('50', 1), linkId: link.id };
  }

  it('reads explanations of hits and links back equal', async () => {
    const { hitId, linkId } = await storeHitAndLink();
    expect((await findHit(t.db.kysely, hitId))?.explanation).toEqual(EXPLANATION);
    expect((await findLink(t.db.kysely, linkId))?.explanation).toEqual(EXPLANATION);
  });

  it.each([
    ['not JSON', NOT_JSON, /is not what Paso stores there/],
    ['of another shape', JSON.stringify({ total: 12 }), /modelVersion/],
    [
      'naming an unknown comparison',
      JSON.stringify({ ...EXPLANATION, comparisons: [{ ...EXPLANATION.comparisons[0], comparison: 'x' }] }),
      /comparisons\.0\.comparison/,
    ],
  ])('refuses an explanation that is %s, in the hit and the link queues', async (_, text, path) => {
    const { hitId, linkId } = await storeHitAndLink();
    await t.db.kysely.updateTable('screening_hit').set({ explanation: text }).execute();
    await t.db.kysely.updateTable('duplicate_link').set({ explanation: text }).execute();
    await expect(findHit(t.db.kysely, hitId)).rejects.toEqual(refusal('screening_hit', 'explanation', path));
    await expect(listHits(t.db.kysely, 'open', 10)).rejects.toBeInstanceOf(StoredValueError);
    await expect(findLink(t.db.kysely, linkId)).rejects.toEqual(
      refusal('duplicate_link', 'explanation', path),
    );
    await expect(listLinks(t.db.kysely, ['candidate'], 10)).rejects.toBeInstanceOf(StoredValueError);
  });

  async function merge(): Promise<LinkRecord> {
    const { linkId } = await storeHitAndLink();
    const link = await findLink(t.db.kysely, linkId);
    if (!link) throw new Error('no link');
    const merged = await mergePeople(t.db.kysely, link);
    await setLinkStatus(t.db.kysely, linkId, 'merged', ADMIN, NOW, merged?.moved ?? null);
    return link;
  }

  it("reads back a merge's moved ids to undo it", async () => {
    const link = await merge();
    expect(await unmergePeople(t.db.kysely, link)).toEqual([id('00', 1)]);
  });

  it.each([
    ['not JSON', NOT_JSON, /is not what Paso stores there/],
    ['a list of numbers', '[1, 2]', /0: /],
  ])("refuses a merge's moved ids that are %s, and moves nobody", async (_, text, path) => {
    const link = await merge();
    await t.db.kysely.updateTable('duplicate_link').set({ merged_ids: text }).execute();
    await expect(unmergePeople(t.db.kysely, link)).rejects.toEqual(
      refusal('duplicate_link', 'merged_ids', path),
    );
    const person = await t.db.kysely
      .selectFrom('person')
      .select('merged_into')
      .where('id', '=', id('00', 1))
      .executeTakeFirst();
    expect(person?.merged_into).toBe(id('00', 2));
  });

  it.each([
    ['not JSON', NOT_JSON, /is not what Paso stores there/],
    ['not a list', '{"rules": []}', /policy\.shape/],
    ['a rule missing its fields', '[{"id": "r1"}]', /rules\[0\]\.description: policy\.field/],
  ])('refuses policy rules that are %s', async (_, text, path) => {
    const seeded = await currentPolicy(t.db.kysely);
    expect(seeded?.rules.length).toBeGreaterThan(0);
    await t.db.kysely.updateTable('document_policy').set({ rules: text }).execute();
    await expect(currentPolicy(t.db.kysely)).rejects.toEqual(refusal('document_policy', 'rules', path));
  });

  it("reads a registration's vulnerabilities back equal", async () => {
    await insertRegistration(t.db.kysely, registrationOf(1, 'Ana', 'Cruz1', ['pregnant', 'asylum-seeker']));
    expect((await findRegistration(t.db.kysely, id('10', 1)))?.vulnerabilities).toEqual([
      'pregnant',
      'asylum-seeker',
    ]);
  });

  it.each([
    ['not JSON', NOT_JSON, /is not what Paso stores there/],
    ['an unknown vulnerability', '["flying"]', /0: /],
    ['not a list', '"pregnant"', /\(the value\)/],
  ])("refuses a registration's vulnerabilities that are %s", async (_, text, path) => {
    await insertRegistration(t.db.kysely, registrationOf(1, 'Ana', 'Cruz1', ['pregnant']));
    await t.db.kysely.updateTable('booth_registration').set({ vulnerabilities: text }).execute();
    await expect(findRegistration(t.db.kysely, id('10', 1))).rejects.toEqual(
      refusal('registration', 'vulnerabilities', path),
    );
  });

  const crossing = (): PasoEvent =>
    ({
      kind: 'crossing',
      id: id('e0', 1),
      at: '2025-11-27T14:10:00Z',
      checkpoint: 'PE-SANTA-ROSA',
      direction: 'entry',
      decision: 'admitted',
      person: { givenNames: 'Ana', surname1: 'Pérez', sex: 'F', birthDate: '1990-05-01', nationality: 'VEN' },
    }) as PasoEvent;
  const tally = (): PasoEvent => ({
    kind: 'tally',
    id: id('e0', 3),
    at: '2025-11-27T14:20:00Z',
    checkpoint: 'PE-SANTA-ROSA',
    direction: 'entry',
    category: 'boy',
    count: 2,
  });
  const voiding = (n: number): PasoEvent =>
    ({
      kind: 'correction',
      id: id('e0', n),
      at: '2025-11-27T16:00:00Z',
      checkpoint: 'PE-SANTA-ROSA',
      corrects: id('e0', 1),
      void: true,
    }) as PasoEvent;
  const apply = async (events: readonly PasoEvent[]) => {
    const ctx = await applyContextOf(t.db.kysely, NOW);
    return t.db.kysely.transaction().execute((tx) => applyEvents(tx, events, ctx));
  };

  it('corrects an event whose stored body is an object', async () => {
    await apply([crossing()]);
    expect(await apply([voiding(2)])).toMatchObject([{ status: 'applied' }]);
  });

  // Events are append-only in the database; a damaged file or restore is what lifts that here.
  async function damageEvent(text: string): Promise<void> {
    await sql
      .raw(
        dialect === 'sqlite'
          ? 'DROP TRIGGER crossing_event_as_received'
          : 'ALTER TABLE crossing_event DISABLE TRIGGER crossing_event_no_change',
      )
      .execute(t.db.kysely);
    await t.db.kysely
      .updateTable('crossing_event')
      .set({ body: text })
      .where('id', '=', id('e0', 1))
      .execute();
  }

  it.each([
    ['not JSON', NOT_JSON, /is not what Paso stores there/],
    ['an array', '[1, 2]', /expected an object/],
    ['null', 'null', /expected an object/],
  ])('refuses to correct or show an event whose stored body is %s', async (_, text, path) => {
    await apply([crossing(), tally()]);
    await damageEvent(text);
    await expect(apply([voiding(2)])).rejects.toEqual(refusal('crossing_event', 'body', path));
    await t.db.kysely
      .updateTable('crossing_event')
      .set({ body: text })
      .where('id', '=', id('e0', 3))
      .execute();
    await expect(
      recentTallies(t.db.kysely, SANTA_ROSA_ID, '2025-11-27T00:00:00Z', undefined),
    ).rejects.toEqual(refusal('crossing_event', 'body', path));
  });

  it('shows the tallies whose stored bodies are objects', async () => {
    await apply([tally()]);
    const tallies = await recentTallies(t.db.kysely, SANTA_ROSA_ID, '2025-11-27T00:00:00Z', undefined);
    expect(tallies.map((r) => r.fields)).toMatchObject([{ category: 'boy', count: 2 }]);
  });
});
