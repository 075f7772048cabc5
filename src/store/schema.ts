// The database's tables as Kysely sees them. Times are ISO 8601 UTC text, ids are UUID text and
// booleans are 0/1 integers, the same on SQLite and PostgreSQL, so one code path serves both.
import type { ColumnType, Generated } from 'kysely';
import type {
  CarePresenceTable,
  CareStayEventTable,
  ConvoyEventTable,
  ConvoyPassengerTable,
  ConvoyTable,
  ConvoyVehicleTable,
  CorridorStopTable,
  CorridorTable,
  CrossingDayTable,
  DecreeTable,
  DecreeVersionTable,
  IncidentTable,
  IncidentUpdateTable,
  PassRevocationTable,
  PassSigningKeyTable,
  PersonDayTable,
  ShelterBedTable,
  ShelterNeedTable,
  ShelterOccupancyTable,
  SituationObservationTable,
  StockLevelTable,
  StockMovementTable,
  StockThresholdTable,
  SupplyRequestEventTable,
  SupplyRequestTable,
  TravelPassTable,
  VulnerabilityCountTable,
} from './schema-areas';

export type * from './schema-areas';

export interface CheckpointTable {
  id: string;
  code: string;
  name: string;
  country: string;
  latitude: number;
  longitude: number;
  time_zone: string;
  demo: number;
  created_at: string;
  /**
   * The id of the last event counted again under a corrected zone ('' before the first); null when
   * none is under way. Events are counted in the order of their time and id (0021).
   */
  recount_after: string | null;
  /** The time (`at`) of that last event; null before the first step. */
  recount_after_at: ColumnType<string | null, string | null | undefined, string | null>;
  recount_done: Generated<number>;
  recount_total: Generated<number>;
}

export interface BoothTable {
  id: string;
  checkpoint_id: string;
  code: string;
  name: string;
  /** When the booth was taken out of use (0015); null while in use. */
  retired_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  password_hash: string;
  disabled: number;
  demo: number;
  created_at: string;
  updated_at: string;
}

export interface UserCheckpointTable {
  user_id: string;
  checkpoint_id: string;
}

export interface SessionTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

/** Failed logins of one scope (a client at an account, an account, a client), shared by the servers (0029). */
export interface LoginFailureTable {
  scope: string;
  account: string;
  client: string;
  failures: number;
  first_at: string;
  last_at: string;
}

