import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printable } from './pdf-text';

// What Helvetica draws in a PDF without an embedded font: Windows-1252.
const DRAWN = /^[\n\x20-\x7e\xa0-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]*$/;

describe('printable', () => {
  it.each([
    [
      'Spanish, Portuguese and French as they are',
      'Ñandú, Perú, São Tomé, Haïti — «sí» 2 €',
      'Ñandú, Perú, São Tomé, Haïti — «sí» 2 €',
    ],
    [
      'letters with marks Latin-1 lacks',
      'Łódź, Şanlıurfa, Kőbánya, Đakovo',
      'Lódz, Sanliurfa, Kobánya, Dakovo',
    ],
    ['arrows and comparisons', 'Cola ≥ 2 km → Arica; −3 °C', 'Cola >= 2 km -> Arica; -3 °C'],
    ['the narrow spaces dates are written with', '7\u202fdic.\u20092026', '7 dic. 2026'],
    ['what has no nearest letter', 'Мир 😀 ✓', '??? ? ?'],
    ['a line break kept, a tab as a space', 'a\tb\nc\r', 'a b\nc'],
  ])('writes %s', (_, text, shown) => {
    expect(printable(text)).toBe(shown);
  });

  it('gives only what the fonts draw, and the same text once printable', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = printable(text);
        expect(once).toMatch(DRAWN);
        expect(printable(once)).toBe(once);
      }),
    );
  });
});
