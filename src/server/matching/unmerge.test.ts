// Undoing merges through the API: a merge that found its records already one person moved no one, and
// undoing it answers like any other unmerge.
import { describe, expect, it } from 'vitest';
import { eachTestApp, sendAs } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { duplicateLink as link } from '../../../test/support/links';
import { registrationOf } from '../../../test/support/registrations';
import { insertLinks } from '../../store/matching';
import { insertRegistration } from '../../store/people';

describe.each(DIALECTS)('undoing duplicate merges on %s', (dialect) => {
  const ctx = eachTestApp(dialect, ['supervisor']);
  const send = sendAs(ctx);
  const review = (linkNo: number, decision: string) =>
    send(ctx.supervisor, 'POST', `/api/duplicates/${link(linkNo, 0, 0).id}/review`, {
      decision,
      reason: 'Mismo documento',
    });
  const arrange = async (
    people: readonly number[],
    links: readonly (readonly [number, number, number])[],
  ) => {
    for (const n of people) await insertRegistration(ctx.t.db.kysely, registrationOf(n, 'Maria', 'Cruz'));
    await insertLinks(
      ctx.t.db.kysely,
      links.map(([n, a, b]) => link(n, a, b)),
    );
  };

  it('undoes a merge that moved no one, as the records were one person already', async () => {
    await arrange(
      [1, 2, 3],
      [
        [1, 1, 2],
        [2, 2, 3],
        [3, 1, 3],
      ],
    );
    for (const n of [1, 2, 3]) expect((await review(n, 'merge')).statusCode).toBe(200);
    const undone = await review(3, 'unmerge');
    expect(undone.statusCode, undone.body).toBe(200);
    expect(undone.json()).toMatchObject({ status: 'unmerged' });
  });
});
