// Numbers as people type them into a count: Spanish writes a thousand 1.000 (Chile, Venezuela, Spain)
// or 1,000 (Peru), or 1 000; JavaScript's Number reads 1.000 as one and 1 000 as nothing. A count
// written with groups of three digits is read as the whole number it spells out; a pasted minus
// sign (−) or dash is a minus.

const GROUPED = /^(-?)(\d{1,3})([.,' ])(\d{3}(?:\3\d{3})*)$/;
const PLAIN = /^-?\d+$/;
const DECIMAL = /^-?\d+[.,]\d+$/;

/** Spaces a word processor or a spreadsheet puts between digit groups, and minus signs it pastes. */
function tidy(text: string): string {
  return text
    .trim()
    .replace(/[\u00a0\u2007\u2009\u202f]/g, ' ')
    .replace(/^[\u2212\u2010-\u2014]/, '-');
}

/**
 * The number a count field says: a whole number, with or without groups of three digits; a number
 * with decimals (1,5 or 1.5) as the decimal it is, for the field's check to refuse; undefined for
 * text that is not a number. With `decimals`, a field that takes them (kilometres), a comma or a
 * point is the decimal mark and groups are not read.
 */
export function numberFromTyped(text: string, decimals = false): number | undefined {
  const s = tidy(text);
  if (PLAIN.test(s)) return Number(s);
  if (!decimals) {
    const grouped = GROUPED.exec(s);
    if (grouped) {
      const [, sign = '', head = '', separator = '', rest = ''] = grouped;
      return Number(`${sign}${head}${rest.split(separator).join('')}`);
    }
  }
  if (DECIMAL.test(s)) return Number(s.replace(',', '.'));
  return undefined;
}
