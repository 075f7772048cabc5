// Where the forecast's line starts: the people waiting now and the booths open, as asked, or else as
// the checkpoint's latest observations of its lines and its booths in use say.
import { localHour } from '../../domain/crossings';
import type { Side } from '../../domain/situation';
import type { CheckpointRef } from '../../store/crossings';
import type { Executor } from '../../store/executor';
import { listCheckpoints } from '../../store/reference';
import { latestObservations } from '../../store/situation';

/** An observation of the line older than this is not taken for the line now. */
export const LINE_OBSERVED_WITHIN_MINUTES = 120;

export interface LineNow {
  readonly waitingNow: number;
  /** `given` in the question, `observed` at the line, `none`: nobody counted it lately, taken as 0. */
  readonly waitingSource: 'given' | 'observed' | 'none';
  /** When the oldest of the observations summed was made; null unless observed. */
  readonly observedAt: string | null;
  readonly boothsOpen: number;
  /** `given` in the question, or `checkpoint`: the booths the checkpoint has in use (at least 1). */
  readonly boothsSource: 'given' | 'checkpoint';
}

export interface LineQuestion {
  readonly direction: 'entry' | 'exit' | 'both';
  readonly waitingNow?: number | undefined;
  readonly boothsOpen?: number | undefined;
}

export async function lineNow(
  db: Executor,
  checkpoint: CheckpointRef,
  q: LineQuestion,
  now: Date,
): Promise<LineNow> {
  const waiting = q.waitingNow === undefined ? await observedWaiting(db, checkpoint, q.direction, now) : null;
  const booths = q.boothsOpen === undefined ? await boothsInUse(db, checkpoint) : q.boothsOpen;
  return {
    waitingNow: q.waitingNow ?? waiting?.people ?? 0,
    waitingSource: q.waitingNow !== undefined ? 'given' : waiting === null ? 'none' : 'observed',
    observedAt: waiting?.observedAt ?? null,
    boothsOpen: booths,
    boothsSource: q.boothsOpen === undefined ? 'checkpoint' : 'given',
  };
}

/**
 * The people waiting in the lines the forecast is about, by their latest observations: both lines'
 * for `both`. Null when a line has no count of people observed within the last two hours: a line
 * half known is not summed.
 */
async function observedWaiting(
  db: Executor,
  checkpoint: CheckpointRef,
  direction: LineQuestion['direction'],
  now: Date,
): Promise<{ people: number; observedAt: string } | null> {
  const sides: Side[] = direction === 'both' ? ['entry', 'exit'] : [direction];
  const since = now.getTime() - LINE_OBSERVED_WITHIN_MINUTES * 60_000;
  const latest = (await latestObservations(db)).filter(
    (o) =>
      o.checkpoint.id === checkpoint.id &&
      o.kind === 'peopleWaiting' &&
      sides.includes(o.side) &&
      Date.parse(o.observedAt) >= since,
  );
  if (latest.length < sides.length) return null;
  return {
    people: latest.reduce((sum, o) => sum + o.value, 0),
    observedAt: latest.map((o) => o.observedAt).sort()[0] ?? '',
  };
}

async function boothsInUse(db: Executor, checkpoint: CheckpointRef): Promise<number> {
  const [full] = await listCheckpoints(db, [checkpoint.id]);
  return Math.max(1, full?.booths.filter((b) => !b.retired).length ?? 0);
}

const QUARTER_MS = 15 * 60_000;

/** Minutes until the checkpoint's local hour in progress ends (every zone's offset is whole quarters). */
export function minutesLeftInHour(now: Date, timeZone: string): number {
  const ms = now.getTime();
  const { date, hour } = localHour(now, timeZone);
  let boundary = (Math.floor(ms / QUARTER_MS) + 1) * QUARTER_MS;
  while (boundary - ms < 60 * 60_000) {
    const next = localHour(new Date(boundary), timeZone);
    if (next.hour !== hour || next.date !== date) break;
    boundary += QUARTER_MS;
  }
  return Math.min(60, (boundary - ms) / 60_000);
}
