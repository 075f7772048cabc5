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

export interface Database {
  checkpoint: CheckpointTable;
  booth: BoothTable;
  app_user: UserTable;
  user_checkpoint: UserCheckpointTable;
  session: SessionTable;
  audit_entry: AuditEntryTable;
  shelter: ShelterTable;
  setting: SettingTable;
}
