// A watchlist entry as the parsers give it: one listed person with every name, date of birth,
// nationality and document the list holds for them, and what an import read and what it skipped.
import type { NameInput } from './normalize-name';
import type { PartialDate, Sex } from './types';

export interface WatchlistDocument {
  readonly type?: string;
  /** The number matching compares; '' when the list's text holds none. */
  readonly number: string;
  /** The document as the list writes it, when that is more than the number ("No. H0044232 (Iraqi)"). */
  readonly text?: string;
}

export interface WatchlistEntry {
  readonly watchId: string;
  /** The listed name first, then aliases and former names; a name is a record or a whole-name string. */
  readonly names: readonly NameInput[];
  /**
   * Names the list itself calls weak (FollowTheMoney's weakAlias, the UN's low-quality aliases):
   * screened, but a match on one weighs less than a match on a name above.
   */
  readonly weakNames?: readonly NameInput[];
  readonly sex?: Sex;
  readonly birthDates: readonly PartialDate[];
  /** ICAO 9303 codes where one maps; otherwise as the list writes them (matching then ignores them). */
  readonly nationalities: readonly string[];
  readonly documents: readonly WatchlistDocument[];
}

/** Where a parser found a problem: the line (1-based) and a stable code. */
export interface ImportError {
  readonly line: number;
  readonly code: string;
  readonly message: string;
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
