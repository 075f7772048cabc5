// A checkpoint's lines as the map says them: its label, only what was seen (a checkpoint whose length
// of line nobody measured read "0 km", one whose waiting nobody counted "0 esperan"). Its popup: one line a side, its figures as phrases and
// the time they were seen said once. Before, each figure took a line of its own with its full time,
// ten lines a checkpoint: on a phone the popup was taller than the map, its name under the zoom
// buttons and its last figures cut off.
import type { TFunction } from 'i18next';
import { OBSERVATION_KINDS, SIDES } from '../../../domain/situation';
import type { LatestObservation } from '../../api/situation-endpoints';
import { formatDateTime, formatNumber } from '../../format/format';
import { figurePhrase, figureValue, sideName } from './labels';

export type QueueLine = readonly [label: string, value: string];

/**
 * For each side, its latest figures: "15 personas · 0.8 km de cola (7 dic 2026, 07:00 GMT-3)", on the
 * checkpoint's clock; figures seen at different times take a line each time.
 */
export function queueLines(queues: readonly LatestObservation[], locale: string, t: TFunction): QueueLine[] {
  return SIDES.flatMap((side) => {
    const seen = queues
      .filter((q) => q.side === side)
      .sort((a, b) => OBSERVATION_KINDS.indexOf(a.kind) - OBSERVATION_KINDS.indexOf(b.kind));
    const times = [...new Set(seen.map((q) => q.observedAt))].sort().reverse();
    return times.map((at): QueueLine => {
      const figures = seen.filter((q) => q.observedAt === at);
      const zone = figures[0]?.checkpoint.timeZone;
      const phrases = figures.map((q) => figurePhrase(q.kind, q.value, locale, t)).join(' · ');
      return [sideName(side, t), `${phrases} (${formatDateTime(at, locale, zone, 'minute')})`];
    });
  });
}

// Counts of the two sides seen further apart than this are not added up: their sum is a line nobody
// saw. Within it, the sum is said with the age of the older count.
const ADDED_WITHIN_MS = 60 * 60_000;

/** How long before the picture's time a figure was seen: "hace 40 min", "hace 9 h", "hace 2 días". */
function ageText(observedAt: string, asOf: string, t: TFunction): string {
  const minutes = Math.floor((Date.parse(asOf) - Date.parse(observedAt)) / 60_000);
  if (!Number.isFinite(minutes) || minutes < 1) return t('situation.map.ageNow');
  if (minutes < 60) return t('situation.map.ageMinutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('situation.map.ageHours', { count: hours });
  return t('situation.map.ageDays', { count: Math.floor(hours / 24) });
}

/** The people waiting, as the label says them: added up with the older count's age, or a side each. */
function waitingParts(
  queues: readonly LatestObservation[],
  asOf: string,
  locale: string,
  t: TFunction,
): string[] {
  const waiting = queues.filter((q) => q.kind === 'peopleWaiting');
  const times = waiting.map((q) => q.observedAt).sort();
  const oldest = times[0];
  const newest = times.at(-1);
  if (oldest === undefined || newest === undefined) return [];
  if (Date.parse(newest) - Date.parse(oldest) <= ADDED_WITHIN_MS) {
    const people = waiting.reduce((n, q) => n + q.value, 0);
    const count = t('situation.map.waitingLabel', { count: people, waiting: formatNumber(people, locale) });
    return [`${count} (${ageText(oldest, asOf, t)})`];
  }
  return SIDES.flatMap((side) =>
    waiting
      .filter((q) => q.side === side)
      .map((q) => {
        const values = { count: q.value, waiting: formatNumber(q.value, locale) };
        const count =
          side === 'entry'
            ? t('situation.map.waitingToEnter', values)
            : t('situation.map.waitingToLeave', values);
        return `${count} (${ageText(q.observedAt, asOf, t)})`;
      }),
  );
}

/**
 * A checkpoint's label on the map: its name, the people waiting on both sides with how long ago they
 * were counted, and its longest line, of what was seen: "Complejo Fronterizo Santa Rosa: 118 esperan
 * (hace 20 min) · 5.5 km", or the name alone. `asOf` is the picture's time. Counts of the two sides
 * seen hours apart are said a side each, not added: at night the day's count is not tonight's line.
 */
export function queueLabel(
  name: string,
  queues: readonly LatestObservation[],
  asOf: string,
  locale: string,
  t: TFunction,
): string {
  const km = queues.filter((q) => q.kind === 'queueKm').map((q) => q.value);
  const parts = [
    ...waitingParts(queues, asOf, locale, t),
    ...(km.length === 0 ? [] : [figureValue('queueKm', Math.max(...km), locale, t)]),
  ];
  return parts.length === 0 ? name : t('situation.map.queueLabel', { name, figures: parts.join(' · ') });
}
