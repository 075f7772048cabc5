// The tables of the areas built on the crossings (situation, dashboard rollups, passes, decrees,
// transit, care), as Kysely sees them; `Database` in schema.ts names them all. Same conventions:
// ISO 8601 UTC text times, UUID text ids, 0/1 integers.
import type { ColumnType } from 'kysely';

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
  /** 1 when whoever wrote the description shared it with humanitarian partners (migration 0028). */
  description_shared: number;
}

export interface IncidentUpdateTable {
  id: string;
  incident_id: string;
  seq: number;
  at: string;
  by_id: string | null;
  note: string | null;
  /** 1 when whoever wrote the note shared it with humanitarian partners (migration 0028). */
  note_shared: number;
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
  /** A RevocationCause code; null for one revoked by hand before `withdrawn` existed (read as it). */
  cause: string | null;
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
