import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PassContent } from './claims';
import type { PassKey, PassKeyset } from './keyset';
import { type PrivatePassKey, signPass } from './sign';
import { isCanonicalBase64url, keyRingOf, revokedOf, verifyPass } from './verify';

function newKey(kid: string): PrivatePassKey {
  const jwk = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
  return { kid, x: String(jwk.x), d: String(jwk.d) };
}

const OLD = newKey('k-old');
const NEW = newKey('k-new');
const STRANGER = newKey('k-stranger');

const publicKey = (k: PrivatePassKey, over: Partial<PassKey> = {}): PassKey => ({
  kty: 'OKP',
  crv: 'Ed25519',
  x: k.x,
  kid: k.kid,
  alg: 'EdDSA',
  use: 'sig',
  created: '2025-11-01T00:00:00.000Z',
  retired: null,
  until: null,
  ...over,
});

// OLD signed until the 26th, when NEW took over; OLD's last pass runs until the 30th.
const KEYSET: PassKeyset = {
  version: 'v1',
  keys: [
    publicKey(OLD, { retired: '2025-11-26T00:00:00.000Z', until: '2025-11-30T00:00:00.000Z' }),
    publicKey(NEW, { created: '2025-11-26T00:00:00.000Z' }),
  ],
  revoked: [
    { id: '3b0c6a4e-0000-4000-8000-00000000dead', at: '2025-11-27T10:00:00.000Z', cause: 'withdrawn' },
  ],
};
const NOW = '2025-11-27T12:00:00.000Z';

const content = (over: Partial<PassContent> = {}): PassContent => ({
  id: '3b0c6a4e-0000-4000-8000-000000000001',
  name: 'María José Pérez Rojas',
  birthDate: '1990-05',
  document: { kind: 'VE-CI', number: '18273645' },
  convoy: { id: 'CV-07', name: 'Convoy 7 (Tacna → Tumbes)' },
  corridor: { id: 'TAC-TUM', name: 'Tacna – Tumbes' },
  issuedAt: '2025-11-27T08:00:00.000Z',
  validFrom: '2025-11-27T08:00:00.000Z',
  validUntil: '2025-11-29T08:00:00.000Z',
  ...over,
});

const check = (text: string, now = NOW, keyset = KEYSET) =>
  verifyPass(text, keyRingOf(keyset), revokedOf(keyset), now);

// One base64url character of the payload changed to another that still decodes.
function alterPayload(text: string): string {
  const [header, payload = '', signature] = text.split('.');
  const i = Math.floor(payload.length / 2);
  const swapped = payload[i] === 'A' ? 'B' : 'A';
  return [header, `${payload.slice(0, i)}${swapped}${payload.slice(i + 1)}`, signature].join('.');
}

