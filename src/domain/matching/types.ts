// The person matching works on, kept simple so registrations and watchlist entries can feed it.

export type Sex = 'M' | 'F' | 'X';

/** A date of birth that may be partial: year only, year and month, or a full date. */
export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

export interface MatchablePerson {
  readonly id: string;
  readonly givenNames: string;
  readonly surname1: string;
  readonly surname2?: string;
  readonly sex?: Sex;
  readonly birthDate?: PartialDate;
  /** ICAO 9303 three-letter code, e.g. VEN, PER, CHL, COL. */
  readonly nationality?: string;
  readonly documentNumber?: string;
  readonly documentType?: string;
}

/** The comparisons of the scoring model, in the order of a comparison vector. */
export const COMPARISONS = ['givenName', 'surname', 'birthDate', 'document', 'nationality', 'sex'] as const;
export type ComparisonName = (typeof COMPARISONS)[number];

/** Level labels per comparison, strongest first. A missing value is the null level, outside these. */
export const LEVELS: Readonly<Record<ComparisonName, readonly string[]>> = {
  givenName: ['exact', 'phonetic', 'jaro-winkler-0.92', 'token-subset', 'jaro-winkler-0.85', 'other'],
  surname: ['exact', 'phonetic', 'jaro-winkler-0.92', 'token-subset', 'jaro-winkler-0.85', 'other'],
  // year-approximate: three to five years apart where one side is an estimated age (a year alone).
  birthDate: [
    'exact',
    'day-month-swapped',
    'year-month',
    'year',
    'year-off-by-one',
    'year-approximate',
    'mismatch',
  ],
  // identity-mismatch: two national identity numbers (cédula, DNI, RUN) that disagree. They are
  // issued once for life, unlike passports and permits, so this is far stronger than 'mismatch'.
  document: ['exact', 'one-edit', 'other-document', 'mismatch', 'identity-mismatch'],
  nationality: ['same', 'different'],
  sex: ['same', 'different'],
};

/** Levels whose weight is adjusted for how common the value is (term frequency). */
export const TF_LEVELS: Readonly<Record<ComparisonName, readonly string[]>> = {
  givenName: ['exact', 'phonetic', 'token-subset'],
  surname: ['exact', 'phonetic', 'token-subset'],
  birthDate: [],
  document: [],
  nationality: [],
  sex: [],
};

/** The level code of a missing value: it adds no weight. */
export const NULL_LEVEL = 255;
