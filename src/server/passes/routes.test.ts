import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { as, type Login, suiteTestApp } from '../../../test/support/app';
import { passBody } from '../../../test/support/write-bodies';
import { keyRingOf, revokedOf, verifyPass } from '../../domain/passes';

// The test app's clock stands at 2025-11-27T15:00:00Z.
const NOW = '2025-11-27T15:00:00.000Z';
let serial = 0;
// A new pass each call: the write bodies' pass under a fresh id, with what the test changes.
const body = (over: Record<string, unknown> = {}) => {
  serial += 1;
  return { ...passBody(`7a550000-0000-4000-8000-${String(serial).padStart(12, '0')}`), ...over };
};

async function pdfText(bytes: Buffer): Promise<string> {
  const fonts = new URL('../../../node_modules/pdfjs-dist/standard_fonts/', import.meta.url).pathname;
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: fonts }).promise;
  const page = await pdf.getPage(1);
  const content = await page.getTextContent();
  return content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
}

describe('the passes API', { timeout: 60_000 }, () => {
  const ctx = suiteTestApp('sqlite', ['supervisor', 'officer', 'admin']);

  const post = (who: Login, url: string, payload: object) =>
    ctx.app.inject({ method: 'POST', url, headers: as(who), payload });
  const keyset = async (who = ctx.officer) => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/passes/keyset', headers: as(who) });
    expect(response.statusCode, response.body).toBe(200);
    return { etag: response.headers.etag, keyset: response.json() };
  };
  const verify = async (text: string) => {
    const { keyset: k } = await keyset();
    return verifyPass(text, keyRingOf(k), revokedOf(k), NOW);
  };

  it('issues a pass once per id that a checkpoint verifies with the keyset, and audits it', async () => {
    const asked = body();
    const first = await post(ctx.supervisor, '/api/passes', asked);
    expect(first.statusCode, first.body).toBe(201);
    const pass = first.json();
    expect(pass).toMatchObject({ id: asked.id, name: 'Ana Rojas', revoked: null });
    const again = await post(ctx.supervisor, '/api/passes', asked);
    expect(again.statusCode).toBe(200);
    expect(again.json().text).toBe(pass.text);

    const checked = await verify(pass.text);
    expect(checked).toMatchObject({ valid: true, pass: { id: asked.id, convoy: { name: 'Convoy 1' } } });
    const { etag, keyset: k } = await keyset();
    expect(etag).toBe(`"${k.version}"`);
    const audited = await ctx.t.db.kysely
      .selectFrom('audit_entry')
      .select('action')
      .where('entity_id', '=', asked.id)
      .execute();
    expect(audited.map((a) => a.action)).toEqual(['pass.issue']);
  });

  it('refuses to issue for roles without passes.issue, and a pass that ends before it starts', async () => {
    expect((await post(ctx.officer, '/api/passes', body())).statusCode).toBe(403);
    const backwards = await post(ctx.supervisor, '/api/passes', body({ validUntil: '2025-11-27T11:00:00Z' }));
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json()).toMatchObject({
      code: 'validation',
      detail: expect.stringContaining('ends after'),
      // The field at fault, for a form to mark.
      errors: [{ path: 'body.validUntil', message: expect.stringContaining('ends after') }],
    });
    const month13 = await post(ctx.supervisor, '/api/passes', body({ birthDate: '1988-13-01' }));
    expect(month13.json()).toMatchObject({
      status: 400,
      errors: [{ path: 'body.birthDate', message: 'a date as YYYY, YYYY-MM or YYYY-MM-DD' }],
    });
    const feb31 = await post(ctx.supervisor, '/api/passes', body({ birthDate: '1988-02-31' }));
    expect(feb31.json()).toMatchObject({
      status: 400,
      errors: [{ path: 'body.birthDate', message: 'a day that exists (not 31 February)' }],
    });
  });

  it('refuses a holder born after today, taking a year or a month that is not over yet', async () => {
    for (const birthDate of ['2025-11-28', '2025-12', '2026']) {
      const refused = await post(ctx.supervisor, '/api/passes', body({ birthDate }));
      expect(refused.json(), birthDate).toMatchObject({
        status: 400,
        errors: [{ path: 'body.birthDate', message: 'a birth date after today' }],
      });
    }
    for (const birthDate of ['2025-11-27', '2025-11', '2025']) {
      expect((await post(ctx.supervisor, '/api/passes', body({ birthDate }))).statusCode, birthDate).toBe(
        201,
      );
    }
  });

  it('refuses a pass that lapses before its convoy is due to leave', async () => {
    // The demo's convoy leaves at 06:00 in Lima the day after the clock's (2025-11-28T11:00Z).
    const lapsed = await post(
      ctx.supervisor,
      '/api/passes',
      body({ validFrom: '2025-11-27T12:00:00Z', validUntil: '2025-11-28T10:59:00Z' }),
    );
    expect(lapsed.json()).toMatchObject({
      status: 400,
      code: 'pass.ends-before-departure',
      errors: [{ path: 'body.validUntil', message: 'the pass ends before its convoy is due to leave' }],
    });
    const onTime = body({ validFrom: '2025-11-27T12:00:00Z', validUntil: '2025-11-28T11:00:00Z' });
    expect((await post(ctx.supervisor, '/api/passes', onTime)).statusCode).toBe(201);
  });

  it('revokes a pass: the keyset lists it as withdrawn and the checkpoint says revoked', async () => {
    const pass = (await post(ctx.supervisor, '/api/passes', body())).json();
    const before = await keyset();
    const revoked = await post(ctx.supervisor, `/api/passes/${pass.id}/revoke`, { reason: 'Pase duplicado' });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json().revoked).toEqual({ reason: 'Pase duplicado', cause: 'withdrawn', at: NOW });
    const after = await keyset();
    expect(after.etag).not.toBe(before.etag);
    expect(after.keyset.revoked).toContainEqual({ id: pass.id, at: NOW, cause: 'withdrawn' });
    expect(await verify(pass.text)).toMatchObject({
      valid: false,
      reason: { code: 'revoked', cause: 'withdrawn' },
    });
  });

  it('rotates the signing key for administrators only; passes of the old key stay valid', async () => {
    const old = (await post(ctx.supervisor, '/api/passes', body())).json();
    expect((await post(ctx.supervisor, '/api/keys/rotate', {})).statusCode).toBe(403);
    const rotated = await post(ctx.admin, '/api/keys/rotate', {});
    expect(rotated.statusCode, rotated.body).toBe(200);
    expect(rotated.json().retired).toContain(old.kid);
    const fresh = (await post(ctx.supervisor, '/api/passes', body())).json();
    expect(fresh.kid).toBe(rotated.json().kid);
    const { keyset: k } = await keyset();
    expect(k.keys.map((key: { kid: string }) => key.kid)).toEqual(
      expect.arrayContaining([old.kid, fresh.kid]),
    );
    expect((await verify(old.text)).valid).toBe(true);
    expect((await verify(fresh.text)).valid).toBe(true);
  });

  it.each([
    ['es', ['Salvoconducto de tránsito humanitario', 'Válido hasta', 'Ana Rojas', 'Tacna – Tumbes']],
    ['en', ['Humanitarian transit pass', 'Valid until', 'Ana Rojas', 'Convoy 1']],
  ])('prints the pass as a PDF in %s', async (lang, words) => {
    // The PDF's standard font has no arrow: the corridor's prints with a dash.
    const corridor = { id: 'TACNA-TUMBES', name: 'Tacna → Tumbes' };
    const pass = (await post(ctx.supervisor, '/api/passes', body({ corridor }))).json();
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/passes/${pass.id}/pdf?lang=${lang}`,
      headers: as(ctx.supervisor),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(`inline; filename="pase-${pass.id}.pdf"`);
    const text = await pdfText(response.rawPayload);
    for (const word of words) expect(text).toContain(word);
    // Printing shows the person's data: it is recorded as a read.
    const printed = await ctx.t.db.kysely
      .selectFrom('audit_entry')
      .select('detail')
      .where('action', '=', 'pass.print')
      .where('entity_id', '=', pass.id)
      .execute();
    expect(printed.map((p) => JSON.parse(p.detail ?? '{}'))).toEqual([{ lang }]);
  });
});
