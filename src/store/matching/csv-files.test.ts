import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvLine, parsePeopleCsv, parseWatchlist, parseWatchlistCsv, readCsv } from './csv-files';

const WATCH_HEADER =
  'watch_id,given_names,surname1,surname2,sex,birth_date,nationality,document_type,document_number,aliases,notes';

describe('readCsv', () => {
  it.each([
    ['LF', 'a,b\n1,2\n3,4\n'],
    ['CRLF', 'a,b\r\n1,2\r\n3,4\r\n'],
    ['CR', 'a,b\r1,2\r3,4'],
    ['a byte-order mark', '\ufeffa,b\n1,2\n3,4'],
    ['blank lines', '\na,b\n\n1,2\r\n\r\n3,4\n\n'],
    ['mixed line ends', 'a,b\r\n1,2\n3,4\r'],
    ['semicolons, as Excel in Spanish writes it', 'a;b\r\n1;2\r\n3;4\r\n'],
    ['tabs, as Excel writes "Unicode text"', 'a\tb\n1\t2\n3\t4'],
  ])('reads a file with %s, naming the line of each row', (_, text) => {
    const r = readCsv(text);
    expect(r.ok && r.value.header).toEqual(['a', 'b']);
    expect(r.ok && r.value.rows.map((row) => row.fields)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps a comma inside a field of a file separated by semicolons, and a semicolon in a comma file', () => {
    const semi = readCsv('a;b\n"De la Cruz, María";x\n');
    expect(semi.ok && semi.value.rows[0]?.fields).toEqual(['De la Cruz, María', 'x']);
    const comma = readCsv('a,b\n"MAJO; CRUZ",x\n');
    expect(comma.ok && comma.value.rows[0]?.fields).toEqual(['MAJO; CRUZ', 'x']);
  });

  it('skips rows of separators only, as Excel in Spanish saves them, and keeps counting lines', () => {
    const r = readCsv('a;b;c\r\nX1;Pedro;Quispe\r\n;;\r\n ; ;\r\nX2;Rosa;Mamani\r\n;;\r\n;;\r\n');
    expect(r).toEqual({
      ok: true,
      value: {
        header: ['a', 'b', 'c'],
        rows: [
          { line: 2, fields: ['X1', 'Pedro', 'Quispe'] },
          { line: 5, fields: ['X2', 'Rosa', 'Mamani'] },
        ],
      },
    });
  });

  it('reads quoted fields holding commas, quotes and line breaks, and counts their lines', () => {
    const r = readCsv(
      'a,b\r\n"Cruz, María","dice ""hola"""\r\n"línea 1\r\nlínea 2\nlínea 3",x\r\nlast,row\r\n',
    );
    expect(r).toEqual({
      ok: true,
      value: {
        header: ['a', 'b'],
        rows: [
          { line: 2, fields: ['Cruz, María', 'dice "hola"'] },
          { line: 3, fields: ['línea 1\r\nlínea 2\nlínea 3', 'x'] },
          { line: 6, fields: ['last', 'row'] },
        ],
      },
    });
  });

  it.each([
    ['a,b\n1,2\n3,"x\ny\n', 3, 'csv.unterminated-quote'],
    ['a,b\n1,2\n"3"x,4\n', 3, 'csv.stray-quote'],
    ['a,b\r\n"1\r\n2",3\r\n4,5,6\r\n', 4, 'csv.field-count'],
    ['', 1, 'csv.empty'],
  ])('refuses %j naming the line', (text, line, code) => {
    expect(readCsv(text)).toMatchObject({ ok: false, error: { line, code } });
  });

  it('says what is wrong with a quote in a few words, never quoting a whole field back', () => {
    const long = `a,b\n1,x"${'y'.repeat(5000)}\n`;
    const read = readCsv(long);
    expect(read).toMatchObject({ ok: false, error: { line: 2, code: 'csv.stray-quote' } });
    if (read.ok) return;
    expect(read.error.message).toMatch(/double the quotes/);
    expect(read.error.message.length).toBeLessThan(200);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (s) => void readCsv(s)));
  });
});

describe('csvLine', () => {
  it('quotes what needs quoting and reads back every line it writes', () => {
    expect(csvLine(['R1', 'Cruz, María', 'dice "hola"', 'a\nb', 7])).toBe(
      'R1,"Cruz, María","dice ""hola""","a\nb",7\n',
    );
    const cell = fc.string({ unit: fc.constantFrom('a', 'ñ', ',', '"', '\n', '\r', ' ', 'Z') });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 2, maxLength: 5 }), (values) => {
        // A row with nothing but blanks is read as a blank line (Excel's ;;;;), not as a row.
        fc.pre(values.some((v) => v.trim() !== ''));
        const header = values.map((_, k) => `c${k}`);
        const r = readCsv(csvLine(header) + csvLine(values));
        expect(r.ok && r.value.rows[0]?.fields).toEqual(values);
      }),
    );
  });
});

