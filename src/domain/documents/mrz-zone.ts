// Turns what a reader sends (CR, LF or CRLF between lines, one burst with no separator, stray spaces,
// lower case, `;` for `<`, `«` for `<<` as text recognition writes them, or for `<` where only that
// fits) into the zone's characters, one line after another, and decides which format
// it is.
import type { MrzFormat, MrzProblem } from './mrz-types';

export type ZoneReading =
  | { readonly ok: true; readonly format: MrzFormat; readonly width: number; readonly text: string }
  | { readonly ok: false; readonly format: MrzFormat | null; readonly problems: readonly MrzProblem[] };

const CR = 13;
const LF = 10;
const SEMICOLON = 59;

// Scratch for the fast path: where each line starts and ends in the input. Four slots are enough to
// tell a zone from something that is not one; reading is synchronous, so one scratch array is safe.
const starts = new Int32Array(4);
const ends = new Int32Array(4);

/** Reads the zone out of a reader's text, or out of lines already split. */
export function readZone(input: string | readonly string[]): ZoneReading {
  const text = typeof input === 'string' ? input : input.join('\n');
  const lines = splitClean(text);
  if (lines !== null) return fromLines(lines);
  const read = fromLines(splitSlow(text, '<<'));
  // A reader (or a keyboard layout) that types `«` for each single `<`: the lines fit only so.
  if (read.ok || !/[«≪]/.test(text)) return read;
  const single = fromLines(splitSlow(text, '<'));
  return single.ok ? single : read;
}

// One pass over the input: lines between CR/LF as slices, or null if anything needs cleaning.
function splitClean(text: string): string[] | null {
  let count = 0;
  let lineStart = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === CR || c === LF) {
      if (i > lineStart) {
        if (count === 4) return null;
        starts[count] = lineStart;
        ends[count] = i;
        count++;
      }
      lineStart = i + 1;
    } else if (c <= 32 || (c >= 97 && c <= 122) || c > 126 || c === SEMICOLON) {
      return null;
    }
  }
  if (n > lineStart) {
    if (count === 4) return null;
    starts[count] = lineStart;
    ends[count] = n;
    count++;
  }
  const lines: string[] = [];
  for (let k = 0; k < count; k++) lines.push(text.slice(starts[k], ends[k]));
  return lines;
}

// The forgiving path: upper case, spaces and control characters dropped, blank lines skipped, and `;`
// read as `<`. A reader that types like a keyboard sends the keys of a US layout; where the computer is
// set to Latin American or Spanish (as at the Peruvian and Chilean booths), Shift and the comma key,
// the reader's `<`, come out as `;`. No zone holds a `;`, so it can only be a filler.
// Text read from a photo of the page (a phone's text recognition, pasted) writes fillers as the
// characters they look like: `«` for a pair, `‹` for one, full-width `＜` and letters from an East Asian
// input method. No zone holds any of them, so each can only be what it looks like; `«` is read as the
// pair it looks like, or as one `<` when only that makes the lines fit (a reader that types it for each).
function splitSlow(text: string, guillemet: '<<' | '<'): string[] {
  return text
    .normalize('NFKC')
    .toUpperCase()
    .replaceAll(';', '<')
    .replace(/[«≪]/g, guillemet)
    .replaceAll('‹', '<')
    .split(/\r\n|\r|\n/)
    .map(dropBlanks)
    .filter((line) => line.length > 0);
}

// Spaces, tabs, control characters and any other Unicode blank are never part of a zone.
function dropBlanks(line: string): string {
  let out = '';
  for (const ch of line) {
    const c = ch.charCodeAt(0);
    if (c > 32 && c !== 127 && ch.trim() !== '') out += ch;
  }
  return out;
}

function fromLines(lines: readonly string[]): ZoneReading {
  const exact = byShape(lines);
  if (exact !== null) return exact;
  // A reader may break a zone at the wrong place or not at all: go by the total length.
  const joined = lines.join('');
  const burst = byBurst(joined);
  if (burst !== null) return burst;
  return misfit(lines, joined.length);
}

// ICAO 9303-4: a passport's document code starts with P, and a passport's zone is two lines of 44.
const isPassport = (line: string): boolean => line.charCodeAt(0) === 80;

function byShape(lines: readonly string[]): ZoneReading | null {
  const [a, b, c] = lines;
  if (lines.length === 3 && a !== undefined && b !== undefined && c !== undefined) {
    if (a.length === 30 && b.length === 30 && c.length === 30) return zone('TD1', 30, a + b + c);
    return null;
  }
  if (lines.length === 2 && a !== undefined && b !== undefined && a.length === b.length) {
    if (a.length === 44) return zone(isVisa(a) ? 'MRV-A' : 'TD3', 44, a + b);
    // A passport is never 36 wide: its lines cut short are measured against its own 44 (misfit).
    if (a.length === 36 && !isPassport(a)) return zone(isVisa(a) ? 'MRV-B' : 'TD2', 36, a + b);
  }
  return null;
}

function byBurst(joined: string): ZoneReading | null {
  switch (joined.length) {
    case 90:
      return zone('TD1', 30, joined);
    case 72:
      return isPassport(joined) ? null : zone(isVisa(joined) ? 'MRV-B' : 'TD2', 36, joined);
    case 88:
      return zone(isVisa(joined) ? 'MRV-A' : 'TD3', 44, joined);
    default:
      return null;
  }
}

// ICAO 9303-7: a visa's document code starts with V; passports with P; cards with I, A or C.
const isVisa = (line: string): boolean => line.charCodeAt(0) === 86;

const zone = (format: MrzFormat, width: number, text: string): ZoneReading => ({
  ok: true,
  format,
  width,
  text,
});

// Lines that fit no format: name the format they come closest to (a passport's, whatever their
// length, when they start with P), and every line of the wrong length.
function misfit(lines: readonly string[], total: number): ZoneReading {
  const first = lines[0];
  if (first === undefined || lines.length > 3 || lines.length < 2) {
    return {
      ok: false,
      format: null,
      problems: [{ field: 'zone', code: 'mrz.unknown-format', line: 1, column: 1, length: total }],
    };
  }
  const longest = Math.max(...lines.map((l) => l.length));
  const width =
    lines.length === 3 ? 30 : isPassport(first) || Math.abs(longest - 44) <= Math.abs(longest - 36) ? 44 : 36;
  const format: MrzFormat =
    width === 30 ? 'TD1' : width === 44 ? (isVisa(first) ? 'MRV-A' : 'TD3') : isVisa(first) ? 'MRV-B' : 'TD2';
  const problems: MrzProblem[] = [];
  lines.forEach((line, i) => {
    if (line.length !== width) {
      problems.push({ field: 'zone', code: 'mrz.line-length', line: i + 1, column: 1, length: line.length });
    }
  });
  return { ok: false, format, problems };
}
