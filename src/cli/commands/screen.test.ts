import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { err, ok } from '../../domain/shared';
import { screenCommand, watchlistNameOf } from './screen';

const PEOPLE =
  'record_id,given_names,surname1,surname2,sex,birth_date,nationality,document_type,document_number\nR1,Maria,Cruz,,F,1988-04-09,VEN,,\nR2,José Luis,García,Rodríguez,M,1985-03-12,VEN,,\n';

describe('screenCommand', () => {
  it.each([
    [
      'watchlist.csv',
      'watch_id,given_names,surname1,surname2,sex,birth_date,nationality,document_type,document_number,aliases\nW1,María José,De la Cruz,Peña,F,1988-04-09,VEN,P,123456789,MAJO\nW2,José Luis,García,Rodríguez,M,1972-07-01,VEN,,,\n',
      'W1',
    ],
    [
      'list.xml',
      '<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>77</DATAID><FIRST_NAME>MARIA JOSE</FIRST_NAME><SECOND_NAME>DE LA CRUZ</SECOND_NAME><THIRD_NAME>PENA</THIRD_NAME><INDIVIDUAL_DATE_OF_BIRTH><DATE>1988-04-09</DATE></INDIVIDUAL_DATE_OF_BIRTH></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>',
      'UN-77',
    ],
    [
      'entities.jsonl',
      '{"id":"ftm-9","schema":"Person","properties":{"name":["María José De la Cruz Peña"],"birthDate":["1988-04-09"]}}\n',
      'ftm-9',
    ],
  ])('screens people against %s and writes hits.csv with explanations', async (file, text, watchId) => {
    const dir = mkdtempSync(join(tmpdir(), 'paso-screen-'));
    writeFileSync(join(dir, file), text);
    writeFileSync(join(dir, 'people.csv'), PEOPLE);
    const r = await screenCommand({
      watchlistPath: join(dir, file),
      inPath: join(dir, 'people.csv'),
      outPath: join(dir, 'hits.csv'),
      lang: 'en',
      dialect: 'rfc4180',
    });
    expect(r).toEqual({ people: 2, hits: 1, skipped: 0 });
    const lines = readFileSync(join(dir, 'hits.csv'), 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe('record_id,watch_id,score,explanation');
    expect(lines[1]).toMatch(new RegExp(`^R1,${watchId},0\\.\\d{4},.*Date of birth`));
  });

  // Spanish Excel opened hits.csv in one column with its accents broken (PerÃº): no byte-order mark,
  // commas. As on the reports page, the default follows the language, and formulas are written as text.
  it.each([
    [
      'es',
      undefined,
      '\ufeffrecord_id;watch_id;score;explanation',
      /^'=R1;W1;0\.\d{4};.*Fecha de nacimiento/,
    ],
    ['en', undefined, '\ufeffrecord_id,watch_id,score,explanation', /^'=R1,W1,0\.\d{4},.*Date of birth/],
    ['es', 'rfc4180', 'record_id,watch_id,score,explanation', /^=R1,W1,0\.\d{4},.*Fecha de nacimiento/],
  ] as const)(
    'writes hits.csv in %s with dialect %s as Excel opens it',
    async (lang, dialect, header, hit) => {
      const dir = mkdtempSync(join(tmpdir(), 'paso-screen-'));
      writeFileSync(
        join(dir, 'list.csv'),
        'watch_id,given_names,surname1,surname2,sex,birth_date,nationality,document_type,document_number,aliases\nW1,María José,De la Cruz,Peña,F,1988-04-09,VEN,P,123456789,MAJO\n',
      );
      writeFileSync(join(dir, 'people.csv'), `${PEOPLE_HEADER}\n=R1,Maria,Cruz,,F,1988-04-09,VEN,,\n`);
      await screenCommand({
        watchlistPath: join(dir, 'list.csv'),
        inPath: join(dir, 'people.csv'),
        outPath: join(dir, 'hits.csv'),
        lang,
        ...(dialect && { dialect }),
      });
      const lines = readFileSync(join(dir, 'hits.csv'), 'utf8').split('\r\n');
      expect(lines[0]).toBe(header);
      expect(lines[1]).toMatch(hit);
    },
  );

  it('screens a UN list excerpt with several names in one alias and numbers among words', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paso-screen-'));
    writeFileSync(join(dir, 'consolidated.xml'), UN_EXCERPT);
    writeFileSync(
      join(dir, 'people.csv'),
      `${PEOPLE_HEADER}\nR1,Azim,Agha-Jani,,M,,IRN,P,H0044232\nR2,Azim,Adhajani,,M,,Irán,,\nR3,Ana,Soto,,F,1990,PER,,\n`,
    );
    const progress: string[] = [];
    const r = await screenCommand({
      watchlistPath: join(dir, 'consolidated.xml'),
      inPath: join(dir, 'people.csv'),
      outPath: join(dir, 'hits.csv'),
      lang: 'en',
      progress: (m) => progress.push(m),
    });
    expect(r).toEqual({ people: 3, hits: 2, skipped: 1 });
    const hits = readFileSync(join(dir, 'hits.csv'), 'utf8').trim().split('\r\n').slice(1);
    expect(hits.map((h) => h.split(',').slice(0, 2).join(','))).toEqual(['R1,UN-110427', 'R2,UN-110427']);
    expect(hits[0]).toMatch(/Document \(H0044232 \/ H0044232\): match exactly/);
    expect(progress).toContain(
      `${join(dir, 'consolidated.xml')}, line 10: skipped DATE "1961-02-30": 1961-02-30 does not exist (day 30 of month 2) (un.birth-date)`,
    );
  });

  it('imports every entity of an FtM file, reporting each value it skips', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paso-screen-'));
    writeFileSync(join(dir, 'entities.ftm.json'), FTM_FILE);
    writeFileSync(
      join(dir, 'people.csv'),
      `${PEOPLE_HEADER}\nR1,Ivan,Petrov,,M,,RUS,,\nR2,Aliaksandr,Lukashenka,,M,1954-08-30,BLR,,\nR3,Faisal,Al Saud,,M,,SAU,,\n`,
    );
    const progress: string[] = [];
    const r = await screenCommand({
      watchlistPath: join(dir, 'entities.ftm.json'),
      inPath: join(dir, 'people.csv'),
      outPath: join(dir, 'hits.csv'),
      progress: (m) => progress.push(m),
    });
    expect(r).toEqual({ people: 3, hits: 3, skipped: 2 });
    expect(progress.filter((m) => m.includes('skipped'))).toEqual([
      expect.stringMatching(/line 1: skipped birthDate "unknown": .* \(ftm\.birth-date\)$/),
      expect.stringMatching(/line 3: skipped entry: .* \(ftm\.malformed-json\)$/),
    ]);
  });
});

