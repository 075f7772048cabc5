// The care API on both databases: a family checked in through the API moves the occupancy, bad input
// gets problems, humanitarian users see names but never enforcement data, analysts only figures.
import { beforeAll, describe, expect, it } from 'vitest';
import { as, type Login, suiteTestApp } from '../../../test/support/app';
import { type CarePeople, makeCarePeople } from '../../../test/support/care-people';
import { DIALECTS } from '../../../test/support/databases';
import { transitCrossing } from '../../../test/support/transit-crossings';
import type { EventInput } from '../../domain/crossings';
import { applyEvents, loadPlaces } from '../../store/crossings';
import { DEMO_SHELTERS, DEMO_USERS } from '../../store/demo';

const SHELTER = DEMO_SHELTERS[1]?.id ?? '';

describe.each(DIALECTS)('the care API on %s', (dialect) => {
  const ctx = suiteTestApp(dialect, ['humanitarian', 'analyst']);
  let people: CarePeople;
  beforeAll(async () => {
    people = await makeCarePeople(ctx.t.db.kysely);
  });

  const post = (who: Login, url: string, payload: object) =>
    ctx.app.inject({ method: 'POST', url, headers: as(who), payload });
  const get = (who: Login, url: string) => ctx.app.inject({ method: 'GET', url, headers: as(who) });

  it('checks a family in and counts it, equal to the recount', async () => {
    const family = people.families[0] ?? [];
    const response = await post(ctx.humanitarian, '/api/care/check-ins', {
      id: crypto.randomUUID(),
      shelterId: SHELTER,
      bedKind: 'family',
      personIds: family,
    });
    expect(response.statusCode, response.body).toBe(200);
    const figures = async (query: string) =>
      (await get(ctx.analyst, `/api/care/shelters${query}`))
        .json<{ shelters: { id: string; occupied: { family: number } }[] }>()
        .shelters.find((s) => s.id === SHELTER)?.occupied;
    expect((await figures(''))?.family).toBe(family.length);
    expect(await figures('?recount=true')).toEqual(await figures(''));
  });

  it.each([
    [
      'a check-in without consent',
      '/api/care/check-ins',
      (p: CarePeople) => ({ shelterId: SHELTER, bedKind: 'general', personIds: [p.refusing] }),
      409,
      'care.no-consent',
    ],
    [
      'a check-in of part of a family',
      '/api/care/check-ins',
      (p: CarePeople) => ({ shelterId: SHELTER, bedKind: 'family', personIds: [p.families[1]?.[0]] }),
      409,
      'care.family-split',
    ],
    [
      'a check-in over the beds',
      '/api/care/check-ins',
      (p: CarePeople) => ({ shelterId: SHELTER, bedKind: 'general', personIds: p.singles, allowSplit: true }),
      409,
      'care.over-capacity',
    ],
    [
      'a check-out of someone not checked in',
      '/api/care/check-outs',
      (p: CarePeople) => ({ personIds: [p.singles[0]] }),
      409,
      'care.not-checked-in',
    ],
    [
      'a distribution below zero',
      '/api/care/movements',
      () => ({ kind: 'distribution', item: 'medicine', quantity: 5, placeId: SHELTER }),
      409,
      'care.stock-negative',
    ],
    [
      'a transfer with nowhere to go',
      '/api/care/movements',
      () => ({ kind: 'transfer', item: 'water', quantity: 5, placeId: SHELTER }),
      400,
      'validation',
    ],
    [
      'a request that skips to received',
      '/api/care/request-transitions',
      () => ({ requestId: '00000000-0000-4000-8000-000000000000', to: 'received' }),
      400,
      'care.unknown-request',
    ],
  ])('answers %s with a problem', async (_what, url, body, status, code) => {
    const response = await post(ctx.humanitarian, url, { id: crypto.randomUUID(), ...body(people) });
    expect(response.statusCode, response.body).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json<{ code: string }>().code).toBe(code);
  });

  it('names the people in care to humanitarian users, never their crossing decision or screening', async () => {
    const single = people.singles[1] ?? '';
    await post(ctx.humanitarian, '/api/care/check-ins', {
      id: crypto.randomUUID(),
      shelterId: SHELTER,
      bedKind: 'women',
      personIds: [single],
    });
    const detail = await get(ctx.humanitarian, `/api/care/shelters/${SHELTER}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json<{ residents: { personId: string }[] }>().residents.map((r) => r.personId)).toContain(
      single,
    );
    const candidates = await get(ctx.humanitarian, '/api/care/candidates?q=Cuidado');
    for (const body of [detail.body, candidates.body]) {
      expect(body).not.toMatch(/decision|refus|watchlist|screening|hold|admitted|Coincidencia/i);
    }
    // The person refused on watchlist grounds did consent: care finds them, and says nothing of why.
    expect(candidates.json<{ people: { personId: string }[] }>().people.map((p) => p.personId)).toContain(
      people.refused,
    );
  });

  it('finds a person by name whatever accents and case the carer types', async () => {
    const event = transitCrossing(crypto.randomUUID(), '2025-11-27T15:00:00Z', {
      givenNames: 'MARÍA JOSÉ',
      surname1: 'Cáceres',
      surname2: 'NÚÑEZ',
      sex: 'F',
      birthDate: '1991-02-03',
      nationality: 'VEN',
    }) as EventInput;
    const [outcome] = await applyEvents(ctx.t.db.kysely, [event], {
      places: await loadPlaces(ctx.t.db.kysely),
      recordedBy: DEMO_USERS[0]?.id ?? null,
      now: '2025-11-27T15:30:00.000Z',
      newId: () => crypto.randomUUID(),
      mayResolveHolds: true,
    });
    const personId = outcome?.status === 'applied' ? outcome.personId : '';
    expect(personId).not.toBe('');
    for (const q of ['Cáceres', 'caceres', 'CACERES', 'maría josé', 'maria jose', 'nunez cáceres']) {
      const found = await get(ctx.humanitarian, `/api/care/candidates?q=${encodeURIComponent(q)}`);
      expect(found.statusCode, found.body).toBe(200);
      expect(
        found.json<{ people: { personId: string }[] }>().people.map((p) => p.personId),
        q,
      ).toContain(personId);
    }
  });

  it('finds people who consented behind many namesakes who did not, and says when more match', async () => {
    const zapata = (given: string, day: number, consent: boolean) =>
      transitCrossing(
        crypto.randomUUID(),
        '2025-11-27T16:00:00Z',
        {
          givenNames: given,
          surname1: 'Zapata',
          sex: 'F',
          birthDate: `1990-${String(1 + Math.floor(day / 28)).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')}`,
          nationality: 'VEN',
        },
        { consent },
      ) as EventInput;
    // 70 who did not consent sort first (Ana before Zoe); 22 who consented come after them.
    const events = [
      ...Array.from({ length: 70 }, (_, i) => zapata('Ana', i, false)),
      ...Array.from({ length: 22 }, (_, i) => zapata('Zoe', 100 + i, true)),
    ];
    const outcomes = await applyEvents(ctx.t.db.kysely, events, {
      places: await loadPlaces(ctx.t.db.kysely),
      recordedBy: DEMO_USERS[0]?.id ?? null,
      now: '2025-11-27T16:30:00.000Z',
      newId: () => crypto.randomUUID(),
      mayResolveHolds: true,
    });
    expect(outcomes.every((o) => o.status === 'applied')).toBe(true);
    const found = await get(ctx.humanitarian, '/api/care/candidates?q=zapata');
    expect(found.statusCode, found.body).toBe(200);
    const reply = found.json<{ people: { givenNames: string; birthYear: number }[]; more: boolean }>();
    expect(reply.people).toHaveLength(20);
    expect(new Set(reply.people.map((p) => p.givenNames))).toEqual(new Set(['Zoe']));
    expect(reply.people.every((p) => p.birthYear === 1990)).toBe(true);
    expect(reply.more).toBe(true);
    // The 22 Zoe Zapata are still more than one answer gives; a name nobody else has says nothing more.
    const narrow = await get(ctx.humanitarian, '/api/care/candidates?q=zoe%20zapata');
    expect(narrow.json<{ people: unknown[]; more: boolean }>()).toMatchObject({ more: true });
    const one = await get(ctx.humanitarian, '/api/care/candidates?q=Cuidado');
    expect(one.json<{ more: boolean }>().more).toBe(false);
  });

  it('keeps a child travelling alone out of adult beds unless the carer gives a reason', async () => {
    // A 4-year-old crossing with no one: the booth opens an "unaccompanied minor" referral.
    const event = transitCrossing(crypto.randomUUID(), '2025-11-27T17:00:00Z', {
      givenNames: 'Maria',
      surname1: 'Solita',
      sex: 'F',
      birthDate: '2021-06-01',
      nationality: 'VEN',
    }) as EventInput;
    const [outcome] = await applyEvents(ctx.t.db.kysely, [event], {
      places: await loadPlaces(ctx.t.db.kysely),
      recordedBy: DEMO_USERS[0]?.id ?? null,
      now: '2025-11-27T17:30:00.000Z',
      newId: () => crypto.randomUUID(),
      mayResolveHolds: true,
    });
    const child = (outcome?.status === 'applied' ? outcome.personId : undefined) ?? '';
    const found = await get(ctx.humanitarian, '/api/care/candidates?q=solita');
    expect(found.json<{ people: { personId: string; childAlone: boolean }[] }>().people).toEqual([
      expect.objectContaining({ personId: child, childAlone: true }),
    ]);
    const adults = await get(ctx.humanitarian, '/api/care/candidates?q=Cuidado');
    expect(adults.json<{ people: { childAlone: boolean }[] }>().people.some((p) => p.childAlone)).toBe(false);

    const beds = { family: 20, women: 10, children: 10, general: 10 };
    expect((await post(ctx.humanitarian, '/api/care/beds', { shelterId: SHELTER, beds })).statusCode).toBe(
      200,
    );
    const checkIn = (extra: object) =>
      post(ctx.humanitarian, '/api/care/check-ins', {
        id: crypto.randomUUID(),
        shelterId: SHELTER,
        bedKind: 'general',
        personIds: [child],
        ...extra,
      });
    const refused = await checkIn({});
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({ code: 'care.child-alone', ids: [child] });
    expect((await checkIn({ childPlacementReason: '   ' })).statusCode).toBe(400);

    const reason = 'Con su tía, que la recoge mañana';
    const placed = await checkIn({ childPlacementReason: reason });
    expect(placed.statusCode, placed.body).toBe(200);
    const audit = await ctx.t.db.kysely
      .selectFrom('audit_entry')
      .select('detail')
      .where('action', '=', 'care.check-in')
      .execute();
    expect(audit.map((a) => String(a.detail)).filter((d) => d.includes(child))).toEqual([
      expect.stringContaining(reason),
    ]);
  });

  it('gives analysts the figures and no names', async () => {
    const detail = await get(ctx.analyst, `/api/care/shelters/${SHELTER}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json<{ residents: unknown }>().residents).toBeNull();
    expect((await get(ctx.analyst, '/api/care/candidates?q=Cuidado')).statusCode).toBe(403);
    expect(
      (
        await post(ctx.analyst, '/api/care/needs', {
          id: crypto.randomUUID(),
          shelterId: SHELTER,
          categories: ['water'],
          text: 'Agua',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('moves a request through its states, each by whom and when', async () => {
    const id = crypto.randomUUID();
    expect(
      (
        await post(ctx.humanitarian, '/api/care/requests', {
          id,
          placeId: SHELTER,
          item: 'blanket',
          quantity: 15,
        })
      ).statusCode,
    ).toBe(200);
    for (const to of ['committed', 'sent', 'received']) {
      const r = await post(ctx.humanitarian, '/api/care/request-transitions', {
        id: crypto.randomUUID(),
        requestId: id,
        to,
      });
      expect(r.statusCode, r.body).toBe(200);
    }
    const back = await post(ctx.humanitarian, '/api/care/request-transitions', {
      id: crypto.randomUUID(),
      requestId: id,
      to: 'sent',
    });
    expect(back.json<{ code: string }>().code).toBe('care.request-transition');
    const list = (await get(ctx.analyst, '/api/care/requests')).json<{
      requests: { id: string; status: string; history: { to: string; by: string }[] }[];
    }>();
    const request = list.requests.find((r) => r.id === id);
    expect(request?.status).toBe('received');
    expect(request?.history.map((h) => [h.to, h.by])).toEqual([
      ['requested', 'Enlace humanitario'],
      ['committed', 'Enlace humanitario'],
      ['sent', 'Enlace humanitario'],
      ['received', 'Enlace humanitario'],
    ]);
    const stock = (await get(ctx.analyst, '/api/care/stock')).json<{ levels: unknown[] }>();
    const recount = (await get(ctx.analyst, '/api/care/stock?recount=true')).json<{ levels: unknown[] }>();
    expect(stock.levels).toEqual(recount.levels);
  });
});
