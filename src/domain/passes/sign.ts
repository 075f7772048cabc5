// Signs a pass: the claims as a compact JWS (RFC 7515) with EdDSA over Ed25519 (RFC 8037), the key's
// id in the protected header. Works wherever WebCrypto has Ed25519 (Node 20, Chromium).
import { CompactSign, importJWK } from 'jose';
import { claimsOf, type PassContent } from './claims';

/** An Ed25519 private key as a JWK: `x` the public half, `d` the private one (base64url). */
export interface PrivatePassKey {
  readonly kid: string;
  readonly x: string;
  readonly d: string;
}

export async function signPass(content: PassContent, key: PrivatePassKey): Promise<string> {
  const privateKey = await importJWK({ kty: 'OKP', crv: 'Ed25519', x: key.x, d: key.d }, 'EdDSA');
  const payload = new TextEncoder().encode(JSON.stringify(claimsOf(content)));
  return new CompactSign(payload).setProtectedHeader({ alg: 'EdDSA', kid: key.kid }).sign(privateKey);
}
