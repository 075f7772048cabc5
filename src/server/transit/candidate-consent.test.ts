// Who a convoy may carry follows each person's latest crossing as last corrected: a consent given by a
// correction makes a candidate, a consent withdrawn or a crossing voided unmakes one, and a decision
// corrected to a transit admission makes one too.
import { describe, expect, it } from 'vitest';
import { sendAs, suiteTestApp } from '../../../test/support/app';
import { planConvoy, recordCrossings } from '../../../test/support/convoys';
import { DIALECTS } from '../../../test/support/databases';
import { venezuelanInTransit } from '../../../test/support/transit-crossings';
import { convoyBody } from '../../../test/support/write-bodies';

const uuid = (n: number) => `0c0a0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const FAMILY = { surname1: 'Quintero', birthDate: '1979-05-30' };
const crossing = (n: number, given: string, extra: Record<string, unknown> = {}) =>
  venezuelanInTransit(uuid(n), given, FAMILY, `V${n}456`, extra);
const correction = (n: number, corrects: number, change: Record<string, unknown>) => ({
  kind: 'correction',
  id: uuid(n),
  at: '2025-11-27T14:30:00Z',
  checkpoint: 'PE-SANTA-ROSA',
  corrects: uuid(corrects),
  ...change,
});

describe.each(DIALECTS)("a convoy's candidates after corrections, on %s", (dialect) => {
  const ctx = suiteTestApp(dialect, ['supervisor', 'humanitarian']);
  const send = sendAs(ctx);

  it('follow the consent and the decision as last corrected', async () => {
    await recordCrossings(send, ctx.supervisor, [
      crossing(1, 'Andrés', { consent: false }),
      crossing(2, 'Beatriz'),
      crossing(3, 'Camilo'),
      crossing(4, 'Dora', { decision: 'admitted' }),
      crossing(5, 'Ernesto'),
    ]);
    await recordCrossings(send, ctx.supervisor, [
      correction(11, 1, { set: { consent: true } }),
      correction(12, 2, { set: { consent: false } }),
      correction(13, 3, { void: true }),
      correction(14, 4, { set: { decision: 'admitted-transit' } }),
    ]);
    const candidates = await planConvoy(send, ctx.humanitarian, convoyBody(uuid(900), 'CONVOY-C1'));
    expect(candidates.map((c) => c.givenNames).sort()).toEqual(['Andrés', 'Dora', 'Ernesto']);
  });
});
