import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from './partial-date';
import { parseFtmJsonLines } from './watchlist-ftm';
import { parseUnConsolidatedList } from './watchlist-un';
import { documentsFrom } from './watchlist-values';

describe('parsePartialDate', () => {
  it.each([
    ['1988', { year: 1988 }],
    ['1988-04', { year: 1988, month: 4 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['', undefined],
  ])('reads %j', (text, value) => {
    expect(parsePartialDate(text)).toEqual({ ok: true, value });
  });

  it.each(['2023-02-29', '1990-02-31', '1990-00', '88-04-09', '1990-04-31', '1788'])('rejects %j', (text) => {
    expect(parsePartialDate(text).ok).toBe(false);
  });

  it('reads historical years when the caller allows them', () => {
    expect(parsePartialDate('1788', 1000)).toEqual({ ok: true, value: { year: 1788 } });
  });
});

describe('documentsFrom', () => {
  it.each([
    ['C1234567', 'Passport', [{ number: 'C1234567', type: 'Passport' }]],
    ['A 0004528', '', [{ number: 'A 0004528' }]],
    [
      'No. H0044232 (Iraqi)',
      'Passport',
      [{ number: 'H0044232', type: 'Passport', text: 'No. H0044232 (Iraqi)' }],
    ],
    [
      'CAR diplomatic passport no. 06FBO2262',
      '',
      [{ number: '06FBO2262', text: 'CAR diplomatic passport no. 06FBO2262' }],
    ],
    [
      'Passport number 486820 issued on 12/05/2005 in Kabul',
      'P',
      [{ number: '486820', type: 'P', text: 'Passport number 486820 issued on 12/05/2005 in Kabul' }],
    ],
    ['N°12.345.678, issued 2010', '', [{ number: '12.345.678', text: 'N°12.345.678, issued 2010' }]],
    ['passport details unknown', '', [{ number: '', text: 'passport details unknown' }]],
    ['', '', []],
  ])('reads the numbers of %j, keeping the text', (value, type, expected) => {
    expect(documentsFrom(value, type)).toEqual(expected);
  });
});

const UN = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2025-11-20T00:00:00">
<INDIVIDUALS>
${body}
</INDIVIDUALS>
<ENTITIES/>
</CONSOLIDATED_LIST>
`;

const INDIVIDUAL = `<INDIVIDUAL>
  <DATAID>6908555</DATAID>
  <VERSIONNUM>1</VERSIONNUM>
  <FIRST_NAME>JUAN CARLOS</FIRST_NAME>
  <SECOND_NAME>MUÑOZ</SECOND_NAME>
  <THIRD_NAME>ZAPATA</THIRD_NAME>
  <UN_LIST_TYPE>Example</UN_LIST_TYPE>
  <NATIONALITY><VALUE>Venezuela (Bolivarian Republic of)</VALUE></NATIONALITY>
  <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>El Gato</ALIAS_NAME></INDIVIDUAL_ALIAS>
  <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Juancho</ALIAS_NAME></INDIVIDUAL_ALIAS>
  <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1971-05-02</DATE></INDIVIDUAL_DATE_OF_BIRTH>
  <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE><YEAR>1972</YEAR></INDIVIDUAL_DATE_OF_BIRTH>
  <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>C1234567</NUMBER></INDIVIDUAL_DOCUMENT>
</INDIVIDUAL>`;

// As the published list writes them: several names in one ALIAS_NAME, numbers among words.
const ALIASED = `<INDIVIDUAL>
  <DATAID>110427</DATAID>
  <FIRST_NAME>AZIM</FIRST_NAME>
  <SECOND_NAME>AGHAJANI</SECOND_NAME>
  <NATIONALITY><VALUE>IRAN (ISLAMIC REPUBLIC OF)</VALUE></NATIONALITY>
  <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Azim Adhajani; Azim Agha-Jani</ALIAS_NAME></INDIVIDUAL_ALIAS>
  <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>No. H0044232 (Iraqi)</NUMBER></INDIVIDUAL_DOCUMENT>
  <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>CAR diplomatic passport no. 06FBO2262</NUMBER></INDIVIDUAL_DOCUMENT>
</INDIVIDUAL>`;

describe('parseUnConsolidatedList', () => {
  it('reads individuals with aliases, low-quality aliases as weak names, dates, nationality and documents', () => {
    const r = parseUnConsolidatedList(UN(INDIVIDUAL));
    expect(r).toEqual({
      ok: true,
      value: {
        entries: [
          {
            watchId: 'UN-6908555',
            names: [{ givenNames: 'JUAN CARLOS', surname1: 'MUÑOZ', surname2: 'ZAPATA' }, 'El Gato'],
            weakNames: ['Juancho'],
            birthDates: [{ year: 1971, month: 5, day: 2 }, { year: 1972 }],
            nationalities: ['VEN'],
            documents: [{ number: 'C1234567', type: 'Passport' }],
          },
        ],
        skipped: [],
      },
    });
  });

  it('splits alias fields holding several names and reads numbers written among words', () => {
    const r = parseUnConsolidatedList(UN(ALIASED));
    expect(r.ok && r.value.entries[0]).toMatchObject({
      names: [{ givenNames: 'AZIM', surname1: 'AGHAJANI' }, 'Azim Adhajani', 'Azim Agha-Jani'],
      nationalities: ['IRN'],
      documents: [
        { number: 'H0044232', type: 'Passport', text: 'No. H0044232 (Iraqi)' },
        { number: '06FBO2262', type: 'Passport', text: 'CAR diplomatic passport no. 06FBO2262' },
      ],
    });
  });

  it('rejects malformed XML naming the line, and imports nothing', () => {
    const r = parseUnConsolidatedList(
      UN(`${INDIVIDUAL}\n<INDIVIDUAL><DATAID>1</DATAID>\n<FIRST_NAME>ANA</SECOND_NAME>\n</INDIVIDUAL>`),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'xml.malformed', line: 19 });
  });

  it('names the first fault: a control character before a later bare ampersand', () => {
    const faulty = INDIVIDUAL.replace('JUAN CARLOS', 'JUAN\u0019CARLOS').replace('El Gato', 'Gato & Co');
    const r = parseUnConsolidatedList(UN(faulty));
    expect(r).toMatchObject({ ok: false, error: { code: 'xml.malformed', line: 7 } });
    if (!r.ok) expect(r.error.message).toContain('U+0019');
  });

  it('names a bare ampersand when it comes before a control character', () => {
    const faulty = INDIVIDUAL.replace('Example', 'A & B').replace('El Gato', 'El\u0019Gato');
    const r = parseUnConsolidatedList(UN(faulty));
    expect(r).toMatchObject({ ok: false, error: { code: 'xml.malformed', line: 10 } });
    if (!r.ok) expect(r.error.message).toContain('&');
  });

  it('skips 31 February, naming the line of the date, and keeps the individual', () => {
    const bad = INDIVIDUAL.replace('1971-05-02', '1971-02-31');
    const r = parseUnConsolidatedList(UN(`${INDIVIDUAL}\n${bad}`));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.entries).toHaveLength(2);
    expect(r.value.entries[1]?.birthDates).toEqual([{ year: 1972 }]);
    expect(r.value.skipped).toEqual([
      expect.objectContaining({ line: 28, field: 'DATE', value: '1971-02-31', code: 'un.birth-date' }),
    ]);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseUnConsolidatedList(s)));
  });
});

const person = (id: string, properties: Record<string, unknown>) =>
  JSON.stringify({ id, schema: 'Person', properties });

describe('parseFtmJsonLines', () => {
  it('reads Person entities with weak aliases, former names and documents; skips other schemata', () => {
    const r = parseFtmJsonLines(
      [
        person('ftm-1', {
          name: ['María José de la Cruz Peña'],
          alias: ['Majo'],
          weakAlias: ['La Chama'],
          previousName: ['María José Peña'],
          birthDate: ['1988-04-09'],
          nationality: ['ve'],
          citizenship: ['co'],
          passportNumber: ['123456789'],
          idNumber: ['V-12.345.678'],
          gender: ['female'],
        }),
        JSON.stringify({ id: 'c1', schema: 'Company', properties: { name: ['ACME'] } }),
      ].join('\n'),
    );
    expect(r).toEqual({
      ok: true,
      value: {
        entries: [
          {
            watchId: 'ftm-1',
            names: ['María José de la Cruz Peña', 'Majo', 'María José Peña'],
            weakNames: ['La Chama'],
            sex: 'F',
            birthDates: [{ year: 1988, month: 4, day: 9 }],
            nationalities: ['VEN', 'COL'],
            documents: [
              { number: '123456789', type: 'P' },
              { number: 'V-12.345.678', type: 'ID' },
            ],
          },
        ],
        skipped: [],
      },
    });
  });

  it('imports every entity: an unknown birth date is skipped and reported, a historical one kept', () => {
    const r = parseFtmJsonLines(
      [
        person('a', { name: ['Ana Pérez'], birthDate: ['unknown', '1970'], nationality: ['ru'] }),
        '{oops',
        person('b', { name: ['Simón Bolívar'], birthDate: ['1788'], nationality: ['by'] }),
        person('c', { birthDate: ['1990'] }),
      ].join('\n'),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.entries.map((e) => [e.watchId, e.birthDates, e.nationalities])).toEqual([
      ['a', [{ year: 1970 }], ['RUS']],
      ['b', [{ year: 1788 }], ['BLR']],
    ]);
    expect(r.value.skipped.map((s) => [s.line, s.field, s.value, s.code])).toEqual([
      [1, 'birthDate', 'unknown', 'ftm.birth-date'],
      [2, '', '{oops', 'ftm.malformed-json'],
      [4, 'name', '', 'name.empty'],
    ]);
  });

  it('refuses a file where no line is a JSON object, naming the first', () => {
    expect(parseFtmJsonLines('\nname,surname\nAna,Pérez\n')).toMatchObject({
      ok: false,
      error: { line: 2, code: 'ftm.malformed-json' },
    });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseFtmJsonLines(s)));
  });
});
