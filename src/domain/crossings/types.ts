// The vocabulary of crossings: decisions, refusal grounds, tally categories, and the plain shapes the
// counting rules read. The wire schemas (src/api/events.ts) validate into these.
export const DECISIONS = ['admitted', 'admitted-transit', 'referred-protection', 'refused', 'held'] as const;
export type Decision = (typeof DECISIONS)[number];

// Counting rule 3: these decisions count as crossed; refused and held are counted as such.
export const CROSSED_DECISIONS: readonly Decision[] = ['admitted', 'admitted-transit', 'referred-protection'];

export const REFUSAL_GROUNDS = [
  'no-valid-document',
  'false-document',
  'entry-ban',
  'watchlist',
  'public-health',
  'public-order',
  'insufficient-means',
  'no-authorisation',
  'other',
] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];

export const TALLY_CATEGORIES = ['man', 'woman', 'boy', 'girl', 'unknown'] as const;
export type TallyCategory = (typeof TALLY_CATEGORIES)[number];

export type EventKind = 'crossing' | 'tally' | 'correction';

// Counting rule 2: a correction cannot change an event's kind, id, checkpoint or time, nor the record of
// the rules behind its decision (below).
export const CORRECTABLE_FIELDS = [
  'direction',
  'decision',
  'refusalGround',
  'note',
  'exitPoint',
  'person',
  'document',
  'identityBasis',
  'group',
  'relationship',
  'travelsWith',
  'vulnerabilities',
  'consent',
  // Not the recommendation, the policy's version and rule, nor the legal basis: the record of what the
  // rules said when the decision was taken is not rewritten afterwards.
  'overrideReason',
  'category',
  'nationality',
  'count',
] as const;

/** An event that can be counted, as stored: its fields as last set, with its place and instant. */
export interface CountableEvent {
  readonly id: string;
  readonly kind: 'crossing' | 'tally';
  readonly checkpoint: string;
  /** UTC, ISO 8601. */
  readonly at: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** A correction as the counting rules see it. */
export interface CorrectionOf {
  readonly id: string;
  readonly at: string;
  readonly corrects: string;
  readonly checkpoint: string;
  readonly void: boolean;
  readonly set: Readonly<Record<string, unknown>> | null;
}

/** What the store reads of a validated event (src/api/events.ts validates; these are its shapes). */
interface Envelope {
  readonly id: string;
  readonly at: string;
  readonly checkpoint: string;
  readonly booth?: string | undefined;
  readonly offline?: boolean | undefined;
}

export interface CrossingInput extends Envelope {
  readonly kind: 'crossing';
  readonly direction: 'entry' | 'exit';
  readonly decision: Decision;
  readonly person: {
    readonly givenNames: string;
    readonly surname1: string;
    readonly surname2?: string | undefined;
    readonly sex?: 'M' | 'F' | 'X' | undefined;
    readonly birthDate?: string | undefined;
    readonly nationality?: string | undefined;
  };
  readonly document?:
    | {
        readonly type: string;
        readonly number: string;
        readonly issuingState?: string | undefined;
        readonly expiryDate?: string | undefined;
        readonly mrz?: string | undefined;
      }
    | undefined;
  readonly relationship?: string | undefined;
  readonly travelsWith?: string | undefined;
  readonly consent?: boolean | undefined;
  readonly vulnerabilities?: readonly string[] | undefined;
  /** The decree in force where and when the person crossed (its record's id and number). */
  readonly decree?: { readonly id: string; readonly number: string } | undefined;
}

export interface TallyInput extends Envelope {
  readonly kind: 'tally';
}

export interface CorrectionInput extends Envelope {
  readonly kind: 'correction';
  readonly corrects: string;
  readonly void?: true | undefined;
  readonly set?: Readonly<Record<string, unknown>> | undefined;
  /** Why the correction was made. */
  readonly note?: string | undefined;
}

export type EventInput = CrossingInput | TallyInput | CorrectionInput;
