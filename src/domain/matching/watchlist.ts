// A watchlist entry as the parsers give it: one listed person with every name, date of birth,
// nationality and document the list holds for them, and what an import read and what it skipped.
import { z } from 'zod';
import type { PersonName } from './normalize-name';
import type { PartialDate } from './types';

// The schema is the entry's one definition: the types below derive from it, and the store parses every
// entry it reads back with it (docs/decisions/0005). Names and dates keep their own types; their
// schemas here are checked against them.
const PersonNameSchema: z.ZodType<PersonName> = z
  .object({ givenNames: z.string(), surname1: z.string(), surname2: z.string().optional() })
  .readonly();
const PartialDateSchema: z.ZodType<PartialDate> = z
  .object({
    year: z.int(),
    month: z.int().min(1).max(12).optional(),
    day: z.int().min(1).max(31).optional(),
  })
  .readonly();
/** A name as a record or as one whole-name string. */
const NamesSchema = z.array(z.union([PersonNameSchema, z.string()])).readonly();

const WatchlistDocumentSchema = z
  .object({
    type: z.string().optional(),
    /** The number matching compares; '' when the list's text holds none. */
    number: z.string(),
    /** The document as the list writes it, when that is more than the number ("No. H0044232 (Iraqi)"). */
    text: z.string().optional(),
  })
  .readonly();
export type WatchlistDocument = z.infer<typeof WatchlistDocumentSchema>;

export const WatchlistEntrySchema = z
  .object({
    watchId: z.string(),
    /** The listed name first, then aliases and former names. */
    names: NamesSchema,
    /**
     * Names the list itself calls weak (FollowTheMoney's weakAlias, the UN's low-quality aliases):
     * screened, but a match on one weighs less than a match on a name above.
     */
    weakNames: NamesSchema.optional(),
    sex: z.enum(['M', 'F', 'X']).optional(),
    birthDates: z.array(PartialDateSchema).readonly(),
    /** ICAO 9303 codes where one maps; otherwise as the list writes them (matching then ignores them). */
    nationalities: z.array(z.string()).readonly(),
    documents: z.array(WatchlistDocumentSchema).readonly(),
  })
  .readonly();
export type WatchlistEntry = z.infer<typeof WatchlistEntrySchema>;

/**
 * Where a parser found a problem: the line (1-based) and a stable code, and where they are known the
 * field (a CSV column as Paso names it) and the value found there, or the count the line was expected
 * to have and the one it has, so that a screen can say it in its own language.
 */
export interface ImportError {
  readonly line: number;
  readonly code: string;
  readonly message: string;
  readonly field?: string;
  readonly value?: string;
  readonly expected?: number;
  readonly found?: number;
}

/** A value (or a whole entry, when `field` is '') an import left out, and why. */
export interface SkippedValue extends ImportError {
  /** The field as the format names it (birthDate, DATE, DATAID), '' for a whole entry. */
  readonly field: string;
  readonly value: string;
}

/** What a published list gave: every entry that could be read, and each value that could not. */
export interface WatchlistImport {
  readonly entries: readonly WatchlistEntry[];
  readonly skipped: readonly SkippedValue[];
}
