import { describe, expect, it } from 'vitest';
import { specimenTd3, TODAY } from '../../../../test/support/mrz-zones';
import { formatTd1, formatTd3, parseMrz } from '../../../domain/documents';
import { latestZone } from './latest-zone';

// Any well-formed passport will do: the ICAO specimen the parseMrz tests read.
const DOC = specimenTd3();
const TD3 = formatTd3(DOC).join('\n');
const OTHER = formatTd3({ ...DOC, givenNames: 'ANA', documentNumber: '987654321' }).join('\n');
const TD1 = formatTd1({ ...DOC, documentCode: 'I', documentNumber: '1020304050' }).join('\n');
// The reader dropped one character of the second line.
const CUT = `${TD3.slice(0, 60)}${TD3.slice(61)}`;
// The second line's birth date check digit read wrong.
const MISREAD = TD3.slice(0, 64) + (TD3[64] === '3' ? '4' : '3') + TD3.slice(65);

const latest = (text: string) => latestZone(text, (zone) => parseMrz(zone, TODAY));

describe('latestZone', () => {
  it.each([
    ['the same passport swiped twice', `${TD3}\n${TD3}\n`, TD3],
    ['a good swipe after one cut short', `${CUT}\n${TD3}`, TD3],
    ['a good swipe after a misread one', `${MISREAD}\n${TD3}\n`, TD3],
    ['another passport after the first', `${TD3}\n${OTHER}`, OTHER],
    ['an identity card (three lines) swiped twice', `${TD1}\n\n${TD1}\r\n`, TD1],
    ['a card after a passport', `${TD3}\n${TD1}`, TD1],
    ['a passport and a stray character after it', `${TD3}\n\``, TD3],
    ['a card and a stray character after it', `${TD1}\n]\n`, TD1],
  ])('reads only the last zone of %s', (_case, text, expected) => {
    expect(latest(text)).toBe(expected);
    expect(parseMrz(latest(text), TODAY).valid).toBe(true);
  });

  it.each([
    ['one zone', TD3],
    ['one zone with a trailing Enter', `${TD3}\n`],
    ['a zone broken at the wrong place', `${TD3.slice(0, 50)}\n${TD3.slice(50).replace('\n', '')}`],
    ['a second swipe still under way', `${TD3}\n${OTHER.slice(0, 50)}`],
    ['a second swipe that was misread', `${TD3}\n${MISREAD}`],
    ['the first letter of a second swipe', `${TD3}\nP`],
    ['a stray character after a misread zone', `${MISREAD}\n\``],
    ['more than a stray after the zone', `${TD3}\n123`],
    ['nothing', ''],
  ])('leaves the text as it is for %s', (_case, text) => {
    expect(latest(text)).toBe(text);
  });
});
