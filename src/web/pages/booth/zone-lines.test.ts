import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { specimenTd3, TODAY } from '../../../../test/support/mrz-zones';
import { formatTd1, formatTd3, parseMrz } from '../../../domain/documents';
import { zoneLines } from './zone-lines';

// Any well-formed passport will do: the ICAO specimen the parseMrz tests read.
const DOC = specimenTd3();
const TD3 = formatTd3(DOC);
const TD1 = formatTd1({ ...DOC, documentCode: 'I' });

const lines = (input: string) => zoneLines(input, parseMrz(input, TODAY));

describe('zoneLines', () => {
  it.each([
    ['lines ending in Enter', `${TD3[0]}\n${TD3[1]}\n`],
    ['CRLF, lower case and spaces', ` ${TD3[0]?.toLowerCase()}\r\n${TD3[1]} \r\n`],
    ['one burst', TD3.join('')],
    ['a line broken at the wrong place', `${TD3[0]}${TD3[1]?.slice(0, 4)}\n${TD3[1]?.slice(4)}`],
  ])('gives the zone line by line from %s', (_case, input) => {
    expect(lines(input)).toEqual(TD3);
  });

  it('gives the filler for each ; a reader typed on a Spanish layout, as the zone is read and kept', () => {
    const typed = TD3.map((line) => line.replaceAll('<', ';')).join('\n');
    expect(lines(typed)).toEqual(TD3);
  });

  it.each([
    [
      '« for a pair of fillers and ‹ for one (text recognition)',
      (l: string) => l.replaceAll('<<', '«').replaceAll('<', '‹'),
    ],
    ['« for every filler', (l: string) => l.replaceAll('<', '«')],
    [
      'full-width characters',
      (l: string) => [...l].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join(''),
    ],
  ])('gives the zone as read, not as typed, from %s', (_case, typed) => {
    expect(lines(TD3.map(typed).join('\n'))).toEqual(TD3);
  });

  it('cuts a TD1 burst into three lines of 30', () => {
    expect(lines(TD1.join(''))).toEqual(TD1);
  });

  it('keeps the lines as typed when they fit no format', () => {
    expect(lines(`${TD3[0]}\n${TD3[1]?.slice(0, 40)}`)).toEqual([TD3[0], TD3[1]?.slice(0, 40)]);
    expect(lines('  \n\nhello\n')).toEqual(['HELLO']);
  });

  it('puts every problem parseMrz reports on a cell of the grid', () => {
    fc.assert(
      fc.property(fc.nat({ max: 88 }), fc.constantFrom('0', 'X', '<', 'O', '', 'AB'), (at, ch) => {
        const zone = TD3.join('\n');
        // One character changed, dropped or replaced by two: the grid still holds every problem's cells.
        const changed = zone.slice(0, at) + (zone[at] === '\n' ? '\n' : ch) + zone.slice(at + 1);
        const result = parseMrz(changed, TODAY);
        const grid = zoneLines(changed, result);
        for (const p of result.problems) {
          if (p.code === 'mrz.unknown-format' || p.length === 0) continue;
          expect(grid[p.line - 1]?.length ?? 0).toBeGreaterThanOrEqual(p.column + p.length - 1);
        }
      }),
    );
  });
});
