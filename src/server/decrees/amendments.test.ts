// Amending a decree of a chain of extensions, through the API on both databases: an amendment that
// would leave a decree extending it with a gap before it, starting no later than it or ending no later
// is refused with the extension rule's code, naming the extension, and the decree stays in force.
import { describe, expect, it } from 'vitest';
import { as, eachTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';

// Santa Rosa a year after the demo decree: recorded on the test's day (27 November 2025).
const content = (over: Record<string, unknown> = {}) => ({
  number: 'D.S. N.° 200-2026-PCM',
  title: 'Declaran el estado de emergencia en la frontera de Tacna',
  issuedOn: '2025-11-27',
  publishedOn: null,
  legalBasis: 'Constitución Política del Perú, art. 137, num. 1',
  startsOn: '2026-12-01',
  endsOn: '2027-01-29',
  checkpoints: ['PE-SANTA-ROSA'],
  ...over,
});
const EXTENSION = { number: 'D.S. N.° 0XX-2027-PCM', startsOn: '2027-01-30', endsOn: '2027-03-30' };
const SECOND = { number: 'D.S. N.° 0YY-2027-PCM', startsOn: '2027-03-31', endsOn: '2027-05-29' };

type Refusal = {
  code: string;
  detail: string;
  errors: { path: string; code: string; other?: { id: string; number: string } }[];
};

describe.each(DIALECTS)('amending a decree that is extended, on %s', (dialect) => {
  const ctx = eachTestApp(dialect, ['supervisor']);
  const post = (url: string, payload: object) =>
    ctx.app.inject({ method: 'POST', url, headers: as(ctx.supervisor), payload });
  const inForce = async (at: string) =>
    (
      await ctx.app.inject({
        method: 'GET',
        url: `/api/decrees/in-force?checkpoint=PE-SANTA-ROSA&at=${at}`,
        headers: as(ctx.supervisor),
      })
    ).json<{ decree: { number: string } | null }>().decree;

  /** A declaration and its extension (and, asked for, the extension's own), each answered 201. */
  async function chain(links: readonly Record<string, string>[]): Promise<string[]> {
    const ids: string[] = [];
    for (const over of [{}, ...links]) {
      const id = crypto.randomUUID();
      const last = ids.at(-1);
      const url = last === undefined ? '/api/decrees' : `/api/decrees/${last}/extensions`;
      const created = await post(url, { id, ...content(over) });
      expect(created.statusCode, created.body).toBe(201);
      ids.push(id);
    }
    return ids;
  }
  const amend = (id: string, over: Record<string, unknown>) =>
    post(`/api/decrees/${id}/amendments`, { reason: 'Fe de erratas', content: content(over) });

  it.each([
    [
      'to end early, leaving a gap before its extension',
      { endsOn: '2027-01-10' },
      'decree.extension-gap',
      'endsOn',
    ],
    ['to end on its extension’s last day', { endsOn: '2027-03-30' }, 'decree.extension-end', 'endsOn'],
    [
      'to start on its extension’s first day',
      { startsOn: '2027-01-30', endsOn: '2027-02-15' },
      'decree.extension-start',
      'startsOn',
    ],
  ])('refuses a declaration amended %s, naming the extension', async (_case, over, code, path) => {
    const [declared, extension] = await chain([EXTENSION]);
    const refused = await amend(declared ?? '', over);
    expect(refused.statusCode).toBe(400);
    const problem = refused.json<Refusal>();
    expect(problem.code).toBe('decree.invalid');
    expect(problem.errors).toEqual([
      expect.objectContaining({
        path: `body.${path}`,
        code,
        other: { id: extension, number: EXTENSION.number },
      }),
    ]);
    expect(problem.detail).toContain(EXTENSION.number);
    // Nothing changed: the declaration is still in force up to its extension.
    expect(await inForce('2027-01-15T12:00:00Z')).toMatchObject({ number: 'D.S. N.° 200-2026-PCM' });
  });

  it('takes an amendment that leaves the extension following the declaration', async () => {
    const [declared] = await chain([EXTENSION]);
    const amended = await amend(declared ?? '', { endsOn: '2027-02-10' });
    expect(amended.statusCode, amended.body).toBe(200);
  });

  it('checks an amended extension against the decree it extends and the one extending it', async () => {
    const [, extension] = await chain([EXTENSION, SECOND]);
    const gapBefore = await amend(extension ?? '', { ...EXTENSION, startsOn: '2027-02-05' });
    expect(gapBefore.json<Refusal>().errors.map((e) => [e.path, e.code])).toEqual([
      ['body.startsOn', 'decree.extension-gap'],
    ]);
    const gapAfter = await amend(extension ?? '', { ...EXTENSION, endsOn: '2027-03-01' });
    expect(gapAfter.json<Refusal>().errors).toEqual([
      expect.objectContaining({
        path: 'body.endsOn',
        code: 'decree.extension-gap',
        other: expect.objectContaining({ number: SECOND.number }),
      }),
    ]);
    expect(await inForce('2027-03-15T12:00:00Z')).toMatchObject({ number: EXTENSION.number });
  });
});
