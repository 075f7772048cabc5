import { afterEach, describe, expect, it } from 'vitest';
import { tallyLine } from '../../../test/support/tally-lines';
import { inlineLineReader, type LineReader, readEventLine, workerLineReader } from './event-lines';

const crossing = (n: number, givenNames = 'José María', surname1 = 'Peña') =>
  JSON.stringify({
    kind: 'crossing',
    id: `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`,
    at: '2025-11-28T14:05:00-05:00',
    checkpoint: 'PE-SANTA-ROSA',
    direction: 'entry',
    decision: 'admitted',
    person: { surname1, givenNames, birthDate: '1990-02', nationality: 'VEN' },
  });

const tally = (n: number) => tallyLine(n);

describe('reading the lines of an import', () => {
  it('prepares a crossing: canonical body with sorted keys, its SHA-256, and the name key', () => {
    const line = readEventLine(crossing(1));
    if (line.kind !== 'event') throw new Error(`expected an event, got ${line.kind}`);
    expect(line.prepared.body.indexOf('"at"')).toBeLessThan(line.prepared.body.indexOf('"checkpoint"'));
    expect(JSON.parse(line.prepared.body)).toEqual(line.event);
    expect(line.prepared.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(line.prepared.nameKey).toBe('PENA||JOSE MARIA');
    const counted = readEventLine(tally(1));
    expect(counted.kind === 'event' && 'nameKey' in counted.prepared).toBe(false);
  });

  it('names what is wrong with a bad line and skips blank ones', () => {
    expect(readEventLine('   ')).toEqual({ kind: 'blank' });
    expect(readEventLine('{"kind":')).toMatchObject({
      kind: 'bad',
      reason: expect.stringMatching(/^not JSON/),
    });
    const refused = readEventLine(tally(2).replace('"count":3', '"count":0'));
    expect(refused).toMatchObject({ kind: 'bad', reason: expect.stringContaining('count') });
    // A name without a letter to compare is refused when applied; its key is null, not missing.
    const line = readEventLine(crossing(3, '…', '–'));
    expect(line.kind === 'event' && line.prepared.nameKey).toBeNull();
  });

  it('refuses an event dated more than five minutes after this clock, as the server does', async () => {
    const at = (iso: string) => crossing(4).replace('2025-11-28T14:05:00-05:00', iso);
    const now = Date.parse('2025-11-28T19:05:00Z');
    expect(readEventLine(at('2025-11-28T19:09:59Z'), now).kind).toBe('event');
    expect(readEventLine(at('2025-11-28T19:10:01Z'), now)).toMatchObject({
      kind: 'bad',
      reason: expect.stringContaining("after the server's clock (2025-11-28T19:05:00.000Z)"),
    });
    // Each reader compares with the clock of its own time: a line dated in 2099 is refused by both.
    const ahead = [at('2099-01-01T00:00:00Z')];
    for (const reader of [inlineLineReader(), workerLineReader()]) {
      expect(await reader.read(ahead)).toMatchObject([
        { kind: 'bad', reason: expect.stringContaining('event.in-future') },
      ]);
      await reader.stop();
    }
  });

  describe('in a worker thread', () => {
    let reader: LineReader | undefined;
    afterEach(async () => {
      await reader?.stop();
    });

    it('answers every chunk as this thread reads it, in the order asked, with several in flight', async () => {
      reader = workerLineReader();
      const chunks = Array.from({ length: 4 }, (_, c) =>
        Array.from({ length: 50 }, (_, i) => {
          const n = c * 50 + i;
          return n % 7 === 0 ? '{not json' : n % 5 === 0 ? '' : n % 2 === 0 ? tally(n) : crossing(n);
        }),
      );
      const inline = inlineLineReader();
      const expected = await Promise.all(chunks.map((c) => inline.read(c)));
      const read = await Promise.all(chunks.map((c) => (reader as LineReader).read(c)));
      expect(read).toEqual(expected);
      expect(read.flat().filter((l) => l.kind === 'bad')).toHaveLength(29);
    });
  });
});