describe('verifyPass', () => {
  it('accepts a pass and reads back everything it says', async () => {
    const text = await signPass(content(), NEW);
    expect(await check(text)).toEqual({ valid: true, pass: { ...content(), kid: 'k-new' } });
  });

  it('accepts a pass signed by a rotated-out key before its retirement, until it expires', async () => {
    const text = await signPass(content({ issuedAt: '2025-11-25T08:00:00.000Z' }), OLD);
    expect((await check(text)).valid).toBe(true);
  });

  it.each([
    ['an empty text', ''],
    ['words', 'not a pass at all'],
    ['two parts', 'eyJhbGciOiJFZERTQSJ9.e30'],
    ['a header that is not JSON', 'bm90IGpzb24.e30.c2ln'],
    ['a header of another algorithm', 'eyJhbGciOiJIUzI1NiIsImtpZCI6ImstbmV3In0.e30.c2ln'],
  ])('calls %s malformed', async (_, text) => {
    expect(await check(text)).toEqual({ valid: false, reason: { code: 'malformed' } });
  });

  it.each([
    ['wrapped over lines', (t: string) => `${t.slice(0, 60)}\n${t.slice(60, 130)}\r\n${t.slice(130)}`],
    ['with spaces inside and around', (t: string) => `\u00a0 ${t.slice(0, 80)} ${t.slice(80)}\t`],
    [
      'with invisible characters',
      (t: string) => `\ufeff${t.slice(0, 40)}\u200b${t.slice(40, 90)}\u00ad${t.slice(90)}`,
    ],
  ])('reads a pass pasted %s', async (_, paste) => {
    const text = await signPass(content(), NEW);
    expect(await check(paste(text))).toEqual({ valid: true, pass: { ...content(), kid: 'k-new' } });
  });

  it('calls a pass with one changed character altered', async () => {
    const text = await signPass(content(), NEW);
    expect(await check(alterPayload(text))).toEqual({ valid: false, reason: { code: 'altered' } });
  });

  it('calls a pass signed with someone else key under a known kid altered', async () => {
    const text = await signPass(content(), { ...STRANGER, kid: 'k-new' });
    expect(await check(text)).toEqual({ valid: false, reason: { code: 'altered' } });
  });

  it('names the key of a pass signed by a key it does not know', async () => {
    const text = await signPass(content(), STRANGER);
    expect(await check(text)).toEqual({ valid: false, reason: { code: 'unknown-key', kid: 'k-stranger' } });
  });

  it('refuses a pass signed by a key after its retirement (a leaked old key)', async () => {
    const text = await signPass(content({ issuedAt: '2025-11-27T09:00:00.000Z' }), OLD);
    expect(await check(text)).toEqual({
      valid: false,
      reason: { code: 'retired-key', kid: 'k-old', retiredAt: '2025-11-26T00:00:00.000Z' },
    });
  });

  it('calls a genuine pass of a retired key expired, not retired, when checked after its key’s passes expired', async () => {
    const pass = content({ issuedAt: '2025-11-25T08:00:00.000Z', validUntil: '2025-11-29T00:00:00.000Z' });
    const later = await check(await signPass(pass, OLD), '2025-12-01T00:00:00.000Z');
    expect(later.valid ? null : later.reason.code).toBe('expired');
  });

  it('refuses a pass of a retired key valid past when its passes all expired, once that time is over', async () => {
    const text = await signPass(
      content({ issuedAt: '2025-11-25T08:00:00.000Z', validUntil: '2025-12-05T00:00:00.000Z' }),
      OLD,
    );
    const later = await check(text, '2025-12-01T00:00:00.000Z');
    expect(later.valid ? null : later.reason.code).toBe('retired-key');
  });

  it('refuses a revoked pass with the cause and time of its revocation', async () => {
    const text = await signPass(content({ id: '3b0c6a4e-0000-4000-8000-00000000dead' }), NEW);
    const result = await check(text);
    expect(result).toMatchObject({
      valid: false,
      reason: { code: 'revoked', cause: 'withdrawn', at: '2025-11-27T10:00:00.000Z' },
    });
  });

  it.each([
    ['not yet valid', '2025-11-27T07:59:59.000Z', 'not-yet-valid'],
    ['expired at its last second', '2025-11-29T08:00:00.000Z', 'expired'],
    ['expired later', '2025-11-29T08:00:01.000Z', 'expired'],
  ])('says a pass is %s', async (_, now, code) => {
    const text = await signPass(content(), NEW);
    const result = await check(text, now);
    expect(result.valid ? null : result.reason.code).toBe(code);
  });

  it('calls a signed payload that is not a pass malformed', async () => {
    const text = await signPass(content({ validFrom: '2025-11-30T00:00:00.000Z' }), NEW);
    expect(await check(text)).toEqual({ valid: false, reason: { code: 'malformed' } });
  });

  it('calls a pass altered whose last character differs only in bits a decoder ignores', async () => {
    const genuine = await signPass(content(), NEW);
    // An Ed25519 signature is 64 bytes: 86 characters, the last one carrying 2 unused bits.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(genuine.at(-1) ?? '');
    const twin = `${genuine.slice(0, -1)}${alphabet[last + 1]}`;
    expect(await check(twin)).toEqual({ valid: false, reason: { code: 'altered' } });
    expect(await check(genuine)).toMatchObject({ valid: true });
  });

  it('never throws, whatever it is given', async () => {
    const ring = keyRingOf(KEYSET);
    const revoked = revokedOf(KEYSET);
    const genuine = await signPass(content(), NEW);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.nat(genuine.length - 1)), async (input) => {
        const text =
          typeof input === 'string' ? input : `${genuine.slice(0, input)}x${genuine.slice(input + 1)}`;
        const result = await verifyPass(text, ring, revoked, NOW);
        if (text !== genuine) expect(result.valid).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('isCanonicalBase64url', () => {
  it('accepts the encoding of any bytes and refuses the same bytes with other unused bits', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), fc.integer({ min: 1, max: 15 }), (bytes, noise) => {
        let binary = '';
        for (const b of bytes) binary += String.fromCharCode(b);
        const text = btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
        expect(isCanonicalBase64url(text)).toBe(true);
        const unused = text.length % 4 === 2 ? 16 : text.length % 4 === 3 ? 4 : 0;
        if (unused === 0) return;
        const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
        const last = alphabet.indexOf(text.at(-1) ?? '');
        const other = alphabet[last + (noise % unused)] ?? '';
        if (noise % unused === 0) return;
        expect(isCanonicalBase64url(`${text.slice(0, -1)}${other}`)).toBe(false);
      }),
    );
  });
});
