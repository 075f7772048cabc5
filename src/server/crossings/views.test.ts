// The crossings' read views through the API on both databases: open tallies for the booth, the
// supervisor's view of a checkpoint, and the protection referrals queue with its close action, on the
// events of test/support/crossing-views.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { as, demoUser, type Login, suiteTestApp } from '../../../test/support/app';
import {
  ago,
  HELD,
  id,
  insertFixtures,
  REFERRAL,
  TALLY_A,
  TALLY_B,
  TALLY_EXIT,
} from '../../../test/support/crossing-views';
import { DIALECTS } from '../../../test/support/databases';
import { SANTA_ROSA_ID } from '../../store/demo';
import { postEvents } from './test-post-events';

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

  it('reads a checkpoint code in any case, as every read does', async () => {
    const lower = await get(ctx.officer, '/api/tallies/open?checkpoint=pe-santa-rosa');
    const upper = await get(ctx.officer, '/api/tallies/open?checkpoint=PE-SANTA-ROSA');
    expect(lower.statusCode, lower.body).toBe(200);
    expect(lower.json()).toEqual(upper.json());
  });

  it.each([
    ['no checkpoint', '/api/tallies/open'],
    ['a code with a space', '/api/tallies/open?checkpoint=pe%20santa-rosa'],
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
        // The fixture's crossing names no document and says nothing of how the person was known.
        document: null,
        identityBasis: null,
        // Held by the officer against the policy's "admit", with their reason; no watchlist match.
        why: {
          screening: false,
          screeningReview: null,
          officerReason: 'Documentos dudosos, consultar al supervisor',
          correction: null,
          policyReferred: false,
          legalBasis: null,
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
    const listed = closed.json<{ referrals: { id: string; closedBy: string | null }[] }>().referrals;
    expect(listed.map((r) => r.id)).toEqual([REFERRAL]);
    // Who closed it, by the name their account shows.
    const closer = await ctx.t.db.kysely
      .selectFrom('app_user')
      .select('display_name')
      .where('id', '=', ctx.humanitarian.userId)
      .executeTakeFirstOrThrow();
    expect(listed[0]?.closedBy).toBe(closer.display_name);
  });

  it('gives a hold made by a correction that correction’s reason, not the officer’s reason to admit', async () => {
    const admitted = {
      kind: 'crossing',
      id: id(50),
      at: ago(20),
      checkpoint: 'PE-SANTA-ROSA',
      booth: 'SR-02',
      direction: 'entry',
      decision: 'admitted',
      person: {
        givenNames: 'Mateo',
        surname1: 'Mendoza',
        sex: 'M',
        birthDate: '1985-05-01',
        nationality: 'VEN',
      },
      recommendation: 'refuse',
      overrideReason: 'Partidas de nacimiento vistas',
    };
    const held = {
      kind: 'correction',
      id: id(51),
      at: ago(19),
      checkpoint: 'PE-SANTA-ROSA',
      booth: 'SR-02',
      offline: true,
      corrects: id(50),
      set: { decision: 'held', note: 'Falta acreditar filiación' },
    };
    const outcomes = await postEvents(ctx.app, as(ctx.officer), [admitted, held]);
    expect(outcomes.map((o) => o.status)).toEqual(['applied', 'applied']);
    const response = await get(ctx.supervisor, '/api/crossings/overview?checkpoint=PE-SANTA-ROSA');
    const view = response.json<{ held: { eventId: string; why: unknown }[] }>();
    expect(view.held.find((h) => h.eventId === id(50))?.why).toEqual({
      screening: false,
      screeningReview: null,
      officerReason: null,
      correction: {
        at: ago(19),
        by: demoUser('officer').displayName,
        offline: true,
        reason: 'Falta acreditar filiación',
      },
      policyReferred: false,
      legalBasis: null,
    });
  });

  it('shows the supervisor the document a held person presented, or how they were known without one', async () => {
    const heldCrossing = (n: number, fields: Record<string, unknown>) => ({
      kind: 'crossing',
      id: id(n),
      at: ago(18),
      checkpoint: 'PE-SANTA-ROSA',
      booth: 'SR-02',
      direction: 'entry',
      decision: 'held',
      person: {
        givenNames: 'Rosa',
        surname1: 'Mamani',
        sex: 'F',
        birthDate: '1979-08-15',
        nationality: 'BOL',
      },
      ...fields,
    });
    const outcomes = await postEvents(ctx.app, as(ctx.officer), [
      heldCrossing(60, {
        identityBasis: 'document',
        document: { type: 'P', number: 'B4821977', issuingState: 'BOL', expiryDate: '2024-03-01' },
      }),
      heldCrossing(61, { identityBasis: 'family-member' }),
      // The document as a correction set it is the one the supervisor sees.
      {
        kind: 'correction',
        id: id(62),
        at: ago(17),
        checkpoint: 'PE-SANTA-ROSA',
        booth: 'SR-02',
        corrects: id(60),
        set: { document: { type: 'P', number: 'B4821978', issuingState: 'BOL' } },
      },
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['applied', 'applied', 'applied']);
    const response = await get(ctx.supervisor, '/api/crossings/overview?checkpoint=PE-SANTA-ROSA');
    const held = response.json<{ held: { eventId: string }[] }>().held;
    const of = (n: number) => held.find((h) => h.eventId === id(n));
    expect(of(60)).toMatchObject({
      document: { type: 'P', number: 'B4821978', issuingState: 'BOL', expiryDate: null },
      identityBasis: 'document',
    });
    expect(of(61)).toMatchObject({ document: null, identityBasis: 'family-member' });
    // An officer's held case from the fixtures says neither: the view says so, it does not guess.
    expect(of(6)).toMatchObject({ document: null, identityBasis: null });
  });

  it('keeps held people and their documents from the humanitarian side', async () => {
    const overview = await get(ctx.humanitarian, '/api/crossings/overview?checkpoint=PE-SANTA-ROSA');
    expect(overview.statusCode).toBe(403);
    const referrals = await get(ctx.humanitarian, '/api/referrals?status=closed');
    expect(referrals.statusCode, referrals.body).toBe(200);
    expect(referrals.body).not.toMatch(/document|identityBasis|B482197/);
  });
});
