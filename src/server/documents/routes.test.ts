import { describe, expect, it } from 'vitest';
import { as, demoUser, type Login, suiteTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { belgianCardZone, VENEZUELAN_PASSPORT } from '../../../test/support/documents';
import { DEMO_RULESET, formatTd3 } from '../../domain/documents';
import { listAudit } from '../../store/audit';
import { SANTA_ROSA_ID } from '../../store/demo';

// The test app's clock says 2025-11-27, when the demo decree is in force.
const PASSPORT = VENEZUELAN_PASSPORT;
const ZONE = formatTd3(PASSPORT).join('\n');
const BELGIAN_CARD = belgianCardZone();

describe('document checks and the document policy', () => {
  const ctx = suiteTestApp('sqlite', ['officer', 'supervisor']);

  const post = (who: Login, url: string, payload: object) =>
    ctx.app.inject({ method: 'POST', url, headers: as(who), payload });
  const get = (who: Login, url: string) => ctx.app.inject({ method: 'GET', url, headers: as(who) });

  it('reads a zone and, given a checkpoint and direction, recommends by the policy in force', async () => {
    const response = await post(ctx.officer, '/api/documents/mrz', {
      mrz: ZONE,
      checkpointId: SANTA_ROSA_ID,
      direction: 'transit',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      valid: true,
      format: 'TD3',
      expired: true,
      fields: { surname: 'PEREZ GONZALEZ', givenNames: 'MARIA JOSE', nationality: 'VEN' },
      problems: [],
      repairs: [],
      policy: {
        outcome: 'admit',
        ruleId: 'transit-venezuelan-expired-passport',
        legalBasis: expect.stringContaining('art. 3'),
        rulesetVersion: '1',
      },
    });
  });

  it('reads a zone without a recommendation when no checkpoint is given', async () => {
    const response = await post(ctx.officer, '/api/documents/mrz', { mrz: ZONE });
    expect(response.json()).not.toHaveProperty('policy');
  });

  it('answers a zone with a wrong check digit with a 200 that locates the field, and no recommendation', async () => {
    const lines = formatTd3(PASSPORT);
    const line2 = `${lines[1]?.slice(0, 19)}${lines[1]?.[19] === '0' ? '1' : '0'}${lines[1]?.slice(20)}`;
    const response = await post(ctx.officer, '/api/documents/mrz', {
      mrz: `${lines[0]}\n${line2}`,
      checkpointId: SANTA_ROSA_ID,
      direction: 'entry',
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.valid).toBe(false);
    expect(body.problems).toContainEqual({
      field: 'birthDate',
      code: 'mrz.check-digit',
      line: 2,
      column: 14,
      length: 7,
    });
    expect(body.policy).toBeNull();
  });

  it('answers a repaired document number as awaiting confirmation, with the recommendation', async () => {
    const [line1, line2 = ''] = formatTd3(PASSPORT);
    // The 4 at column 4 read as the letter A: only the check digit says it was a 4.
    const response = await post(ctx.officer, '/api/documents/mrz', {
      mrz: `${line1}\n${line2.slice(0, 3)}A${line2.slice(4)}`,
      checkpointId: SANTA_ROSA_ID,
      direction: 'transit',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      valid: false,
      problems: [],
      fields: { documentNumber: '123456789' },
      repairs: [{ field: 'documentNumber', line: 2, column: 4, from: 'A', to: '4', needsConfirmation: true }],
      policy: { outcome: 'admit', ruleId: 'transit-venezuelan-expired-passport' },
    });
  });

  it('names the issuer variant a zone was read by', async () => {
    const response = await post(ctx.officer, '/api/documents/mrz', { mrz: BELGIAN_CARD });
    expect(response.json()).toMatchObject({
      valid: true,
      variant: 'long-number-filler-in-check',
      fields: { issuingState: 'BEL', documentNumber: '000590240601' },
    });
  });

  it('describes confirmations and variants in the OpenAPI document', async () => {
    const response = await get(ctx.officer, '/api/docs/json');
    expect(response.statusCode).toBe(200);
    const reply =
      response.json().paths['/api/documents/mrz'].post.responses['200'].content['application/json'].schema
        .properties;
    expect(reply.repairs.items.properties).toHaveProperty('needsConfirmation');
    expect(reply.variant.enum).toEqual(['long-number-filler-in-check', 'french-identity-card']);
  });

  it.each(['', 'hello', '<<<<', 'P<'.repeat(400)])(
    'answers any text (%j) with a result, not an error',
    async (mrz) => {
      const response = await post(ctx.officer, '/api/documents/mrz', { mrz });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ valid: false, fields: null });
    },
  );

  it.each([
    [{ mrz: 'x'.repeat(1001) }],
    [{ mrz: ZONE, checkpointId: SANTA_ROSA_ID }],
    [{ mrz: ZONE, checkpointId: SANTA_ROSA_ID, direction: 'sideways' }],
    [{ mrz: ['line one', 'line two'] }],
  ])('refuses a malformed request %# with a 400 problem', async (payload) => {
    const response = await post(ctx.officer, '/api/documents/mrz', payload);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('checks a national number and gives its normalised form', async () => {
    const good = await post(ctx.officer, '/api/documents/identifier', {
      idType: 'CL-RUN',
      number: '12345678-5',
    });
    expect(good.json()).toEqual({
      valid: true,
      idType: 'CL-RUN',
      normalized: '12345678-5',
      display: '12.345.678-5',
      problems: [],
    });
    const bad = await post(ctx.officer, '/api/documents/identifier', {
      idType: 'CL-RUN',
      number: '12345678-4',
    });
    expect(bad.json()).toMatchObject({
      valid: false,
      problems: [{ code: 'id.check-digit', expected: '5', found: '4' }],
    });
    const unknown = await post(ctx.officer, '/api/documents/identifier', { idType: 'XX-ID', number: '1' });
    expect(unknown.statusCode).toBe(400);
  });

  it('writes no audit entry for a check (nothing is stored)', async () => {
    const before = (await listAudit(ctx.t.db.kysely, { limit: 1000 })).length;
    await post(ctx.officer, '/api/documents/mrz', { mrz: ZONE });
    await post(ctx.officer, '/api/documents/identifier', { idType: 'PE-DNI', number: '12345678' });
    expect((await listAudit(ctx.t.db.kysely, { limit: 1000 })).length).toBe(before);
  });

  describe('policy versions', () => {
    it('serves the demo rules as version 1', async () => {
      const response = await get(ctx.officer, '/api/documents/policy');
      expect(response.json()).toMatchObject({ version: 1, createdBy: 'system' });
      expect(response.json().rules).toHaveLength(DEMO_RULESET.rules.length);
    });

    it('refuses invalid rules with every problem and its path, and saves nothing', async () => {
      const rules = structuredClone(DEMO_RULESET.rules).map((r) =>
        r.appliesTo.checkpointIds
          ? { ...r, appliesTo: { ...r.appliesTo, checkpointIds: [SANTA_ROSA_ID] } }
          : r,
      ) as unknown as Record<string, unknown>[];
      const second = rules[1] as { id: string; appliesTo: { validFrom: string } };
      second.id = 'entry-valid-passport';
      second.appliesTo.validFrom = '25/11/2025';
      (rules[2] as { outcome: string }).outcome = 'maybe';
      const response = await post(ctx.supervisor, '/api/documents/policy', { rules, note: 'broken' });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'policy.invalid',
        errors: [
          { path: 'rules[1].id', code: 'policy.duplicate-id' },
          { path: 'rules[1].appliesTo.validFrom', code: 'policy.date' },
          { path: 'rules[2].outcome', code: 'policy.outcome' },
        ],
      });
      expect((await get(ctx.officer, '/api/documents/policy')).json().version).toBe(1);
    });

    it('appends a version, audited, and evaluates by it from then on', async () => {
      const rules = DEMO_RULESET.rules
        .filter((r) => r.id !== 'transit-venezuelan-expired-passport')
        .map((r) =>
          r.appliesTo.checkpointIds
            ? { ...r, appliesTo: { ...r.appliesTo, checkpointIds: [SANTA_ROSA_ID] } }
            : r,
        );
      const response = await post(ctx.supervisor, '/api/documents/policy', {
        rules,
        note: 'Fin de la excepción de tránsito',
        baseVersion: 1,
      });
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json()).toMatchObject({
        version: 2,
        createdBy: 'supervisor',
        note: 'Fin de la excepción de tránsito',
      });

      const versions = (await get(ctx.officer, '/api/documents/policy/versions')).json().versions;
      expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);

      const [entry] = await listAudit(ctx.t.db.kysely, { action: 'policy.save', limit: 10 });
      expect(entry).toMatchObject({
        actorUsername: 'supervisor',
        entityType: 'document_policy',
        entityId: '2',
      });

      const check = await post(ctx.officer, '/api/documents/mrz', {
        mrz: ZONE,
        checkpointId: SANTA_ROSA_ID,
        direction: 'transit',
      });
      expect(check.json().policy).toMatchObject({ outcome: 'refer', ruleId: null, rulesetVersion: '2' });
    });

    it('refuses a save made from an older version than the one in force', async () => {
      const current = (await get(ctx.officer, '/api/documents/policy')).json();
      const response = await post(ctx.supervisor, '/api/documents/policy', {
        rules: current.rules,
        note: 'from an old copy',
        baseVersion: current.version - 1,
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'policy.stale', currentVersion: current.version });
    });
  });
});

