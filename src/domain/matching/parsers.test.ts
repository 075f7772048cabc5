import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from './csv-read';
import { parsePartialDate, parsePeopleCsv, parseWatchlistCsv } from './people-csv';
import { nationalityCode, parseFtmJsonLines, parseUnConsolidatedList } from './watchlist-formats';

const WATCH_HEADER =
  'watch_id,given_names,surname1,surname2,sex,birth_date,nationality,document_type,document_number,aliases,notes';

describe('parseWatchlistCsv', () => {
  it('reads entries with aliases and partial dates, ignoring extra columns', () => {
    const r = parseWatchlistCsv(
      `${WATCH_HEADER}\nW1,María José,De la Cruz,Peña,F,1988-04-09,VEN,P,123456789,"MAJO CRUZ; Cruz Peña, María",x\nW2,José,García,,M,1972,ven,,,,\n`,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value[0]).toEqual({
      watchId: 'W1',
      names: [
        { givenNames: 'María José', surname1: 'De la Cruz', surname2: 'Peña' },
        'MAJO CRUZ',
        'Cruz Peña, María',
      ],
      sex: 'F',
      birthDates: [{ year: 1988, month: 4, day: 9 }],
      nationalities: ['VEN'],
      documents: [{ type: 'P', number: '123456789' }],
    });
    expect(r.value[1]?.birthDates).toEqual([{ year: 1972 }]);
  });

  it.each([
    [`${WATCH_HEADER}\nW1,Ana,Pérez,,F,1990-02-31,VEN,,,,\n`, 2, 'person.birth-date'],
    [
      `${WATCH_HEADER}\nW1,Ana,Pérez,,F,1990,VEN,,,,\nW2,Luis,"Gómez,,M,1980,VEN,,,,\n`,
      3,
      'csv.unterminated-quote',
    ],
    [`${WATCH_HEADER}\nW1,Ana,Pérez,,F,1990,VEN,,,,\nW2,Luis\n`, 3, 'csv.field-count'],
    [`${WATCH_HEADER}\nW1,Ana,Pérez,,Q,1990,VEN,,,,\n`, 2, 'person.sex'],
    [
      `${WATCH_HEADER}\nW1,Ana,Pérez,,F,1990,VEN,,,,\nW1,Eva,Soto,,F,1991,VEN,,,,\n`,
      3,
      'watchlist.duplicate-id',
    ],
    ['given_names,surname1\nAna,Pérez\n', 1, 'csv.missing-column'],
  ])('rejects a malformed file as a whole, naming the line (%#)', (text, line, code) => {
    const r = parseWatchlistCsv(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ line, code });
  });
});

describe('parsePeopleCsv', () => {
  it('reads people with a true_id column when there is one', () => {
    const r = parsePeopleCsv(
      'record_id,given_names,surname1,surname2,sex,birth_date,nationality,document_type,document_number,true_id\nR1,Ana,Pérez,,F,1990-05,per,ID,44556677,P1\n',
    );
    expect(r).toEqual({
      ok: true,
      value: [
        {
          id: 'R1',
          givenNames: 'Ana',
          surname1: 'Pérez',
          sex: 'F',
          birthDate: { year: 1990, month: 5 },
          nationality: 'PER',
          documentType: 'ID',
          documentNumber: '44556677',
          trueId: 'P1',
        },
      ],
    });
  });

  it('names the line of a quoted field spanning lines', () => {
    const r = parsePeopleCsv(
      'record_id,given_names,surname1,birth_date\nR1,"Ana\nMaría",Pérez,1990\nR2,Eva,Soto,1990-13\n',
    );
    expect(r).toMatchObject({ ok: false, error: { line: 4, code: 'person.birth-date' } });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        parsePeopleCsv(`record_id,given_names,surname1\n${s}`);
        readCsv(s);
      }),
    );
  });
});

describe('parsePartialDate', () => {
  it.each([
    ['1988', { year: 1988 }],
    ['1988-04', { year: 1988, month: 4 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['', undefined],
  ])('reads %j', (text, value) => {
    expect(parsePartialDate(text)).toEqual({ ok: true, value });
  });

  it.each(['2023-02-29', '1990-02-31', '1990-00', '88-04-09', '1990-04-31'])('rejects %j', (text) => {
    expect(parsePartialDate(text).ok).toBe(false);
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

describe('parseUnConsolidatedList', () => {
  it('reads individuals with good-quality aliases, dates of birth, nationality and documents', () => {
    const r = parseUnConsolidatedList(UN(INDIVIDUAL));
    expect(r).toEqual({
      ok: true,
      value: [
        {
          watchId: 'UN-6908555',
          names: [{ givenNames: 'JUAN CARLOS', surname1: 'MUÑOZ', surname2: 'ZAPATA' }, 'El Gato'],
          birthDates: [{ year: 1971, month: 5, day: 2 }, { year: 1972 }],
          nationalities: ['VEN'],
          documents: [{ number: 'C1234567', type: 'Passport' }],
        },
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

  it('rejects 31 February naming the line of the date', () => {
    const bad = INDIVIDUAL.replace('1971-05-02', '1971-02-31');
    const r = parseUnConsolidatedList(UN(`${INDIVIDUAL}\n${bad}`));
    expect(r).toMatchObject({ ok: false, error: { code: 'un.birth-date', line: 28 } });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseUnConsolidatedList(s)));
  });
});

describe('parseFtmJsonLines', () => {
  it('reads Person entities and skips other schemata', () => {
    const r = parseFtmJsonLines(
      [
        JSON.stringify({
          id: 'ftm-1',
          schema: 'Person',
          properties: {
            name: ['María José de la Cruz Peña'],
            alias: ['Majo'],
            birthDate: ['1988-04-09'],
            nationality: ['ve'],
            passportNumber: ['123456789'],
            gender: ['female'],
          },
        }),
        JSON.stringify({ id: 'c1', schema: 'Company', properties: { name: ['ACME'] } }),
      ].join('\n'),
    );
    expect(r).toEqual({
      ok: true,
      value: [
        {
          watchId: 'ftm-1',
          names: ['María José de la Cruz Peña', 'Majo'],
          sex: 'F',
          birthDates: [{ year: 1988, month: 4, day: 9 }],
          nationalities: ['VEN'],
          documents: [{ number: '123456789', type: 'P' }],
        },
      ],
    });
  });

  it.each([
    ['{"id":"a","schema":"Person","properties":{"name":["A"]}}\n{oops', 2, 'ftm.malformed-json'],
    [
      '{"id":"a","schema":"Person","properties":{"name":["A"],"birthDate":["1990-02-31"]}}',
      1,
      'ftm.birth-date',
    ],
  ])('rejects a bad line, naming it (%#)', (text, line, code) => {
    expect(parseFtmJsonLines(text)).toMatchObject({ ok: false, error: { line, code } });
  });
});

describe('nationalityCode', () => {
  it.each([
    ['ve', 'VEN'],
    ['VEN', 'VEN'],
    ['Venezuela (Bolivarian Republic of)', 'VEN'],
    ['Perú', 'PER'],
  ])('maps %s to %s', (text, code) => {
    expect(nationalityCode(text)).toBe(code);
  });
});
