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
}

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

/** What reading a zone gives: never thrown, always this. `fields` is null when no format fits. */
export interface MrzResult {
  readonly valid: boolean;
  readonly format: MrzFormat | null;
  readonly fields: MrzFields | null;
  readonly expired: boolean;
  readonly problems: readonly MrzProblem[];
  readonly repairs: readonly MrzRepair[];
}
