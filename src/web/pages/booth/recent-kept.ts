// The booth's last records, kept in this tab (sessionStorage) by user: a reload, or another page and a
// return, gives the officer back the people just sent, to correct a decision or a detail found wrong
// minutes later. Under the drafts' prefix, so that signing out forgets them (the next person at a
// shared device finds none); read back through their schema, so that a list left by another version
// of the app, or changed by hand, is dropped whole instead of breaking the booth.
import { z } from 'zod';
import { EventOutcomeSchema } from '../../../api/events';
import { DECISIONS, REFUSAL_GROUNDS } from '../../../domain/crossings';
import { VULNERABILITIES } from '../../../domain/people';
import { DRAFT_PREFIX } from '../../session/tab-drafts';
import { RECENT_LIMIT, type RecentRecord } from './recent';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

const keyOf = (user: string) => `${DRAFT_PREFIX}booth-recent.${user}`;

const FormSchema = z.object({
  givenNames: z.string(),
  surname1: z.string(),
  surname2: z.string(),
  sex: z.enum(['', 'M', 'F', 'X']),
  birthDate: z.string(),
  nationality: z.string(),
  documentType: z.string(),
  documentNumber: z.string(),
  issuingState: z.string(),
  expiryDate: z.string(),
  mrz: z.string(),
  consent: z.boolean(),
  vulnerabilities: z.array(z.enum(VULNERABILITIES)),
});

const RecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  form: FormSchema,
  held: z.boolean(),
  choice: z.object({
    decision: z.enum(DECISIONS),
    refusalGround: z.enum(REFUSAL_GROUNDS).or(z.literal('')),
    note: z.string(),
    exitPoint: z.string(),
  }),
  at: z.string(),
  outcome: EventOutcomeSchema.nullable(),
});

const KeptSchema = z.array(RecordSchema).max(RECENT_LIMIT);

/** The records this user's booth kept in this tab; none when none are kept or they cannot be read. */
export function recallRecent(storage: Storage, user: string): RecentRecord[] {
  try {
    const text = storage.getItem(keyOf(user));
    if (text === null) return [];
    const parsed = KeptSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
    console.warn('the booth records kept in this tab could not be read, and are dropped', parsed.error);
  } catch (error) {
    console.warn('the booth records kept in this tab could not be read', error);
  }
  return [];
}

/** Keeps the records as they now stand; an empty list leaves nothing behind. */
export function keepRecent(storage: Storage, user: string, records: readonly RecentRecord[]): void {
  try {
    if (records.length === 0) storage.removeItem(keyOf(user));
    else storage.setItem(keyOf(user), JSON.stringify(records));
  } catch (error) {
    // Storage refused (full, or a private window): the records are still on the screen.
    console.warn('the booth records could not be kept in this tab', error);
  }
}
