// The crossings' read views through the API on both databases: open tallies for the booth, the
// supervisor's view of a checkpoint, and the protection referrals queue with its close action. The
// events are written straight into the tables, as the apply logic leaves them.
import { beforeAll, describe, expect, it } from 'vitest';
import { as, demoUser, type Login, suiteTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { SANTA_ROSA_ID } from '../../store/demo';
import type { Executor } from '../../store/executor';

// The test clock is 2025-11-27T15:00Z: 10:00 in Lima.
const NOW = Date.parse('2025-11-27T15:00:00Z');
const ago = (minutes: number) => new Date(NOW - minutes * 60_000).toISOString();
const SR_02 = '5a7a0000-0000-4000-8001-010000000002';
const SR_03 = '5a7a0000-0000-4000-8001-010000000003';

const id = (n: number) => `0c0a0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const TALLY_OLD = id(1);
const TALLY_A = id(2);
const TALLY_B = id(3);
const TALLY_VOIDED = id(4);
const TALLY_EXIT = id(5);
const HELD = id(6);
const CHILD = id(7);
const REFERRAL = id(8);

interface Fixture {
  readonly id: string;
  readonly kind: 'crossing' | 'tally';
  readonly at: string;
  readonly booth: string | null;
  readonly fields: Record<string, unknown>;
  readonly voided?: boolean;
  readonly decision?: string;
}

async function insertEvent(db: Executor, e: Fixture): Promise<void> {
  const counted = e.kind === 'tally' ? Number(e.fields.count) : e.decision === 'held' ? 0 : 1;
  await db
    .insertInto('crossing_event')
    .values({
      id: e.id,
      kind: e.kind,
      checkpoint_id: SANTA_ROSA_ID,
      booth_id: e.booth,
      at: e.at,
      corrects: null,
      body: JSON.stringify({ kind: e.kind, id: e.id, at: e.at, checkpoint: 'PE-SANTA-ROSA', ...e.fields }),
      body_hash: e.id,
      recorded_by: demoUser('officer').id,
      received_at: e.at,
      offline: 0,
      person_id: null,
      demo: 0,
    })
    .execute();
  await db
    .insertInto('event_state')
    .values({
      event_id: e.id,
      kind: e.kind,
      checkpoint_id: SANTA_ROSA_ID,
      at: e.at,
      fields: JSON.stringify(e.fields),
      voided: e.voided ? 1 : 0,
      decision: e.decision ?? null,
      direction: String(e.fields.direction),
      cell: null,
      crossed: e.voided ? 0 : counted,
      refused: 0,
      held: e.decision === 'held' ? 1 : 0,
      corrections: e.voided ? 1 : 0,
      updated_at: e.at,
    })
    .execute();
}

const tally = (direction: string, category: string, nationality?: string) => ({
  direction,
  category,
  count: 1,
  ...(nationality === undefined ? {} : { nationality }),
});

async function insertFixtures(db: Executor): Promise<void> {
  const events: Fixture[] = [
    { id: TALLY_OLD, kind: 'tally', at: ago(30 * 60), booth: SR_02, fields: tally('entry', 'woman', 'VEN') },
    { id: TALLY_A, kind: 'tally', at: ago(90), booth: SR_02, fields: tally('entry', 'woman', 'VEN') },
    { id: TALLY_B, kind: 'tally', at: ago(20), booth: SR_03, fields: tally('entry', 'woman', 'VEN') },
    {
      id: TALLY_VOIDED,
      kind: 'tally',
      at: ago(10),
      booth: SR_02,
      fields: tally('entry', 'woman', 'VEN'),
      voided: true,
    },
    { id: TALLY_EXIT, kind: 'tally', at: ago(15), booth: SR_02, fields: tally('exit', 'man') },
    {
      id: HELD,
      kind: 'crossing',
      at: ago(45),
      booth: SR_02,
      decision: 'held',
      fields: {
        direction: 'entry',
        decision: 'held',
        person: {
          givenNames: 'Ana María',
          surname1: 'Quispe',
          sex: 'F',
          birthDate: '1990-04-02',
          nationality: 'PER',
        },
        recommendation: 'admit',
      },
    },
    {
      id: CHILD,
      kind: 'crossing',
      at: ago(30),
      booth: SR_03,
      decision: 'referred-protection',
      fields: {
        direction: 'entry',
        decision: 'referred-protection',
        person: {
          givenNames: 'Luis',
          surname1: 'Pérez',
          sex: 'M',
          birthDate: '2015-12-01',
          nationality: 'VEN',
        },
        recommendation: 'refer',
        policyRule: 'minor-alone',
      },
    },
  ];
  for (const e of events) await insertEvent(db, e);
  await db
    .insertInto('protection_referral')
    .values({
      id: REFERRAL,
      event_id: CHILD,
      checkpoint_id: SANTA_ROSA_ID,
      reason: 'unaccompanied-minor',
      status: 'open',
      created_at: ago(30),
      closed_at: null,
      closed_by: null,
      note: null,
    })
    .execute();
  const cell = { checkpoint: 'PE-SANTA-ROSA', date: '2025-11-27', hour: '09', nationality: 'VEN', sex: 'F' };
  const rest = { age_group: 'adult', age_band: '18-59', direction: 'entry' };
  await db
    .insertInto('crossing_count')
    .values([
      { ...cell, ...rest, source: 'registered', decision: 'admitted', crossed: 4, refused: 0, held: 0 },
      { ...cell, ...rest, source: 'registered', decision: 'held', crossed: 0, refused: 0, held: 1 },
      { ...cell, ...rest, source: 'tallied', decision: 'unknown', crossed: 3, refused: 0, held: 0 },
      {
        ...cell,
        ...rest,
        date: '2025-11-26',
        source: 'registered',
        decision: 'refused',
        crossed: 0,
        refused: 2,
        held: 0,
      },
    ])
    .execute();
}

describe.each(DIALECTS)('crossing views on %s', (dialect) => {
  const ctx = suiteTestApp(dialect, ['officer', 'supervisor', 'humanitarian', 'analyst']);
  beforeAll(async () => {
    await insertFixtures(ctx.t.db.kysely);
  });

  const get = (who: Login, url: string) => ctx.app.inject({ method: 'GET', url, headers: as(who) });
  const close = (who: Login, referral: string, payload: object) =>
    ctx.app.inject({ method: 'POST', url: `/api/referrals/${referral}/close`, headers: as(who), payload });
  const audited = async (action: string) =>
    ctx.t.db.kysely
      .selectFrom('audit_entry')
      .select(['entity_id', 'detail'])
      .where('action', '=', action)
      .execute();

  it('gives the booth the last day’s un-voided tallies that match, newest first', async () => {
    const response = await get(
      ctx.officer,
      '/api/tallies/open?checkpoint=PE-SANTA-ROSA&direction=entry&category=woman&nationality=VEN',
    );
    expect(response.statusCode, response.body).toBe(200);
    const { tallies } = response.json<{ tallies: { id: string; count: number; boothCode: string }[] }>();
    expect(tallies.map((t) => [t.id, t.count, t.boothCode])).toEqual([
      [TALLY_B, 1, 'SR-03'],
      [TALLY_A, 1, 'SR-02'],
    ]);
  });

  it('matches tallies made without a nationality as "unknown"', async () => {
    const response = await get(ctx.officer, '/api/tallies/open?checkpoint=PE-SANTA-ROSA&nationality=unknown');
    expect(response.json<{ tallies: { id: string }[] }>().tallies.map((t) => t.id)).toEqual([TALLY_EXIT]);
  });

  it.each([
    ['no checkpoint', '/api/tallies/open'],
    ['a lower-case code', '/api/tallies/open?checkpoint=pe-santa-rosa'],
    ['an unknown category', '/api/tallies/open?checkpoint=PE-SANTA-ROSA&category=elder'],
    ['an unknown country', '/api/tallies/open?checkpoint=PE-SANTA-ROSA&nationality=XYZ'],
    ['an unknown field', '/api/tallies/open?checkpoint=PE-SANTA-ROSA&limit=3'],
    ['zero hours', '/api/crossings/overview?checkpoint=PE-SANTA-ROSA&hours=0'],
    ['too many hours', '/api/crossings/overview?checkpoint=PE-SANTA-ROSA&hours=49'],
    ['no checkpoint for the overview', '/api/crossings/overview'],
    ['an unknown status', '/api/referrals?status=pending'],
  ])('refuses %s with a 400 problem', async (_case, url) => {
    const response = await get(ctx.supervisor, url);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('audits the overview only when it names people', async () => {
    const response = await get(ctx.supervisor, '/api/crossings/overview?checkpoint=CL-CHACALLUTA');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ held: [], referrals: [] });
    expect(await audited('crossings.overview')).toEqual([]);
  });

  it('refuses a checkpoint that does not exist', async () => {
    const response = await get(ctx.supervisor, '/api/crossings/overview?checkpoint=PE-NOWHERE');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'registration.unknown-place' });
  });

  it('keeps an officer to the checkpoints they work at', async () => {
    const response = await get(ctx.officer, '/api/tallies/open?checkpoint=CL-CHACALLUTA');
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'registration.checkpoint' });
  });

  it.each([
    ['an officer the overview', () => ctx.officer, '/api/crossings/overview?checkpoint=PE-SANTA-ROSA'],
    ['a humanitarian the open tallies', () => ctx.humanitarian, '/api/tallies/open?checkpoint=PE-SANTA-ROSA'],
    ['an analyst the referrals', () => ctx.analyst, '/api/referrals'],
  ])('forbids %s', async (_case, who, url) => {
    const response = await get(who(), url);
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('shows the supervisor booths, officers, hours, today’s decisions, held cases and referrals', async () => {
    const response = await get(ctx.supervisor, '/api/crossings/overview?checkpoint=PE-SANTA-ROSA&hours=12');
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json();
    expect(view.today).toBe('2025-11-27');
    expect(view.booths).toHaveLength(6);
    const sr02 = view.booths.find((b: { code: string }) => b.code === 'SR-02');
    expect(sr02.officers).toEqual([
      { id: demoUser('officer').id, displayName: demoUser('officer').displayName, lastEventAt: ago(10) },
    ]);
    expect(view.booths.find((b: { code: string }) => b.code === 'SR-01').officers).toEqual([]);
    // 08:30 and 09:15 Lima at SR-02 (the voided tally counts for nothing); 09:30 and 09:40 at SR-03.
    expect(view.hourly).toEqual([
      { boothCode: 'SR-02', date: '2025-11-27', hour: 8, registered: 0, tallied: 1, refused: 0, held: 0 },
      { boothCode: 'SR-02', date: '2025-11-27', hour: 9, registered: 0, tallied: 1, refused: 0, held: 1 },
      { boothCode: 'SR-03', date: '2025-11-27', hour: 9, registered: 1, tallied: 1, refused: 0, held: 0 },
    ]);
    expect(view.decisions).toEqual({
      admitted: 4,
      'admitted-transit': 0,
      'referred-protection': 0,
      refused: 0,
      held: 1,
      tallied: 3,
    });
    expect(view.held).toEqual([
      {
        eventId: HELD,
        at: ago(45),
        direction: 'entry',
        boothCode: 'SR-02',
        recordedBy: demoUser('officer').displayName,
        person: {
          givenNames: 'Ana María',
          surname1: 'Quispe',
          surname2: null,
          sex: 'F',
          birthDate: '1990-04-02',
          nationality: 'PER',
          age: 35,
        },
      },
    ]);
    expect(view.referrals.map((r: { id: string }) => r.id)).toEqual([REFERRAL]);
    const [entry] = await audited('crossings.overview');
    expect(entry?.entity_id).toBe(SANTA_ROSA_ID);
    expect(JSON.parse(entry?.detail ?? '{}')).toEqual({ held: [HELD], referrals: [REFERRAL] });
  });

  it('shows the referrals queue the child and nothing of screening or policy, and audits the read', async () => {
    const response = await get(ctx.humanitarian, '/api/referrals');
    expect(response.statusCode, response.body).toBe(200);
    const [referral] = response.json<{ referrals: Record<string, unknown>[] }>().referrals;
    expect(referral).toMatchObject({
      id: REFERRAL,
      status: 'open',
      reason: 'unaccompanied-minor',
      crossedAt: ago(30),
      boothCode: 'SR-03',
      checkpoint: { code: 'PE-SANTA-ROSA', timeZone: 'America/Lima' },
      person: { givenNames: 'Luis', surname1: 'Pérez', age: 9, sex: 'M', nationality: 'VEN' },
    });
    expect(response.body).not.toMatch(/recommendation|minor-alone|decision|screening|watch/i);
    expect((await audited('referrals.list')).length).toBeGreaterThan(0);
  });

  it.each([
    ['an empty note', REFERRAL, { note: '  ' }],
    ['no note', REFERRAL, {}],
    ['a note too long', REFERRAL, { note: 'x'.repeat(501) }],
    ['an id that is no UUID', 'not-a-uuid', { note: 'Acogido' }],
  ])('refuses to close a referral with %s', async (_case, referral, payload) => {
    const response = await close(ctx.humanitarian, referral, payload);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('lets only the humanitarian side close a referral', async () => {
    const response = await close(ctx.supervisor, REFERRAL, { note: 'Acogido' });
    expect(response.statusCode).toBe(403);
    expect((await close(ctx.humanitarian, id(99), { note: 'Acogido' })).statusCode).toBe(404);
  });

  it('closes a referral with a note, audited once, and moves it to the closed queue', async () => {
    const response = await close(ctx.humanitarian, REFERRAL, { note: 'Entregado a la DEMUNA de Tacna' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      id: REFERRAL,
      status: 'closed',
      note: 'Entregado a la DEMUNA de Tacna',
    });
    const again = await close(ctx.humanitarian, REFERRAL, { note: 'Otra nota' });
    expect(again.json()).toMatchObject({ status: 'closed', note: 'Entregado a la DEMUNA de Tacna' });
    const entries = await audited('referral.close');
    expect(entries.map((e) => e.entity_id)).toEqual([REFERRAL]);

    const open = await get(ctx.humanitarian, '/api/referrals');
    expect(open.json<{ referrals: unknown[] }>().referrals).toEqual([]);
    const closed = await get(ctx.supervisor, '/api/referrals?status=closed');
    expect(closed.json<{ referrals: { id: string }[] }>().referrals.map((r) => r.id)).toEqual([REFERRAL]);
  });
});

describe.each(DIALECTS)('the referrals queue on %s', (dialect) => {
  const ctx = suiteTestApp(dialect, ['supervisor']);
  const LATE_CHILD = id(20);
  const LATE_REFERRAL = id(21);
  beforeAll(async () => {
    const db = ctx.t.db.kysely;
    await insertFixtures(db);
    // A child who crossed two hours ago at a booth that was offline: the referral reached the server
    // only now, after the one of the child who crossed 30 minutes ago.
    const child = {
      givenNames: 'Rosa',
      surname1: 'Mora',
      sex: 'F',
      birthDate: '2016-03-01',
      nationality: 'VEN',
    };
    await insertEvent(db, {
      id: LATE_CHILD,
      kind: 'crossing',
      at: ago(120),
      booth: SR_03,
      decision: 'referred-protection',
      fields: { direction: 'entry', decision: 'referred-protection', person: child },
    });
    await db
      .insertInto('protection_referral')
      .values({
        id: LATE_REFERRAL,
        event_id: LATE_CHILD,
        checkpoint_id: SANTA_ROSA_ID,
        reason: 'unaccompanied-minor',
        status: 'open',
        created_at: ago(0),
        closed_at: null,
        closed_by: null,
        note: null,
      })
      .execute();
  });

  it('puts the child who has waited longest first, by arrival, not by when the booth sent it', async () => {
    const headers = as(ctx.supervisor);
    const queue = await ctx.app.inject({ method: 'GET', url: '/api/referrals', headers });
    expect(queue.json<{ referrals: { id: string }[] }>().referrals.map((r) => r.id)).toEqual([
      LATE_REFERRAL,
      REFERRAL,
    ]);
    const overview = await ctx.app.inject({
      method: 'GET',
      url: '/api/crossings/overview?checkpoint=PE-SANTA-ROSA',
      headers,
    });
    expect(overview.json<{ referrals: { id: string }[] }>().referrals.map((r) => r.id)).toEqual([
      LATE_REFERRAL,
      REFERRAL,
    ]);
  });
});
