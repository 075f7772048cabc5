// Travel passes: verifications per second in Node and in Chromium (the domain's verifyPass, jose over
// WebCrypto, bundled into the page), and the QR code a pass needs against a plain JSON payload of the
// same data and against the same pass as CWT/COSE + base45. Writes bench/results/passes.md.
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import QRCode from 'qrcode';
import {
  claimsOf,
  keyRingOf,
  type PassContent,
  type PassKeyset,
  revokedOf,
  signPass,
  verifyPass,
} from '../src/domain/passes';
import { CHROMIUM, CHROMIUM_FLAGS } from '../test/support/browser';
import { base45Pass, coseSign1 } from './passes-cose';

const here = dirname(fileURLToPath(import.meta.url));
const N = Number(process.env.PASO_BENCH_PASSES ?? 3000);
const ROUNDS = 3;

const CONTENT: PassContent = {
  id: '3f8a2c1e-7b4d-4e2a-9c6f-1d2e3f4a5b6c',
  name: 'María José Rodríguez Márquez',
  birthDate: '1990-05-17',
  document: { kind: 'VE-CI', number: '18273645' },
  convoy: { id: 'CV-07', name: 'Convoy 7' },
  corridor: { id: 'TAC-TUM', name: 'Tacna – Tumbes' },
  issuedAt: '2025-11-27T08:00:00.000Z',
  validFrom: '2025-11-27T08:00:00.000Z',
  validUntil: '2025-11-30T08:00:00.000Z',
};
const NOW = '2025-11-28T12:00:00.000Z';

const pair = generateKeyPairSync('ed25519');
const jwk = pair.privateKey.export({ format: 'jwk' });
const KEY = { kid: 'Xq3v9LkA', x: String(jwk.x), d: String(jwk.d) };
const KEYSET: PassKeyset = {
  version: 'bench',
  keys: [
    {
      kty: 'OKP',
      crv: 'Ed25519',
      x: KEY.x,
      kid: KEY.kid,
      alg: 'EdDSA',
      use: 'sig',
      created: '2025-11-01T00:00:00.000Z',
      retired: null,
      until: null,
    },
  ],
  // A revocation list of a realistic length: the lookup is a map, its size should not matter.
  revoked: Array.from({ length: 500 }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    at: '2025-11-27T10:00:00.000Z',
    cause: 'withdrawn' as const,
  })),
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function nodeRate(text: string): Promise<number> {
  const keys = keyRingOf(KEYSET);
  const revoked = revokedOf(KEYSET);
  const rates: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = performance.now();
    for (let i = 0; i < N; i++) {
      const result = await verifyPass(text, keys, revoked, NOW);
      if (!result.valid) throw new Error('the bench pass does not verify');
    }
    rates.push(N / ((performance.now() - start) / 1000));
  }
  return median(rates);
}

