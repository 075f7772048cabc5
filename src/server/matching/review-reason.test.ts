// A review that decides who is counted as whom says why: merging two records, rejecting a link (they
// are two people) and undoing a merge are refused without a reason, with a 400 problem and the link
// left as it was; the reason given is kept in the audit entry and shown with the link afterwards.
import { describe, expect, it } from 'vitest';
import { eachTestApp, sendAs } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { duplicateLink as link } from '../../../test/support/links';
import { registrationOf } from '../../../test/support/registrations';
import { insertLinks } from '../../store/matching';
import { insertRegistration } from '../../store/people';

type Link = { id: string; status: string; reviewReason: string | null };

describe.each(DIALECTS)('the reason of a duplicate review on %s', (dialect) => {
  const ctx = eachTestApp(dialect, ['supervisor']);
  const send = sendAs(ctx);
  const id = link(1, 1, 2).id;
  const review = (body: Record<string, unknown>) =>
    send(ctx.supervisor, 'POST', `/api/duplicates/${id}/review`, body);
  const listed = async (status: string) =>
    (await send(ctx.supervisor, 'GET', `/api/duplicates?status=${status}`)).json<{ links: Link[] }>().links;
  const audited = async () =>
    (
      await ctx.t.db.kysely
        .selectFrom('audit_entry')
        .select(['action', 'entity_id', 'detail'])
        .where('action', 'like', 'duplicates.%')
        .where('action', '!=', 'duplicates.list')
        .orderBy('seq')
        .execute()
    ).map((a) => [a.action, a.entity_id, JSON.parse(a.detail).reason]);

  const arrange = async () => {
    for (const n of [1, 2]) await insertRegistration(ctx.t.db.kysely, registrationOf(n, 'Maria', 'Cruz'));
    await insertLinks(ctx.t.db.kysely, [link(1, 1, 2)]);
  };

  it.each([
    ['reject', 'no reason', {}],
    ['reject', 'a blank reason', { reason: '  \n ' }],
    ['merge', 'no reason', {}],
    ['merge', 'a blank reason', { reason: ' ' }],
  ])(
    'refuses to %s a link with %s: a 400 problem, and the link stays a candidate',
    async (decision, _, given) => {
      await arrange();
      const refused = await review({ decision, ...given });
      expect(refused.statusCode).toBe(400);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json()).toMatchObject({
        code: 'validation',
        errors: [{ path: 'body.reason', message: 'this review needs a reason' }],
      });
      expect((await listed('candidate')).map((l) => l.id)).toEqual([id]);
      expect(await audited()).toEqual([]);
    },
  );

  it('refuses a reason longer than 500 characters', async () => {
    await arrange();
    const refused = await review({ decision: 'reject', reason: 'x'.repeat(501) });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'validation', errors: [{ path: 'body.reason' }] });
  });

  it('keeps the reason of a rejection, trimmed, in the audit entry and with the link', async () => {
    await arrange();
    const rejected = await review({ decision: 'reject', reason: '  Otra fecha de nacimiento y otro DNI  ' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      reviewReason: 'Otra fecha de nacimiento y otro DNI',
    });
    expect(await listed('rejected')).toMatchObject([
      { id, reviewReason: 'Otra fecha de nacimiento y otro DNI' },
    ]);
    expect(await audited()).toEqual([['duplicates.reject', id, 'Otra fecha de nacimiento y otro DNI']]);
  });

  it('asks a reason to undo a merge too, and shows the reason of the last review', async () => {
    await arrange();
    expect((await review({ decision: 'merge', reason: 'Mismo pasaporte' })).statusCode).toBe(200);
    expect(await listed('merged')).toMatchObject([{ id, reviewReason: 'Mismo pasaporte' }]);
    const refused = await review({ decision: 'unmerge' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'validation', errors: [{ path: 'body.reason' }] });
    expect((await listed('merged')).map((l) => l.id)).toEqual([id]);

    const undone = await review({ decision: 'unmerge', reason: 'Eran hermanas gemelas' });
    expect(undone.statusCode, undone.body).toBe(200);
    expect(undone.json()).toMatchObject({ status: 'unmerged', reviewReason: 'Eran hermanas gemelas' });
    // A confirmation needs none: the link then shows no reason, not the one of the undone merge.
    const confirmed = await review({ decision: 'confirm' });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ status: 'confirmed', reviewReason: null });
    expect(await audited()).toEqual([
      ['duplicates.merge', id, 'Mismo pasaporte'],
      ['duplicates.unmerge', id, 'Eran hermanas gemelas'],
      ['duplicates.confirm', id, null],
    ]);
  });
});
