import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { documentsCheck } from './documents-check';

const TODAY = new Date('2025-11-27');
const TD3 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10';

async function run(
  chunks: readonly (string | Buffer)[],
): Promise<{ counts: { lines: number; invalid: number }; out: unknown[] }> {
  const output = new PassThrough();
  const collected: Buffer[] = [];
  output.on('data', (b: Buffer) => collected.push(b));
  const counts = await documentsCheck(Readable.from(chunks), output, TODAY);
  output.end();
  const text = Buffer.concat(collected).toString('utf8');
  return {
    counts,
    out: text
      .split('\n')
      .filter((l) => l.length > 0)
      .map((l) => JSON.parse(l)),
  };
}

describe('documentsCheck', () => {
  it('writes one result line per input line and counts the invalid ones', async () => {
    const input = [
      JSON.stringify({ mrz: TD3, ref: 1 }),
      '',
      JSON.stringify({ idType: 'CL-RUN', number: '12.345.678-4', ref: 2 }),
      'not json',
    ].join('\r\n');
    const { counts, out } = await run([input]);
    expect(counts).toEqual({ lines: 3, invalid: 2 });
    expect(out).toMatchObject([
      { valid: true, format: 'TD3', ref: 1 },
      { valid: false, idType: 'CL-RUN', ref: 2 },
      { valid: false, problems: [{ code: 'input.json' }] },
    ]);
  });

  it('counts a zone whose repaired document number awaits confirmation as invalid, and says why', async () => {
    // The 0 of L898902C3 read as the letter O: the check digit chooses 0, but cannot be sure of it.
    const { counts, out } = await run([JSON.stringify({ mrz: TD3.replace('L89890', 'L8989O'), ref: 'o' })]);
    expect(counts).toEqual({ lines: 1, invalid: 1 });
    expect(out).toMatchObject([
      {
        valid: false,
        problems: [],
        fields: { documentNumber: 'L898902C3' },
        repairs: [{ field: 'documentNumber', from: 'O', to: '0', needsConfirmation: true }],
        ref: 'o',
      },
    ]);
  });

  it('joins lines split across chunks, and multi-byte characters split across buffers', async () => {
    const line = `${JSON.stringify({ idType: 'VE-CI', number: 'V-12.345.678', ref: 'ñandú' })}\n`;
    const bytes = Buffer.from(line.repeat(3), 'utf8');
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) =>
      bytes.subarray(i * 7, i * 7 + 7),
    );
    const { counts, out } = await run(chunks);
    expect(counts).toEqual({ lines: 3, invalid: 0 });
    expect(out).toEqual(
      Array(3).fill({
        valid: true,
        idType: 'VE-CI',
        normalized: 'V12345678',
        display: 'V-12.345.678',
        problems: [],
        ref: 'ñandú',
      }),
    );
  });

  it.each([
    ['in one buffer', [Buffer.from(`\ufeff${JSON.stringify(TD3)}\n`, 'utf8')]],
    [
      'split across buffers',
      [Buffer.from([0xef]), Buffer.from(`\xbb\xbf${JSON.stringify(TD3)}\n`, 'latin1')],
    ],
    ['in text', [`\ufeff${JSON.stringify(TD3)}\n`]],
  ])('ignores a byte-order mark at the start of the input, %s', async (_, chunks) => {
    const { counts, out } = await run(chunks);
    expect(counts).toEqual({ lines: 1, invalid: 0 });
    expect(out).toMatchObject([{ valid: true, format: 'TD3' }]);
  });

  it('reads a last line without a newline', async () => {
    const { counts } = await run([JSON.stringify(TD3)]);
    expect(counts).toEqual({ lines: 1, invalid: 0 });
  });
});
