// A watchlist entry as the parsers give it: one listed person with every name, date of birth,
// nationality and document the list holds for them.
import type { NameInput } from './normalize-name';
import type { PartialDate, Sex } from './types';

export interface WatchlistDocument {
  readonly type?: string;
  readonly number: string;
}

export interface WatchlistEntry {
  readonly watchId: string;
  /** The listed name first, then aliases; a name is a record or a whole-name string. */
  readonly names: readonly NameInput[];
  readonly sex?: Sex;
  readonly birthDates: readonly PartialDate[];
  readonly nationalities: readonly string[];
  readonly documents: readonly WatchlistDocument[];
}

/** Where a parser found a problem: the line (1-based) and a stable code. */
export interface ImportError {
  readonly line: number;
  readonly code: string;
  readonly message: string;
}
