// Events through the API on both databases: a batch applies each event on its own, a resend is a
// duplicate, bad events are refused one by one with their codes while the good ones land, a screening
// hit holds a crossing until a supervisor decides, and the figures equal the recount.
import { describe, expect, it } from 'vitest';
import { as, demoUser, eachTestApp, type Login, login } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { importWatchlist, LISTED_ALONE_CSV, LISTED_AS_READ } from '../../../test/support/watchlists';
import { verifyAuditChain } from '../../store/audit';
import { crossingAt, postEvents } from './test-post-events';

const LUIS = {
  givenNames: 'Luis Alberto',
  surname1: 'Rodríguez',
  sex: 'M',
  birthDate: '1988-07-02',
  nationality: 'VEN',
};
const crossing = (over: Record<string, unknown> = {}) => crossingAt('2025-11-27T14:00:00Z', LUIS, over);

describe.each(DIALECTS)('the events API on %s', (dialect) => {
  const ctx = eachTestApp(dialect, ['officer', 'supervisor']);

  const send = (who: Login, events: unknown[]) => postEvents(ctx.app, as(who), events);
  const counts = async (query: string) => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/counts?${query}`,
      headers: as(ctx.supervisor),
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{
      rows: { dims: Record<string, string>; crossed: number; refused: number; held: number }[];
    }>().rows;
  };

  it('applies a crossing and a tally once, answers a resend as a duplicate, and counts them', async () => {
    const events = [
      crossing(),
      {
        kind: 'tally',
        id: crypto.randomUUID(),
        at: '2025-11-27T09:05:00-05:00',
        checkpoint: 'PE-SANTA-ROSA',
        direction: 'entry',
        category: 'girl',
        nationality: 'VEN',
        count: 3,
      },
    ];
    expect((await send(ctx.officer, events)).map((o) => o.status)).toEqual(['applied', 'applied']);
    expect((await send(ctx.officer, events)).map((o) => o.status)).toEqual(['duplicate', 'duplicate']);
    const rows = await counts('from=2025-11-27&to=2025-11-27&by=hour,source,sex');
    expect(rows).toEqual([
      { dims: { hour: '09', source: 'registered', sex: 'M' }, crossed: 1, refused: 0, held: 0 },
      { dims: { hour: '09', source: 'tallied', sex: 'F' }, crossed: 3, refused: 0, held: 0 },
    ]);
    expect(await counts('from=2025-11-27&to=2025-11-27&by=hour,source,sex&recount=true')).toEqual(rows);
  });

  it('shows the booth the earlier registration a new crossing may be, for each person of a batch', async () => {
    const first = crossing();
    await send(ctx.officer, [first]);
    const again = crossing({ at: '2025-11-27T14:30:00Z' });
    const stranger = crossing({
      person: { givenNames: 'Wilmer', surname1: 'Tovar', birthDate: '1971-01-09' },
    });
    const [same, other] = await send(ctx.officer, [again, stranger]);
    const candidates = (same as { candidates?: { registrationId: string }[] }).candidates ?? [];
    expect(candidates.map((c) => c.registrationId)).toContain(first.id);
    expect((other as { candidates?: unknown[] }).candidates).toEqual([]);
  });

  it('refuses bad events one by one with their codes and applies the good ones of the same batch', async () => {
    const good = crossing();
    const outcomes = await send(ctx.officer, [
      crossing({ decision: 'refused' }),
      good,
      crossing({ person: { givenNames: 'Ana', surname1: 'Paz', birthDate: '1990-02-31' } }),
      crossing({ person: { givenNames: 'Ana', surname1: 'Paz', nationality: 'XYZ' } }),
      {
        kind: 'tally',
        id: crypto.randomUUID(),
        at: '2025-11-27T14:00:00Z',
        checkpoint: 'PE-SANTA-ROSA',
        direction: 'exit',
        category: 'man',
        count: 0,
      },
      crossing({ checkpoint: 'CL-CHACALLUTA', booth: undefined }),
      // The test's clock is 15:00 UTC: a device running 4 minutes ahead is believed, one an hour not.
      crossing({ at: '2025-11-27T16:00:00Z' }),
      crossing({ at: '2025-11-27T15:04:00Z' }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual([
      'problem',
      'applied',
      'problem',
      'problem',
      'problem',
      'problem',
      'problem',
      'applied',
    ]);
    expect(outcomes.map((o) => o.problem?.errors[0]?.code ?? o.problem?.code ?? null)).toEqual([
      'refusal.ground-required',
      null,
      'date.nonexistent',
      'country.unknown',
      'tally.count-range',
      'event.checkpoint-not-assigned',
      'event.in-future',
      null,
    ]);
    expect(outcomes[6]?.problem?.errors[0]?.path).toBe('at');
    const [row] = await counts('from=2025-11-27&to=2025-11-27&by=');
    expect(row).toMatchObject({ crossed: 2 });
  });

  it('refuses a correction that sets a field its event does not have, which changed nothing', async () => {
    const tally = {
      kind: 'tally',
      id: crypto.randomUUID(),
      at: '2025-11-27T14:00:00Z',
      checkpoint: 'PE-SANTA-ROSA',
      direction: 'entry',
      category: 'man',
      count: 40,
    };
    const registered = crossing();
    const fix = (corrects: string, set: object) => ({
      kind: 'correction',
      id: crypto.randomUUID(),
      at: '2025-11-27T14:10:00Z',
      checkpoint: 'PE-SANTA-ROSA',
      corrects,
      set,
    });
    await send(ctx.officer, [tally, registered]);
    const outcomes = await send(ctx.officer, [
      fix(tally.id, { decision: 'refused', refusalGround: 'public-order' }),
      fix(registered.id, { nationality: 'COL' }),
      fix(tally.id, { count: 39 }),
    ]);
    expect(outcomes.map((o) => o.problem?.code ?? o.status)).toEqual([
      'correction.field-kind',
      'correction.field-kind',
      'applied',
    ]);
  });

  it('holds a listed person until a supervisor has reviewed the hit and decides, and only a supervisor may', async () => {
    const admin = await login(ctx.app, 'admin');
    await importWatchlist(ctx.app, admin, LISTED_ALONE_CSV);
    const listed = crossing({ person: LISTED_AS_READ });
    const [outcome] = await send(ctx.officer, [listed]);
    expect(outcome).toMatchObject({ status: 'applied', screening: 'hold' });
    expect(JSON.stringify(outcome)).not.toMatch(/UN-001|Lista de prueba/);
    // The booth did not hear that answer and sends the crossing again: it is told of the hold again.
    const [resent] = await send(ctx.officer, [listed]);
    expect(resent).toMatchObject({ status: 'duplicate', screening: 'hold' });
    expect(JSON.stringify(resent)).not.toMatch(/UN-001|Lista de prueba/);
    expect(await counts('from=2025-11-27&to=2025-11-27&by=decision')).toEqual([
      { dims: { decision: 'held' }, crossed: 0, refused: 0, held: 1 },
    ]);

    const resolve = (id: string) => ({
      kind: 'correction',
      id,
      at: '2025-11-27T15:03:00Z',
      checkpoint: 'PE-SANTA-ROSA',
      corrects: listed.id,
      set: { decision: 'admitted', note: 'Otra persona: fecha de nacimiento distinta' },
    });
    const [byOfficer] = await send(ctx.officer, [resolve(crypto.randomUUID())]);
    expect(byOfficer?.problem?.code).toBe('correction.held');
    // Not through while nobody has looked at the hit: the supervisor reviews it first.
    const [unreviewed] = await send(ctx.supervisor, [resolve(crypto.randomUUID())]);
    expect(unreviewed?.problem?.code).toBe('correction.unreviewed-hit');
    expect(await counts('from=2025-11-27&to=2025-11-27&by=decision')).toEqual([
      { dims: { decision: 'held' }, crossed: 0, refused: 0, held: 1 },
    ]);
    // The supervisor's view of the checkpoint says why the person waits: a match nobody reviewed yet.
    const heldWhy = async () => {
      const view = await ctx.app.inject({
        method: 'GET',
        url: '/api/crossings/overview?checkpoint=PE-SANTA-ROSA',
        headers: as(ctx.supervisor),
      });
      const held = view.json<{ held: { eventId: string; why: Record<string, unknown> }[] }>().held;
      return held.find((h) => h.eventId === listed.id)?.why;
    };
    // The officer admitted the person: the hold is screening's, with no reason of the officer's.
    expect(await heldWhy()).toMatchObject({
      screening: true,
      screeningReview: null,
      officerReason: null,
      correction: null,
    });
    const open = await ctx.app.inject({
      method: 'GET',
      url: '/api/screening/hits?status=open',
      headers: as(ctx.supervisor),
    });
    const [hit] = open.json<{ hits: { id: string }[] }>().hits;
    const reviewed = await ctx.app.inject({
      method: 'POST',
      url: `/api/screening/hits/${hit?.id}/review`,
      headers: as(ctx.supervisor),
      payload: { decision: 'dismissed', note: 'Fecha de nacimiento distinta' },
    });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    // Reviewed, the match still says why the person waits: who dismissed it, and when.
    expect(await heldWhy()).toMatchObject({
      screening: false,
      screeningReview: {
        outcome: 'dismissed',
        by: demoUser('supervisor').displayName,
        at: expect.any(String),
        note: 'Fecha de nacimiento distinta',
      },
      officerReason: null,
      correction: null,
    });
    expect((await send(ctx.supervisor, [resolve(crypto.randomUUID())]))[0]?.status).toBe('applied');
    expect(await counts('from=2025-11-27&to=2025-11-27&by=decision')).toEqual([
      { dims: { decision: 'admitted' }, crossed: 1, refused: 0, held: 0 },
    ]);
    // The audit log says what the supervisor decided for whom, and why, not only the correction's id.
    const entry = await ctx.t.db.kysely
      .selectFrom('audit_entry')
      .select(['action', 'detail'])
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry.action).toBe('events.record');
    expect(JSON.parse(entry.detail ?? '{}').corrected).toEqual({
      [listed.id]: { decision: 'admitted', note: 'Otra persona: fecha de nacimiento distinta' },
    });
  });

  it('answers requests that arrive together each with its own outcomes, and audits each of them', async () => {
    const sent = Array.from({ length: 24 }, (_, i) =>
      crossing({ person: { givenNames: `Persona ${i}`, surname1: 'Concurrente', birthDate: '1990' } }),
    );
    // One of them repeats an id already used by another with other content: only it is refused.
    const clash = { ...crossing(), id: sent[0]?.id };
    const answers = await Promise.all(
      [...sent, clash].map((event, i) =>
        ctx.app.inject({
          method: 'POST',
          url: '/api/events',
          headers: as(i % 2 === 0 ? ctx.officer : ctx.supervisor),
          payload: { events: [event] },
        }),
      ),
    );
    const statuses = answers.map((a) => a.json<{ outcomes: { status: string }[] }>().outcomes[0]?.status);
    // Whichever of the two with one id came first is applied; the other is refused, never both kept.
    expect(statuses.slice(1, 24)).toEqual(Array(23).fill('applied'));
    expect([statuses[0], statuses[24]].sort()).toEqual(['applied', 'problem']);
    const audit = await ctx.t.db.kysely
      .selectFrom('audit_entry')
      .select(['actor_username', 'detail'])
      .where('action', '=', 'events.record')
      .execute();
    expect(audit).toHaveLength(25);
    expect(new Set(audit.map((a) => a.actor_username))).toEqual(new Set(['oficial.santarosa', 'supervisor']));
    const stored = await ctx.t.db.kysely
      .selectFrom('crossing_event')
      .select(['id', 'recorded_by'])
      .where('kind', '=', 'crossing')
      .execute();
    expect(stored).toHaveLength(24);
    // Each event is recorded for the user who sent it, though they shared a transaction.
    const recordedBy = new Map(stored.map((r) => [r.id, r.recorded_by]));
    for (const [i, event] of sent.entries()) {
      expect(recordedBy.get(event.id)).toBe(i % 2 === 0 ? ctx.officer.userId : ctx.supervisor.userId);
    }
    const verified = await verifyAuditChain(ctx.t.db.kysely);
    expect(verified.ok).toBe(true);
  });

  it('registers again a person whose batch was sent five times at once (was a 500 for good)', async () => {
    const batch = Array.from({ length: 6 }, (_, i) =>
      crossing({
        person: { givenNames: `Reenvío ${i}`, surname1: 'Simultáneo', birthDate: `1991-05-0${i + 1}` },
      }),
    );
    const answers = await Promise.all(Array.from({ length: 5 }, () => send(ctx.officer, batch)));
    const statuses = answers.flat().map((o) => o.status);
    expect(statuses.filter((s) => s === 'applied')).toHaveLength(6);
    expect(statuses.filter((s) => s === 'duplicate')).toHaveLength(24);
    // The same people cross again: the earlier registration each may be is one that is stored.
    const again = batch.map((e) => crossing({ person: e.person, at: '2025-11-27T14:40:00Z' }));
    const outcomes = await send(ctx.officer, again);
    expect(outcomes.map((o) => o.status)).toEqual(Array(6).fill('applied'));
    const stored = new Set(
      (await ctx.t.db.kysely.selectFrom('person').select('id').execute()).map((r) => r.id),
    );
    for (const o of outcomes) {
      for (const c of (o as { candidates?: { personId: string }[] }).candidates ?? []) {
        expect(stored.has(c.personId)).toBe(true);
      }
    }
  });

  it.each([
    ['an empty batch', { events: [] }],
    ['no events field', { items: [] }],
    ['events that is not a list', { events: 'x' }],
  ])('answers %s with a 400 problem', async (_name, payload) => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/events',
      headers: as(ctx.officer),
      payload,
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it.each([
    ['an unknown dimension', 'from=2025-11-27&to=2025-11-27&by=colour'],
    ['a date that is not one', 'from=2025-11-31&to=2025-12-01'],
    ['dates the wrong way round', 'from=2025-11-28&to=2025-11-27'],
    ['no dates', 'by=date'],
  ])('answers counts with %s with a 400 problem', async (_name, query) => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/counts?${query}`,
      headers: as(ctx.supervisor),
    });
    expect(response.statusCode, response.body).toBe(400);
  });
});