describe.each(DIALECTS)('who saved the document policy, on %s', (dialect) => {
  const ctx = suiteTestApp(dialect, ['officer', 'supervisor']);
  const get = (url: string) => ctx.app.inject({ method: 'GET', url, headers: as(ctx.officer) });

  it('names the author of each version as the decree register does, by display name', async () => {
    const current = (await get('/api/documents/policy')).json();
    // The demo's version was saved by the system, which is no user.
    expect(current).toMatchObject({ version: 1, createdByName: null });
    const saved = await ctx.app.inject({
      method: 'POST',
      url: '/api/documents/policy',
      headers: as(ctx.supervisor),
      payload: { rules: current.rules, note: 'Sin cambios de fondo', baseVersion: 1 },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const name = demoUser('supervisor').displayName;
    expect(saved.json()).toMatchObject({ version: 2, createdByName: name });
    expect((await get('/api/documents/policy')).json()).toMatchObject({ version: 2, createdByName: name });
    const versions = (await get('/api/documents/policy/versions')).json().versions;
    expect(versions.map((v: { createdByName: string | null }) => v.createdByName)).toEqual([name, null]);
  });
});

describe('the day a document expires', () => {
  // 21:00 on 27 November in Tacna (UTC−5), already 28 November in UTC.
  const ctx = suiteTestApp('sqlite', ['officer'], '2025-11-28T02:00:00Z');

  const zone = (expiryDate: string) => formatTd3({ ...PASSPORT, expiryDate }).join('\n');
  const expired = async (payload: object) => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/documents/mrz',
      headers: as(ctx.officer),
      payload,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json().expired;
  };

  it("is the checkpoint's day: a passport that expires today is valid until midnight there", async () => {
    const at = { checkpointId: SANTA_ROSA_ID, direction: 'entry' };
    expect(await expired({ mrz: zone('2025-11-27'), ...at })).toBe(false);
    expect(await expired({ mrz: zone('2025-11-26'), ...at })).toBe(true);
  });

  it('is the UTC day when no checkpoint is named', async () => {
    expect(await expired({ mrz: zone('2025-11-27') })).toBe(true);
  });
});
