-- Dossiers (hồ sơ, DOMAIN.md §5): each is the fold of its append-only event log; the dossier row
-- keeps the folded state for queues and lookups, with a version for optimistic concurrency.

CREATE TABLE dossier (
  agency_id            uuid        NOT NULL,
  id                   uuid        NOT NULL DEFAULT gen_random_uuid(),
  code                 text,
  channel              text        NOT NULL,
  procedure_id         uuid        NOT NULL,
  procedure_version_id uuid        NOT NULL,
  procedure_code       text        NOT NULL,
  procedure_name       text        NOT NULL,
  counter_id           uuid,
  applicant_kind       text        NOT NULL,
  applicant_name       text        NOT NULL,
  applicant_id_number  text        NOT NULL,
  applicant            jsonb       NOT NULL,
  return_method        text        NOT NULL,
  return_address       text,
  state                text        NOT NULL,
  national_status      smallint    NOT NULL,
  version              integer     NOT NULL,
  unit_id              uuid,
  assignee_id          uuid,
  submitted_at         timestamptz NOT NULL,
  received_at          timestamptz,
  due_at               timestamptz,
  finished_at          timestamptz,
  is_paused            boolean     NOT NULL DEFAULT false,
  created_at           timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT dossier_pkey PRIMARY KEY (agency_id, id),
  CONSTRAINT dossier_code_key UNIQUE (agency_id, code),
  CONSTRAINT dossier_agency_fkey FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT dossier_procedure_fkey FOREIGN KEY (agency_id, procedure_id) REFERENCES procedure (agency_id, id),
  CONSTRAINT dossier_version_fkey FOREIGN KEY (agency_id, procedure_version_id) REFERENCES procedure_version (agency_id, id),
  CONSTRAINT dossier_counter_fkey FOREIGN KEY (agency_id, counter_id) REFERENCES counter (agency_id, id),
  CONSTRAINT dossier_unit_fkey FOREIGN KEY (agency_id, unit_id) REFERENCES unit (agency_id, id),
  CONSTRAINT dossier_assignee_fkey FOREIGN KEY (agency_id, assignee_id) REFERENCES app_user (agency_id, id),
  CONSTRAINT dossier_channel_check CHECK (channel IN ('counter', 'post', 'online')),
  CONSTRAINT dossier_applicant_kind_check CHECK (applicant_kind IN ('person', 'organisation')),
  CONSTRAINT dossier_return_method_check CHECK (return_method IN ('counter', 'post', 'electronic')),
  CONSTRAINT dossier_national_status_check CHECK (national_status BETWEEN 1 AND 10),
  CONSTRAINT dossier_code_check CHECK (code IS NOT NULL OR state IN ('submitted_online', 'refused_at_reception'))
);
CREATE INDEX dossier_queue_idx ON dossier (agency_id, state, due_at);
CREATE INDEX dossier_applicant_idx ON dossier (agency_id, applicant_id_number, procedure_code);
CREATE INDEX dossier_assignee_idx ON dossier (agency_id, assignee_id, state);
COMMENT ON TABLE dossier IS 'A dossier and its folded state. code ({receiving unit}-{yyMMdd}-{NNNN}) is given at reception of a complete dossier (online dossiers get it when the counter accepts them). procedure_version_id pins the catalog version in force at submission.';

CREATE TABLE dossier_event (
  agency_id  uuid        NOT NULL,
  dossier_id uuid        NOT NULL,
  seq        integer     NOT NULL,
  action     text        NOT NULL,
  at         timestamptz NOT NULL,
  actor_id   uuid,
  actor_role text        NOT NULL,
  data       jsonb       NOT NULL DEFAULT '{}'::jsonb,
  CONSTRAINT dossier_event_pkey PRIMARY KEY (agency_id, dossier_id, seq),
  CONSTRAINT dossier_event_dossier_fkey FOREIGN KEY (agency_id, dossier_id) REFERENCES dossier (agency_id, id),
  CONSTRAINT dossier_event_seq_check CHECK (seq >= 1)
);
COMMENT ON TABLE dossier_event IS 'Append-only log of a dossier: one row per action, seq = the dossier version it produced. The primary key makes two concurrent actions on one version impossible.';

