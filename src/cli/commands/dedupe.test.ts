import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../domain/matching';
import { describeFailure } from '../failures';
import { dedupeCommand, loadModel } from './dedupe';
import { generatePeopleCommand } from './generate-people';

const HEADER =
  'record_id,given_names,surname1,surname2,sex,birth_date,nationality,document_type,document_number\n';

describe('dedupeCommand', () => {
  it('writes clusters.csv with one line per record, counts only clusters of two or more and reports progress', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paso-dedupe-'));
    const inPath = join(dir, 'people.csv');
    writeFileSync(
      inPath,
      `${HEADER}R1,María José,De la Cruz,Peña,F,1988-04-09,VEN,P,123456789\nR2,MARIA JOSE,DE LA CRUZ,PENXXA,F,1988-04-09,VEN,P,123456789\nR3,Luis,Quispe,Mamani,M,1970,PER,,\n`,
    );
    const messages: string[] = [];
    const r = await dedupeCommand({
      inPath,
      outPath: join(dir, 'clusters.csv'),
      progress: (m) => messages.push(m),
    });
    // R3 stands alone: a person, but not a cluster of two or more.
    expect(r).toMatchObject({ records: 3, people: 2, clusters: 1 });
    expect(readFileSync(join(dir, 'clusters.csv'), 'utf8')).toBe(
      '\ufeffrecord_id;cluster_id\r\nR1;R1\r\nR2;R1\r\nR3;R3\r\n',
    );
    expect(messages.some((m) => m.startsWith('scoring'))).toBe(true);
  });

  // Spanish Excel opened the comma file in one column; a record id from a spreadsheet that starts
  // with = ran as a formula.
  it.each([
    ['excel-semicolon', "\ufeffrecord_id;cluster_id\r\n'=1+1;'=1+1\r\nR2;R2\r\n"],
    ['excel', "\ufeffrecord_id,cluster_id\r\n'=1+1,'=1+1\r\nR2,R2\r\n"],
    ['rfc4180', 'record_id,cluster_id\r\n=1+1,=1+1\r\nR2,R2\r\n'],
  ] as const)('writes clusters.csv in the %s dialect, formulas as text for Excel', async (dialect, file) => {
    const dir = mkdtempSync(join(tmpdir(), 'paso-dedupe-'));
    const inPath = join(dir, 'people.csv');
    writeFileSync(inPath, `${HEADER}=1+1,Ana,Peña,,F,1990,PER,,\nR2,Luis,Quispe,Mamani,M,1970,PER,,\n`);
    await dedupeCommand({ inPath, outPath: join(dir, 'clusters.csv'), dialect });
    expect(readFileSync(join(dir, 'clusters.csv'), 'utf8')).toBe(file);
  });

  it('names the line of a bad row and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paso-dedupe-'));
    const inPath = join(dir, 'people.csv');
    writeFileSync(inPath, `${HEADER}R1,Ana,Pérez,,F,1990,VEN,,\nR2,Eva,Soto,,F,1990-02-31,VEN,,\n`);
    await expect(dedupeCommand({ inPath, outPath: join(dir, 'clusters.csv') })).rejects.toThrow(
      /people\.csv line 3: person\.birth-date/,
    );
  });

  it.each([
    ['not JSON', '{"format": "paso-matching-model",', /model\.json line 1: model\.json: /],
    [
      'a model without comparisons',
      '{"format": "paso-matching-model", "version": "1", "lambda": 0.001}',
      /model\.json line 1: model\.invalid: comparisons: expected an array/,
    ],
    [
      'a model whose training count is text',
      JSON.stringify({
        ...defaultModel().model,
        training: { ...defaultModel().model.training, records: 'many' },
      }),
      /model\.json line 1: model\.invalid: training\.records: expected a number/,
    ],
  ])('refuses a model file that is %s, naming the file, and writes nothing', async (_, text, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'paso-dedupe-'));
    const inPath = join(dir, 'people.csv');
    const modelPath = join(dir, 'model.json');
    writeFileSync(inPath, `${HEADER}R1,Ana,Pérez,,F,1990,VEN,,\n`);
    writeFileSync(modelPath, text);
    const outPath = join(dir, 'clusters.csv');
    await expect(dedupeCommand({ inPath, outPath, modelPath })).rejects.toThrow(message);
    expect(existsSync(outPath)).toBe(false);
  });

  it('says in words that a model file does not exist, as a mistake of the user (exit 2)', async () => {
    const modelPath = join(mkdtempSync(join(tmpdir(), 'paso-dedupe-')), 'nope.json');
    const error = await loadModel(modelPath).catch((e: unknown) => e);
    expect(describeFailure(error)).toEqual({ message: `${modelPath}: no such file or folder`, exitCode: 2 });
  });

  it('reads a model file that is well formed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paso-dedupe-'));
    const modelPath = join(dir, 'model.json');
    writeFileSync(modelPath, JSON.stringify(defaultModel().model));
    expect((await loadModel(modelPath)).model).toEqual(defaultModel().model);
  });

  it('de-duplicates a generated population written by generatePeopleCommand', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paso-dedupe-'));
    const inPath = join(dir, 'people.csv');
    const g = await generatePeopleCommand({ outPath: inPath, size: 2000, seed: 5 });
    const r = await dedupeCommand({ inPath, outPath: join(dir, 'clusters.csv') });
    expect(r.records).toBe(2000);
    // Some duplicates carry too little to link (estimated dates, initials, no papers).
    expect(Math.abs(r.people - g.people) / g.people).toBeLessThan(0.15);
    expect(r.clusters).toBeLessThan(r.people);
  });
});
