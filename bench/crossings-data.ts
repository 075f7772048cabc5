// Events for the crossings benchmark: crossings of generated people (families, partial birth dates,
// several nationalities, some without documents), tally presses and corrections, spread over days.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { createRandom, generatePopulation, type LabelledPerson } from '../src/domain/matching';

const CHECKPOINTS = ['PE-SANTA-ROSA', 'CL-CHACALLUTA'] as const;
const DECISIONS = [
  'admitted-transit',
  'admitted-transit',
  'admitted',
  'referred-protection',
  'refused',
] as const;

const uuid = (prefix: number, n: number) =>
  `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export function personJson(p: LabelledPerson): Record<string, unknown> {
  const b = p.birthDate;
  const birth = b
    ? [String(b.year), b.month && String(b.month).padStart(2, '0'), b.day && String(b.day).padStart(2, '0')]
        .filter(Boolean)
        .join('-')
    : undefined;
  // The generator may leave the first surname out (a record with one surname written second).
  const surname1 = p.surname1 || p.surname2 || 'SIN APELLIDO';
  return {
    givenNames: p.givenNames,
    surname1,
    ...(p.surname2 && p.surname1 ? { surname2: p.surname2 } : {}),
    ...(p.sex ? { sex: p.sex } : {}),
    ...(birth && b && b.year >= 1900 ? { birthDate: birth } : {}),
    ...(p.nationality ? { nationality: p.nationality } : {}),
  };
}

export function crossingOf(
  p: LabelledPerson,
  id: string,
  at: string,
  checkpoint: string,
  decisionIndex: number,
) {
  const decision = DECISIONS[decisionIndex % DECISIONS.length] ?? 'admitted';
  return {
    kind: 'crossing',
    id,
    at,
    checkpoint,
    direction: checkpoint === 'PE-SANTA-ROSA' ? 'entry' : 'exit',
    decision,
    ...(decision === 'refused' ? { refusalGround: 'no-valid-document' } : {}),
    ...(decision === 'admitted-transit' ? { exitPoint: 'PE-TUMBES' } : {}),
    person: personJson(p),
    ...(p.documentNumber ? { document: { type: p.documentType ?? 'P', number: p.documentNumber } } : {}),
  };
}

/**
 * Writes `total` events as JSON lines: 90% crossings, 8% tallies, 2% corrections of earlier events;
 * `crossingsOnly` makes every event a crossing.
 */
export async function writeEvents(
  path: string,
  total: number,
  seed: number,
  crossingsOnly = false,
): Promise<void> {
  const r = createRandom(seed);
  const people = generatePopulation({ seed, records: Math.min(total, 1_000_000) });
  const out = createWriteStream(path);
  const start = Date.parse('2025-11-20T00:00:00Z');
  let lines: string[] = [];
  const recent: { id: string; checkpoint: string }[] = [];
  for (let n = 0; n < total; n += 1) {
    const at = new Date(start + Math.floor((n / total) * 10 * 86_400_000)).toISOString();
    const checkpoint = CHECKPOINTS[r.int(2)] ?? 'PE-SANTA-ROSA';
    const x = r.next();
    let event: Record<string, unknown>;
    if (crossingsOnly || x < 0.9) {
      const p = people[n % people.length] as LabelledPerson;
      event = crossingOf(p, uuid(seed, n), at, checkpoint, r.int(5));
    } else if (x < 0.98 || n < 100) {
      event = {
        kind: 'tally',
        id: uuid(seed, n),
        at,
        checkpoint,
        direction: 'entry',
        category: ['man', 'woman', 'boy', 'girl', 'unknown'][r.int(5)],
        count: 1 + r.int(5),
      };
    } else {
      // A correction of an event made a little earlier (it may be a tally or a crossing).
      const target = recent[r.int(recent.length)] ?? { id: uuid(seed, 0), checkpoint };
      event = {
        kind: 'correction',
        id: uuid(seed, n),
        at,
        checkpoint: target.checkpoint,
        corrects: target.id,
        void: true,
      };
    }
    if (event.kind !== 'correction') recent[n % 50] = { id: String(event.id), checkpoint };
    lines.push(JSON.stringify(event));
    if (lines.length === 5000) {
      if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain');
      lines = [];
    }
  }
  out.end(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  await once(out, 'finish');
}
