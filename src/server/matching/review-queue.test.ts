// The review queues through the API: each says how many hits or links wait in a state, beyond those it
// lists; a reviewed one names who reviewed it; and a second supervisor reviewing what the first just
// reviewed is told what the first decided, who and when, not just that it cannot be done.
import { describe, expect, it } from 'vitest';
import { as, demoUser, eachTestApp, sendAs } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { duplicateLink as link } from '../../../test/support/links';
import { registrationOf } from '../../../test/support/registrations';
import { importWatchlist, LISTED_ALONE_CSV, LISTED_AS_READ } from '../../../test/support/watchlists';
import { insertLinks } from '../../store/matching';
import { insertRegistration } from '../../store/people';
import { crossingAt, postEvents } from '../crossings/test-post-events';

type Hit = { id: string; status: string; reviewedBy: string | null };
type Link = { id: string; status: string; reviewedBy: string | null; reviewedAt: string | null };

describe.each(DIALECTS)('the review queues on %s', (dialect) => {
  const ctx = eachTestApp(dialect, ['officer', 'supervisor', 'admin']);
  const send = sendAs(ctx);
  const supervisorName = demoUser('supervisor').displayName;

  // The listed person crosses twice at Santa Rosa: two hits to review.
  const arrangeHits = async () => {
    await importWatchlist(ctx.app, ctx.admin, LISTED_ALONE_CSV);
    for (const at of ['2025-11-27T14:00:00Z', '2025-11-27T14:30:00Z'])
      await postEvents(ctx.app, as(ctx.officer), [crossingAt(at, LISTED_AS_READ)]);
  };
  const openHits = async (limit = 50) => {
    const response = await send(ctx.supervisor, 'GET', `/api/screening/hits?status=open&limit=${limit}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ hits: Hit[]; total: number }>();
  };
  const arrangeLinks = async (count: number) => {
    for (let n = 1; n <= count + 1; n++)
      await insertRegistration(ctx.t.db.kysely, registrationOf(n, 'Maria', 'Cruz'));
    await insertLinks(
      ctx.t.db.kysely,
      Array.from({ length: count }, (_, i) => link(i + 1, i + 1, i + 2)),
    );
  };

  it('says how many links wait, beyond the ones a page lists', async () => {
    const before = await send(ctx.supervisor, 'GET', '/api/duplicates?status=candidate');
    const waiting = before.json<{ total: number }>().total;
    await arrangeLinks(3);
    const page = await send(ctx.supervisor, 'GET', '/api/duplicates?status=candidate&limit=2');
    expect(page.statusCode, page.body).toBe(200);
    const { links, total } = page.json<{ links: Link[]; total: number }>();
    expect(links).toHaveLength(2);
    expect(total).toBe(waiting + 3);
    const merged = await send(ctx.supervisor, 'GET', '/api/duplicates?status=merged&limit=2');
    expect(merged.json()).toMatchObject({ links: [], total: 0 });
  });

  it('says how many hits wait, and names who reviewed one', async () => {
    await arrangeHits();
    const { hits, total } = await openHits(1);
    expect(hits).toHaveLength(1);
    expect(total).toBe(2);
    const [hit] = hits;
    if (hit === undefined) throw new Error('no hit to review');
    expect(hit.reviewedBy).toBeNull();

    const reviewed = await send(ctx.supervisor, 'POST', `/api/screening/hits/${hit.id}/review`, {
      decision: 'dismissed',
      note: 'Fecha de nacimiento distinta',
    });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect(reviewed.json()).toMatchObject({ status: 'dismissed', reviewedBy: supervisorName });
    expect((await openHits()).total).toBe(1);
    const dismissed = await send(ctx.supervisor, 'GET', '/api/screening/hits?status=dismissed');
    expect(dismissed.json()).toMatchObject({
      hits: [{ id: hit.id, reviewedBy: supervisorName }],
      total: 1,
    });
  });

  it.each([
    ['no reason', {}],
    ['a blank reason', { note: '   ' }],
  ])('refuses to dismiss a hit with %s: a 400 problem, and the hit stays open', async (_case, reason) => {
    await arrangeHits();
    const [hit] = (await openHits()).hits;
    if (hit === undefined) throw new Error('no hit to review');
    const refused = await send(ctx.supervisor, 'POST', `/api/screening/hits/${hit.id}/review`, {
      decision: 'dismissed',
      ...reason,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({
      code: 'validation',
      errors: [{ path: 'body.note', message: 'a dismissal needs a reason' }],
    });
    expect((await openHits()).hits.map((h) => h.id)).toContain(hit.id);
  });

  it('keeps the reason of a dismissal in the audit log; a confirmation needs none', async () => {
    await arrangeHits();
    const [first, second] = (await openHits()).hits;
    if (first === undefined || second === undefined) throw new Error('no hits to review');
    const dismissed = await send(ctx.supervisor, 'POST', `/api/screening/hits/${first.id}/review`, {
      decision: 'dismissed',
      note: '  Otra fecha de nacimiento y otro documento  ',
    });
    expect(dismissed.statusCode, dismissed.body).toBe(200);
    expect(dismissed.json()).toMatchObject({ reviewNote: 'Otra fecha de nacimiento y otro documento' });
    const confirmed = await send(ctx.supervisor, 'POST', `/api/screening/hits/${second.id}/review`, {
      decision: 'confirmed',
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const audited = await ctx.t.db.kysely
      .selectFrom('audit_entry')
      .select(['action', 'entity_id', 'detail'])
      .where('action', 'in', ['screening.dismissed', 'screening.confirmed'])
      .orderBy('seq')
      .execute();
    expect(audited.map((a) => [a.action, a.entity_id, JSON.parse(a.detail).note])).toEqual([
      ['screening.dismissed', first.id, 'Otra fecha de nacimiento y otro documento'],
      ['screening.confirmed', second.id, null],
    ]);
  });

  it('tells a second reviewer of a hit what the first decided, who and when', async () => {
    await arrangeHits();
    const [hit] = (await openHits()).hits;
    if (hit === undefined) throw new Error('no hit to review');
    const first = await send(ctx.supervisor, 'POST', `/api/screening/hits/${hit.id}/review`, {
      decision: 'dismissed',
      note: 'Fecha de nacimiento distinta',
    });
    expect(first.statusCode, first.body).toBe(200);
    // The second reviewer read the hit before the first review: another tab, or a colleague.
    const again = await send(ctx.supervisor, 'POST', `/api/screening/hits/${hit.id}/review`, {
      decision: 'confirmed',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'screening.already-reviewed',
      reviewed: {
        outcome: 'dismissed',
        by: supervisorName,
        at: first.json<{ reviewedAt: string }>().reviewedAt,
      },
    });
  });

  it('tells a second reviewer of a link what it is now, who made it so and when', async () => {
    await arrangeLinks(1);
    const id = link(1, 1, 2).id;
    const first = await send(ctx.supervisor, 'POST', `/api/duplicates/${id}/review`, {
      decision: 'merge',
      reason: 'Mismo pasaporte',
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ status: 'merged', reviewedBy: supervisorName });
    const again = await send(ctx.supervisor, 'POST', `/api/duplicates/${id}/review`, {
      decision: 'reject',
      reason: 'Otra fecha de nacimiento',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'duplicate.invalid-transition',
      reviewed: { outcome: 'merged', by: supervisorName, at: first.json<Link>().reviewedAt },
    });
  });
});
