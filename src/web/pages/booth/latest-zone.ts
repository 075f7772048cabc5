// A reader swiped again over a zone already in the scan field (the first read was poor, or nobody
// pressed "Nueva lectura"): its lines come after the old ones. When the last lines make a whole zone
// whose checks all pass, that is the document in the officer's hand, and the older lines are dropped.
// A stray character or two a reader sent after a zone are dropped the same way.
import type { MrzResult } from '../../../domain/documents';

const WIDTH = { TD1: 30, TD2: 36, TD3: 44, 'MRV-A': 44, 'MRV-B': 36 } as const;

// Spaces, tabs and control characters are never part of a zone (as parseMrz reads it).
const zoneLength = (line: string): number =>
  [...line].filter((ch) => {
    const c = ch.charCodeAt(0);
    return c > 32 && c !== 127 && ch.trim() !== '';
  }).length;

/**
 * The scan field's text as it should be read: the text itself, or, when it holds more lines than one
 * zone and its last two (or three) lines are a zone with no problem, only those lines. A tail with a
 * problem is not taken: it could be the start of the next swipe, or a misread of the old one. Nor is
 * a last line that could open the next swipe taken for a stray.
 */
export function latestZone(text: string, read: (text: string) => MrzResult): string {
  const lines = text.split(/\r\n|\r|\n/).filter((line) => zoneLength(line) > 0);
  for (const count of [2, 3]) {
    if (lines.length <= count) continue;
    const tail = lines.slice(-count);
    const result = read(tail.join('\n'));
    if (result.format === null || result.fields === null || result.problems.length > 0) continue;
    const width = WIDTH[result.format];
    if (tail.every((line) => zoneLength(line) === width)) return tail.join('\n');
  }
  return withoutStray(lines, read) ?? text;
}

// A zone's first line opens with its document code (ICAO 9303: P, I, A, C or V), so a next swipe does too.
const OPENS_ZONE = /^[PIACV]/i;

/**
 * The zone without one or two characters a reader sent after it (a suffix it was set up with, a
 * key of the wrong layout), when they cannot be the start of another swipe and the zone before them
 * reads with no problem; null otherwise.
 */
function withoutStray(lines: readonly string[], read: (text: string) => MrzResult): string | null {
  const last = (lines.at(-1) ?? '').trim();
  if (lines.length < 3 || zoneLength(last) > 2 || OPENS_ZONE.test(last)) return null;
  const zone = lines.slice(0, -1).join('\n');
  const result = read(zone);
  return result.fields !== null && result.problems.length === 0 ? zone : null;
}
