import { describe, expect, it } from 'vitest';
import { fitsFormat, ISSUER_VARIANTS, NUMBER_FORMATS, numberFormatOf } from './mrz-issuers';
import { parseMrz } from './mrz-parse';

const TODAY = new Date('2025-11-27T12:00:00Z');

// ICAO 9303-3 §4.9, written out here so the cards below do not borrow the parser's arithmetic.
const characterValue = (ch: string): number => {
  if (ch === '<') return 0;
  if (ch >= '0' && ch <= '9') return ch.charCodeAt(0) - 48;
  return ch.charCodeAt(0) - 55;
};
const checkDigit = (text: string): string =>
  String([...text].reduce((sum, ch, i) => sum + characterValue(ch) * ([7, 3, 1][i % 3] ?? 1), 0) % 10);
const filled = (text: string, width: number): string => text.padEnd(width, '<');

interface Card {
  readonly issuingState: string;
  /** Twelve characters: nine in the number field, the rest at the head of the optional data. */
  readonly number: string;
  /** 'standard': Part 5 note j; 'filler': the '<' after the first nine counted in, as BEL-BO-03003. */
  readonly checkedAs: 'standard' | 'filler';
  readonly birth: string;
  readonly sex: string;
  readonly expiry: string;
  readonly optional2: string;
  readonly name: string;
}

/** A TD1 identity card with a long document number and every check digit computed. */
function td1(card: Card): readonly string[] {
  const head = card.number.slice(0, 9);
  const rest = card.number.slice(9);
  const checked = card.checkedAs === 'filler' ? `${head}<${rest}` : head + rest;
  const line1 = filled(`ID${card.issuingState}${head}<${rest}${checkDigit(checked)}`, 30);
  const middle = `${card.birth}${checkDigit(card.birth)}${card.sex}${card.expiry}${checkDigit(card.expiry)}BEL${filled(card.optional2, 11)}`;
  const composite = line1.slice(5) + middle.slice(0, 7) + middle.slice(8, 15) + middle.slice(18, 29);
  return [line1, middle + checkDigit(composite), filled(card.name, 30)];
}

// Shaped as the PRADO specimens BEL-BO-03003 (check digit over the filler) and BEL-BO-11005 (standard).
const OLDER: Card = {
  issuingState: 'BEL',
  number: '000590240601',
  checkedAs: 'filler',
  birth: '851201',
  sex: 'F',
  expiry: '131104',
  optional2: '85120100200',
  name: 'REINARTZ<<ULRIKE<KATIA<E',
};
const NEWER: Card = {
  issuingState: 'BEL',
  number: '600001795015',
  checkedAs: 'standard',
  birth: '130101',
  sex: 'F',
  expiry: '231120',
  optional2: '13010198739',
  name: 'SPECIMEN<<SPECIMEN',
};

// Both readings of a number give different check digits, or the card could not tell them apart.
const readingsDiffer = (number: string): boolean =>
  checkDigit(`${number.slice(0, 9)}<${number.slice(9)}`) !== checkDigit(number);

describe('issuer variants of ICAO 9303', () => {
  it("reads a Belgian card whose long number's check digit counts the filler, and says so", () => {
    expect(readingsDiffer(OLDER.number)).toBe(true);
    const result = parseMrz(td1(OLDER), TODAY);
    expect(result).toMatchObject({
      valid: true,
      format: 'TD1',
      problems: [],
      repairs: [],
      variant: 'long-number-filler-in-check',
      expired: true,
    });
    expect(result.fields).toMatchObject({
      documentCode: 'ID',
      issuingState: 'BEL',
      documentNumber: '000590240601',
      optionalData: '',
      optionalData2: '85120100200',
      surname: 'REINARTZ',
      givenNames: 'ULRIKE KATIA E',
      birthDate: '1985-12-01',
      expiryDate: '2013-11-04',
    });
  });

  it('reads a Belgian card that follows the standard without naming a variant', () => {
    expect(readingsDiffer(NEWER.number)).toBe(true);
    const result = parseMrz(td1(NEWER), TODAY);
    expect(result).toMatchObject({ valid: true, problems: [], repairs: [] });
    expect(result.fields?.documentNumber).toBe('600001795015');
    expect(result).not.toHaveProperty('variant');
  });

  it.each(['UTO', 'FRA', 'PER', 'CHL', 'NLD'])(
    'keeps rejecting a check digit over the filler from %s, which is not known to print one',
    (issuingState) => {
      const result = parseMrz(td1({ ...OLDER, issuingState }), TODAY);
      expect(result.valid).toBe(false);
      expect(result).not.toHaveProperty('variant');
      // Either the check fails where it is, or a look-alike reading passes and waits for a person.
      const doubts = [
        ...result.problems.map((p) => p.field),
        ...result.repairs.filter((r) => r.needsConfirmation).map((r) => r.field),
      ];
      expect(doubts).toContain('documentNumber');
    },
  );

  it('repairs a letter in a Belgian number for certain: Belgium prints only digits there', () => {
    const [line1 = '', ...rest] = td1(OLDER);
    // The first digit of the number, 0, read as the letter O.
    const result = parseMrz([`${line1.slice(0, 5)}O${line1.slice(6)}`, ...rest], TODAY);
    expect(result).toMatchObject({ valid: true, problems: [], variant: 'long-number-filler-in-check' });
    expect(result.repairs).toEqual([{ field: 'documentNumber', line: 1, column: 6, from: 'O', to: '0' }]);
    expect(result.fields?.documentNumber).toBe('000590240601');
  });
});

