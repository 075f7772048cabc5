// The shapes a machine-readable zone is read into: the format found, the fields, and for each problem
// where it sits in the zone so the booth screen can highlight it.

export type MrzFormat = 'TD1' | 'TD2' | 'TD3' | 'MRV-A' | 'MRV-B';

/** A field of the zone; `zone` is the zone as a whole (line count, line length, format). */
export type MrzField =
  | 'zone'
  | 'documentCode'
  | 'issuingState'
  | 'name'
  | 'documentNumber'
  | 'nationality'
  | 'birthDate'
  | 'sex'
  | 'expiryDate'
  | 'optionalData'
  | 'optionalData2'
  | 'composite';

export type MrzProblemCode =
  | 'mrz.unknown-format'
  | 'mrz.line-length'
  | 'mrz.invalid-character'
  | 'mrz.check-digit'
  | 'mrz.invalid-date'
  | 'mrz.unknown-country'
  | 'mrz.document-code'
  | 'mrz.invalid-sex'
  | 'mrz.repair-ambiguous';

/** A problem and the characters it concerns: line and column 1-based, `length` characters long. */
export interface MrzProblem {
  readonly field: MrzField;
  readonly code: MrzProblemCode;
  readonly line: number;
  readonly column: number;
  readonly length: number;
}

/** One character the reader most likely misread, and what Paso read instead. */
export interface MrzRepair {
  readonly field: MrzField;
  readonly line: number;
  readonly column: number;
  readonly from: string;
  readonly to: string;
  /**
   * Present, and true, when the character as read could stand where it is (a letter or a digit in a
   * document number or optional data): only a check digit chose the other reading, and a misread it
   * cannot see leaves a wrong one. The zone is not valid until someone confirms the field against the
   * printed page. Absent for a certain repair: a letter where only digits may stand, and the like.
   */
  readonly needsConfirmation?: true;
}

/**
 * The documented departures of real issuers from the letter of ICAO 9303 that a zone may be read by
 * (mrz-issuers.ts lists them with their issuers and sources).
 */
export const MRZ_VARIANTS = ['long-number-filler-in-check', 'french-identity-card'] as const;
export type MrzVariant = (typeof MRZ_VARIANTS)[number];

/** How much of a date the zone gives: '<<' in the day, or in month and day, or everything unknown. */
export type DatePrecision = 'day' | 'month' | 'year' | 'unknown';

/** 'unspecified' is the filler '<'; 'X' is the letter X that newer documents print. */
export type Sex = 'M' | 'F' | 'X' | 'unspecified';

/**
 * The fields of a zone. Dates are 'YYYY-MM-DD', or 'YYYY-MM' / 'YYYY' when partial, or null when unknown
 * or unreadable. Codes keep their letters without filler ('D' for Germany, 'P' for a passport).
 */
export interface MrzFields {
  readonly documentCode: string;
  readonly issuingState: string;
  readonly surname: string;
  readonly givenNames: string;
  readonly documentNumber: string;
  readonly nationality: string;
  readonly birthDate: string | null;
  readonly birthDatePrecision: DatePrecision;
  readonly sex: Sex | null;
  readonly expiryDate: string | null;
  readonly optionalData: string;
  readonly optionalData2: string;
}

/**
 * What reading a zone gives: never thrown, always this. `fields` is null when no format fits. `valid`
 * is true exactly when there is no problem and no repair awaits confirmation.
 */
export interface MrzResult {
  readonly valid: boolean;
  readonly format: MrzFormat | null;
  readonly fields: MrzFields | null;
  readonly expired: boolean;
  readonly problems: readonly MrzProblem[];
  readonly repairs: readonly MrzRepair[];
  /** Present only when the zone reads by an issuer's variant and not by the standard. */
  readonly variant?: MrzVariant;
}
