// An event's fields as they stand: its state's copy once a correction changed them, else its body's.
import { readStoredObject } from '../stored-json';
import { fieldsOf } from './state';

/** An event's fields as last set (event_state), or as received when no correction changed them. */
export type EventFields = Readonly<Record<string, unknown>>;

// An uncorrected event's state keeps no copy of its fields (''): they are its body's, without the envelope.
// Either is checked to be an object and its fields narrowed where shown (docs/decisions/0005).
export function readFields(fields: string | null | undefined, body: string, eventId: string): EventFields {
  if (fields) return readStoredObject(fields, { table: 'event_state', column: 'fields', key: eventId });
  return fieldsOf(readStoredObject(body, { table: 'crossing_event', column: 'body', key: eventId }));
}