async function browserRate(text: string): Promise<{ rate: number; version: string }> {
  const bundle = await build({
    entryPoints: [join(here, '..', 'src', 'domain', 'passes', 'index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'PasoPasses',
    platform: 'browser',
    write: false,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    // WebCrypto needs a secure context: http://localhost is one; the page never touches a network.
    await page.route('http://localhost/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
    );
    await page.goto('http://localhost/bench');
    await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
    const rates = await page.evaluate(
      async ({ text, keyset, now, n, rounds }) => {
        const lib = (globalThis as unknown as { PasoPasses: typeof import('../src/domain/passes') })
          .PasoPasses;
        const keys = lib.keyRingOf(keyset);
        const revoked = lib.revokedOf(keyset);
        const out: number[] = [];
        for (let r = 0; r < rounds; r++) {
          const start = performance.now();
          for (let i = 0; i < n; i++) {
            const result = await lib.verifyPass(text, keys, revoked, now);
            if (!result.valid) throw new Error('the bench pass does not verify in the browser');
          }
          out.push(n / ((performance.now() - start) / 1000));
        }
        return out;
      },
      { text, keyset: KEYSET, now: NOW, n: N, rounds: ROUNDS },
    );
    return { rate: median(rates), version: browser.version() };
  } finally {
    await browser.close();
  }
}

function qrOf(text: string): { version: number; modules: number } {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { version: qr.version, modules: qr.modules.size };
}

async function main() {
  const started = new Date().toISOString();
  const load = loadavg()[0]?.toFixed(2);
  const text = await signPass(CONTENT, KEY);
  const plain = JSON.stringify({
    passId: CONTENT.id,
    name: CONTENT.name,
    birthDate: CONTENT.birthDate,
    document: CONTENT.document,
    convoy: CONTENT.convoy,
    corridor: CONTENT.corridor,
    issuedAt: CONTENT.issuedAt,
    validFrom: CONTENT.validFrom,
    validUntil: CONTENT.validUntil,
  });
  const shortJson = JSON.stringify(claimsOf(CONTENT));
  const cose = coseSign1(claimsOf(CONTENT), KEY.kid, pair.privateKey);
  const sizes: [string, string, number][] = [
    ['plain JSON, readable names, unsigned (baseline)', plain, Buffer.byteLength(plain)],
    ['JSON with the pass’s short claims, unsigned', shortJson, Buffer.byteLength(shortJson)],
    ['**compact JWS, EdDSA (what Paso prints)**', text, text.length],
    ['CWT in COSE_Sign1, base45 (no zlib)', `HC1:${base45Pass(cose, false)}`, 0],
    ['CWT in COSE_Sign1, zlib, base45 (EU DCC layout)', `HC1:${base45Pass(cose, true)}`, 0],
  ];
  const node = await nodeRate(text);
  const web = await browserRate(text);
  const baseline = qrOf(plain);

  const lines = [
    '## Travel passes',
    '',
    `Made by \`node --import tsx bench/passes.bench.ts\` (or \`npm run bench -- passes\`), started ${started},`,
    `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, Chromium ${web.version}, 1-minute load ${load}.`,
    '',
    '### Verifications per second',
    '',
    `One pass verified ${N} times in a row (signature, rotation rule, a 500-entry revocation list,`,
    `validity window) by the domain's \`verifyPass\`, the keyset's key imported once; median of ${ROUNDS} rounds.`,
    'The browser runs the same code bundled by esbuild, in a headless Chromium page, jose over WebCrypto.',
    '',
    '| where | verifications | per pass |',
    '| --- | --- | --- |',
    `| Node ${process.version} (WebCrypto Ed25519) | ${Math.round(node).toLocaleString('en')} /s | ${(1000 / node).toFixed(3)} ms |`,
    `| Chromium ${web.version} (WebCrypto Ed25519) | ${Math.round(web.rate).toLocaleString('en')} /s | ${(1000 / web.rate).toFixed(3)} ms |`,
    '',
    '### QR payload size',
    '',
    'The same pass (a 28-character name, full birth date, document, convoy, corridor, validity window),',
    'QR error correction level M (as printed), segments chosen by `qrcode` (byte mode for JSON and JWS,',
    'alphanumeric mode for base45).',
    '',
    '| payload | characters | QR version | modules | vs plain JSON |',
    '| --- | --- | --- | --- | --- |',
    ...sizes.map(([label, payload]) => {
      const qr = qrOf(payload);
      const ratio = (qr.modules / baseline.modules) ** 2;
      return `| ${label} | ${payload.length} | ${qr.version} | ${qr.modules}×${qr.modules} | ${ratio.toFixed(2)}× the area |`;
    }),
    '',
    'The JWS carries a 64-byte signature and base64url (4 characters per 3 bytes) in QR byte mode; the',
    'COSE form packs the same signature in binary CBOR and base45 fits QR alphanumeric mode (5.5 bits a',
    'character), so it needs a smaller code. docs/decisions/0007-travel-pass-format.md weighs that against',
    'a well-kept library that verifies JWS in the browser; no package for CBOR/COSE is installed here.',
  ];
  writeFileSync(join(here, 'results', 'passes.md'), `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
}

await main();