const PEOPLE_HEADER =
  'record_id,given_names,surname1,surname2,sex,birth_date,nationality,document_type,document_number';

// As the UN publishes it: several names in one ALIAS_NAME, document numbers among words.
const UN_EXCERPT = `<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" dateGenerated="2025-11-20T08:00:01.000Z">
<INDIVIDUALS>
<INDIVIDUAL>
<DATAID>110427</DATAID><VERSIONNUM>1</VERSIONNUM>
<FIRST_NAME>AZIM</FIRST_NAME><SECOND_NAME>AGHAJANI</SECOND_NAME>
<UN_LIST_TYPE>Iran</UN_LIST_TYPE><REFERENCE_NUMBER>IRi.038</REFERENCE_NUMBER>
<NATIONALITY><VALUE>IRAN (ISLAMIC REPUBLIC OF)</VALUE></NATIONALITY>
<INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Azim Adhajani; Azim Agha-Jani</ALIAS_NAME></INDIVIDUAL_ALIAS>
<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1961-02-30</DATE></INDIVIDUAL_DATE_OF_BIRTH>
<INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>No. H0044232 (Iraqi)</NUMBER></INDIVIDUAL_DOCUMENT>
<INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>CAR diplomatic passport no. 06FBO2262</NUMBER></INDIVIDUAL_DOCUMENT>
</INDIVIDUAL>
</INDIVIDUALS>
<ENTITIES/>
</CONSOLIDATED_LIST>
`;

// As OpenSanctions exports it: ISO two-letter nationalities, an unknown birth date, a birth year
// two centuries back, and one broken line.
const FTM_FILE = [
  '{"id":"NK-ivan","schema":"Person","properties":{"name":["Ivan Petrov"],"birthDate":["unknown"],"nationality":["ru"],"gender":["male"]}}',
  '{"id":"NK-luka","schema":"Person","properties":{"name":["Aliaksandr Lukashenka"],"weakAlias":["Bat\'ka"],"birthDate":["1954-08-30"],"citizenship":["by"]}}',
  '{"id":"NK-broken","schema":"Person","properties":{"name":["Nobody"]',
  '{"id":"NK-saud","schema":"Person","properties":{"name":["Faisal Al Saud"],"birthDate":["1788"],"nationality":["sa"]}}',
  '{"id":"NK-co","schema":"Company","properties":{"name":["Petrov Holdings"]}}',
].join('\n');

describe('watchlistNameOf', () => {
  it.each([
    ['', err('--name is empty (nothing imported)')],
    ['   ', err('--name is empty (nothing imported)')],
    ['a'.repeat(121), err('--name is longer than 120 characters (nothing imported)')],
    ['a'.repeat(5000), err('--name is longer than 120 characters (nothing imported)')],
    [' ONU ', ok('ONU')],
    ['a'.repeat(120), ok('a'.repeat(120))],
  ])('takes a list name by the API’s rule: case %#', (name, expected) => {
    expect(watchlistNameOf(name)).toEqual(expected);
  });
});