describe('parseWatchlistCsv', () => {
  it('reads entries with aliases and partial dates, ignoring extra columns', () => {
    const r = parseWatchlistCsv(
      `${WATCH_HEADER}\r\nW1,María José,De la Cruz,Peña,F,1988-04-09,VEN,P,123456789,"MAJO CRUZ; Cruz Peña, María",x\r\nW2,José,García,,M,1972,Venezuela,,,,\r\n`,
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
    expect(r.value[1]?.nationalities).toEqual(['VEN']);
  });

  it('takes a nationality written as a code or as a country name, in Spanish or English', () => {
    const r = parseWatchlistCsv(
      `${WATCH_HEADER}\nW1,Ana,Pérez,,F,1990,ven,,,,\nW2,Eva,Soto,,F,1991,Venezuela,,,,\nW3,Luis,Roa,,M,1980,Perú,,,,\n`,
    );
    expect(r.ok && r.value.map((e) => e.nationalities)).toEqual([['VEN'], ['VEN'], ['PER']]);
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
    [`${WATCH_HEADER}\nW1,Ana,Pérez,,F,1990,VEN,,,,\nW2,Eva,Soto,,F,1991,ZZZ,,,,\n`, 3, 'person.nationality'],
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
      '\ufeffrecord_id,given_names,surname1,surname2,sex,birth_date,nationality,document_type,document_number,true_id\r\nR1,Ana,Pérez,,F,1990-05,pe,ID,44556677,P1\r\n',
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

  const sexes = (rows: string) => {
    const r = parsePeopleCsv(`record_id,given_names,surname1,sex\n${rows}`);
    return r.ok ? r.value.map((p) => p.sex ?? '') : r.error;
  };

  it('reads the Spanish letters H (hombre) and M (mujer) when the file uses H, and ICAO letters otherwise', () => {
    expect(sexes('R1,Ana,Soto,M\nR2,Luis,Soto,H\nR3,Eva,Rojas,m\n')).toEqual(['F', 'M', 'F']);
    expect(sexes('R1,Ana,Soto,F\nR2,Luis,Soto,M\nR3,Alex,Rojas,X\n')).toEqual(['F', 'M', 'X']);
  });

  it('reads sex written as a word, in Spanish or English, with or without accents', () => {
    expect(sexes('R1,A,S,Femenino\nR2,B,S,hombre\nR3,C,S,Varón\nR4,D,S,MUJER\nR5,E,S,male\n')).toEqual([
      'F',
      'M',
      'M',
      'F',
      'M',
    ]);
  });

  it('refuses a file that mixes H (hombre) with F, naming the first H, and says which letters it takes', () => {
    expect(sexes('R1,Ana,Soto,F\nR2,Luis,Soto,H\n')).toMatchObject({ line: 3, code: 'person.sex' });
    expect(sexes('R1,Ana,Soto,Q\n')).toMatchObject({
      line: 2,
      code: 'person.sex',
      message: 'sex must be M, F or X (or H and M for hombre and mujer), not "Q"',
    });
  });

  it('reads birth dates written day first, as Excel in Spanish writes them', () => {
    const r = parsePeopleCsv(
      'record_id,given_names,surname1,birth_date\nR1,Ana,Soto,14/03/1988\nR2,Eva,Soto,03/1990\n',
    );
    expect(r.ok && r.value.map((p) => p.birthDate)).toEqual([
      { year: 1988, month: 3, day: 14 },
      { year: 1990, month: 3 },
    ]);
  });

  it('names the line of a row after a quoted field spanning lines', () => {
    const r = parsePeopleCsv(
      'record_id,given_names,surname1,birth_date\nR1,"Ana\nMaría",Pérez,1990\nR2,Eva,Soto,1990-13\n',
    );
    expect(r).toMatchObject({ ok: false, error: { line: 4, code: 'person.birth-date' } });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (s) => void parsePeopleCsv(`record_id,given_names,surname1\n${s}`)));
  });
});

describe('parseWatchlist', () => {
  it('reads every format into entries and what was skipped', () => {
    expect(parseWatchlist('csv', `${WATCH_HEADER}\nW1,Ana,Pérez,,F,1990,VEN,,,,\n`)).toMatchObject({
      ok: true,
      value: { entries: [{ watchId: 'W1' }], skipped: [] },
    });
    expect(
      parseWatchlist(
        'ftm',
        '{"id":"f","schema":"Person","properties":{"name":["Ana"],"birthDate":["unknown"]}}',
      ),
    ).toMatchObject({ ok: true, value: { entries: [{ watchId: 'f' }], skipped: [{ field: 'birthDate' }] } });
    expect(parseWatchlist('un-xml', '<CONSOLIDATED_LIST/>')).toMatchObject({
      ok: true,
      value: { entries: [], skipped: [] },
    });
  });
});
