import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseModel } from '../../domain/matching';
import { evaluateCommand, trainCommand } from './evaluate-matching';

describe('evaluateCommand', () => {
  // Every run screens 100 queries against a list of 2,000; the report is what it printed.
  const evaluate = async (
    opts: Omit<Parameters<typeof evaluateCommand>[0], 'watchlistSize' | 'queries' | 'print'>,
  ) => {
    const lines: string[] = [];
    const r = await evaluateCommand({
      ...opts,
      watchlistSize: 2000,
      queries: 100,
      print: (l) => lines.push(l),
    });
    return { r, printed: lines.join('\n') };
  };

  it('prints precision, recall, F1 and the screening figures', async () => {
    const { r, printed } = await evaluate({ size: 5000, seed: 31 });
    expect(r.f1).toBeGreaterThan(0.8);
    expect(r.screeningRecall).toBeGreaterThan(0.7);
    expect(printed).toMatch(/precision .* recall .* F1 0\.\d{4}/);
    expect(printed).toMatch(/false hits .* per 1,000 people, others alerted .* namesakes alerted/);
  });

  it('evaluates population B, and screens against a list without its documents', async () => {
    const { r, printed } = await evaluate({
      size: 3000,
      seed: 32,
      population: 'B',
      watchlistDocuments: false,
    });
    expect(r.population).toBe('B');
    expect(r.f1).toBeGreaterThan(0.5);
    expect(printed).toMatch(/population B/);
    expect(printed).toMatch(/without documents on the list/);
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
