// The zone as the parser saw it, line by line, so the booth can draw it as a grid in which a
// problem's line and column point at the right cell, however the reader sent it.
import { type MrzResult, readZone } from '../../../domain/documents';

const WIDTH = { TD1: 30, TD2: 36, TD3: 44, 'MRV-A': 44, 'MRV-B': 36 } as const;

// Spaces, tabs and control characters are never part of a zone (as parseMrz reads it).
const isZoneCharacter = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  return c > 32 && c !== 127 && ch.trim() !== '';
};

/**
 * The lines parseMrz located its problems in: the zone as parseMrz read it (readZone: `;`, `«`, `‹`
 * and full-width characters read as what they stand for, blanks dropped), cut at the format's width;
 * for a zone that fits no format, its lines read the same way. These lines are also the zone as read
 * that the registration keeps.
 */
export function zoneLines(input: string, result: Pick<MrzResult, 'format'>): readonly string[] {
  const read = readZone(input);
  if (read.ok) {
    const count = read.text.length / read.width;
    return Array.from({ length: count }, (_, i) => read.text.slice(i * read.width, (i + 1) * read.width));
  }
  const lines = input
    .normalize('NFKC')
    .toUpperCase()
    .replaceAll(';', '<')
    .replace(/[«≪]/g, '<<')
    .replaceAll('‹', '<')
    .split(/\r\n|\r|\n/)
    .map((line) => [...line].filter(isZoneCharacter).join(''))
    .filter((line) => line.length > 0);
  if (result.format === null) return lines;
  const width = WIDTH[result.format];
  const joined = lines.join('');
  const count = result.format === 'TD1' ? 3 : 2;
  if (joined.length !== width * count) return lines;
  return Array.from({ length: count }, (_, i) => joined.slice(i * width, (i + 1) * width));
}
