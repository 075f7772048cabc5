// The vocabulary of care: kinds of bed, supply items and their units, categories of need, the states
// of a supply request and the problems the care rules answer with.
export const BED_KINDS = ['family', 'women', 'children', 'general'] as const;
export type BedKind = (typeof BED_KINDS)[number];

/** Beds of each kind at a shelter; their sum is the shelter's capacity. */
export type Beds = Readonly<Record<BedKind, number>>;

export const NO_BEDS: Beds = { family: 0, women: 0, children: 0, general: 0 };

export const SUPPLY_ITEMS = ['water', 'food-kit', 'hygiene-kit', 'blanket', 'medicine'] as const;
export type SupplyItem = (typeof SUPPLY_ITEMS)[number];

// What one unit of each item is: stock, movements, requests and thresholds all count in it.
export const ITEM_UNITS: Readonly<Record<SupplyItem, 'litre' | 'kit' | 'piece' | 'box'>> = {
  water: 'litre',
  'food-kit': 'kit',
  'hygiene-kit': 'kit',
  blanket: 'piece',
  medicine: 'box',
};

export const NEED_CATEGORIES = [
  'water',
  'food',
  'hygiene',
  'bedding',
  'health',
  'protection',
  'infant',
  'information',
  'other',
] as const;
export type NeedCategory = (typeof NEED_CATEGORIES)[number];

export const MOVEMENT_KINDS = ['delivery', 'distribution', 'transfer'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export const REQUEST_STATUSES = ['requested', 'committed', 'sent', 'received', 'cancelled'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export type CareErrorCode =
  | 'care.unknown-shelter'
  | 'care.unknown-person'
  | 'care.unknown-place'
  | 'care.unknown-request'
  | 'care.no-consent'
  | 'care.already-in-shelter'
  | 'care.possible-duplicate'
  | 'care.not-checked-in'
  | 'care.family-split'
  | 'care.child-alone'
  | 'care.over-capacity'
  | 'care.beds-below-occupancy'
  | 'care.stock-negative'
  | 'care.request-transition'
  | 'care.conflict';

/**
 * Someone staying at a shelter whose record may be the same person as one being checked in: two
 * records that matching linked and no one has yet told apart (a duplicate link not rejected).
 */
export interface LookAlikeStaying {
  /** The person being checked in. */
  readonly personId: string;
  /** The person staying, and where since. */
  readonly stayingId: string;
  readonly name: string;
  readonly shelterId: string;
  readonly since: string;
}

export interface CareError {
  readonly code: CareErrorCode;
  readonly detail: string;
  /** The people, items or places the refusal is about, where it names some. */
  readonly ids?: readonly string[];
  /** care.possible-duplicate: who stays at a shelter already, perhaps as the same person. */
  readonly lookAlikes?: readonly LookAlikeStaying[];
}
