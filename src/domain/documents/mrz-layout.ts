// Where each field sits in each ICAO 9303 format, as offsets into the zone's lines joined end to end
// (Part 4 TD3, Part 5 TD1, Part 6 TD2, Part 7 MRV-A and MRV-B).
import type { MrzFormat } from './mrz-types';

/** `[start, end)` offsets into the joined zone. */
export type Span = readonly [start: number, end: number];

export interface Layout {
  readonly format: MrzFormat;
  readonly width: number;
  readonly lines: number;
  readonly documentCode: Span;
  readonly issuingState: Span;
  readonly name: Span;
  readonly documentNumber: Span;
  readonly documentNumberCheck: number;
  readonly nationality: Span;
  readonly birthDate: Span;
  readonly birthDateCheck: number;
  readonly sex: number;
  readonly expiryDate: Span;
  readonly expiryDateCheck: number;
  readonly optionalData: Span;
  /** TD3 only: the personal number's check digit. */
  readonly optionalDataCheck: number | null;
  /** TD1 only: the optional data of the middle line. */
  readonly optionalData2: Span | null;
  /** TD1, TD2, TD3: the spans the composite check digit covers, and where it is. */
  readonly composite: { readonly spans: readonly Span[]; readonly at: number } | null;
  /** TD1 and TD2 (Parts 5 and 6, note j): a number over nine characters goes on in the optional data. */
  readonly longNumber: boolean;
  /** The first letters the document code may start with. */
  readonly codeLetters: string;
}

const TD1: Layout = {
  format: 'TD1',
  width: 30,
  lines: 3,
  documentCode: [0, 2],
  issuingState: [2, 5],
  documentNumber: [5, 14],
  documentNumberCheck: 14,
  optionalData: [15, 30],
  birthDate: [30, 36],
  birthDateCheck: 36,
  sex: 37,
  expiryDate: [38, 44],
  expiryDateCheck: 44,
  nationality: [45, 48],
  optionalData2: [48, 59],
  composite: {
    spans: [
      [5, 30],
      [30, 37],
      [38, 45],
      [48, 59],
    ],
    at: 59,
  },
  name: [60, 90],
  optionalDataCheck: null,
  longNumber: true,
  codeLetters: 'IAC',
};

const TD2: Layout = {
  format: 'TD2',
  width: 36,
  lines: 2,
  documentCode: [0, 2],
  issuingState: [2, 5],
  name: [5, 36],
  documentNumber: [36, 45],
  documentNumberCheck: 45,
  nationality: [46, 49],
  birthDate: [49, 55],
  birthDateCheck: 55,
  sex: 56,
  expiryDate: [57, 63],
  expiryDateCheck: 63,
  optionalData: [64, 71],
  optionalDataCheck: null,
  optionalData2: null,
  composite: {
    spans: [
      [36, 46],
      [49, 56],
      [57, 71],
    ],
    at: 71,
  },
  longNumber: true,
  codeLetters: 'IAC',
};

const TD3: Layout = {
  format: 'TD3',
  width: 44,
  lines: 2,
  documentCode: [0, 2],
  issuingState: [2, 5],
  name: [5, 44],
  documentNumber: [44, 53],
  documentNumberCheck: 53,
  nationality: [54, 57],
  birthDate: [57, 63],
  birthDateCheck: 63,
  sex: 64,
  expiryDate: [65, 71],
  expiryDateCheck: 71,
  optionalData: [72, 86],
  optionalDataCheck: 86,
  optionalData2: null,
  composite: {
    spans: [
      [44, 54],
      [57, 64],
      [65, 87],
    ],
    at: 87,
  },
  longNumber: false,
  codeLetters: 'P',
};

// Part 7: visas have no composite check digit; the optional data runs to the end of the line.
const MRV_A: Layout = {
  ...TD3,
  format: 'MRV-A',
  optionalData: [72, 88],
  optionalDataCheck: null,
  composite: null,
  codeLetters: 'V',
};

const MRV_B: Layout = {
  ...TD2,
  format: 'MRV-B',
  optionalData: [64, 72],
  composite: null,
  longNumber: false,
  codeLetters: 'V',
};

export const LAYOUTS: Readonly<Record<MrzFormat, Layout>> = {
  TD1,
  TD2,
  TD3,
  'MRV-A': MRV_A,
  'MRV-B': MRV_B,
};

/**
 * The layout moved for a zone read in place, lines still separated by `separator` characters
 * (1 for LF or CR, 2 for CRLF): the fast path reads the reader's own string without joining it.
 */
export function layoutInPlace(layout: Layout, separator: number): Layout {
  const at = (offset: number): number => offset + Math.floor(offset / layout.width) * separator;
  const span = ([start, end]: Span): Span => [at(start), at(end - 1) + 1];
  return {
    format: layout.format,
    width: layout.width,
    lines: layout.lines,
    documentCode: span(layout.documentCode),
    issuingState: span(layout.issuingState),
    name: span(layout.name),
    documentNumber: span(layout.documentNumber),
    documentNumberCheck: at(layout.documentNumberCheck),
    nationality: span(layout.nationality),
    birthDate: span(layout.birthDate),
    birthDateCheck: at(layout.birthDateCheck),
    sex: at(layout.sex),
    expiryDate: span(layout.expiryDate),
    expiryDateCheck: at(layout.expiryDateCheck),
    optionalData: span(layout.optionalData),
    optionalDataCheck: layout.optionalDataCheck === null ? null : at(layout.optionalDataCheck),
    optionalData2: layout.optionalData2 === null ? null : span(layout.optionalData2),
    composite:
      layout.composite === null
        ? null
        : { spans: layout.composite.spans.map(span), at: at(layout.composite.at) },
    longNumber: layout.longNumber,
    codeLetters: layout.codeLetters,
  };
}
