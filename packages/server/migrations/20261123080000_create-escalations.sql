-- Escalations (vướng mắc, DOMAIN.md §8): problems the postal staff at the counter raise with the
-- Department's focal officer, about one dossier or a procedure, answered in a thread.

CREATE TABLE escalation_setting (
  agency_id uuid    NOT NULL,
  sla_hours numeric NOT NULL,
  CONSTRAINT escalation_setting_pkey PRIMARY KEY (agency_id),
  CONSTRAINT escalation_setting_agency_fkey FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT escalation_setting_sla_check CHECK (sla_hours > 0 AND sla_hours <= 400)
);
COMMENT ON TABLE escalation_setting IS 'Per-agency answer time of escalations in working hours; without a row, ESCALATION_SLA_HOURS (default 8) applies.';

CREATE TABLE escalation_number (
  agency_id   uuid    NOT NULL,
  year        integer NOT NULL,
  last_number integer NOT NULL,
  CONSTRAINT escalation_number_pkey PRIMARY KEY (agency_id, year),
  CONSTRAINT escalation_number_agency_fkey FOREIGN KEY (agency_id) REFERENCES agency (id)
);
COMMENT ON TABLE escalation_number IS 'Yearly sequence of escalation references VM-{yyyy}-{NNNN}, incremented in the opening transaction.';

CREATE TABLE escalation (
  agency_id      uuid        NOT NULL,
  id             uuid        NOT NULL DEFAULT gen_random_uuid(),
  reference      text        NOT NULL,
  subject        text        NOT NULL,
  dossier_id     uuid,
  dossier_code   text,
  procedure_code text,
  procedure_name text,
  category       text        NOT NULL,
  title          text        NOT NULL,
  status         text        NOT NULL,
  opened_by      uuid        NOT NULL,
  opened_at      timestamptz NOT NULL,
  sla_hours      numeric     NOT NULL,
  due_at         timestamptz NOT NULL,
  answered_at    timestamptz,
  resolved_at    timestamptz,
  last_seq       integer     NOT NULL,
  search_text    text        NOT NULL DEFAULT '',
  CONSTRAINT escalation_pkey PRIMARY KEY (agency_id, id),
  CONSTRAINT escalation_reference_key UNIQUE (agency_id, reference),
  CONSTRAINT escalation_agency_fkey FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT escalation_dossier_fkey FOREIGN KEY (agency_id, dossier_id) REFERENCES dossier (agency_id, id),
  CONSTRAINT escalation_opened_by_fkey FOREIGN KEY (agency_id, opened_by) REFERENCES app_user (agency_id, id),
  CONSTRAINT escalation_subject_check CHECK (
    (subject = 'dossier' AND dossier_id IS NOT NULL) OR (subject = 'procedure' AND procedure_code IS NOT NULL)
  ),
  CONSTRAINT escalation_category_check CHECK (category IN ('documents', 'fees', 'procedure_content', 'system', 'other')),
  CONSTRAINT escalation_status_check CHECK (status IN ('open', 'answered', 'resolved')),
  CONSTRAINT escalation_resolved_check CHECK ((status = 'resolved') = (resolved_at IS NOT NULL))
);
CREATE INDEX escalation_queue_idx ON escalation (agency_id, status, due_at);
CREATE INDEX escalation_search_idx ON escalation USING gin (search_text gin_trgm_ops);
COMMENT ON TABLE escalation IS 'An escalation and its current status. due_at: when the focal officer''s answer is due, sla_hours of working time after the question last went to them. search_text: the unaccented title, procedure and thread, for the answer search.';

CREATE TABLE escalation_message (
  agency_id     uuid        NOT NULL,
  escalation_id uuid        NOT NULL,
  seq           integer     NOT NULL,
  kind          text        NOT NULL,
  author_id     uuid        NOT NULL,
  author_role   text        NOT NULL,
  body          text        NOT NULL,
  posted_at     timestamptz NOT NULL,
  CONSTRAINT escalation_message_pkey PRIMARY KEY (agency_id, escalation_id, seq),
  CONSTRAINT escalation_message_escalation_fkey FOREIGN KEY (agency_id, escalation_id) REFERENCES escalation (agency_id, id),
  CONSTRAINT escalation_message_author_fkey FOREIGN KEY (agency_id, author_id) REFERENCES app_user (agency_id, id),
  CONSTRAINT escalation_message_kind_check CHECK (kind IN ('question', 'answer', 'follow_up', 'resolve', 'reopen'))
);
COMMENT ON TABLE escalation_message IS 'The thread of an escalation, append-only: the question, answers, follow-ups, and the notes of resolving and reopening.';

CREATE TABLE escalation_attachment (
  agency_id     uuid        NOT NULL,
  id            uuid        NOT NULL DEFAULT gen_random_uuid(),
  escalation_id uuid        NOT NULL,
  message_seq   integer     NOT NULL,
  filename      text        NOT NULL,
  media_type    text        NOT NULL,
  size_bytes    integer     NOT NULL,
  sha256        text        NOT NULL,
  CONSTRAINT escalation_attachment_pkey PRIMARY KEY (agency_id, id),
  CONSTRAINT escalation_attachment_message_fkey FOREIGN KEY (agency_id, escalation_id, message_seq) REFERENCES escalation_message (agency_id, escalation_id, seq),
  CONSTRAINT escalation_attachment_media_type_check CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  CONSTRAINT escalation_attachment_size_check CHECK (size_bytes > 0)
);
COMMENT ON TABLE escalation_attachment IS 'A file sent with a message (type sniffed from the bytes); the bytes live in the content-addressed file store under sha256.';

-- Channel figures count reception and return events of a period.
CREATE INDEX dossier_event_action_at_idx ON dossier_event (agency_id, action, at);
