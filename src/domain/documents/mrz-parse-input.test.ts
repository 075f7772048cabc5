// parseMrz on zones as readers send them: line breaks of every kind, one burst, lines of the wrong length.
import { describe, expect, it } from 'vitest';
import { specimenTd3, TD3_L1, TD3_L2, TODAY } from '../../../test/support/mrz-zones';
import { formatTd1, formatTd2, formatTd3 } from './mrz-format';
import { parseMrz } from './mrz-parse';

describe('parseMrz input as readers send it', () => {
  it.each([
    ['LF', `${TD3_L1}\n${TD3_L2}`],
    ['CRLF', `${TD3_L1}\r\n${TD3_L2}\r\n`],
    ['CR', `${TD3_L1}\r${TD3_L2}`],
    ['one burst', TD3_L1 + TD3_L2],
    ['lower case', `${TD3_L1}\n${TD3_L2}`.toLowerCase()],
    ['stray spaces', `  ${TD3_L1.slice(0, 10)} ${TD3_L1.slice(10)}\n ${TD3_L2}  `],
    ['trailing whitespace and blank lines', `\n${TD3_L1}\t \r\n\r\n${TD3_L2} \n\n`],
    ['tabs between lines', `${TD3_L1}\t${TD3_L2}`],
    ['a break in the wrong place', `${TD3_L1}${TD3_L2.slice(0, 4)}\n${TD3_L2.slice(4)}`],
    // A reader typing a US layout into a computer set to Latin American Spanish: Shift+comma is `;`.
    ['`;` for every `<` (a Latin American keyboard layout)', `${TD3_L1}\r${TD3_L2}`.replaceAll('<', ';')],
    // Text recognition on a photo of the page, pasted: the fillers as the characters they look like.
    [
      '`«` for `<<` and `‹` for `<` (text recognition)',
      `${TD3_L1}\n${TD3_L2}`.replaceAll('<<', '«').replaceAll('<', '‹'),
    ],
    // A reader (or a layout) that types `«` for every single `<`: only that reading fits the lines.
    ['`«` for every `<`', `${TD3_L1}\n${TD3_L2}`.replaceAll('<', '«')],
    ['`«` for every `<`, in one burst', `${TD3_L1}${TD3_L2}`.replaceAll('<', '«')],
    [
      'full-width characters',
      [...`${TD3_L1}\n${TD3_L2}`]
        .map((c) => (c === '\n' ? c : String.fromCharCode(c.charCodeAt(0) + 0xfee0)))
        .join(''),
    ],
  ])('reads a TD3 sent with %s', (_, input) => {
    const result = parseMrz(input, TODAY);
    expect(result).toMatchObject({ valid: true, format: 'TD3', problems: [] });
    expect(result.fields?.surname).toBe('ERIKSSON');
  });

  it('reads lines already split', () => {
    expect(parseMrz([TD3_L1, TD3_L2], TODAY).valid).toBe(true);
  });

  it.each([
    ['TD1', 90],
    ['TD2', 72],
    ['TD3', 88],
  ])('splits a single burst of a %s by its total length', (format, length) => {
    const doc = { ...specimenTd3(), documentCode: format === 'TD3' ? 'P' : 'I' };
    const zone = { TD1: formatTd1, TD2: formatTd2, TD3: formatTd3 }[format as 'TD1' | 'TD2' | 'TD3'](doc);
    const burst = zone.join('');
    expect(burst).toHaveLength(length);
    expect(parseMrz(burst, TODAY)).toMatchObject({ valid: true, format });
  });

  it.each([
    ['', 'mrz.unknown-format'],
    ['hello', 'mrz.unknown-format'],
    ['P<UTO', 'mrz.unknown-format'],
    [`${TD3_L1}\n${TD3_L2}\n${TD3_L2}\n${TD3_L2}`, 'mrz.unknown-format'],
  ])('reports %j as an unknown format', (input, code) => {
    expect(parseMrz(input, TODAY)).toMatchObject({ valid: false, fields: null, problems: [{ code }] });
  });

  it('names each line of the wrong length', () => {
    const result = parseMrz(`${TD3_L1}\n${TD3_L2.slice(0, 40)}`, TODAY);
    expect(result).toMatchObject({
      valid: false,
      format: 'TD3',
      problems: [{ field: 'zone', code: 'mrz.line-length', line: 2, column: 1, length: 40 }],
    });
  });

  it('measures a passport’s zone cut short against a passport’s 44, however short', () => {
    const result = parseMrz(`${TD3_L1.slice(0, 34)}\n${TD3_L2.slice(0, 39)}`, TODAY);
    expect(result).toMatchObject({
      valid: false,
      format: 'TD3',
      problems: [
        { field: 'zone', code: 'mrz.line-length', line: 1, column: 1, length: 34 },
        { field: 'zone', code: 'mrz.line-length', line: 2, column: 1, length: 39 },
      ],
    });
    // Cut to a card's 36 a line, a passport's zone is still a passport's; in one burst of 72 it is
    // no format, not a card's zone read with a passport's fields.
    expect(parseMrz(`${TD3_L1.slice(0, 36)}\n${TD3_L2.slice(0, 36)}`, TODAY)).toMatchObject({
      valid: false,
      format: 'TD3',
      problems: [
        { code: 'mrz.line-length', line: 1, length: 36 },
        { code: 'mrz.line-length', line: 2 },
      ],
    });
    expect(parseMrz(`${TD3_L1.slice(0, 36)}${TD3_L2.slice(0, 36)}`, TODAY)).toMatchObject({
      valid: false,
      format: null,
      problems: [{ code: 'mrz.unknown-format', length: 72 }],
    });
    // A card's zone (I, A or C) cut as short is still measured against the closest format.
    const card = parseMrz(`I${TD3_L1.slice(1, 34)}\n${TD3_L2.slice(0, 39)}`, TODAY);
    expect(card).toMatchObject({ valid: false, format: 'TD2' });
  });
});
