// Before deciding, the booth asks whether the person before it was registered already: the earlier
// registrations that may be the same person come back without anyone being registered, an officer
// sees those of their own checkpoints only, and an answer that names people is audited.
import { beforeAll, describe, expect, it } from 'vitest';
import { as, suiteTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { postEvents } from '../crossings/test-post-events';

const PERSON = {
  givenNames: 'María José',
  surname1: 'Cáceres',
  surname2: 'Núñez',
  sex: 'F',
  birthDate: '1988-03-14',
  nationality: 'VEN',
};

const crossing = (checkpoint: string, person: Record<string, string>, number: string) => ({
  kind: 'crossing',
  id: crypto.randomUUID(),
  at: '2025-11-26T21:33:00Z',
  checkpoint,
  direction: 'entry',
  decision: 'admitted',
  person,
  document: { type: 'passport', number, issuingState: 'VEN' },
});

interface Found {
  readonly candidates: readonly {
    givenNames: string;
    surname1: string;
    checkpointName: string;
    at: string;
    decision: string | null;
  }[];
}

describe.each(DIALECTS)('earlier records before deciding on %s', (dialect) => {
  const ctx = suiteTestApp(dialect, ['officer', 'supervisor', 'humanitarian']);
  const ask = (who: typeof ctx.officer, body: object) =>
    ctx.app.inject({ method: 'POST', url: '/api/people/candidates', headers: as(who), payload: body });
  const people = async () =>
    Number(
      (
        await ctx.t.db.kysely
          .selectFrom('person')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  const first = crossing('PE-SANTA-ROSA', PERSON, '123456789');
  beforeAll(async () => {
    const outcomes = await postEvents(ctx.app, as(ctx.supervisor), [
      first,
      crossing(
        'CL-CHACALLUTA',
        { ...PERSON, givenNames: 'Rosa', surname1: 'Quispe', surname2: 'Mamani' },
        '555000111',
      ),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['applied', 'applied']);
  });

  it('finds the earlier registration of a person typed again with the accents the zone lost', async () => {
    const before = await people();
    const response = await ask(ctx.officer, {
      checkpoint: 'PE-SANTA-ROSA',
      person: { ...PERSON, givenNames: 'MARIA JOSE', surname1: 'CACERES', surname2: 'NUNEZ' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const found = response.json<Found>().candidates;
    expect(found.map((c) => [c.givenNames, c.surname1, c.checkpointName])).toEqual([
      ['María José', 'Cáceres', 'Complejo Fronterizo Santa Rosa'],
    ]);
    expect(found[0]).toMatchObject({
      at: '2025-11-26T21:33:00.000Z',
      direction: 'entry',
      decision: 'admitted',
    });
    // Asking registers no one.
    expect(await people()).toBe(before);
  });

  it('finds nobody for another person, and writes no audit entry then', async () => {
    const audited = async () =>
      (
        await ctx.t.db.kysely
          .selectFrom('audit_entry')
          .select('seq')
          .where('action', '=', 'people.candidates')
          .execute()
      ).length;
    const before = await audited();
    const response = await ask(ctx.officer, {
      checkpoint: 'PE-SANTA-ROSA',
      person: {
        givenNames: 'Pedro',
        surname1: 'Gonzales',
        sex: 'M',
        birthDate: '1971-09-30',
        nationality: 'PER',
      },
    });
    expect(response.json<Found>().candidates).toEqual([]);
    expect(await audited()).toBe(before);
    await ask(ctx.officer, { checkpoint: 'PE-SANTA-ROSA', person: PERSON });
    expect(await audited()).toBe(before + 1);
  });

  it("shows an officer only their own checkpoints' people, and a supervisor every checkpoint's", async () => {
    const rosa = { ...PERSON, givenNames: 'Rosa', surname1: 'Quispe', surname2: 'Mamani' };
    const officer = await ask(ctx.officer, { checkpoint: 'PE-SANTA-ROSA', person: rosa });
    expect(officer.json<Found>().candidates).toEqual([]);
    const supervisor = await ask(ctx.supervisor, { checkpoint: 'PE-SANTA-ROSA', person: rosa });
    expect(supervisor.json<Found>().candidates.map((c) => c.checkpointName)).toEqual([
      'Complejo Fronterizo Chacalluta',
    ]);
  });

  it('refuses a checkpoint the officer does not work at, and the humanitarian side', async () => {
    const elsewhere = await ask(ctx.officer, { checkpoint: 'CL-CHACALLUTA', person: PERSON });
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json()).toMatchObject({ code: 'registration.checkpoint' });
    expect((await ask(ctx.humanitarian, { checkpoint: 'PE-SANTA-ROSA', person: PERSON })).statusCode).toBe(
      403,
    );
  });

  it('says what was decided at the earlier crossing as it stands now, a correction included', async () => {
    const corrected = await postEvents(ctx.app, as(ctx.supervisor), [
      {
        kind: 'correction',
        id: crypto.randomUUID(),
        at: '2025-11-26T22:00:00Z',
        checkpoint: 'PE-SANTA-ROSA',
        corrects: first.id,
        set: { decision: 'refused', refusalGround: 'false-document' },
      },
    ]);
    expect(corrected.map((o) => o.status)).toEqual(['applied']);
    const response = await ask(ctx.officer, { checkpoint: 'PE-SANTA-ROSA', person: PERSON });
    expect(response.json<Found>().candidates.map((c) => c.decision)).toEqual(['refused']);
  });
});
