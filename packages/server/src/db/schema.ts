import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the tables created by ../../migrations. Keep in step with the SQL. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface AgencyTable {
  id: Generated<string>;
  code: string;
  name: string;
  timezone: Generated<string>;
  valid_from: string;
  valid_to: string | null;
  successor_id: string | null;
  created_at: GeneratedTimestamp;
}

export interface UnitTable {
  agency_id: string;
  id: Generated<string>;
  code: string;
  name: string;
  kind: 'office' | 'professional' | 'inspection' | 'finance' | 'counter';
  valid_from: Generated<string>;
  valid_to: string | null;
  successor_id: string | null;
}

export interface CounterTable {
  agency_id: string;
  id: Generated<string>;
  code: string;
  name: string;
  location: string;
}

export interface AppUserTable {
  agency_id: string;
  id: Generated<string>;
  username: string;
  full_name: string;
  role: string;
  unit_id: string | null;
  password_hash: string;
  is_active: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  created_at: GeneratedTimestamp;
}

export interface SessionTable {
  token_hash: string;
  agency_id: string;
  user_id: string;
  created_at: GeneratedTimestamp;
  expires_at: Timestamp;
  client_ip: string | null;
}

export interface AuditLogTable {
  agency_id: string;
  seq: number;
  occurred_at: Timestamp;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  request_id: string | null;
  client_ip: string | null;
  details: ColumnType<unknown, string, string>;
  prev_hash: string;
  hash: string;
}

export interface AuditChainTable {
  agency_id: string;
  last_seq: number;
  last_hash: string;
}

export interface CalendarDayTable {
  agency_id: string;
  day: string;
  kind: 'day_off' | 'working_day';
  name: string;
  confirmed: boolean;
}

export interface Database {
  agency: AgencyTable;
  unit: UnitTable;
  counter: CounterTable;
  app_user: AppUserTable;
  session: SessionTable;
  audit_log: AuditLogTable;
  audit_chain: AuditChainTable;
  calendar_day: CalendarDayTable;
}