export interface AuditEntryTable {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_username: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  ip: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

// One row (id 1): the first entry chained with the audit key (migration 0005).
export interface AuditChainTable {
  id: number;
  keyed_from: number;
}

export interface ShelterTable {
  id: string;
  name: string;
  city: string;
  latitude: number;
  longitude: number;
  capacity: number;
  occupancy: number;
  operator: string;
  demo: number;
}

export interface SettingTable {
  key: string;
  value: string;
  updated_at: ColumnType<string, string, string>;
}

export interface PersonTable {
  id: string;
  given_names: string;
  surname1: string;
  surname2: string | null;
  name_key: string;
  sex: string | null;
  birth_year: number | null;
  birth_month: number | null;
  birth_day: number | null;
  nationality: string | null;
  merged_into: string | null;
  demo: number;
  created_at: string;
  /** When the record last followed a correction of the person's identity, indexed where set (0026). */
  corrected_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface PersonDocumentTable {
  id: string;
  person_id: string;
  document_type: string;
  number: string;
  issuing_state: string | null;
  expiry_date: string | null;
  mrz: string | null;
}

export interface RegistrationTable {
  id: string;
  person_id: string;
  checkpoint_id: string;
  booth_id: string | null;
  officer_id: string;
  at: string;
  received_at: string;
  intention: string;
  consent: number;
  vulnerabilities: string;
  offline: number;
  screening_status: string;
}

export interface WatchlistTable {
  id: string;
  name: string;
  format: string;
  entry_count: number;
  active: number;
  imported_by: string;
  imported_at: string;
}

export interface WatchlistEntryTable {
  id: string;
  watchlist_id: string;
  watch_id: string;
  entry: string;
}

export interface ScreeningHitTable {
  id: string;
  registration_id: string;
  person_id: string;
  watchlist_entry_id: string;
  score: number;
  explanation: string;
  model_version: string;
  status: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
  review_note: string | null;
  created_at: string;
}

export interface DuplicateLinkTable {
  id: string;
  person_id: string;
  other_person_id: string;
  score: number;
  explanation: string;
  model_version: string;
  source: string;
  status: string;
  merged_ids: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
  created_at: string;
}

export interface DocumentPolicyTable {
  version: number;
  rules: string;
  note: string;
  created_by: string;
  created_at: string;
}

export interface CrossingEventTable {
  id: string;
  kind: string;
  checkpoint_id: string;
  booth_id: string | null;
  at: string;
  corrects: string | null;
  body: string;
  body_hash: string;
  recorded_by: string | null;
  received_at: string;
  offline: number;
  person_id: string | null;
  demo: number;
  // The state of a crossing or tally after its corrections (the event_state view reads these); a
  // correction's own row keeps the defaults. Only these columns ever change (0018).
  fields: Generated<string>;
  voided: Generated<number>;
  decision: string | null;
  direction: string | null;
  cell: string | null;
  crossed: Generated<number>;
  refused: Generated<number>;
  held: Generated<number>;
  corrections: Generated<number>;
  updated_at: string | null;
  /** The crossing's travel group (`group`) as last corrected, indexed where set (0022). */
  group_id: ColumnType<string | null, string | null | undefined, string | null>;
  // A crossing's registration of its person (0019), set on the crossings with a person_id (the view
  // registration reads them); all but screening_status are received with the event, never changed.
  intention: string | null;
  consent: Generated<number>;
  vulnerabilities: Generated<string>;
  screening_status: string | null;
}

/** A view of crossing_event's state columns, one row per crossing or tally (0018). */
export interface EventStateTable {
  event_id: string;
  kind: string;
  checkpoint_id: string;
  at: string;
  /** The fields after every correction as JSON; empty when no correction was made (the body's own). */
  fields: string;
  voided: number;
  decision: string | null;
  direction: string | null;
  cell: string | null;
  crossed: number;
  refused: number;
  held: number;
  corrections: number;
  updated_at: string;
}

export interface CrossingCountTable {
  checkpoint: string;
  date: string;
  hour: string;
  direction: string;
  nationality: string;
  sex: string;
  age_group: string;
  age_band: string;
  source: string;
  decision: string;
  crossed: number;
  refused: number;
  held: number;
}

export interface ProtectionReferralTable {
  id: string;
  event_id: string;
  checkpoint_id: string;
  reason: string;
  status: string;
  created_at: string;
  /** When the person crossed: the crossing's `at`, which no correction changes. */
  arrived_at: string;
  closed_at: string | null;
  closed_by: string | null;
  note: string | null;
}

export interface Database {
  checkpoint: CheckpointTable;
  booth: BoothTable;
  app_user: UserTable;
  user_checkpoint: UserCheckpointTable;
  session: SessionTable;
  login_failure: LoginFailureTable;
  audit_entry: AuditEntryTable;
  audit_chain: AuditChainTable;
  shelter: ShelterTable;
  setting: SettingTable;
  document_policy: DocumentPolicyTable;
  person: PersonTable;
  person_document: PersonDocumentTable;
  // A view (0019): the crossings' registrations in crossing_event, and booth_registration.
  registration: RegistrationTable;
  booth_registration: RegistrationTable;
  watchlist: WatchlistTable;
  watchlist_entry: WatchlistEntryTable;
  screening_hit: ScreeningHitTable;
  duplicate_link: DuplicateLinkTable;
  crossing_event: CrossingEventTable;
  event_state: EventStateTable;
  crossing_count: CrossingCountTable;
  protection_referral: ProtectionReferralTable;
  situation_observation: SituationObservationTable;
  incident: IncidentTable;
  incident_update: IncidentUpdateTable;
  vulnerability_count: VulnerabilityCountTable;
  person_day: PersonDayTable;
  crossing_day: CrossingDayTable;
  pass_signing_key: PassSigningKeyTable;
  travel_pass: TravelPassTable;
  pass_revocation: PassRevocationTable;
  decree: DecreeTable;
  decree_version: DecreeVersionTable;
  corridor: CorridorTable;
  corridor_stop: CorridorStopTable;
  convoy: ConvoyTable;
  convoy_vehicle: ConvoyVehicleTable;
  convoy_passenger: ConvoyPassengerTable;
  convoy_event: ConvoyEventTable;
  shelter_bed: ShelterBedTable;
  care_stay_event: CareStayEventTable;
  care_presence: CarePresenceTable;
  shelter_occupancy: ShelterOccupancyTable;
  shelter_need: ShelterNeedTable;
  stock_movement: StockMovementTable;
  stock_level: StockLevelTable;
  stock_threshold: StockThresholdTable;
  supply_request: SupplyRequestTable;
  supply_request_event: SupplyRequestEventTable;
}
