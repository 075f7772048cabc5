import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseModel } from '../../domain/matching';
import { evaluateCommand, trainCommand } from './evaluate-matching';

describe('evaluateCommand', () => {
  it('prints precision, recall, F1 and the screening figures', async () => {
    const lines: string[] = [];
    const r = await evaluateCommand({
      size: 5000,
      seed: 31,
      watchlistSize: 2000,
      queries: 100,
      print: (l) => lines.push(l),
    });
    expect(r.f1).toBeGreaterThan(0.8);
    expect(r.screeningRecall).toBeGreaterThan(0.7);
    expect(lines.join('\n')).toMatch(/precision .* recall .* F1 0\.\d{4}/);
    expect(lines.join('\n')).toMatch(/false hits .* per 1,000 people, others alerted .* namesakes alerted/);
  });

  it('evaluates population B, and screens against a list without its documents', async () => {
    const lines: string[] = [];
    const r = await evaluateCommand({
      size: 3000,
      seed: 32,
      watchlistSize: 2000,
      queries: 100,
      population: 'B',
      watchlistDocuments: false,
      print: (l) => lines.push(l),
    });
    expect(r.population).toBe('B');
    expect(r.f1).toBeGreaterThan(0.5);
    expect(lines.join('\n')).toMatch(/population B/);
    expect(lines.join('\n')).toMatch(/without documents on the list/);
  });
});

describe('trainCommand', () => {
  it('writes a model file that parses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paso-train-'));
    const outPath = join(dir, 'model.json');
    await trainCommand({
      outPath,
      records: 3000,
      seed: 2,
      randomSeed: 9,
      version: 'test-1',
      print: () => undefined,
    });
    const m = parseModel(JSON.parse(readFileSync(outPath, 'utf8')));
    expect(m.ok && m.value.version).toBe('test-1');
  });
});
