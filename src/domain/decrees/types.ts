// The vocabulary of the emergency decree register: the rights a state of emergency may restrict, the
// kinds of named zones and of deployed units, and the shape of a decree record. The wire and stored
// shapes (schema.ts) validate into these; which rights each country's constitution lets its state of
// emergency restrict is constitution.ts's.

/**
 * Every right a decree may say it restricts, in the words of Peru's art. 2 (incisos 24.f, 9, 12 and 11),
 * the longest list the register knows; Chile's libertad de locomoción is 'freedom-of-movement' and its
 * derecho de reunión 'freedom-of-assembly'. A stored decree keeps the code it was recorded with.
 */
export const RIGHT_CODES = [
  'personal-liberty-security',
  'home-inviolability',
  'freedom-of-assembly',
  'freedom-of-movement',
] as const;
export type RightCode = (typeof RIGHT_CODES)[number];

/** Named zones a decree covers besides checkpoints (Peru's departamento, provincia, distrito). */
export const AREA_KINDS = ['region', 'province', 'district', 'other'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

export const FORCES = ['police', 'armed-forces', 'other'] as const;
export type Force = (typeof FORCES)[number];

export interface Area {
  readonly kind: AreaKind;
  readonly name: string;
}

export interface DeployedUnit {
  readonly name: string;
  readonly force: Force;
  readonly tasks: readonly string[];
}

/** What a decree says, as the register keeps it; every amendment replaces it whole. */
export interface DecreeContent {
  /** As published, e.g. 'D.S. N.° 135-2025-PCM'. */
  readonly number: string;
  readonly title: string;
  /** Calendar dates, YYYY-MM-DD. */
  readonly issuedOn: string;
  readonly publishedOn: string | null;
  readonly legalBasis: string;
  /** The zone the decree's days are counted in (America/Lima for Peru). */
  readonly timeZone: string;
  /** First and last day in force, both included, in `timeZone`. */
  readonly startsOn: string;
  readonly endsOn: string;
  /** Checkpoints covered, by code ('PE-SANTA-ROSA'). */
  readonly checkpoints: readonly string[];
  /** Named zones covered ('Tacna', a province). */
  readonly areas: readonly Area[];
  readonly rightsSuspended: readonly RightCode[];
  readonly measures: readonly string[];
  readonly units: readonly DeployedUnit[];
}

export interface Decree extends DecreeContent {
  readonly id: string;
  /** The decree this one extends (a prórroga); null for a declaration. */
  readonly extends: string | null;
  /** 1 when recorded; each amendment adds one. */
  readonly version: number;
}

/** What the booth, the crossing events and the sitrep show of the decree in force. */
export interface DecreeSummary {
  readonly id: string;
  readonly number: string;
  readonly title: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly timeZone: string;
  /** The decree this one extends, when it is an extension. */
  readonly extends: string | null;
}

/** What a crossing event records of the decree in force at its checkpoint and time. */
export interface DecreeRef {
  readonly id: string;
  readonly number: string;
}
