import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isPastedZone,
  isZoneKey,
  type KeyRun,
  keyOutsideFields,
  type LoneKey,
  nextRun,
  READER_GAP_MS,
  type TypedKey,
} from './zone-in-field';

/** Types `text` into a field from `caret` on, one key every `gap` ms: whether a key is taken for a zone's. */
function typeInto(text: string, gap: number, caret = 0, field = 'reg-givenNames') {
  let run: KeyRun | null = null;
  const zoneAt: number[] = [];
  [...text].forEach((key, i) => {
    const typed: TypedKey = { field, key, at: 1_000 + i * gap, caret: caret + i };
    run = nextRun(run, typed);
    if (isZoneKey(run, typed)) zoneAt.push(i);
  });
  return zoneAt;
}

const TD3 = 'P<VENPEREZ<GOMEZ<<JOSE<LUIS<<<<<<<<<<<<<<<<<<';

describe('a zone typed into a form field', () => {
  it('is told at the first filler of a reader, after the document code', () => {
    expect(typeInto(TD3, 8)[0]).toBe(1);
    expect(typeInto('IDCHL12345678<', 8, 4)).toEqual([13]);
  });

  it('is the run from its first key, wherever the caret was in the field', () => {
    let run: KeyRun | null = null;
    for (const [i, key] of [...'P<'].entries()) {
      const typed = { field: 'f', key, at: i, caret: 4 + i };
      run = nextRun(run, typed);
      if (key === '<') expect(isZoneKey(run, typed) && run.start).toBe(4);
    }
  });

  it.each([
    ['a person typing a name', 'JOSE LUIS', 8],
    ['a filler typed alone', '<', 8],
    ['a filler typed after a pause', 'P<', READER_GAP_MS + 1],
    ['a name in small letters, then a filler', 'jose<', 8],
  ])('is not told from %s', (_, text, gap) => {
    expect(typeInto(text, gap)).toEqual([]);
  });

  it('starts a new run in another field', () => {
    const run = nextRun(null, { field: 'a', key: 'P', at: 0, caret: 0 });
    const typed = { field: 'b', key: '<', at: 1, caret: 0 };
    expect(isZoneKey(nextRun(run, typed), typed)).toBe(false);
  });

  it('never takes a key that is no zone character for a reader', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), (key, at) => {
        fc.pre(!/^[A-Z0-9<]$/.test(key));
        expect(nextRun({ field: 'f', start: 0, lastAt: at }, { field: 'f', key, at, caret: 1 })).toBeNull();
      }),
    );
  });
});

describe('a pasted zone', () => {
  it.each([
    [`${TD3}\nA1234567<9VEN8001014M3001012<<<<<<<<<<<<<<04`, true],
    [`  ${TD3}  `, true],
    ['IDCHL1234567<<<<<<<<<<<<<<<<<\r\n8001014M3001012CHL<<<<<<<<<<<4', true],
    ['JOSE LUIS', false],
    ['P<VEN', false],
    ['PEREZ GOMEZ JOSE LUIS MARIA DEL CARMEN', false],
  ])('%j is a zone: %s', (text, expected) => {
    expect(isPastedZone(text)).toBe(expected);
  });

  it('never throws, whatever is pasted', () => {
    fc.assert(fc.property(fc.string(), (text) => void isPastedZone(text)));
  });
});

describe('zone characters typed on a button or a radio', () => {
  // Each key typed `gap` ms after the one before: the text that goes to the scan field, by key.
  const typed = (text: string, gap: number) => {
    let pending: LoneKey | null = null;
    return [...text].map((key, i) => {
      const next = keyOutsideFields(pending, { key, at: 5_000 + i * gap });
      pending = next.pending;
      return next.send;
    });
  };

  it("send a reader's swipe to the scan field from its second key, the first one with it", () => {
    expect(typed('P<VEN', 4)).toEqual([null, 'P<', null, 'VE', null]);
  });

  it('leave a key pressed alone (a "1" on the next person\'s button) doing nothing', () => {
    expect(typed('1', 0)).toEqual([null]);
    expect(typed('12', READER_GAP_MS + 1)).toEqual([null, null]);
  });
});
