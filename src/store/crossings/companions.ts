// The adult a child's crossing says they travel with (travelsWith), as stored now. A child's referral
// is opened as the child's crossing arrives: when the adult's came later (devices syncing in another
// order, an import), the referral says who that adult is, for whoever decides to close it.
import type { Executor } from '../executor';
import { type EventFields, readFields } from './event-fields';
import { chunks } from './state';

export interface Companion {
  readonly eventId: string;
  /** When the adult crossed. */
  readonly at: string;
  readonly fields: EventFields;
}

/** The stored crossings these events name as the adult they travel with, by the adult's event id. */
export async function companionsOf(
  db: Executor,
  children: readonly { readonly fields: EventFields }[],
): Promise<Map<string, Companion>> {
  const ids = children.flatMap((c) =>
    typeof c.fields.travelsWith === 'string' ? [c.fields.travelsWith] : [],
  );
  const out = new Map<string, Companion>();
  for (const part of chunks([...new Set(ids)], 500)) {
    const rows = await db
      .selectFrom('crossing_event as ce')
      .leftJoin('event_state as es', 'es.event_id', 'ce.id')
      .select(['ce.id', 'ce.at', 'ce.body', 'es.fields', 'es.voided'])
      .where('ce.id', 'in', part)
      .where('ce.kind', '=', 'crossing')
      .execute();
    for (const r of rows) {
      if (r.voided === 1) continue;
      out.set(r.id, { eventId: r.id, at: r.at, fields: readFields(r.fields, r.body, r.id) });
    }
  }
  return out;
}
