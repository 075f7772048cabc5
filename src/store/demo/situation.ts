// The demo's situation picture: observations of the lines at Santa Rosa and Chacalluta over the last
// hours, and the road blockade of the reference case (70–80 people stranded on the Chilean side), open.
// Its description and the lane that is open are shared with humanitarian partners; the arrests made
// there are not (the staff's alone, as such a note should be).
// Observation ids are made from their place and hour, so a later start adds only the hours since.
import type { Side } from '../../domain/situation';
import type { Executor } from '../executor';
import {
  appendIncidentUpdate,
  findIncident,
  insertIncident,
  insertObservation,
  lockIncident,
} from '../situation';
import { stableId } from './history';
import { CHACALLUTA_ID, DEMO_USERS, SANTA_ROSA_ID } from './scenario';

export const DEMO_BLOCKADE_ID = '5a7a0000-0000-4000-8005-000000000001';
// On the Panamericana 2.3 km south of Chacalluta, on the Chilean side as its description says (it
// stood 2 km north of Chacalluta, across the border in Peru).
export const DEMO_BLOCKADE_PLACE = { latitude: -18.335, longitude: -70.31 } as const;
const HOUR_MS = 3600_000;
const OFFICER = DEMO_USERS[0]?.id ?? null;
const SUPERVISOR = DEMO_USERS[1]?.id ?? null;

type Figures = readonly [people: number, vehicles: number, trucks: number, km: number, minutes: number];

interface Line {
  readonly side: Side;
  // Figures three hours ago and now: the queue grows while the road is blocked.
  readonly from: Figures;
  readonly to: Figures;
}

// A post's lines, counted by the user who stands there.
interface Post {
  readonly checkpointId: string;
  readonly observer: string | null;
  readonly lines: readonly Line[];
}

const POSTS: readonly Post[] = [
  // Santa Rosa, to enter Peru: the people stranded on the Chilean side and the northbound trucks.
  {
    checkpointId: SANTA_ROSA_ID,
    observer: OFFICER,
    lines: [
      { side: 'entry', from: [64, 90, 120, 3, 240], to: [96, 140, 185, 5.5, 420] },
      { side: 'exit', from: [18, 40, 35, 1, 60], to: [22, 55, 40, 1.2, 75] },
    ],
  },
  // Chacalluta, to leave Chile: the same people, counted from the Chilean post.
  {
    checkpointId: CHACALLUTA_ID,
    observer: SUPERVISOR,
    lines: [
      { side: 'exit', from: [70, 85, 110, 2.5, 210], to: [80, 120, 160, 4, 360] },
      { side: 'entry', from: [12, 30, 25, 0.5, 45], to: [15, 35, 30, 0.8, 50] },
    ],
  },
];

const lerp = (a: number, b: number, share: number, whole: boolean) => {
  const v = a + (b - a) * share;
  return whole ? Math.round(v) : Math.round(v * 10) / 10;
};

/** Adds the last hours' observations and, once, the open blockade. Returns how many rows it added. */
export async function seedDemoSituation(db: Executor, now: Date): Promise<number> {
  const hour = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  let added = 0;
  await db.transaction().execute(async (tx) => {
    for (const post of POSTS) {
      for (const line of post.lines) {
        for (const [i, hoursAgo] of [3, 2, 1, 0].entries()) {
          // On the hour: never after `now`, so the latest figures are always the grown ones.
          const at = new Date(hour - hoursAgo * HOUR_MS);
          const share = i / 3;
          const [p, v, t, km, min] = line.from.map((a, k) => lerp(a, line.to[k] ?? a, share, k !== 3));
          const stored = await insertObservation(tx, {
            id: stableId(`observation|${post.checkpointId}|${line.side}|${at.toISOString()}`),
            checkpointId: post.checkpointId,
            side: line.side,
            observedAt: at.toISOString(),
            recordedAt: at.toISOString(),
            observerId: post.observer,
            values: { peopleWaiting: p, vehiclesQueued: v, trucksQueued: t, queueKm: km, waitMinutes: min },
            note: null,
            demo: true,
          });
          if (stored.outcome === 'created') added += 1;
        }
      }
    }
    const began = new Date(now.getTime() - 3 * HOUR_MS).toISOString();
    const opened = await insertIncident(tx, {
      id: DEMO_BLOCKADE_ID,
      openingId: stableId('incident|blockade|opened'),
      kind: 'road-blockade',
      severity: 'high',
      title: 'Bloqueo de la Panamericana junto a Chacalluta',
      description:
        'Unas 70 a 80 personas varadas en el lado chileno bloquean la vía; colas de camiones de varios kilómetros.',
      descriptionShared: true,
      ...DEMO_BLOCKADE_PLACE,
      occurredAt: began,
      checkpointId: CHACALLUTA_ID,
      reportedBy: SUPERVISOR,
      reportedAt: began,
      demo: true,
    });
    if (!opened) return;
    added += 1;
    await lockIncident(tx, DEMO_BLOCKADE_ID);
    const current = await findIncident(tx, DEMO_BLOCKADE_ID);
    if (!current) return;
    const notes = [
      // What partners need to know of the road, shared with them.
      ['Pasan solo vehículos livianos por un carril.', true, 2],
      // An arrest and a prosecutor's case: enforcement data, for the staff only.
      [
        'Carabineros detiene a dos personas con orden de detención vigente; trasladadas a la fiscalía de Arica.',
        false,
        1,
      ],
    ] as const;
    for (const [i, [note, noteShared, hoursAgo]] of notes.entries()) {
      await appendIncidentUpdate(
        tx,
        DEMO_BLOCKADE_ID,
        { note, noteShared, status: null, severity: null },
        {
          id: stableId(`incident|blockade|update-${i + 1}`),
          at: new Date(now.getTime() - hoursAgo * HOUR_MS).toISOString(),
          by: SUPERVISOR,
        },
      );
    }
  });
  return added;
}
