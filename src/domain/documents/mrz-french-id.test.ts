// France's identity card of 1988 to 2021: its own two lines of 36, read as a documented variant.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMrz, parseSlowly } from './mrz-parse';

const TODAY = new Date('2025-11-27T12:00:00Z');
const TODAY_NUMBER = 20251127;

// ICAO 9303-3 §4.9 written out here, so the cards below do not borrow the reader's arithmetic.
const value = (ch: string): number =>
  ch === '<' ? 0 : ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : ch.charCodeAt(0) - 55;
const check = (text: string): string =>
  String([...text].reduce((sum, ch, i) => sum + value(ch) * ([7, 3, 1][i % 3] ?? 1), 0) % 10);

interface FrenchCard {
  readonly surname: string;
  readonly office: string;
  readonly number: string;
  readonly given: string;
  readonly birth: string;
  readonly sex: string;
}

/** The zone of a card, every check digit computed by the published rules. */
function zone(card: FrenchCard): string {
  const line1 = `IDFRA${card.surname.padEnd(25, '<')}${card.office}`;
  const head = `${card.number}${check(card.number)}${card.given.padEnd(14, '<')}${card.birth}${check(card.birth)}${card.sex}`;
  return `${line1}\n${head}${check(line1 + head)}`;
}

// The two zones other libraries test with: Wikipedia's (also npm mrz's) and one from a public project.
const PUBLISHED = [
  'IDFRADOUEL<<<<<<<<<<<<<<<<<<<<932013\n0506932020438CHRISTIANE<<NI2906209F3',
  'IDFRAAMADOU<<<<<<<<<<<<<<<<<<<077055\n1807772501026DJIBRIROU<<<<<7512319M3',
];

describe("France's identity card of 1988 to 2021", () => {
  it('reads the published zones, saying which variant they were read by', () => {
    const douel = parseMrz(PUBLISHED[0] ?? '', TODAY);
    expect(douel).toMatchObject({
      valid: true,
      format: 'TD2',
      variant: 'french-identity-card',
      problems: [],
      expired: false,
      fields: {
        documentCode: 'ID',
        issuingState: 'FRA',
        surname: 'DOUEL',
        givenNames: 'CHRISTIANE NI',
        documentNumber: '050693202043',
        nationality: 'FRA',
        birthDate: '1929-06-20',
        sex: 'F',
        expiryDate: null,
        optionalData: '932013',
      },
    });
    expect(parseMrz(PUBLISHED[1] ?? '', TODAY)).toMatchObject({
      valid: true,
      fields: { surname: 'AMADOU', givenNames: 'DJIBRIROU', birthDate: '1975-12-31', sex: 'M' },
    });
  });

  it('reads compound names and a card typed by a reader, with CRLF and lower case', () => {
    const text = zone({
      surname: 'DE<LA<FONTAINE',
      office: '750123',
      number: '140575012345',
      given: 'JEAN<PIERRE<<M',
      birth: '850214',
      sex: 'M',
    });
    const typed = `${text.toLowerCase().replace('\n', '\r\n')}\r\n`;
    expect(parseMrz(typed, TODAY)).toMatchObject({
      valid: true,
      variant: 'french-identity-card',
      fields: { surname: 'DE LA FONTAINE', givenNames: 'JEAN PIERRE M', birthDate: '1985-02-14' },
    });
  });

  it('locates a mistyped number, birth date or name by its check digits', () => {
    const [line1, line2] = (PUBLISHED[1] ?? '').split('\n') as [string, string];
    const at = (line: string, i: number, ch: string) => line.slice(0, i) + ch + line.slice(i + 1);
    const problems = (z: string) =>
      parseMrz(z, TODAY).problems.map((p) => [p.field, p.code, p.line, p.column]);
    expect(problems(`${line1}\n${at(line2, 3, '8')}`)).toEqual([['documentNumber', 'mrz.check-digit', 2, 1]]);
    expect(problems(`${line1}\n${at(line2, 30, '0')}`)).toEqual([['birthDate', 'mrz.check-digit', 2, 28]]);
    expect(problems(`${line1}\n${at(line2, 29, '3')}`)).toEqual([['birthDate', 'mrz.invalid-date', 2, 28]]);
    expect(problems(`${at(line1, 6, 'N')}\n${line2}`)).toEqual([['composite', 'mrz.check-digit', 2, 36]]);
    expect(problems(`${line1}\n${at(line2, 34, 'Z')}`)).toEqual([['sex', 'mrz.invalid-sex', 2, 35]]);
    expect(parseMrz(`${line1}\n${at(line2, 3, '8')}`, TODAY)).toMatchObject({
      valid: false,
      variant: 'french-identity-card',
    });
  });

  it('leaves ICAO zones as they are: a TD2 of France, and a faulty TD2 of another issuer', () => {
    const line1 = 'IDFRAMARTIN<<ANNE<<<<<<<<<<<<<<<<<<<';
    const number = `X1234567<${check('X1234567<')}`;
    const birth = `800101${check('800101')}`;
    const expiry = `300101${check('300101')}<<<<<<<`;
    const td2 = `${line1}\n${number}FRA${birth}F${expiry}${check(number + birth + expiry)}`;
    const read = parseMrz(td2, TODAY);
    expect(read).toMatchObject({
      valid: true,
      format: 'TD2',
      fields: { surname: 'MARTIN', givenNames: 'ANNE' },
    });
    expect(read.variant).toBeUndefined();
    const other = parseMrz(`IDUTO${(PUBLISHED[0] ?? '').slice(5)}`, TODAY);
    expect(other.valid).toBe(false);
    expect(other.variant).toBeUndefined();
  });

  it('reads every card made by the published rules, the same on the fast path and the careful one', () => {
    const letters = fc.string({
      unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
      minLength: 1,
      maxLength: 12,
    });
    const digits = (n: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
    const birth = fc
      .date({
        min: new Date('1930-01-01T00:00:00Z'),
        max: new Date('2024-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(2, 10).replaceAll('-', ''));
    fc.assert(
      fc.property(
        letters,
        letters,
        digits(6),
        digits(12),
        birth,
        fc.constantFrom('M', 'F'),
        (s, g, o, n, b, x) => {
          const text = zone({ surname: s, office: o, number: n, given: g, birth: b, sex: x });
          const read = parseMrz(text, TODAY);
          expect(read).toMatchObject({ valid: true, variant: 'french-identity-card' });
          expect(read.fields).toMatchObject({ surname: s, givenNames: g, documentNumber: n, sex: x });
          expect(parseSlowly(text, TODAY_NUMBER)).toEqual(read);
        },
      ),
    );
  });
});
