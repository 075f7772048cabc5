import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenCommand } from './screen';

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
    });
    expect(r).toEqual({ people: 2, hits: 1 });
    const lines = readFileSync(join(dir, 'hits.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe('record_id,watch_id,score,explanation');
    expect(lines[1]).toMatch(new RegExp(`^R1,${watchId},0\\.\\d{4},.*Date of birth`));
  });

  it('names the line of a malformed watchlist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paso-screen-'));
    writeFileSync(
      join(dir, 'w.jsonl'),
      '{"id":"a","schema":"Person","properties":{"name":["A"]}}\nnot json\n',
    );
    writeFileSync(join(dir, 'people.csv'), PEOPLE);
    await expect(
      screenCommand({
        watchlistPath: join(dir, 'w.jsonl'),
        inPath: join(dir, 'people.csv'),
        outPath: join(dir, 'h.csv'),
      }),
    ).rejects.toThrow(/w\.jsonl line 2: ftm\.malformed-json/);
  });
});
