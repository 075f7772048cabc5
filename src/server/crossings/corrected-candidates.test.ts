// A person whose name a correction changes is found by the corrected name among the earlier
// registrations a later crossing may be, by the running server (no restart), on both databases and
// whichever of the crossing and its correction arrives first.
import { describe, expect, it } from 'vitest';
import { as, eachTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { crossingAt, postEvents, TYPED_WRONG } from './test-post-events';

const CORRECTED = { ...TYPED_WRONG, givenNames: 'YOLANDA', surname1: 'IBÁÑEZ', surname2: 'QUISPE' };

describe.each(DIALECTS)('the earlier registrations of a corrected person, on %s', (dialect) => {
  // The test's clock is 2025-11-27T15:00:00Z.
  const ctx = eachTestApp(dialect, ['officer']);

  const crossing = (person: object, at = '2025-11-27T14:50:00Z') => crossingAt(at, person);
  const renaming = (target: string) => ({
    kind: 'correction',
    id: crypto.randomUUID(),
    at: '2025-11-27T14:52:00Z',
    checkpoint: 'PE-SANTA-ROSA',
    corrects: target,
    set: { person: CORRECTED },
    note: 'nombre mal escrito',
  });
  // The earlier registrations the booth is shown for a crossing of this person.
  const candidatesFor = async (person: object) => {
    const [outcome] = await postEvents(ctx.app, as(ctx.officer), [crossing(person, '2025-11-27T14:58:00Z')]);
    expect(outcome).toMatchObject({ status: 'applied' });
    const shown = (outcome as { candidates?: { registrationId: string }[] }).candidates ?? [];
    return shown.map((c) => c.registrationId);
  };

  it.each([
    ['the correction comes after its crossing', false],
    ['the correction came before its crossing', true],
  ])('offers the registration under its corrected name when %s', async (_when, correctionFirst) => {
    const first = crossing(TYPED_WRONG);
    const sent = correctionFirst ? [renaming(first.id), first] : [first, renaming(first.id)];
    for (const event of sent) {
      const [outcome] = await postEvents(ctx.app, as(ctx.officer), [event]);
      expect(outcome).toMatchObject({ status: 'applied' });
    }
    expect(await candidatesFor(CORRECTED)).toContain(first.id);
  });

  it('no longer offers it under the name first typed, as after a restart', async () => {
    const first = crossing(TYPED_WRONG);
    await postEvents(ctx.app, as(ctx.officer), [first]);
    await postEvents(ctx.app, as(ctx.officer), [renaming(first.id)]);
    expect(await candidatesFor(TYPED_WRONG)).not.toContain(first.id);
  });
});
