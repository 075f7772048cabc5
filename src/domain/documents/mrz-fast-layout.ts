import { LAYOUTS, type Layout, layoutInPlace, type Span } from './mrz-layout';
import type { MrzFormat } from './mrz-types';

// A segment is a run of checked characters of one field, with the field's check digit if it has one.
// Each is stored as SEGMENT numbers: where it runs, where its check digit is (-1 for none), whether
// that digit may be '<' (Part 4: an unused personal number), and the composite weights of the run's
// characters at offsets 0, 1, 2 (mod 3) and of the check digit (all 0 for a visa, which has none).
export const SEGMENT = 8;
export const S_START = 0;
export const S_END = 1;
export const S_CHECK = 2;
export const S_FILLER_CHECK = 3;
export const S_W0 = 4;
export const S_W1 = 5;
export const S_W2 = 6;
export const S_WCHECK = 7;

/** A layout moved in place, flattened to numbers so the reader looks at one object shape. */
export interface FastLayout {
  readonly format: MrzFormat;
  readonly codeAt: number;
  /** Bit n set when the document code may start with the letter 'A' + n. */
  readonly codeMask: number;
  readonly issuingAt: number;
  readonly nationalityAt: number;
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly numberStart: number;
  readonly numberEnd: number;
  /** TD1 and TD2: where '<' says the number goes on in the optional data; -1 elsewhere. */
  readonly longNumberAt: number;
  readonly birthAt: number;
  readonly sexAt: number;
  readonly expiryAt: number;
  readonly optionalStart: number;
  readonly optionalEnd: number;
  readonly optional2Start: number;
  readonly optional2End: number;
  /** Where the composite check digit is; -1 for a visa. */
  readonly compositeAt: number;
  readonly segments: Int32Array;
}

// ICAO 9303-3 §4.9: weights 7, 3, 1 repeating.
const WEIGHTS = [7, 3, 1] as const;
const weight = (k: number): number => WEIGHTS[k % 3] ?? 1;

function segmentsOf(layout: Layout): Int32Array {
  const list: [span: Span, check: number, fillerCheck: boolean][] = [
    [layout.documentNumber, layout.documentNumberCheck, false],
    [layout.birthDate, layout.birthDateCheck, false],
    [layout.expiryDate, layout.expiryDateCheck, false],
    [layout.optionalData, layout.optionalDataCheck ?? -1, layout.optionalDataCheck !== null],
  ];
  if (layout.optionalData2 !== null) list.push([layout.optionalData2, -1, false]);
  // Each character's index in the composite, so its weight there.
  const index = new Map<number, number>();
  for (const [s, e] of layout.composite?.spans ?? []) for (let i = s; i < e; i++) index.set(i, index.size);
  const compositeWeight = (at: number): number => {
    if (layout.composite === null) return 0;
    const k = index.get(at);
    if (k === undefined) throw new Error(`${layout.format}: offset ${at} is not under the composite`);
    index.delete(at);
    return weight(k);
  };
  const out = new Int32Array(list.length * SEGMENT);
  list.forEach(([[start, end], check, fillerCheck], n) => {
    const first = compositeWeight(start);
    const at = n * SEGMENT;
    out[at + S_START] = start;
    out[at + S_END] = end;
    out[at + S_CHECK] = check;
    out[at + S_FILLER_CHECK] = fillerCheck ? 1 : 0;
    out[at + S_W0] = first;
    // The run's weights follow its first one: 7, 3, 1 or 3, 1, 7 or 1, 7, 3.
    out[at + S_W1] = end - start > 1 ? compositeWeight(start + 1) : 0;
    out[at + S_W2] = end - start > 2 ? compositeWeight(start + 2) : 0;
    for (let i = start + 3; i < end; i++) compositeWeight(i);
    out[at + S_WCHECK] = check >= 0 ? compositeWeight(check) : 0;
  });
  // Every character under the composite must be in exactly one segment.
  if (index.size > 0) throw new Error(`${layout.format}: composite characters outside every segment`);
  return out;
}

function fastOf(layout: Layout): FastLayout {
  return {
    format: layout.format,
    codeAt: layout.documentCode[0],
    codeMask: [...layout.codeLetters].reduce((mask, ch) => mask | (1 << (ch.charCodeAt(0) - 65)), 0),
    issuingAt: layout.issuingState[0],
    nationalityAt: layout.nationality[0],
    nameStart: layout.name[0],
    nameEnd: layout.name[1],
    numberStart: layout.documentNumber[0],
    numberEnd: layout.documentNumber[1],
    longNumberAt: layout.longNumber ? layout.documentNumberCheck : -1,
    birthAt: layout.birthDate[0],
    sexAt: layout.sex,
    expiryAt: layout.expiryDate[0],
    optionalStart: layout.optionalData[0],
    optionalEnd: layout.optionalData[1],
    optional2Start: layout.optionalData2?.[0] ?? 0,
    optional2End: layout.optionalData2?.[1] ?? 0,
    compositeAt: layout.composite?.at ?? -1,
    segments: segmentsOf(layout),
  };
}

// By separator width between lines: 0 (one burst), 1 (LF or CR), 2 (CRLF).
const inPlaceOf = (layout: Layout): readonly [FastLayout, FastLayout, FastLayout] => [
  fastOf(layoutInPlace(layout, 0)),
  fastOf(layoutInPlace(layout, 1)),
  fastOf(layoutInPlace(layout, 2)),
];
const [TD1_0, TD1_1, TD1_2] = inPlaceOf(LAYOUTS.TD1);
const [TD2_0, TD2_1, TD2_2] = inPlaceOf(LAYOUTS.TD2);
const [TD3_0, TD3_1, TD3_2] = inPlaceOf(LAYOUTS.TD3);
const [MRVA_0, MRVA_1, MRVA_2] = inPlaceOf(LAYOUTS['MRV-A']);
const [MRVB_0, MRVB_1, MRVB_2] = inPlaceOf(LAYOUTS['MRV-B']);

function isBreak(text: string, at: number, width: number): boolean {
  const c = text.charCodeAt(at);
  if (width === 1) return c === 10 || c === 13;
  return c === 13 && text.charCodeAt(at + 1) === 10;
}

// A zone exactly as a clean reader sends it, recognised by its length and where its line breaks fall.
// ICAO 9303-7: a visa's document code starts with V.
export function inPlace(text: string): FastLayout | null {
  const visa = text.charCodeAt(0) === 86;
  switch (text.length) {
    case 88:
      return visa ? MRVA_0 : TD3_0;
    case 89:
      return isBreak(text, 44, 1) ? (visa ? MRVA_1 : TD3_1) : null;
    case 90:
      return isBreak(text, 44, 2) ? (visa ? MRVA_2 : TD3_2) : TD1_0;
    case 72:
      return visa ? MRVB_0 : TD2_0;
    case 73:
      return isBreak(text, 36, 1) ? (visa ? MRVB_1 : TD2_1) : null;
    case 74:
      return isBreak(text, 36, 2) ? (visa ? MRVB_2 : TD2_2) : null;
    case 92:
      return isBreak(text, 30, 1) && isBreak(text, 61, 1) ? TD1_1 : null;
    case 94:
      return isBreak(text, 30, 2) && isBreak(text, 62, 2) ? TD1_2 : null;
    default:
      return null;
  }
}