CREATE TABLE dossier_document (
  agency_id   uuid    NOT NULL,
  dossier_id  uuid    NOT NULL,
  ord         integer NOT NULL,
  name        text    NOT NULL,
  required_form text,
  required_copies integer NOT NULL,
  is_received boolean NOT NULL,
  form        text,
  copies      integer NOT NULL DEFAULT 0,
  digitisation text   NOT NULL DEFAULT 'not_digitised',
  CONSTRAINT dossier_document_pkey PRIMARY KEY (agency_id, dossier_id, ord),
  CONSTRAINT dossier_document_dossier_fkey FOREIGN KEY (agency_id, dossier_id) REFERENCES dossier (agency_id, id),
  CONSTRAINT dossier_document_form_check CHECK (form IS NULL OR form IN ('original', 'copy', 'certified_copy')),
  CONSTRAINT dossier_document_digitisation_check CHECK (digitisation IN ('not_digitised', 'digitised', 'reused_dossier', 'reused_result'))
);
COMMENT ON TABLE dossier_document IS 'The checklist of a dossier: the pinned version''s required documents, with what was actually received and the digitisation state the national index scores.';

CREATE TABLE dossier_file (
  agency_id    uuid        NOT NULL,
  id           uuid        NOT NULL DEFAULT gen_random_uuid(),
  dossier_id   uuid        NOT NULL,
  document_ord integer     NOT NULL,
  filename     text        NOT NULL,
  media_type   text        NOT NULL,
  size_bytes   integer     NOT NULL,
  sha256       text        NOT NULL,
  pages        integer     NOT NULL,
  content      bytea       NOT NULL,
  uploaded_at  timestamptz NOT NULL DEFAULT now(),
  uploaded_by  uuid,
  CONSTRAINT dossier_file_pkey PRIMARY KEY (agency_id, id),
  CONSTRAINT dossier_file_document_fkey FOREIGN KEY (agency_id, dossier_id, document_ord) REFERENCES dossier_document (agency_id, dossier_id, ord),
  CONSTRAINT dossier_file_media_type_check CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  CONSTRAINT dossier_file_size_check CHECK (size_bytes > 0),
  CONSTRAINT dossier_file_pages_check CHECK (pages >= 1)
);
COMMENT ON TABLE dossier_file IS 'A digitised copy of one checklist item (PDF, JPEG or PNG, type sniffed from the bytes), with its SHA-256 and page count.';

CREATE TABLE dossier_code_counter (
  agency_id   uuid    NOT NULL,
  counter_id  uuid    NOT NULL,
  day         date    NOT NULL,
  last_number integer NOT NULL,
  CONSTRAINT dossier_code_counter_pkey PRIMARY KEY (agency_id, counter_id, day),
  CONSTRAINT dossier_code_counter_counter_fkey FOREIGN KEY (agency_id, counter_id) REFERENCES counter (agency_id, id),
  CONSTRAINT dossier_code_counter_range_check CHECK (last_number BETWEEN 1 AND 9999)
);
COMMENT ON TABLE dossier_code_counter IS 'Daily sequence of each receiving unit. Incremented in the transaction that creates the dossier, so a rollback gives the number back: codes never skip or repeat.';

CREATE TABLE reception_slip (
  agency_id           uuid        NOT NULL,
  id                  uuid        NOT NULL DEFAULT gen_random_uuid(),
  kind                text        NOT NULL,
  procedure_code      text        NOT NULL,
  counter_id          uuid,
  applicant_name      text        NOT NULL,
  applicant_id_number text        NOT NULL,
  items               jsonb       NOT NULL,
  created_at          timestamptz NOT NULL DEFAULT now(),
  created_by          uuid,
  CONSTRAINT reception_slip_pkey PRIMARY KEY (agency_id, id),
  CONSTRAINT reception_slip_agency_fkey FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT reception_slip_kind_check CHECK (kind IN ('supplement', 'refusal'))
);
COMMENT ON TABLE reception_slip IS 'What the counter hands back when it does not receive a dossier: a supplement request listing every missing or faulty item at once, or a refusal, each with coded reasons. No dossier code is given.';

CREATE TABLE idempotency_key (
  agency_id   uuid        NOT NULL,
  key         text        NOT NULL,
  request     text        NOT NULL,
  status      integer,
  response    jsonb,
  created_at  timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT idempotency_key_pkey PRIMARY KEY (agency_id, key),
  CONSTRAINT idempotency_key_agency_fkey FOREIGN KEY (agency_id) REFERENCES agency (id)
);
COMMENT ON TABLE idempotency_key IS 'Idempotency-Key of creations and actions: the first request stores its response in its own transaction; a retry gets the same response and has no second effect.';
