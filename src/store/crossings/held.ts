// What says why held crossings wait, for the supervisor's view: what set each hold (the registration
// at the booth, the server on a watchlist hit, or an officer's correction) and where the person's
// watchlist matches stand.
import { decidingCorrection } from '../../domain/crossings';
import type { Executor } from '../executor';
import { readStoredObject } from '../stored-json';
import { keptHoldId } from './holds-kept';
import { chunks, type StoredEventRow, toCorrection } from './state';

/** What set a crossing's decision to held. */
export type HoldOrigin =
  | { readonly by: 'registration' }
  /** The server's own correction, made when screening found a watchlist match. */
  | { readonly by: 'screening' }
  | {
      readonly by: 'correction';
      readonly at: string;
      /** The display name of whoever sent the correction. */
      readonly officer: string | null;
      /** Made on a device without a connection and sent later. */
      readonly offline: boolean;
      /** The correction's own reason, not the fields' older ones. */
      readonly note: string | null;
    };

/** Every watchlist match of a registration reviewed: confirmed if any was, with the last review. */
export interface ScreeningReview {
  readonly outcome: 'confirmed' | 'dismissed';
  readonly by: string | null;
  readonly at: string | null;
  /** The reviewer's reason: always given for a dismissal, perhaps for a confirmation. */
  readonly note: string | null;
}

export interface HoldFacts {
  readonly origin: HoldOrigin;
  /** A watchlist match of the registration is not reviewed yet. */
  readonly screeningOpen: boolean;
  readonly screeningReview: ScreeningReview | null;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

type CorrectionRow = StoredEventRow & {
  readonly recorded_by: string | null;
  readonly display_name: string | null;
  readonly offline: number;
};

async function correctionsOf(db: Executor, ids: readonly string[]): Promise<CorrectionRow[]> {
  const rows: CorrectionRow[] = [];
  for (const part of chunks(ids, 500)) {
    rows.push(
      ...(await db
        .selectFrom('crossing_event as ce')
        .leftJoin('app_user as u', 'u.id', 'ce.recorded_by')
        .select([
          'ce.id',
          'ce.kind',
          'ce.checkpoint_id',
          'ce.at',
          'ce.corrects',
          'ce.body',
          'ce.recorded_by',
          'ce.offline',
          'u.display_name',
        ])
        .where('ce.corrects', 'in', part)
        .where('ce.kind', '=', 'correction')
        .execute()),
    );
  }
  return rows;
}

function originOf(held: HeldRef, corrections: readonly CorrectionRow[]): HoldOrigin {
  const deciding = decidingCorrection(
    { id: held.eventId, checkpoint: held.checkpointId },
    corrections.map((c) => toCorrection(c, c.checkpoint_id)),
  );
  const row = deciding && corrections.find((c) => c.id === deciding.id);
  // The server's hold again of a crossing an officer's earlier-arriving correction tried to release
  // (holds-kept.ts): the hold is still the one made at the booth.
  if (row === undefined || row.id === keptHoldId(held.eventId)) return { by: 'registration' };
  // Besides that, the server sends corrections for nobody only to hold on a watchlist hit.
  if (row.recorded_by === null) return { by: 'screening' };
  const body = readStoredObject(row.body, { table: 'crossing_event', column: 'body', key: row.id });
  return {
    by: 'correction',
    at: row.at,
    officer: row.display_name,
    offline: row.offline === 1,
    note: text(deciding?.set?.note) ?? text(body.note),
  };
}

async function screeningOf(db: Executor, ids: readonly string[]) {
  const out = new Map<string, { open: boolean; review: ScreeningReview | null }>();
  for (const part of chunks(ids, 500)) {
    const hits = await db
      .selectFrom('screening_hit as h')
      .leftJoin('app_user as u', 'u.id', 'h.reviewed_by')
      .select(['h.registration_id', 'h.status', 'h.reviewed_at', 'h.review_note', 'u.display_name'])
      .where('h.registration_id', 'in', part)
      .orderBy('h.reviewed_at')
      .execute();
    for (const h of hits) {
      const seen = out.get(h.registration_id) ?? { open: false, review: null };
      if (h.status === 'open') seen.open = true;
      // A confirmed match outweighs any dismissed; among alike, the last review is said.
      else if (
        h.status === 'confirmed' ||
        (h.status === 'dismissed' && seen.review?.outcome !== 'confirmed')
      ) {
        seen.review = {
          outcome: h.status === 'confirmed' ? 'confirmed' : 'dismissed',
          by: h.display_name,
          at: h.reviewed_at,
          note: h.review_note,
        };
      }
      out.set(h.registration_id, seen);
    }
  }
  return out;
}

export interface HeldRef {
  readonly eventId: string;
  readonly checkpointId: string;
}

/** Why each of these held crossings waits, by event id. */
export async function holdFacts(db: Executor, held: readonly HeldRef[]): Promise<Map<string, HoldFacts>> {
  const ids = held.map((h) => h.eventId);
  const [corrections, screening] = await Promise.all([correctionsOf(db, ids), screeningOf(db, ids)]);
  const byTarget = new Map<string, CorrectionRow[]>();
  for (const c of corrections) byTarget.set(c.corrects ?? '', [...(byTarget.get(c.corrects ?? '') ?? []), c]);
  return new Map(
    held.map((h) => {
      const s = screening.get(h.eventId);
      // A review is said once every match is reviewed: until then the open one is what counts.
      const facts: HoldFacts = {
        origin: originOf(h, byTarget.get(h.eventId) ?? []),
        screeningOpen: s?.open ?? false,
        screeningReview: s === undefined || s.open ? null : s.review,
      };
      return [h.eventId, facts];
    }),
  );
}
