// What the form opening an incident sends, or what is wrong with it as typed, said at each field
// before anything is sent: a title left blank, a coordinate left blank, no number or off the
// operation's map, a beginning left blank, skipped by the clocks or read twice by them (Chile's summer
// time).
import type { TFunction } from 'i18next';
import { numberFromTyped } from '../../../domain/shared';
import type { Extent, IncidentKind, Severity } from '../../../domain/situation';
import type { NewIncident } from '../../api/situation-endpoints';
import { formatCoordinate } from '../../format/format';
import { instantOfZonedInput } from '../../format/zoned-input';
import { type Repeat, typedInstant } from './observed-at-fields';

export interface OpeningDraft {
  readonly title: string;
  readonly kind: IncidentKind;
  readonly severity: Severity;
  /** The checkpoint's code, '' for none. */
  readonly checkpoint: string;
  readonly latitude: string;
  readonly longitude: string;
  /** When it began, on the clock's time, as the date-time field gives it (2026-12-07T01:30). */
  readonly occurredAt: string;
  readonly repeat: Repeat | '';
  readonly description: string;
  readonly descriptionShared: boolean;
}

/** Whose clock the beginning is typed on: the checkpoint's, or the device's when none is chosen. */
export interface Clock {
  readonly name: string;
  readonly timeZone: string;
}

export type Opening =
  | { readonly ok: true; readonly body: Omit<NewIncident, 'id'> }
  | { readonly ok: false; readonly faults: Readonly<Record<string, string>> };

// Each coordinate's example near the crossing (the longitude's was a latitude, -18.27).
const EXAMPLES = { latitude: -18.27, longitude: -70.31 } as const;

/** What the draft is read against. */
export interface OpeningContext {
  readonly extent: Extent;
  readonly clock: Clock;
  /**
   * Whether a beginning was typed: the time offered (now, on the clock) is not sent, so that the
   * server's clock says when, and a phone whose clock runs fast is not refused for a future time.
   */
  readonly timeTyped: boolean;
  readonly locale: string;
  readonly t: TFunction;
}

export function openingOf(draft: OpeningDraft, context: OpeningContext): Opening {
  const { extent, clock, timeTyped, locale, t } = context;
  // A pasted minus sign (−) is a minus. The server checks the extent too.
  const coordinate = (text: string) => numberFromTyped(text, true) ?? Number.NaN;
  const faults: Record<string, string> = {};
  if (draft.title.trim() === '') faults.title = t('situation.incident.titleMissing');
  for (const [key, from, to] of [
    ['latitude', extent.south, extent.north],
    ['longitude', extent.west, extent.east],
  ] as const) {
    const value = coordinate(draft[key]);
    const example = formatCoordinate(EXAMPLES[key], locale);
    // Left blank, where it happened is not known to the minute: the nearest checkpoint's place will do.
    if (draft[key].trim() === '') faults[key] = t('situation.incidents.placeMissing', { example });
    else if (Number.isNaN(value)) faults[key] = t('situation.issue.notACoordinate', { example });
    else if (value < from || value > to) faults[key] = t('situation.issue.outsideExtent');
  }
  // Typed on the clock named beside it: a blockade reported two hours late began two hours ago, not
  // when it was typed (the sitrep of its day lists it by when it began).
  const began = !timeTyped
    ? ({ ok: true, instant: null } as const)
    : draft.occurredAt === ''
      ? null
      : typedInstant(instantOfZonedInput(draft.occurredAt, clock.timeZone), draft.occurredAt, draft.repeat);
  if (began === null) faults.occurredAt = t('situation.incidents.beganMissing');
  else if (!began.ok && began.fault === 'skipped')
    faults.occurredAt = t('situation.queues.timeSkipped', { name: clock.name });
  else if (!began.ok) faults.repeat = t('situation.queues.repeatMissing');
  if (began === null || !began.ok || Object.keys(faults).length > 0) return { ok: false, faults };
  const description = draft.description.trim();
  return {
    ok: true,
    body: {
      kind: draft.kind,
      severity: draft.severity,
      title: draft.title.trim(),
      ...(description === '' ? {} : { description, descriptionShared: draft.descriptionShared }),
      latitude: coordinate(draft.latitude),
      longitude: coordinate(draft.longitude),
      ...(draft.checkpoint === '' ? {} : { checkpoint: draft.checkpoint }),
      ...(began.instant === null ? {} : { occurredAt: began.instant }),
    },
  };
}
