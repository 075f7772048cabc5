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

/**
 * A checkpoint's label on the map: its name, the people waiting on both sides and its longest line, of
 * what was seen: "Complejo Fronterizo Santa Rosa: 118 esperan · 5.5 km", or the name alone.
 */
export function queueLabel(
  name: string,
  queues: readonly LatestObservation[],
  locale: string,
  t: TFunction,
): string {
  const waiting = queues.filter((q) => q.kind === 'peopleWaiting').map((q) => q.value);
  const km = queues.filter((q) => q.kind === 'queueKm').map((q) => q.value);
  const people = waiting.reduce((n, v) => n + v, 0);
  const parts = [
    ...(waiting.length === 0
      ? []
      : [t('situation.map.waitingLabel', { count: people, waiting: formatNumber(people, locale) })]),
    ...(km.length === 0 ? [] : [figureValue('queueKm', Math.max(...km), locale, t)]),
  ];
  return parts.length === 0 ? name : t('situation.map.queueLabel', { name, figures: parts.join(' · ') });
}
