// The demo's recent past: three days of crossings, families, tallies, corrections, a held case and a
// plainly fictitious watchlist, up to the hour the demo is started. Every event id is made from its
// place and hour, so a later start adds only the hours since and re-sends nothing twice.
import { createHash } from 'node:crypto';
import type { CrossingInput, EventInput } from '../../domain/crossings';
import {
  buildScreeningIndex,
  createRandom,
  defaultModel,
  generatePopulation,
  type LabelledPerson,
  type Random,
  screenPerson,
} from '../../domain/matching';
import { type ApplyOutcome, applyEvents, loadPlaces } from '../crossings';
import { decreeLookup } from '../decrees';
import type { Executor } from '../executor';
import { insertHits, insertWatchlist, parseWatchlistCsv } from '../matching';
import { DEMO_USERS } from './scenario';

const HOURS = 72;
export const DEMO_WATCHLIST_ID = '5a7a0000-0000-4000-8004-000000000001';
const userId = (username: string): string => DEMO_USERS.find((u) => u.username === username)?.id ?? '';
const SANTA_ROSA_OFFICER = userId('oficial.santarosa');
// A refusal changed after the person came back with a document is the supervisor's decision.
const SUPERVISOR = userId('supervisor');

// Names no real person is meant to bear; the list says so in its name.
const DEMO_WATCHLIST_CSV = [
  'watch_id,given_names,surname1,surname2,sex,birth_date,nationality,document_number,aliases',
  'DEMO-001,Ficticio Demostración,Ejemplar,Inventado,M,1979,VEN,,El Ficticio',
  'DEMO-002,Persona Simulada,Ejemplo,Prueba,F,1985-06,COL,,',
  'DEMO-003,Rigoberto Ficticio,Muestra,,M,1968-02-11,PER,,',
].join('\n');

// The person of the demo's held case: close enough to DEMO-001 for the screening to hold them.
const HELD_PERSON = {
  givenNames: 'Ficticio Demostracion',
  surname1: 'Ejemplar',
  surname2: 'Inventado',
  sex: 'M' as const,
  birthDate: '1979-04-02',
  nationality: 'VEN',
};

