// Text the situation report prints as its standard fonts can draw it. Helvetica, as pdfkit embeds no
// font, writes only Windows-1252 (Latin-1 and a few quotes, dashes and the euro); any other character
// came out as one or two unrelated ones ("→" as "!'", "Łódź" as "6Az"). What staff type (a decree's
// measures, an incident's title, a checkpoint's name) is written with the nearest letters instead.
import type { SitrepData } from '../../domain/reports';

// Windows-1252 beyond Latin-1 (its 0x80–0x9F block), as the PDF's WinAnsiEncoding has them.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

// Letters that have no decomposition to a Latin letter and a mark, and common symbols.
const NEAREST: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŀ: 'l',
  Ŀ: 'L',
  ŧ: 't',
  Ŧ: 'T',
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '≈': '~',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '―': '—',
  '′': "'",
  '″': '"',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
};

const canDraw = (c: string): boolean => {
  const code = c.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(c);
};

/** `text` with every character the report's fonts cannot draw replaced by the nearest they can, or "?". */
export function printable(text: string): string {
  let out = '';
  for (const c of text) {
    if (canDraw(c) || c === '\n') out += c;
    else if (c === '\t') out += ' ';
    else if (/\p{Cc}/u.test(c)) continue;
    else {
      const near = NEAREST[c] ?? c.normalize('NFKD').replace(/\p{M}/gu, '');
      out += near !== '' && [...near].every(canDraw) ? near : '?';
    }
  }
  return out;
}

/** The report's content with every text its registers give (not its figures) made printable. */
export function printableData(data: SitrepData): SitrepData {
  const place = (c: { readonly code: string; readonly name: string }) => ({
    code: printable(c.code),
    name: printable(c.name),
  });
  const { decree } = data;
  return {
    ...data,
    checkpoint: data.checkpoint === null ? null : place(data.checkpoint),
    checkpoints: data.checkpoints.map(place),
    decree:
      decree === null
        ? null
        : {
            ...decree,
            title: printable(decree.title),
            measures: decree.measures.map(printable),
            sinceDeclared:
              decree.sinceDeclared === undefined
                ? undefined
                : {
                    ...decree.sinceDeclared,
                    declaration: printable(decree.sinceDeclared.declaration),
                    checkpoints: decree.sinceDeclared.checkpoints.map(printable),
                  },
          },
    incidents: data.incidents.map((i) => ({
      ...i,
      kind: printable(i.kind),
      severity: printable(i.severity),
      checkpoint: i.checkpoint === null ? null : printable(i.checkpoint),
      summary: printable(i.summary),
    })),
  };
}
