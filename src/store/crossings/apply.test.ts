import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDemoDbToApply } from '../../../test/support/apply-context';
import { DIALECTS, type TestDb } from '../../../test/support/databases';
import type { PasoEvent } from '../../api/events';
import { type CorrectionOf, type CountableEvent, DIMENSIONS, recount, sumBy } from '../../domain/crossings';
import { DEMO_USERS } from '../demo';
import { type ApplyContext, applyEvents } from './apply';
import { countWaitingCorrections, readFigures, recountFigures } from './figures';

const NOW = '2025-11-27T15:00:00.000Z';
const SUPERVISOR = DEMO_USERS.find((u) => u.role === 'supervisor')?.id ?? '';
const ALL = DIMENSIONS;
const RANGE = { from: '2025-11-01', to: '2025-12-31' };

const ENVELOPE = ['kind', 'id', 'at', 'checkpoint', 'booth', 'offline'];
const countableOf = (e: PasoEvent): CountableEvent => ({
  id: e.id,
  kind: e.kind === 'tally' ? 'tally' : 'crossing',
  checkpoint: e.checkpoint,
  at: new Date(e.at).toISOString(),
  fields: Object.fromEntries(Object.entries(e).filter(([k]) => !ENVELOPE.includes(k))),
});
const correctionOf = (e: PasoEvent): CorrectionOf => {
  const c = e as { corrects: string; void?: true; set?: Record<string, unknown> };
  return {
    id: e.id,
    at: new Date(e.at).toISOString(),
    corrects: c.corrects,
    checkpoint: e.checkpoint,
    void: c.void === true,
    set: c.set ?? null,
  };
};

