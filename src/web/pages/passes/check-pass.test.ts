// A pass is judged on the server's clock as the device last learnt it, not on the device's own: a
// device three hours ahead would otherwise call a pass that is valid for another hour expired.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyRingOf, type PassKeyset, revokedOf, signPass } from '../../../domain/passes';
import { checkPass } from './check-pass';

const HOUR = 3_600_000;
const SERVER_NOW = Date.parse('2026-12-06T07:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

const jwk = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
const KEY = { kid: 'k1', x: String(jwk.x), d: String(jwk.d) };
const KEYSET: PassKeyset = {
  version: 'v1',
  keys: [
    {
      kty: 'OKP',
      crv: 'Ed25519',
      x: KEY.x,
      kid: KEY.kid,
      alg: 'EdDSA',
      use: 'sig',
      created: '2026-11-01T00:00:00.000Z',
      retired: null,
      until: null,
    },
  ],
  revoked: [],
};
const RING = { keys: keyRingOf(KEYSET), revoked: revokedOf(KEYSET) };

// Valid from an hour ago to an hour from now, on the server's clock.
const PASS = signPass(
  {
    id: '3b0c6a4e-0000-4000-8000-000000000001',
    name: 'Pedro Ramírez Soto',
    birthDate: null,
    document: null,
    convoy: { id: 'CV-07', name: 'Convoy 7' },
    corridor: { id: 'TAC-TUM', name: 'Tacna – Tumbes' },
    issuedAt: iso(SERVER_NOW - HOUR),
    validFrom: iso(SERVER_NOW - HOUR),
    validUntil: iso(SERVER_NOW + HOUR),
  },
  KEY,
);

describe('checkPass', () => {
  it.each([
    ['three hours ahead', 3 * HOUR],
    ['three hours behind', -3 * HOUR],
    ['right', 0],
  ])('finds a pass valid on the server clock with the device clock %s, and says so', async (_, offset) => {
    const checked = await checkPass(await PASS, RING, SERVER_NOW + offset, offset);
    expect(checked).toMatchObject({ clock: 'server', at: iso(SERVER_NOW), verification: { valid: true } });
  });

  it('judges on the device clock, and says so, before the server clock was ever learnt', async () => {
    const ahead = await checkPass(await PASS, RING, SERVER_NOW + 3 * HOUR, null);
    expect(ahead).toMatchObject({ clock: 'device', at: iso(SERVER_NOW + 3 * HOUR) });
    expect(ahead.verification).toMatchObject({ valid: false, reason: { code: 'expired' } });
    const behind = await checkPass(await PASS, RING, SERVER_NOW - 3 * HOUR, null);
    expect(behind.verification).toMatchObject({ valid: false, reason: { code: 'not-yet-valid' } });
  });
});
