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
  /** Only rows from before the file store; newer bytes are in `Deps.files` under sha256. */
  content: Buffer | null;
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

export interface NotificationTable {
  agency_id: string;
  id: Generated<string>;
  dossier_id: string;
  kind: string;
  channel: 'email';
  recipient: string;
  subject: string;
  body: string;
  status: ColumnType<'pending' | 'sent' | 'failed', 'pending' | 'sent' | 'failed' | undefined>;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

// --- Escalations (vướng mắc), migration 20261123080000 ---
export interface EscalationSettingTable {
  agency_id: string;
  sla_hours: ColumnType<string, number, number>;
}

export interface EscalationNumberTable {
  agency_id: string;
  year: number;
  last_number: number;
}

export interface EscalationTable {
  agency_id: string;
  id: Generated<string>;
  reference: string;
  subject: 'dossier' | 'procedure';
  dossier_id: string | null;
  dossier_code: string | null;
  procedure_code: string | null;
  procedure_name: string | null;
  category: 'documents' | 'fees' | 'procedure_content' | 'system' | 'other';
  title: string;
  status: 'open' | 'answered' | 'resolved';
  opened_by: string;
  opened_at: Timestamp;
  /** numeric: pg returns a string. */
  sla_hours: ColumnType<string, number, number>;
  due_at: Timestamp;
  answered_at: Timestamp | null;
  resolved_at: Timestamp | null;
  last_seq: number;
  search_text: Generated<string>;
}

export interface EscalationMessageTable {
  agency_id: string;
  escalation_id: string;
  seq: number;
  kind: 'question' | 'answer' | 'follow_up' | 'resolve' | 'reopen';
  author_id: string;
  author_role: string;
  body: string;
  posted_at: Timestamp;
}

export interface EscalationAttachmentTable {
  agency_id: string;
  id: Generated<string>;
  escalation_id: string;
  message_seq: number;
  filename: string;
  media_type: 'application/pdf' | 'image/jpeg' | 'image/png';
  size_bytes: number;
  sha256: string;
}

// Postal result delivery (issue #5 part A): migrations/20261123050000_create-shipments.sql
export interface ShipmentTable {
  agency_id: string;
  id: Generated<string>;
  dossier_id: string;
  carrier_id: string;
  tracking_number: string;
  status: Generated<string>;
  status_at: Timestamp;
  recipient_name: string;
  recipient_address: string;
  recipient_phone: string;
  delivered_at: Date | null;
  delivered_to: string | null;
  failure_reason: string | null;
  created_at: Timestamp;
  created_by: string | null;
}

export interface ShipmentEventTable {
  agency_id: string;
  id: Generated<string>;
  shipment_id: string;
  carrier_id: string;
  event_id: string;
  status: string;
  occurred_at: Timestamp;
  received_at: Timestamp;
  applied: boolean;
  recipient_name: string | null;
  reason: string | null;
  location: string | null;
}

export interface GeneratedDocumentTable {
  agency_id: string;
  id: Generated<string>;
  kind: string;
  dossier_id: string | null;
  reception_slip_id: string | null;
  subject_key: string;
  model_sha256: string;
  sha256: string;
  size_bytes: number;
  file_name: string;
  generated_at: Date;
  generated_by: string | null;
}

// Signing and results (issue #6 part B).
export interface AgencyCertificateTable {
  agency_id: string;
  id: Generated<string>;
  pkcs12: Buffer;
  passphrase_ciphertext: string;
  subject: string;
  issuer: string;
  serial_number: string;
  fingerprint: string;
  not_before: Timestamp;
  not_after: Timestamp;
  is_active: Generated<boolean>;
  uploaded_at: Timestamp;
  uploaded_by: string | null;
}

export interface ResultTemplateTable {
  agency_id: string;
  procedure_code: string;
  title: string;
  body: string;
  register_symbol: string;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface ResultRegisterCounterTable {
  agency_id: string;
  year: number;
  last_number: number;
}

export interface ResultDocumentTable {
  agency_id: string;
  id: Generated<string>;
  dossier_id: string;
  dossier_code: string;
  procedure_code: string;
  procedure_name: string;
  title: string;
  holder_kind: 'person' | 'organisation';
  holder_name: string;
  register_year: number;
  register_number: number;
  number_text: string;
  issued_at: Timestamp;
  issued_by: string | null;
  approved_by_name: string | null;
  signer_subject: string;
  certificate_id: string;
  unsigned_sha256: string;
  signed_sha256: string;
  signed_size: number;
  status: Generated<'valid' | 'revoked' | 'superseded'>;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
  revoke_reason: string | null;
  superseded_by: string | null;
}

// ——— Postal channel at the counter (modules/postal): pickups, their money, hand-over records ———

export interface PickupOrderTable {
  agency_id: string;
  id: Generated<string>;
  number: number;
  source: 'public' | 'counter';
  status: 'requested' | 'assigned' | 'collected' | 'handed_over' | 'received' | 'cancelled';
  counter_id: string;
  procedure_id: string;
  procedure_code: string;
  procedure_name: string;
  applicant_name: string;
  phone: string;
  address: string;
  preferred_time: string;
  note: Generated<string>;
  courier_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  assigned_at: Timestamp | null;
  collected_at: Timestamp | null;
  handed_over_at: Timestamp | null;
  received_at: Timestamp | null;
  seal_number: string | null;
  documents: ColumnType<unknown, string | undefined, string>;
  dossier_id: string | null;
  cancel_reason: string | null;
}

export interface PickupPaymentTable {
  agency_id: string;
  pickup_id: string;
  kind: 'fee' | 'postal_charge';
  amount_vnd: number;
  receipt_number: string;
  collected_at: Timestamp;
}

export interface HandoverRecordTable {
  agency_id: string;
  id: Generated<string>;
  number: number;
  direction: 'post_to_counter' | 'counter_to_unit' | 'unit_to_counter' | 'counter_to_post';
  status: ColumnType<'sent' | 'disputed' | 'confirmed', 'sent' | 'disputed' | 'confirmed' | undefined>;
  unit_id: string | null;
  sender_id: string;
  receiver_id: string | null;
  note: Generated<string>;
  created_at: Timestamp;
  confirmed_at: Timestamp | null;
}

export interface HandoverItemTable {
  agency_id: string;
  record_id: string;
  ord: number;
  dossier_id: string | null;
  pickup_id: string | null;
  documents: ColumnType<unknown, string | undefined, string>;
  fee_vnd: Generated<number>;
  postal_charge_vnd: Generated<number>;
  result_number: string | null;
  removed: Generated<boolean>;
  discrepancy_kind: 'missing' | 'damaged' | 'fee_mismatch' | null;
  discrepancy_note: string | null;
  flagged_at: Timestamp | null;
  flagged_by: string | null;
  resolution_note: string | null;
  resolved_at: Timestamp | null;
  resolved_by: string | null;
}

/** Committed audit rows awaiting their place in the chain; moved into audit_log by `audit_chain_agency` (see appendAudit). */
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
  notification: NotificationTable;
  escalation_setting: EscalationSettingTable;
  escalation_number: EscalationNumberTable;
  escalation: EscalationTable;
  escalation_message: EscalationMessageTable;
  escalation_attachment: EscalationAttachmentTable;
  shipment: ShipmentTable;
  shipment_event: ShipmentEventTable;
  generated_document: GeneratedDocumentTable;
  agency_certificate: AgencyCertificateTable;
  result_template: ResultTemplateTable;
  result_register_counter: ResultRegisterCounterTable;
  result_document: ResultDocumentTable;
  pickup_order: PickupOrderTable;
  pickup_payment: PickupPaymentTable;
  handover_record: HandoverRecordTable;
  handover_item: HandoverItemTable;
  audit_pending: AuditPendingTable;
}
