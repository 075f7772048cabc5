import { describe, expect, it } from 'vitest';
import { DIALECTS, eachTestDb } from '../../../test/support/databases';
import { keyRingOf, revokedOf, verifyPass } from '../../domain/passes';
import { withAuditKey } from '../audit';
import { seedDemo } from '../demo';
import { StoredValueError } from '../stored-json';
import { loadSigningKey, rotateSigningKey } from './keys';
import { findPass, issuePass, type PassInput, readKeyset, revokePass } from './passes';

const NOW = new Date('2025-11-27T15:00:00.000Z');
const later = (hours: number) => new Date(NOW.getTime() + hours * 3600_000);
let serial = 0;
const input = (over: Partial<PassInput> = {}): PassInput => {
  serial += 1;
  return {
    id: `5a550000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    personId: null,
    name: 'Luis Alberto Rodríguez Márquez',
    birthDate: '1988-07-02',
    document: { kind: 'VE-CI', number: '15827364' },
    convoy: { id: 'CV-03', name: 'Convoy 3' },
    corridor: { id: 'TAC-TUM', name: 'Tacna → Tumbes' },
    validFrom: NOW.toISOString(),
    validUntil: later(48).toISOString(),
    ...over,
  };
};
const by = (now = NOW) => ({ now, userId: null });

describe.each(DIALECTS)('travel passes on %s', { timeout: 60_000 }, (dialect) => {
  const t = eachTestDb(dialect, (db) => seedDemo(db.kysely, NOW));

  const verifyAt = async (text: string, now: Date) => {
    const keyset = await readKeyset(t.db.kysely, now);
    return verifyPass(text, keyRingOf(keyset), revokedOf(keyset), now.toISOString());
  };

  it('issues a pass that the published keyset verifies, and issues it once per id', async () => {
    const asked = input();
    const first = await issuePass(t.db.kysely, asked, by());
    if (!first.ok) throw new Error(first.error.detail);
    expect(first.value.created).toBe(true);
    const verified = await verifyAt(first.value.text, later(1));
    expect(verified).toEqual({ valid: true, pass: first.value.pass });
    expect(verified.valid && verified.pass.name).toBe('Luis Alberto Rodríguez Márquez');

    const again = await issuePass(t.db.kysely, asked, by(later(2)));
    expect(again).toMatchObject({ ok: true, value: { created: false, text: first.value.text } });
    expect(await t.db.kysely.selectFrom('travel_pass').select('id').execute()).toHaveLength(1);
  });

  it('refuses a pass that would end before it starts, and keeps nothing of it', async () => {
    const result = await issuePass(t.db.kysely, input({ validUntil: NOW.toISOString() }), by());
    expect(result).toMatchObject({ ok: false, error: { code: 'pass.invalid' } });
    expect(await t.db.kysely.selectFrom('travel_pass').select('id').execute()).toEqual([]);
  });

  it('keeps a rotated-out key published until the last pass it signed expires', async () => {
    const old = await issuePass(t.db.kysely, input({ validUntil: later(24).toISOString() }), by());
    if (!old.ok) throw new Error('not issued');
    const rotation = await rotateSigningKey(t.db.kysely, later(1));
    expect(rotation.retired).toEqual([old.value.pass.kid]);
    const fresh = await issuePass(t.db.kysely, input({ validUntil: later(72).toISOString() }), by(later(2)));
    if (!fresh.ok) throw new Error('not issued');
    expect(fresh.value.pass.kid).toBe(rotation.kid);

    const kidsAt = async (at: Date) => (await readKeyset(t.db.kysely, at)).keys.map((k) => k.kid);
    expect(await kidsAt(later(3))).toEqual([old.value.pass.kid, rotation.kid]);
    expect((await verifyAt(old.value.text, later(3))).valid).toBe(true);
    expect((await verifyAt(fresh.value.text, later(3))).valid).toBe(true);
    // A day later the old key's only pass has expired: the key leaves the keyset.
    expect(await kidsAt(later(25))).toEqual([rotation.kid]);
    expect(await verifyAt(old.value.text, later(25))).toEqual({
      valid: false,
      reason: { code: 'unknown-key', kid: old.value.pass.kid },
    });
  });

  it('publishes a revocation until the pass expires, and revokes once', async () => {
    const issued = await issuePass(t.db.kysely, input({ validUntil: later(24).toISOString() }), by());
    if (!issued.ok) throw new Error('not issued');
    const before = await readKeyset(t.db.kysely, later(1));
    const revocation = {
      reason: 'Documento extraviado',
      cause: 'withdrawn' as const,
      at: later(1),
      userId: null,
    };
    expect(await revokePass(t.db.kysely, issued.value.pass.id, revocation)).toBe('revoked');
    expect(await revokePass(t.db.kysely, issued.value.pass.id, revocation)).toBe('already-revoked');
    expect(await revokePass(t.db.kysely, input().id, revocation)).toBe('not-found');

    const after = await readKeyset(t.db.kysely, later(2));
    expect(after.version).not.toBe(before.version);
    // Every verifier keeps the keyset, partners too: the cause, never the reason as written.
    expect(after.revoked).toEqual([
      { id: issued.value.pass.id, cause: 'withdrawn', at: later(1).toISOString() },
    ]);
    expect(await verifyAt(issued.value.text, later(2))).toMatchObject({
      valid: false,
      reason: { code: 'revoked', cause: 'withdrawn' },
    });
    expect((await findPass(t.db.kysely, issued.value.pass.id))?.revoked).toEqual({
      reason: 'Documento extraviado',
      cause: 'withdrawn',
      at: later(1).toISOString(),
    });
    expect((await readKeyset(t.db.kysely, later(25))).revoked).toEqual([]);
  });

  it('lists revocations stored before causes were kept for every one by cause and stop, not reason', async () => {
    const byHand = await issuePass(t.db.kysely, input(), by());
    const leftRoad = await issuePass(t.db.kysely, input(), by());
    if (!byHand.ok || !leftRoad.ok) throw new Error('not issued');
    // As earlier versions stored them: a hand revocation had no cause; the stop led a leaving reason.
    await t.db.kysely
      .insertInto('pass_revocation')
      .values([
        {
          pass_id: byHand.value.pass.id,
          reason: 'Coincidencia en lista de vigilancia INTERPOL',
          revoked_at: later(1).toISOString(),
          revoked_by: null,
          cause: null,
        },
        {
          pass_id: leftRoad.value.pass.id,
          reason: 'MOQUEGUA: Trasladado al hospital regional de Moquegua',
          revoked_at: later(2).toISOString(),
          revoked_by: null,
          cause: 'left-convoy',
        },
      ])
      .execute();
    const keyset = await readKeyset(t.db.kysely, later(3));
    expect(keyset.revoked).toEqual([
      { id: byHand.value.pass.id, cause: 'withdrawn', at: later(1).toISOString() },
      { id: leftRoad.value.pass.id, cause: 'left-convoy', stop: 'MOQUEGUA', at: later(2).toISOString() },
    ]);
    expect(JSON.stringify(keyset)).not.toMatch(/INTERPOL|hospital/);
    expect((await findPass(t.db.kysely, byHand.value.pass.id))?.revoked).toMatchObject({
      reason: 'Coincidencia en lista de vigilancia INTERPOL',
      cause: 'withdrawn',
    });
  });

  it('reads a pass back as issued, and names a stored content that is not what Paso wrote', async () => {
    const issued = await issuePass(t.db.kysely, input(), by());
    if (!issued.ok) throw new Error('not issued');
    const id = issued.value.pass.id;
    expect(await findPass(t.db.kysely, id)).toEqual({
      pass: issued.value.pass,
      text: issued.value.text,
      revoked: null,
    });
    // A hand edit or a bad restore: the convoy lost its name.
    const edited = { ...issued.value.pass, convoy: { id: 'CV-03' } };
    await t.db.kysely
      .updateTable('travel_pass')
      .set({ content: JSON.stringify(edited) })
      .where('id', '=', id)
      .execute();
    const read = findPass(t.db.kysely, id);
    await expect(read).rejects.toBeInstanceOf(StoredValueError);
    await expect(read).rejects.toThrow(
      `travel_pass.content of ${id} is not what Paso stores there: convoy.name`,
    );
  });

  it('gives the same keyset the same version', async () => {
    await issuePass(t.db.kysely, input(), by());
    const a = await readKeyset(t.db.kysely, later(1));
    const b = await readKeyset(t.db.kysely, later(1));
    expect(a.version).toBe(b.version);
  });

  it('keeps the private key sealed: not in the database, and not usable under another audit key', async () => {
    const issued = await issuePass(t.db.kysely, input(), by());
    if (!issued.ok) throw new Error('not issued');
    const kid = issued.value.pass.kid;
    const key = await loadSigningKey(t.db.kysely, kid);
    const row = await t.db.kysely.selectFrom('pass_signing_key').selectAll().executeTakeFirstOrThrow();
    expect(key?.d).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(row)).not.toContain(key?.d);

    const stranger = withAuditKey(t.db, Buffer.alloc(32, 0x11));
    await expect(loadSigningKey(stranger.kysely, kid)).rejects.toThrow(/cannot be unsealed/);
  });
});
