// The same pass as a CBOR Web Token in COSE_Sign1 (RFC 8392, RFC 9052), signed with Ed25519, then
// base45 (RFC 9285) with and without zlib — the EU Digital COVID Certificate's layout — to compare
// its QR code with the JWS one. Only the size matters here: a minimal CBOR encoder, no verifier.
import { type KeyObject, sign } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { PassClaims } from '../src/domain/passes';

type Cbor = number | string | Uint8Array | readonly Cbor[] | Map<Cbor, Cbor> | { tag: number; value: Cbor };

function head(major: number, n: number): number[] {
  if (n < 24) return [(major << 5) | n];
  if (n < 0x100) return [(major << 5) | 24, n];
  if (n < 0x10000) return [(major << 5) | 25, n >> 8, n & 0xff];
  return [(major << 5) | 26, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

export function cbor(value: Cbor): Uint8Array {
  const out: number[] = [];
  const put = (v: Cbor): void => {
    if (typeof v === 'number') out.push(...(v >= 0 ? head(0, v) : head(1, -1 - v)));
    else if (typeof v === 'string') {
      const bytes = new TextEncoder().encode(v);
      out.push(...head(3, bytes.length), ...bytes);
    } else if (v instanceof Uint8Array) out.push(...head(2, v.length), ...v);
    else if (Array.isArray(v)) {
      out.push(...head(4, v.length));
      for (const item of v) put(item);
    } else if (v instanceof Map) {
      out.push(...head(5, v.size));
      for (const [k, item] of v) {
        put(k);
        put(item);
      }
    } else {
      const tagged = v as { tag: number; value: Cbor };
      out.push(...head(6, tagged.tag));
      put(tagged.value);
    }
  };
  put(value);
  return Uint8Array.from(out);
}

const B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

export function base45(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 2) {
    if (i + 1 < bytes.length) {
      let n = (bytes[i] ?? 0) * 256 + (bytes[i + 1] ?? 0);
      for (let k = 0; k < 3; k++) {
        out += B45[n % 45];
        n = Math.floor(n / 45);
      }
    } else {
      const n = bytes[i] ?? 0;
      out += `${B45[n % 45]}${B45[Math.floor(n / 45)]}`;
    }
  }
  return out;
}

/** COSE_Sign1 over the pass's claims as a CWT (registered claims by number, ours by short text keys). */
export function coseSign1(claims: PassClaims, kid: string, key: KeyObject): Uint8Array {
  const map = new Map<Cbor, Cbor>([
    [7, Uint8Array.from(Buffer.from(claims.jti.replaceAll('-', ''), 'hex'))], // cti: the UUID's 16 bytes
    [6, claims.iat],
    [5, claims.nbf],
    [4, claims.exp],
    ['n', claims.n],
  ]);
  if (claims.b) map.set('b', claims.b);
  if (claims.d) map.set('d', [claims.d.k, claims.d.n]);
  map.set('cv', [claims.cv.i, claims.cv.n]);
  map.set('co', [claims.co.i, claims.co.n]);
  const payload = cbor(map);
  const protectedHeader = cbor(
    new Map<Cbor, Cbor>([
      [1, -8],
      [4, new TextEncoder().encode(kid)],
    ]),
  );
  const toBeSigned = cbor(['Signature1', protectedHeader, new Uint8Array(0), payload]);
  const signature = sign(null, toBeSigned, key);
  return cbor({ tag: 18, value: [protectedHeader, new Map(), payload, new Uint8Array(signature)] });
}

export const base45Pass = (cose: Uint8Array, compress: boolean) =>
  base45(compress ? new Uint8Array(deflateSync(cose, { level: 9 })) : cose);
