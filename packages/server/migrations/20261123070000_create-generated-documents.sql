-- Generated documents (statutory forms, DOMAIN.md §6): the PDF bytes live in the content-addressed
-- file store (DATA_DIR/files, named by SHA-256); this table records what was generated, for
-- which dossier or reception slip, from which data, when and by whom, so a printed paper can be
-- reproduced exactly and the same data is never rendered twice.

CREATE TABLE generated_document (
  agency_id         uuid        NOT NULL,
  id                uuid        NOT NULL DEFAULT gen_random_uuid(),
  kind              text        NOT NULL,
  dossier_id        uuid,
  reception_slip_id uuid,
  subject_key       text        NOT NULL,
  model_sha256      text        NOT NULL,
  sha256            text        NOT NULL,
  size_bytes        integer     NOT NULL,
  file_name         text        NOT NULL,
  generated_at      timestamptz NOT NULL,
  generated_by      uuid,
  CONSTRAINT generated_document_pkey PRIMARY KEY (agency_id, id),
  CONSTRAINT generated_document_model_key UNIQUE (agency_id, kind, subject_key, model_sha256),
  CONSTRAINT generated_document_dossier_fkey FOREIGN KEY (agency_id, dossier_id) REFERENCES dossier (agency_id, id),
  CONSTRAINT generated_document_slip_fkey FOREIGN KEY (agency_id, reception_slip_id) REFERENCES reception_slip (agency_id, id),
  CONSTRAINT generated_document_generated_by_fkey FOREIGN KEY (agency_id, generated_by) REFERENCES app_user (agency_id, id),
  CONSTRAINT generated_document_sha256_check CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  CONSTRAINT generated_document_model_sha256_check CHECK (model_sha256 ~ '^[0-9a-f]{64}$'),
  CONSTRAINT generated_document_size_check CHECK (size_bytes > 0)
);
CREATE INDEX generated_document_dossier_idx ON generated_document (agency_id, dossier_id, kind);
COMMENT ON TABLE generated_document IS 'A generated statutory form: kind (receipt, control-slip, …), its subject (dossier, reception slip or a tracking-book range), the SHA-256 of the data it printed (model_sha256) and of its PDF bytes (sha256, the name in the file store). Same data → the stored bytes are served again; changed data → a new row.';
