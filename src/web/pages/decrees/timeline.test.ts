import { describe, expect, it } from 'vitest';
import type { DecreeView } from '../../api/decrees-endpoints';
import { fitLines, fitText, placeBarLabels, type TimelineBar } from './timeline';

// Seven units a character, as 12px text about is.
const widthOf = (text: string) => text.length * 7;

const bar = (number: string, row: number, x: number, width: number): TimelineBar => ({
  decree: { number } as DecreeView,
  row,
  x,
  width,
});

describe('placeBarLabels', () => {
  it('writes a number inside its bar when it fits there', () => {
    expect(placeBarLabels([bar('D.S. N.° 135', 0, 10, 200)], 600, widthOf)).toEqual([
      { place: 'inside', x: 16, text: 'D.S. N.° 135' },
    ]);
  });

  it('writes a short bar’s number after it, or before it when the band ends first', () => {
    const labels = placeBarLabels(
      [bar('D.S. N.° 135', 0, 10, 30), bar('D.S. N.° 140', 1, 560, 30)],
      600,
      widthOf,
    );
    expect(labels).toEqual([
      { place: 'after', x: 44, text: 'D.S. N.° 135' },
      { place: 'before', x: 556, text: 'D.S. N.° 140' },
    ]);
  });

  it('never writes a number over another bar of its row: it is cut inside its own, or left out', () => {
    // A declaration and its extension end to end: neither number fits beside its bar.
    const labels = placeBarLabels(
      [
        bar('D.S. N.° 135-2025-PCM', 0, 0, 100),
        bar('D.S. N.° 150-2027-PCM', 0, 100, 500),
        bar('X', 0, 600, 20),
      ],
      620,
      widthOf,
    );
    expect(labels[0]).toEqual({ place: 'inside', x: 6, text: 'D.S. N.° 13…' });
    expect(labels[1]).toEqual({ place: 'inside', x: 106, text: 'D.S. N.° 150-2027-PCM' });
    const crowded = placeBarLabels(
      [bar('D.S. N.° 135', 0, 0, 30), bar('D.S. N.° 150', 0, 30, 570)],
      600,
      widthOf,
    );
    expect(crowded[0]).toEqual({ place: 'none' });
  });
});

describe('fitText', () => {
  it('keeps a text that fits, and cuts one that does not with an ellipsis within the room', () => {
    expect(fitText('Tacna (distrito)', 200, widthOf)).toBe('Tacna (distrito)');
    const cut = fitText('Complejo Fronterizo Santa Rosa', 100, widthOf);
    expect(cut).toBe('Complejo Fron…');
    expect(widthOf(cut)).toBeLessThanOrEqual(100);
  });
});

describe('fitLines', () => {
  it('breaks a name too long for one line between words, and cuts only what two lines cannot hold', () => {
    expect(fitLines('Tacna (distrito)', 200, widthOf)).toEqual(['Tacna (distrito)']);
    expect(fitLines('Complejo Fronterizo Santa Rosa', 140, widthOf)).toEqual([
      'Complejo Fronterizo',
      'Santa Rosa',
    ]);
    expect(fitLines('Complejo Fronterizo Santa Rosa de Lima y Tacna', 140, widthOf)).toEqual([
      'Complejo Fronterizo',
      'Santa Rosa de Lima…',
    ]);
    expect(fitLines('Anticonstitucionalmente', 70, widthOf)).toEqual(['Anticonst…']);
  });
});