const uuid = (n: number) => `e0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function crossing(n: number, extra: Partial<Record<string, unknown>> = {}): PasoEvent {
  return {
    kind: 'crossing',
    id: uuid(n),
    at: '2025-11-27T14:10:00Z',
    checkpoint: 'PE-SANTA-ROSA',
    direction: 'entry',
    decision: 'admitted',
    person: { givenNames: 'Ana', surname1: 'Pérez', sex: 'F', birthDate: '1990-05-01', nationality: 'VEN' },
    ...extra,
  } as PasoEvent;
}

function tally(n: number, count = 1): PasoEvent {
  return {
    kind: 'tally',
    id: uuid(n),
    at: '2025-11-27T14:20:00-05:00',
    checkpoint: 'PE-SANTA-ROSA',
    direction: 'entry',
    category: 'boy',
    count,
  };
}

function correction(n: number, corrects: number, change: { void: true } | { set: Record<string, unknown> }) {
  return {
    kind: 'correction',
    id: uuid(n),
    at: '2025-11-27T16:00:00Z',
    checkpoint: 'PE-SANTA-ROSA',
    corrects: uuid(corrects),
    ...change,
  } as PasoEvent;
}

describe.each(DIALECTS)('crossing events on %s', (dialect) => {
  let t: TestDb;
  let ctx: ApplyContext;
  beforeEach(async () => {
    ({ t, ctx } = await openDemoDbToApply(dialect, NOW));
  });
  afterEach(async () => t.cleanup());

  const apply = (events: readonly PasoEvent[], over: Partial<ApplyContext> = {}) =>
    t.db.kysely.transaction().execute((tx) => applyEvents(tx, events, { ...ctx, ...over }));
  const totals = async () => {
    const [row] = await readFigures(t.db.kysely, { ...RANGE, by: [] });
    return row ?? { crossed: 0, refused: 0, held: 0 };
  };

  it('applies an event id once: the same content again is a duplicate, other content a conflict', async () => {
    expect(await apply([crossing(1)])).toMatchObject([{ status: 'applied' }]);
    expect(await apply([crossing(1)])).toMatchObject([{ status: 'duplicate' }]);
    expect(await apply([crossing(1, { decision: 'refused', refusalGround: 'other' })])).toMatchObject([
      { status: 'problem', code: 'event.conflict' },
    ]);
    expect(await totals()).toMatchObject({ crossed: 1, refused: 0 });
  });

  it('counts a tally by its count and takes it back when a correction voids it', async () => {
    await apply([tally(1, 3), tally(2)]);
    expect((await totals()).crossed).toBe(4);
    await apply([correction(3, 1, { void: true })]);
    expect((await totals()).crossed).toBe(1);
  });

  it('keeps a correction that arrives before its event and applies it when the event arrives', async () => {
    expect(
      await apply([correction(2, 1, { set: { decision: 'refused', refusalGround: 'other' } })]),
    ).toMatchObject([{ status: 'applied', waiting: true }]);
    expect(await countWaitingCorrections(t.db.kysely)).toBe(1);
    await apply([crossing(1)]);
    expect(await countWaitingCorrections(t.db.kysely)).toBe(0);
    expect(await totals()).toMatchObject({ crossed: 0, refused: 1 });
  });

  it('refuses a correction from another checkpoint than its event', async () => {
    await apply([crossing(1)]);
    const other = { ...correction(2, 1, { void: true }), checkpoint: 'CL-CHACALLUTA' } as PasoEvent;
    expect(await apply([other])).toMatchObject([{ status: 'problem', code: 'correction.checkpoint' }]);
  });

  it('refuses an event for a checkpoint the officer is not assigned to', async () => {
    const chile = { ...crossing(1), checkpoint: 'CL-CHACALLUTA' } as PasoEvent;
    const places = ctx.places.byCode.get('PE-SANTA-ROSA');
    expect(await apply([chile], { allowedCheckpoints: [places?.id ?? ''] })).toMatchObject([
      { status: 'problem', code: 'event.checkpoint-not-assigned' },
    ]);
  });

  it('lets only a supervisor change the decision of a held crossing, and only with a note', async () => {
    await apply([crossing(1, { decision: 'held' })]);
    const admit = correction(2, 1, { set: { decision: 'admitted', note: 'Identidad verificada' } });
    expect(await apply([admit], { mayResolveHolds: false })).toMatchObject([
      { status: 'problem', code: 'correction.held' },
    ]);
    const silent = correction(3, 1, { set: { decision: 'admitted' } });
    expect(await apply([silent])).toMatchObject([{ status: 'problem', code: 'correction.note-required' }]);
    expect(await totals()).toMatchObject({ crossed: 0, held: 1 });
    expect(await apply([admit])).toMatchObject([{ status: 'applied' }]);
    expect(await totals()).toMatchObject({ crossed: 1, held: 0 });
  });

  it('opens a protection referral for a child alone and for a child with an adult who is not a parent', async () => {
    const adult = crossing(1, { group: uuid(90), relationship: 'reference' });
    const nephew = crossing(2, {
      group: uuid(90),
      relationship: 'other-relative',
      travelsWith: uuid(1),
      person: { givenNames: 'Leo', surname1: 'Pérez', birthDate: '2015' },
    });
    const daughter = crossing(3, {
      group: uuid(90),
      relationship: 'child',
      travelsWith: uuid(1),
      person: { givenNames: 'Sofía', surname1: 'Pérez', birthDate: '2016-02' },
    });
    const alone = crossing(4, { person: { givenNames: 'Juan', surname1: 'Díaz', birthDate: '2010-01-01' } });
    const outcomes = await apply([adult, nephew, daughter, alone]);
    expect(outcomes.map((o) => (o.status === 'applied' ? (o.referral ?? null) : o.status))).toEqual([
      null,
      'separated-minor',
      null,
      'unaccompanied-minor',
    ]);
    const referrals = await t.db.kysely
      .selectFrom('protection_referral')
      .select(['event_id', 'reason'])
      .execute();
    expect(referrals).toHaveLength(2);
  });

  const referralsNow = () =>
    t.db.kysely
      .selectFrom('protection_referral')
      .select(['event_id', 'reason', 'status'])
      .orderBy('event_id')
      .execute();

  it('refers an adult to protection by the decision, on arrival or by a correction, once an event', async () => {
    const asylum = crossing(1, { decision: 'referred-protection' });
    const held = crossing(2, { decision: 'held' });
    expect(await apply([asylum, held])).toMatchObject([
      { status: 'applied', referral: 'referred-protection' },
      { status: 'applied' },
    ]);
    // The supervisor refers the held person: the correction opens their referral.
    await apply([correction(3, 2, { set: { decision: 'referred-protection', note: 'Pide refugio' } })]);
    // A decision changed away and back opens none again; the referral stays open for its caseworker.
    await apply([correction(4, 1, { set: { decision: 'admitted' } })]);
    await apply([correction(5, 1, { set: { decision: 'referred-protection' } })]);
    expect(await referralsNow()).toEqual([
      { event_id: uuid(1), reason: 'referred-protection', status: 'open' },
      { event_id: uuid(2), reason: 'referred-protection', status: 'open' },
    ]);
  });

  it("keeps a child's reason when the child is also referred by the decision", async () => {
    const alone = crossing(1, {
      decision: 'referred-protection',
      person: { givenNames: 'Juan', surname1: 'Díaz', birthDate: '2012-01-01' },
    });
    expect(await apply([alone])).toMatchObject([{ status: 'applied', referral: 'unaccompanied-minor' }]);
    expect(await referralsNow()).toEqual([
      { event_id: uuid(1), reason: 'unaccompanied-minor', status: 'open' },
    ]);
  });

  it('refers a person when a correction that came first gives the decision, and not a voided crossing', async () => {
    await apply([correction(3, 1, { set: { decision: 'referred-protection' } })]);
    expect(await referralsNow()).toEqual([]);
    await apply([crossing(1)]);
    await apply([correction(4, 2, { void: true }), crossing(2, { decision: 'referred-protection' })]);
    expect(await referralsNow()).toEqual([
      { event_id: uuid(1), reason: 'referred-protection', status: 'open' },
    ]);
  });

  it('refuses a child linked to an adult younger than them', async () => {
    const young = crossing(1, { person: { givenNames: 'Ana', surname1: 'Díaz', birthDate: '2012' } });
    const child = crossing(2, {
      travelsWith: uuid(1),
      person: { givenNames: 'Eva', surname1: 'Díaz', birthDate: '2010' },
    });
    expect(await apply([young, child])).toMatchObject([
      { status: 'applied' },
      { status: 'problem', code: 'group.companion-younger' },
    ]);
  });

  // Random streams: events, duplicates, corrections before or after their targets, in any order and
  // in batches of any size. The maintained figures must equal the recount, whatever happened.
  it('keeps the maintained figures equal to the recount for any stream of events', async () => {
    const zones = new Map([...ctx.places.byCode.values()].map((p) => [p.code, p.timeZone]));
    const arbEvent = (n: number) =>
      fc
        .oneof(
          fc.record({
            kind: fc.constant('crossing' as const),
            decision: fc.constantFrom(
              'admitted',
              'admitted-transit',
              'referred-protection',
              'held',
              'refused',
            ),
            checkpoint: fc.constantFrom('PE-SANTA-ROSA', 'CL-CHACALLUTA'),
            minute: fc.integer({ min: 0, max: 4 * 24 * 60 }),
            birth: fc.option(fc.constantFrom('1950', '1990-05', '2012-03-04', '2020'), { nil: undefined }),
            sex: fc.option(fc.constantFrom('M', 'F', 'X'), { nil: undefined }),
          }),
          fc.record({
            kind: fc.constant('tally' as const),
            checkpoint: fc.constantFrom('PE-SANTA-ROSA', 'CL-CHACALLUTA'),
            minute: fc.integer({ min: 0, max: 4 * 24 * 60 }),
            category: fc.constantFrom('man', 'woman', 'boy', 'girl', 'unknown'),
            count: fc.integer({ min: 1, max: 5 }),
          }),
        )
        .map((e): PasoEvent => {
          const at = new Date(Date.parse('2025-11-25T00:00:00Z') + e.minute * 60_000).toISOString();
          if (e.kind === 'tally') {
            return {
              kind: 'tally',
              id: uuid(n),
              at,
              checkpoint: e.checkpoint,
              direction: 'exit',
              category: e.category as 'man',
              count: e.count,
            };
          }
          return {
            kind: 'crossing',
            id: uuid(n),
            at,
            checkpoint: e.checkpoint,
            direction: 'entry',
            decision: e.decision as 'admitted',
            ...(e.decision === 'refused' ? { refusalGround: 'other' as const } : {}),
            person: {
              givenNames: 'Rosa',
              surname1: 'Mena',
              ...(e.birth ? { birthDate: e.birth } : {}),
              ...(e.sex ? { sex: e.sex as 'M' } : {}),
            },
          };
        });
    const arbStream = fc.integer({ min: 1, max: 12 }).chain((size) =>
      fc.tuple(
        fc.tuple(...Array.from({ length: size }, (_, i) => arbEvent(i + 1))),
        fc.array(
          fc.record({
            target: fc.integer({ min: 1, max: size }),
            minute: fc.integer({ min: 0, max: 6 * 24 * 60 }),
            // Each with the reason a decision on a held crossing must give (a supervisor's).
            change: fc.oneof(
              fc.constant({ void: true as const, note: 'Registro duplicado' }),
              fc.constantFrom(
                { set: { decision: 'refused', refusalGround: 'other' }, note: 'Prohibición de ingreso' },
                { set: { decision: 'admitted' }, note: 'Identidad verificada' },
                { set: { count: 7 } },
                { set: { person: { givenNames: 'R', surname1: 'M', sex: 'M', birthDate: '2019' } } },
              ),
            ),
          }),
          { maxLength: 10 },
        ),
        fc.array(fc.nat(), { maxLength: 10 }),
        fc.integer({ min: 1, max: 8 }),
      ),
    );
    let round = 0;
    const sent: PasoEvent[] = [];
    const sentCorrections: PasoEvent[] = [];
    await fc.assert(
      fc.asyncProperty(arbStream, fc.context(), async ([events, changes, dupes, batchSize], log) => {
        round += 1;
        const base = round * 1000;
        const renumber = (e: PasoEvent): PasoEvent =>
          ({ ...e, id: uuid(base + Number(e.id.slice(-4))) }) as PasoEvent;
        const own = events.map(renumber);
        const corrections = changes.map((c, i) => {
          const target = own[c.target - 1];
          const at = new Date(Date.parse('2025-11-25T00:00:00Z') + c.minute * 60_000).toISOString();
          return {
            kind: 'correction',
            id: uuid(base + 500 + i),
            at,
            checkpoint: target?.checkpoint ?? 'PE-SANTA-ROSA',
            corrects: target?.id ?? uuid(0),
            ...c.change,
          } as PasoEvent;
        });
        // Any order of arrival: a shuffle by the generated numbers, with some events sent twice.
        const all = [...own, ...corrections];
        const order = all
          .map((e, i) => ({ e, k: dupes[i % Math.max(dupes.length, 1)] ?? i }))
          .sort((a, b) => a.k - b.k);
        const stream = [
          ...order.map((x) => x.e),
          ...dupes.map((d) => all[d % all.length]).filter((e) => e !== undefined),
        ];
        // Sent by a supervisor, who may change a held decision whatever the order of arrival (an
        // officer's correction that arrives before its held crossing is held again: holds-kept.test.ts).
        for (let i = 0; i < stream.length; i += batchSize)
          await apply(stream.slice(i, i + batchSize), { recordedBy: SUPERVISOR });
        const maintained = await readFigures(t.db.kysely, { ...RANGE, by: ALL });
        const recounted = await recountFigures(t.db.kysely, { ...RANGE, by: ALL });
        log.log(JSON.stringify({ maintained, recounted }));
        expect(maintained).toEqual(recounted);
        // And both equal the counting rules applied to everything sent so far, in the order made.
        sent.push(...own);
        sentCorrections.push(...corrections);
        const expected = recount(
          sent.map(countableOf),
          sentCorrections.map(correctionOf),
          (code) => zones.get(code) ?? 'UTC',
        );
        expect(maintained).toEqual(sumBy(expected, ALL));
      }),
      { numRuns: dialect === 'sqlite' ? 40 : 15 },
    );
  }, 120_000);
});