describe("Portugal's Cartão de Cidadão", () => {
  // PRADO PRT-BO-02001 as JMRTD's MRZInfoTest.testPRTFromPrado gives it: 000024759<ZZ7 checked with its
  // filler is 2 (the standard reading gives 0).
  const PRADO = [
    'I<PRT000024759<ZZ72<<<<<<<<<<<',
    '8010100F2006017PRT<<<<<<<<<<<8',
    'CARLOS<MONTEIRO<<AMELIA<VANESS',
  ] as const;

  it("reads a card whose long number's check digit counts the filler, and says so", () => {
    expect(checkDigit('000024759<ZZ7')).toBe('2');
    expect(checkDigit('000024759ZZ7')).toBe('0');
    expect(parseMrz(PRADO, TODAY)).toMatchObject({
      valid: true,
      variant: 'long-number-filler-in-check',
      fields: { documentNumber: '000024759ZZ7' },
    });
  });

  it('repairs a letter among the digits of the civil number for certain: the format has only digits there', () => {
    const [line1, ...rest] = PRADO;
    const result = parseMrz([`${line1.slice(0, 10)}A${line1.slice(11)}`, ...rest], TODAY);
    expect(result).toMatchObject({ valid: true, problems: [], variant: 'long-number-filler-in-check' });
    expect(result.repairs).toEqual([{ field: 'documentNumber', line: 1, column: 11, from: 'A', to: '4' }]);
  });

  it.each([
    ['000024759ZZ7', true],
    ['119000652ZX4', true],
    ['00002475ZZZ7', false],
    ['000024759ZZA', false],
  ])('checks %s against the format of its number (fits: %s)', (number, fits) => {
    const format = numberFormatOf('PRT', 'I');
    expect(format).toBeDefined();
    if (format !== undefined) expect(fitsFormat(format, number)).toBe(fits);
  });
});

describe('the issuer tables', () => {
  it.each(NUMBER_FORMATS.map((f) => [`${f.issuingState} ${f.documentCodes.join(', ')}`, f] as const))(
    'gives the number format of %s with its sources, classes N, A, X only and a prefix that fits them',
    (_, format) => {
      expect(format.sources.length).toBeGreaterThan(0);
      expect(format.pattern).toMatch(/^[NAX]+$/);
      expect(format.documentCodes.length).toBeGreaterThan(0);
      const letters = format.letters ?? 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
      [...(format.prefix ?? '')].forEach((ch, k) => {
        const isDigit = /[0-9]/.test(ch);
        const cls = format.pattern.charAt(k);
        expect(
          cls === 'N' ? isDigit : cls === 'A' ? letters.includes(ch) : isDigit || letters.includes(ch),
        ).toBe(true);
      });
    },
  );

  it.each([
    ['IX1204567', true, 'a Dutch identity card number'],
    ['LX1204567', false, 'one not starting with I'],
    ['IX12O4567', false, 'one with the letter O'],
    ['IX120456A', false, 'one ending in a letter'],
    ['IX120456', false, 'one too short'],
  ])('checks %s against the Dutch identity card format (fits: %s), %s', (number, fits) => {
    const card = numberFormatOf('NLD', 'I');
    expect(card).toBeDefined();
    if (card !== undefined) expect(fitsFormat(card, number)).toBe(fits);
  });

  it.each(ISSUER_VARIANTS.map((v) => [v.id, v] as const))('names the issuers and sources of %s', (_, v) => {
    expect(v.issuingStates.length).toBeGreaterThan(0);
    expect(v.sources.length).toBeGreaterThan(0);
  });
});
