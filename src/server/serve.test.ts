// `paso serve` as an installation runs it: the booth's candidate search is answered by the candidate
// index's worker thread from the first person, not by the thread that serves the requests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from './config';
import { type Running, serve } from './serve';

describe('paso serve', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paso-serve-'));
  let running: Running | undefined;
  afterAll(async () => {
    await running?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the candidate index in its worker thread on an empty database, and finds people there', async () => {
    const config = readConfig({ PASO_DATA_DIR: dir, PASO_PORT: '0', PASO_LOG_LEVEL: 'silent' });
    running = await serve(config, { demo: false, print: () => undefined });
    const { matching, db } = running.context;
    // It serves at once; the worker takes over when it has started.
    await matching.peopleIndex.settled();
    expect(matching.peopleIndex.inThread()).toBe(true);

    const yohana = {
      id: '0192f0a4-1111-7000-8000-000000000001',
      givenNames: 'YOHANA CAROLINA',
      surname1: 'BRICEÑO',
      surname2: 'URDANETA',
      sex: 'F' as const,
      birthDate: { year: 1994, month: 3, day: 14 },
      nationality: 'VEN',
    };
    matching.rememberPerson(yohana);
    // The same woman at another booth, her second surname left out and the first without its accent.
    const again = { ...yohana, id: '0192f0a4-1111-7000-8000-000000000002', surname1: 'BRICENO' };
    const { surname2: _, ...withoutSecond } = again;
    const hits = await matching.candidates(db.kysely, withoutSecond);
    expect(hits.map((h) => h.id)).toContain(yohana.id);
  });
});
