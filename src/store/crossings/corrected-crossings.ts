// What a correction of a crossing's person (or of the group they travel with) changes beyond the
// figures: who the person is (the server screens them again; their record follows, person-records.ts)
// and whether they are a child who needs protection. A correction stored before its crossing counts
// as one made after it, so the order of arrival changes nothing.
import { type GroupMember, protectionNeedOf } from '../../domain/crossings';
import { canonical } from '../audit';
import type { Executor } from '../executor';
import type { Places } from './apply';
import { type ReferralToOpen, withReferral } from './referrals-opened';
import { bodyOf, eventsById, type RefreshResult } from './state';

/**
 * A crossing whose person or document were corrected: by a correction of this batch, or by corrections
 * stored before the crossing itself arrived. Its person as now corrected has not been screened.
 */
export interface IdentityChange {
  readonly eventId: string;
  /** The correction that changed them, or the crossing itself when its corrections came first. */
  readonly cause: string;
  readonly checkpoint: string;
  /** The crossing's fields after every correction. */
  readonly fields: Readonly<Record<string, unknown>>;
  readonly voided: boolean;
}

/** Who the person is: screened again when changed. */
export const IDENTITY_FIELDS: readonly string[] = ['person', 'document'];
/** What says whether a child travels alone or with someone who may not be their parent. */
export const PROTECTION_FIELDS: readonly string[] = ['person', 'relationship', 'travelsWith'];

/** The fields each crossing's corrections in this batch set, with the last correction that did. */
export type Touched = Map<string, { cause: string; readonly keys: Set<string> }>;

export function noteTouched(
  touched: Touched,
  target: string,
  correction: string,
  set: object | undefined,
): void {
  if (set === undefined) return;
  const seen = touched.get(target) ?? { cause: correction, keys: new Set<string>() };
  seen.cause = correction;
  for (const key of Object.keys(set)) seen.keys.add(key);
  touched.set(target, seen);
}

/**
 * The crossings whose `keys` changed: those a correction of this batch set one of them on, and the
 * fresh crossings whose stored corrections changed one of them from what was sent.
 */
export function changedCrossings(
  keys: readonly string[],
  fresh: readonly { readonly event: { readonly id: string } }[],
  touched: Touched,
  refreshed: RefreshResult,
  places: Places,
): IdentityChange[] {
  const causes = new Map<string, string>();
  for (const [target, t] of touched) if (keys.some((k) => t.keys.has(k))) causes.set(target, t.cause);
  for (const { event } of fresh) {
    const fields = refreshed.fields.get(event.id);
    if (fields === undefined || (refreshed.states.get(event.id)?.corrections ?? 0) === 0) continue;
    const sent = event as unknown as Readonly<Record<string, unknown>>;
    if (keys.some((key) => canonical(fields[key] ?? null) !== canonical(sent[key] ?? null)))
      causes.set(event.id, causes.get(event.id) ?? event.id);
  }
  return [...causes].flatMap(([eventId, cause]) => {
    const fields = refreshed.fields.get(eventId);
    const place = places.byId.get(refreshed.located.get(eventId)?.checkpointId ?? '');
    if (fields === undefined || place === undefined) return [];
    return [{ eventId, cause, checkpoint: place.code, fields, voided: refreshed.voided.has(eventId) }];
  });
}

const textOf = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** A crossing's member of its group as the protection rules see it (fields narrowed as read). */
export function memberOf(e: object, at: string): GroupMember {
  const person: unknown = 'person' in e ? e.person : undefined;
  const birthDate =
    typeof person === 'object' && person !== null && 'birthDate' in person
      ? textOf(person.birthDate)
      : undefined;
  return { at, birthDate, relationship: textOf('relationship' in e ? e.relationship : undefined) };
}

/**
 * The referrals a child's corrected crossing needs (a birth year typed wrong, a companion named
 * later): those not voided, with no referral yet and none opening in this batch.
 */
export async function correctedChildReferrals(
  tx: Executor,
  changes: readonly IdentityChange[],
  opening: ReadonlySet<string>,
  refreshed: RefreshResult,
  places: Places,
): Promise<ReferralToOpen[]> {
  const live = changes.filter((c) => !c.voided && !opening.has(c.eventId));
  if (live.length === 0) return [];
  const companions = await eventsById(
    tx,
    live.flatMap((c) => (typeof c.fields.travelsWith === 'string' ? [c.fields.travelsWith] : [])),
  );
  const needs = live.flatMap((c) => {
    const located = refreshed.located.get(c.eventId);
    const place = places.byId.get(located?.checkpointId ?? '');
    if (located === undefined || place === undefined) return [];
    const row = typeof c.fields.travelsWith === 'string' ? companions.get(c.fields.travelsWith) : undefined;
    const companion = row && row.kind === 'crossing' ? memberOf(bodyOf(row), row.at) : null;
    const need = protectionNeedOf(memberOf(c.fields, located.at), companion, place.timeZone);
    return need === null
      ? []
      : [{ eventId: c.eventId, checkpointId: place.id, arrivedAt: located.at, reason: need }];
  });
  const existing = await withReferral(
    tx,
    needs.map((n) => n.eventId),
  );
  return needs.filter((n) => !existing.has(n.eventId));
}