/** A UUID made from a text, the same every time. */
export function stableId(text: string): string {
  const h = createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const seedOf = (text: string): number =>
  Number.parseInt(createHash('sha256').update(text).digest('hex').slice(0, 8), 16);

// Arrivals by local hour: quiet nights, the morning buses, a second wave in the afternoon.
const PROFILE = [1, 0, 0, 0, 1, 2, 4, 7, 9, 10, 9, 8, 6, 6, 7, 8, 8, 6, 4, 3, 2, 2, 1, 1];
const NATIONALITIES = ['VEN', 'VEN', 'VEN', 'VEN', 'VEN', 'VEN', 'COL', 'PER', 'HTI', 'BOL', 'CHL'];

interface Plan {
  readonly checkpoint: 'PE-SANTA-ROSA' | 'CL-CHACALLUTA';
  /** The officer of this checkpoint who records its booths' events. */
  readonly officer: string;
  readonly booths: readonly string[];
  readonly direction: 'entry' | 'exit';
  readonly scale: number;
  readonly utcOffset: number;
}

const PLANS: readonly Plan[] = [
  {
    checkpoint: 'PE-SANTA-ROSA',
    officer: SANTA_ROSA_OFFICER,
    booths: ['SR-01', 'SR-02', 'SR-03'],
    direction: 'entry',
    scale: 1,
    utcOffset: -5,
  },
  {
    checkpoint: 'CL-CHACALLUTA',
    officer: userId('oficial.chacalluta'),
    booths: ['CH-01', 'CH-02'],
    direction: 'exit',
    scale: 0.6,
    utcOffset: -3,
  },
];

function decisionOf(r: Random): Pick<CrossingInput, 'decision'> & Record<string, unknown> {
  const x = r.next();
  if (x < 0.62) return { decision: 'admitted-transit', exitPoint: 'PE-TUMBES' };
  if (x < 0.8) return { decision: 'admitted' };
  if (x < 0.88)
    return { decision: 'referred-protection', note: 'Solicita refugio', vulnerabilities: ['asylum-seeker'] };
  return {
    decision: 'refused',
    refusalGround: 'no-valid-document',
    note: 'Sin documento ni excepción aplicable',
  };
}

// A generated record may hold the whole name in the given names, surnames first, as a careless form
// does; a booth cannot send a crossing without a first surname, so the officer typed the first word
// there. Every event the demo writes is one the interchange takes (an export of it imports again).
function namesOf(p: LabelledPerson): { givenNames: string; surname1: string } {
  if (p.surname1 !== '') return { givenNames: p.givenNames, surname1: p.surname1 };
  const [surname1 = '', ...given] = p.givenNames.split(' ');
  return { givenNames: given.join(' '), surname1 };
}

function personOf(p: LabelledPerson, nationality: string, birthDate?: string) {
  const birth = p.birthDate;
  const text = birth
    ? [birth.year, birth.month, birth.day]
        .filter((v) => v !== undefined)
        .map((v, i) => (i === 0 ? String(v) : String(v).padStart(2, '0')))
        .join('-')
    : undefined;
  return {
    ...namesOf(p),
    ...(p.surname2 ? { surname2: p.surname2 } : {}),
    ...(p.sex ? { sex: p.sex } : {}),
    ...((birthDate ?? text) ? { birthDate: birthDate ?? text } : {}),
    nationality,
  };
}

/** An hour's events at a checkpoint: those its officer records at the booths, and the supervisor's. */
interface HourEvents {
  readonly booth: EventInput[];
  readonly supervisor: EventInput[];
}

function hourEvents(plan: Plan, hourStart: Date, people: readonly LabelledPerson[]): HourEvents {
  const key = `${plan.checkpoint}:${hourStart.toISOString()}`;
  const r = createRandom(seedOf(key));
  const localHour = (hourStart.getUTCHours() + 24 + plan.utcOffset) % 24;
  const expected = (PROFILE[localHour] ?? 1) * plan.scale;
  const n = Math.max(0, Math.round(expected + (r.next() - 0.5) * expected));
  const out: EventInput[] = [];
  const supervisor: EventInput[] = [];
  const hourEnd = hourStart.getTime() + 3_599_999;
  const at = (k: number) =>
    new Date(hourStart.getTime() + Math.floor(((k + r.next()) / (n + 3)) * 3_600_000)).toISOString();
  const base = { checkpoint: plan.checkpoint, direction: plan.direction };
  for (let k = 0; k < n; k += 1) {
    const p = people[r.int(people.length)] as LabelledPerson;
    const nationality = NATIONALITIES[r.int(NATIONALITIES.length)] ?? 'VEN';
    const booth = plan.booths[r.int(plan.booths.length)] ?? plan.booths[0] ?? '';
    const id = stableId(`${key}:${k}`);
    const when = at(k);
    const decision = decisionOf(r);
    const hasDocument = r.chance(0.7);
    const adult: CrossingInput = {
      kind: 'crossing',
      id,
      at: when,
      booth,
      ...base,
      ...decision,
      person: personOf(p, nationality),
      identityBasis: hasDocument ? 'document' : 'declared',
      ...(hasDocument
        ? {
            document: {
              type: 'P',
              number: `${nationality.slice(0, 1)}${String(seedOf(id) % 1e8).padStart(8, '0')}`,
              issuingState: nationality,
            },
          }
        : {}),
      consent: true,
    } as CrossingInput;
    if (decision.decision === 'refused' && r.chance(0.3)) {
      // The person came back with a document: the supervisor changed the refusal.
      // Within the hour, so that none is after the demo's now.
      supervisor.push({
        kind: 'correction',
        id: stableId(`${id}:corrected`),
        at: new Date(Math.min(Date.parse(when) + 20 * 60_000, hourEnd)).toISOString(),
        checkpoint: plan.checkpoint,
        corrects: id,
        set: {
          decision: 'admitted-transit',
          exitPoint: 'PE-TUMBES',
          refusalGround: undefined,
          note: 'Presentó cédula vigente',
        },
      });
    }
    if (!r.chance(0.25)) {
      out.push(adult);
      continue;
    }
    // A family: the reference person, and one or two children who travel with them.
    const group = stableId(`${id}:group`);
    out.push({ ...adult, group, relationship: 'reference' } as CrossingInput);
    const children = 1 + r.int(2);
    for (let c = 0; c < children; c += 1) {
      const child = people[r.int(people.length)] as LabelledPerson;
      const year = 2010 + r.int(13);
      out.push({
        ...adult,
        id: stableId(`${id}:child:${c}`),
        person: {
          ...personOf(child, nationality, `${year}-0${1 + r.int(9)}`),
          surname1: namesOf(p).surname1,
        },
        document: undefined,
        identityBasis: 'family-member',
        group,
        relationship: 'child',
        travelsWith: id,
      } as CrossingInput);
    }
  }
  if (r.chance(0.04)) {
    // A teenager crossing alone: referred to protection, and the humanitarian side is told.
    const p = people[r.int(people.length)] as LabelledPerson;
    out.push({
      kind: 'crossing',
      id: stableId(`${key}:alone`),
      at: at(n),
      booth: plan.booths[0] ?? '',
      ...base,
      decision: 'referred-protection',
      note: 'Menor no acompañado',
      person: personOf(p, 'VEN', `${hourStart.getUTCFullYear() - 16}-03`),
      identityBasis: 'declared',
      vulnerabilities: ['unaccompanied-minor'],
      consent: true,
    } as CrossingInput);
  }
  // In the busiest hours the booths cannot register everyone: the rest are tallied.
  if (expected >= 7 * plan.scale && plan.checkpoint === 'PE-SANTA-ROSA') {
    const presses = 3 + r.int(8);
    for (let k = 0; k < presses; k += 1) {
      out.push({
        kind: 'tally',
        id: stableId(`${key}:tally:${k}`),
        at: at(k),
        ...base,
        category: (['man', 'woman', 'boy', 'girl', 'man', 'woman'] as const)[r.int(6)],
        nationality: 'VEN',
        count: 1 + r.int(4),
      } as EventInput);
    }
    // A press made by mistake, undone at the booth.
    out.push({
      kind: 'correction',
      id: stableId(`${key}:undo`),
      at: at(presses),
      checkpoint: plan.checkpoint,
      corrects: stableId(`${key}:tally:0`),
      void: true,
    });
  }
  return { booth: out, supervisor };
}

async function ensureWatchlist(tx: Executor, at: string): Promise<void> {
  const there = await tx
    .selectFrom('watchlist')
    .select('id')
    .where('id', '=', DEMO_WATCHLIST_ID)
    .executeTakeFirst();
  if (there) return;
  const parsed = parseWatchlistCsv(DEMO_WATCHLIST_CSV);
  if (!parsed.ok) throw new Error('the demo watchlist does not parse');
  await insertWatchlist(
    tx,
    {
      id: DEMO_WATCHLIST_ID,
      name: 'Lista de demostración (personas ficticias)',
      format: 'csv',
      importedBy: DEMO_USERS[4]?.id ?? '',
      importedAt: at,
    },
    parsed.value.map((entry) => ({
      id: stableId(`demo-watch:${entry.watchId}`),
      watchId: entry.watchId,
      entry,
    })),
  );
}

// The held case: a crossing the screening held yesterday, waiting for the supervisor.
async function heldCase(
  tx: Executor,
  now: Date,
  places: Awaited<ReturnType<typeof loadPlaces>>,
  decreeOf: Awaited<ReturnType<typeof decreeLookup>>,
): Promise<void> {
  const id = stableId('demo:held-case');
  const at = new Date(now.getTime() - 20 * 3_600_000).toISOString();
  const event: CrossingInput = {
    kind: 'crossing',
    id,
    at,
    checkpoint: 'PE-SANTA-ROSA',
    booth: 'SR-02',
    direction: 'entry',
    decision: 'held',
    person: HELD_PERSON,
    identityBasis: 'declared',
    consent: true,
  } as CrossingInput;
  const personId = stableId('demo:held-person');
  let heldIds = 0;
  const [outcome] = await applyEvents(tx, [event], {
    places,
    recordedBy: SANTA_ROSA_OFFICER,
    now: at,
    newId: () => {
      heldIds += 1;
      return stableId(`demo:held:${at}:${heldIds}`);
    },
    mayResolveHolds: true,
    personIds: new Map([[id, personId]]),
    holds: new Set([id]),
    decreeOf,
    demo: true,
  });
  if (outcome?.status !== 'applied') return;
  const parsed = parseWatchlistCsv(DEMO_WATCHLIST_CSV);
  if (!parsed.ok) return;
  const model = defaultModel();
  const index = buildScreeningIndex(parsed.value, model);
  const hits = screenPerson(index, {
    ...HELD_PERSON,
    id: personId,
    birthDate: { year: 1979, month: 4, day: 2 },
  });
  await insertHits(
    tx,
    hits.map((h) => ({
      id: stableId(`demo:hit:${h.id}`),
      registrationId: id,
      personId,
      watchlistEntryId: stableId(`demo-watch:${h.id}`),
      score: h.probability,
      explanation: h.explanation,
      modelVersion: model.model.version,
      createdAt: at,
    })),
  );
}

/** Adds the demo's hours up to now that are not there yet; answers how many events were new. */
export async function seedDemoHistory(db: Executor, now: Date): Promise<number> {
  const places = await loadPlaces(db);
  if (!places.byCode.has('PE-SANTA-ROSA')) return 0;
  const people = generatePopulation({ seed: 2025, records: 600 });
  const firstHour = Math.floor(now.getTime() / 3_600_000) - HOURS;
  // Each checkpoint's booth events by its own officer, then the supervisor's changes to them.
  const batches = new Map<string, EventInput[]>([
    ...PLANS.map((p): [string, EventInput[]] => [p.officer, []]),
    [SUPERVISOR, []],
  ]);
  for (let h = firstHour; h < firstHour + HOURS; h += 1) {
    for (const plan of PLANS) {
      const hour = hourEvents(plan, new Date(h * 3_600_000), people);
      batches.get(plan.officer)?.push(...hour.booth);
      batches.get(SUPERVISOR)?.push(...hour.supervisor);
    }
  }
  let fresh = 0;
  let counter = 0;
  await db.transaction().execute(async (tx) => {
    await ensureWatchlist(tx, new Date(firstHour * 3_600_000).toISOString());
    // Every crossing records the decree in force where and when it happened, as the server does.
    const decreeOf = await decreeLookup(tx, new Date(firstHour * 3_600_000).toISOString(), now.toISOString());
    for (const [recordedBy, events] of batches) {
      const outcomes: ApplyOutcome[] = await applyEvents(tx, events, {
        places,
        recordedBy,
        now: now.toISOString(),
        newId: () => stableId(`demo:${now.toISOString()}:${counter++}`),
        mayResolveHolds: true,
        decreeOf,
        demo: true,
      });
      fresh += outcomes.filter((o) => o.status === 'applied').length;
    }
    if (fresh > 0) await heldCase(tx, now, places, decreeOf);
  });
  return fresh;
}
