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
  /** JSON array of { start: 'HH:MM', end: 'HH:MM' }; read through the WorkingHours contract. */
  working_windows: ColumnType<unknown, string | undefined, string>;
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

export interface AnnouncementDecisionTable {
  agency_id: string;
  id: Generated<string>;
  number: string;
  title: string;
  signed_on: string;
  signer: string;
  effective_from: string;
  status: Generated<'draft' | 'published'>;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  published_at: Timestamp | null;
  published_by: string | null;
}

export type ChangeKind = 'new' | 'amend' | 'replace' | 'abolish';

export interface DecisionChangeTable {
  agency_id: string;
  id: Generated<string>;
  decision_id: string;
  kind: ChangeKind;
  procedure_code: string;
  replacement_code: string | null;
  /** A ProcedureContent document; validated with zod before it is written and after it is read. */
  content: ColumnType<unknown, string | null, string | null>;
  created_at: GeneratedTimestamp;
}

export interface ProcedureTable {
  agency_id: string;
  id: Generated<string>;
  code: string;
  created_at: GeneratedTimestamp;
}

export interface ProcedureVersionTable {
  agency_id: string;
  id: Generated<string>;
  procedure_id: string;
  version_no: number;
  decision_id: string;
  change_kind: ChangeKind;
  effective_from: Timestamp;
  effective_to: Timestamp | null;
  is_abolished: Generated<boolean>;
  content: ColumnType<unknown, string, string>;
  name: string;
  field: string;
  code: ColumnType<string, never, never>;
  search_text: ColumnType<string, never, never>;
  by_counter: ColumnType<boolean, never, never>;
  by_post: ColumnType<boolean, never, never>;
  online: ColumnType<'none' | 'partial' | 'full', never, never>;
  search_tsv: ColumnType<string, never, never>;
}

export interface SearchWordTable {
  agency_id: string;
  word: string;
}

export interface DossierTable {
  agency_id: string;
  id: Generated<string>;
  code: string | null;
  channel: 'counter' | 'post' | 'online';
  procedure_id: string;
  procedure_version_id: string;
  procedure_code: string;
  procedure_name: string;
  counter_id: string | null;
  applicant_kind: 'person' | 'organisation';
  applicant_name: string;
  applicant_id_number: string;
  applicant: ColumnType<unknown, string, string>;
  return_method: 'counter' | 'post' | 'electronic';
  return_address: string | null;
  state: string;
  national_status: number;
  version: number;
  unit_id: string | null;
  assignee_id: string | null;
  submitted_at: Timestamp;
  received_at: Timestamp | null;
  due_at: Timestamp | null;
  finished_at: Timestamp | null;
  is_paused: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

export interface DossierEventTable {
  agency_id: string;
  dossier_id: string;
  seq: number;
  action: string;
  at: Timestamp;
  actor_id: string | null;
  actor_role: string;
  data: ColumnType<Record<string, unknown>, string, string>;
}

export interface DossierDocumentTable {
  agency_id: string;
  dossier_id: string;
  ord: number;
  name: string;
  required_form: string | null;
  required_copies: number;
  is_received: boolean;
  form: 'original' | 'copy' | 'certified_copy' | null;
  copies: number;
  digitisation: Generated<'not_digitised' | 'digitised' | 'reused_dossier' | 'reused_result'>;
}

export interface DossierFileTable {
  agency_id: string;
  id: Generated<string>;
  dossier_id: string;
  document_ord: number;
  filename: string;
  media_type: 'application/pdf' | 'image/jpeg' | 'image/png';
  size_bytes: number;
  sha256: string;
  pages: number;
  content: Buffer;
  uploaded_at: GeneratedTimestamp;
  uploaded_by: string | null;
}

export interface DossierCodeCounterTable {
  agency_id: string;
  counter_id: string;
  day: string;
  last_number: number;
}

export interface ReceptionSlipTable {
  agency_id: string;
  id: Generated<string>;
  kind: 'supplement' | 'refusal';
  procedure_code: string;
  counter_id: string | null;
  applicant_name: string;
  applicant_id_number: string;
  items: ColumnType<unknown, string, string>;
  created_at: GeneratedTimestamp;
  created_by: string | null;
}

export interface IdempotencyKeyTable {
  agency_id: string;
  key: string;
  request: string;
  status: number | null;
  response: ColumnType<unknown, string | null, string | null>;
  created_at: GeneratedTimestamp;
}

/** Audit rows awaiting their place in the chain; moved into audit_log by a trigger at commit. */
export interface AuditPendingTable {
  agency_id: string;
  id: Generated<number>;
  occurred_at: Timestamp;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  request_id: string | null;
  client_ip: string | null;
  details: ColumnType<unknown, string, string>;
  hash_before: string;
  hash_after: string;
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
  announcement_decision: AnnouncementDecisionTable;
  decision_change: DecisionChangeTable;
  procedure: ProcedureTable;
  procedure_version: ProcedureVersionTable;
  search_word: SearchWordTable;
  dossier: DossierTable;
  dossier_event: DossierEventTable;
  dossier_document: DossierDocumentTable;
  dossier_file: DossierFileTable;
  dossier_code_counter: DossierCodeCounterTable;
  reception_slip: ReceptionSlipTable;
  idempotency_key: IdempotencyKeyTable;
  audit_pending: AuditPendingTable;
}
