// The database's tables as Kysely sees them. Times are ISO 8601 UTC text, ids are UUID text and
// booleans are 0/1 integers, the same on SQLite and PostgreSQL, so one code path serves both.
import type { ColumnType } from 'kysely';

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
}

export interface BoothTable {
  id: string;
  checkpoint_id: string;
  code: string;
  name: string;
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
}

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
  audit_entry: AuditEntryTable;
  audit_chain: AuditChainTable;
  shelter: ShelterTable;
  setting: SettingTable;
  document_policy: DocumentPolicyTable;
  person: PersonTable;
  person_document: PersonDocumentTable;
  registration: RegistrationTable;
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

export interface SituationObservationTable {
  id: string;
  checkpoint_id: string;
  side: string;
  observed_at: string;
  recorded_at: string;
  observer_id: string | null;
  people_waiting: number | null;
  vehicles_queued: number | null;
  trucks_queued: number | null;
  queue_km: number | null;
  wait_minutes: number | null;
  note: string | null;
  demo: number;
}

export interface IncidentTable {
  id: string;
  kind: string;
  title: string;
  description: string | null;
  latitude: number;
  longitude: number;
  checkpoint_id: string | null;
  severity: string;
  status: string;
  occurred_at: string;
  reported_at: string;
  reported_by: string | null;
  updated_at: string;
  closed_at: string | null;
  demo: number;
}

export interface IncidentUpdateTable {
  id: string;
  incident_id: string;
  seq: number;
  at: string;
  by_id: string | null;
  note: string | null;
  status_from: string | null;
  status_to: string | null;
  severity_from: string | null;
  severity_to: string | null;
}

/** crossing_count summed by checkpoint, local date and direction. */
export interface CrossingDayTable {
  checkpoint: string;
  date: string;
  direction: string;
  crossed: number;
  refused: number;
  held: number;
}

/** Crossings counted as crossed per person (merge root), checkpoint, local date and direction. */
export interface PersonDayTable {
  checkpoint: string;
  date: string;
  direction: string;
  person: string;
  crossings: number;
}

export interface VulnerabilityCountTable {
  checkpoint: string;
  date: string;
  direction: string;
  vulnerability: string;
  crossed: number;
  refused: number;
  held: number;
}

export interface PassSigningKeyTable {
  kid: string;
  public_x: string;
  sealed_private: string;
  created_at: string;
  retired_at: string | null;
  valid_until: string | null;
}

export interface TravelPassTable {
  id: string;
  kid: string;
  person_id: string | null;
  name: string;
  convoy_id: string;
  corridor_id: string;
  valid_from: string;
  valid_until: string;
  issued_at: string;
  issued_by: string | null;
  content: string;
  pass_text: string;
}

export interface PassRevocationTable {
  pass_id: string;
  reason: string;
  revoked_at: string;
  revoked_by: string | null;
}

export interface DecreeTable {
  id: string;
  number: string;
  extends_id: string | null;
  version: number;
  body: string;
  starts_at: string;
  ends_at: string;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  demo: number;
}

export interface DecreeVersionTable {
  decree_id: string;
  version: number;
  body: string;
  change: string;
  reason: string | null;
  recorded_by: string | null;
  recorded_at: string;
}

export interface CorridorTable {
  id: string;
  code: string;
  name: string;
  exit_point: string;
  demo: number;
  created_at: string;
}

export interface CorridorStopTable {
  corridor_id: string;
  position: number;
  code: string;
  name: string;
  latitude: number;
  longitude: number;
}

export interface ConvoyTable {
  id: string;
  code: string;
  corridor_id: string;
  planned_departure: string;
  planned_arrival: string;
  status: string;
  current_stop: string | null;
  event_count: number;
  created_by: string | null;
  demo: number;
  created_at: string;
}

export interface ConvoyVehicleTable {
  convoy_id: string;
  position: number;
  plate: string;
  kind: string;
  seats: number;
}

export interface ConvoyPassengerTable {
  convoy_id: string;
  person_id: string;
  decision_event_id: string;
  vehicle_plate: string;
  family_key: string | null;
  relationship: string | null;
  given_names: string;
  surname1: string;
  surname2: string | null;
  sex: string | null;
  birth_date: string | null;
  nationality: string | null;
  document_type: string | null;
  document_number: string | null;
  document_state: string | null;
  status: string;
}

export interface ConvoyEventTable {
  id: string;
  convoy_id: string;
  seq: number;
  kind: string;
  at: string;
  body: string;
  recorded_by: string | null;
  received_at: string;
}

export interface ShelterBedTable {
  shelter_id: string;
  bed_kind: string;
  beds: number;
}

export interface CareStayEventTable {
  id: string;
  person_id: string;
  kind: string;
  shelter_id: string;
  bed_kind: string;
  at: string;
  seq: ColumnType<number, number, never>;
  recorded_by: string | null;
  demo: number;
}

export interface CarePresenceTable {
  person_id: string;
  shelter_id: string;
  bed_kind: string;
  since: string;
  stay_id: string;
}

export interface ShelterOccupancyTable {
  shelter_id: string;
  bed_kind: string;
  occupied: number;
}

export interface ShelterNeedTable {
  id: string;
  shelter_id: string;
  categories: string;
  text: string;
  created_at: string;
  created_by: string | null;
  demo: number;
}

export interface StockMovementTable {
  id: string;
  place_id: string;
  leg: string;
  item: string;
  delta: number;
  request_id: string | null;
  note: string | null;
  at: string;
  seq: ColumnType<number, number, never>;
  recorded_by: string | null;
  demo: number;
}

export interface StockLevelTable {
  place_id: string;
  item: string;
  quantity: number;
}

export interface StockThresholdTable {
  place_id: string;
  item: string;
  minimum: number;
  updated_at: string;
  updated_by: string | null;
}

export interface SupplyRequestTable {
  id: string;
  place_id: string;
  item: string;
  quantity: number;
  status: string;
  note: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  demo: number;
}

export interface SupplyRequestEventTable {
  id: string;
  request_id: string;
  from_status: string | null;
  to_status: string;
  at: string;
  by_user: string | null;
  note: string | null;
}
