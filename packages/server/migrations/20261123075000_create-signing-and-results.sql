-- Digitally signed results (issue #6): the agency's signing certificate, result templates per
-- procedure, the records office's register (sổ) per year, and the issued result documents with
-- the SHA-256 of their signed PDF for public verification.

CREATE TABLE agency_certificate (
  agency_id             uuid        NOT NULL,
  id                    uuid        NOT NULL DEFAULT gen_random_uuid(),
  pkcs12                bytea       NOT NULL,
  passphrase_ciphertext text        NOT NULL,
  subject               text        NOT NULL,
  issuer                text        NOT NULL,
  serial_number         text        NOT NULL,
  fingerprint           text        NOT NULL,
  not_before            timestamptz NOT NULL,
  not_after             timestamptz NOT NULL,
  is_active             boolean     NOT NULL DEFAULT true,
  uploaded_at           timestamptz NOT NULL,
  uploaded_by           uuid,
  CONSTRAINT agency_certificate_pkey PRIMARY KEY (agency_id, id),
  CONSTRAINT agency_certificate_agency_fkey FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT agency_certificate_uploader_fkey FOREIGN KEY (agency_id, uploaded_by) REFERENCES app_user (agency_id, id),
  CONSTRAINT agency_certificate_ciphertext_check CHECK (passphrase_ciphertext LIKE 'v1:%')
);
CREATE UNIQUE INDEX agency_certificate_active_key ON agency_certificate (agency_id) WHERE is_active;
COMMENT ON TABLE agency_certificate IS 'The agency''s signing certificates as uploaded PKCS#12 files; the passphrase only as AES-256-GCM ciphertext under the server''s signing key (SIGNING_KEY or DATA_DIR/signing-key). One active row per agency; older rows stay for the record.';

CREATE TABLE result_template (
  agency_id       uuid        NOT NULL,
  procedure_code  text        NOT NULL,
  title           text        NOT NULL,
  body            text        NOT NULL,
  register_symbol text        NOT NULL,
  updated_at      timestamptz NOT NULL,
  updated_by      uuid,
  CONSTRAINT result_template_pkey PRIMARY KEY (agency_id, procedure_code),
  CONSTRAINT result_template_agency_fkey FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT result_template_symbol_check CHECK (register_symbol ~ '^[A-Z0-9Đ]+(-[A-Z0-9Đ]+)*$')
);
COMMENT ON TABLE result_template IS 'The result document of one procedure: title, body with {{placeholders}}, and the register symbol of its number (e.g. CCHND-SYT in 123/2026/CCHND-SYT).';

CREATE TABLE result_register_counter (
  agency_id   uuid    NOT NULL,
  year        integer NOT NULL,
  last_number integer NOT NULL,
  CONSTRAINT result_register_counter_pkey PRIMARY KEY (agency_id, year),
  CONSTRAINT result_register_counter_agency_fkey FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT result_register_counter_number_check CHECK (last_number >= 1)
);
COMMENT ON TABLE result_register_counter IS 'The records office''s register (sổ) of issued results, per agency per year. Incremented in the issuing transaction, so a rollback gives the number back: numbers never skip or repeat.';

CREATE TABLE result_document (
  agency_id          uuid        NOT NULL,
  id                 uuid        NOT NULL DEFAULT gen_random_uuid(),
  dossier_id         uuid        NOT NULL,
  dossier_code       text        NOT NULL,
  procedure_code     text        NOT NULL,
  procedure_name     text        NOT NULL,
  title              text        NOT NULL,
  holder_kind        text        NOT NULL,
  holder_name        text        NOT NULL,
  register_year      integer     NOT NULL,
  register_number    integer     NOT NULL,
  number_text        text        NOT NULL,
  issued_at          timestamptz NOT NULL,
  issued_by          uuid,
  approved_by_name   text,
  signer_subject     text        NOT NULL,
  certificate_id     uuid        NOT NULL,
  unsigned_sha256    text        NOT NULL,
  signed_sha256      text        NOT NULL,
  signed_size        integer     NOT NULL,
  status             text        NOT NULL DEFAULT 'valid',
  revoked_at         timestamptz,
  revoked_by         uuid,
  revoke_reason      text,
  superseded_by      uuid,
  CONSTRAINT result_document_pkey PRIMARY KEY (agency_id, id),
  CONSTRAINT result_document_id_key UNIQUE (id),
  CONSTRAINT result_document_number_key UNIQUE (agency_id, register_year, register_number),
  CONSTRAINT result_document_dossier_fkey FOREIGN KEY (agency_id, dossier_id) REFERENCES dossier (agency_id, id),
  CONSTRAINT result_document_certificate_fkey FOREIGN KEY (agency_id, certificate_id) REFERENCES agency_certificate (agency_id, id),
  CONSTRAINT result_document_superseded_fkey FOREIGN KEY (agency_id, superseded_by) REFERENCES result_document (agency_id, id),
  CONSTRAINT result_document_holder_kind_check CHECK (holder_kind IN ('person', 'organisation')),
  CONSTRAINT result_document_status_check CHECK (status IN ('valid', 'revoked', 'superseded')),
  CONSTRAINT result_document_revoked_check CHECK ((status = 'revoked') = (revoked_at IS NOT NULL AND revoke_reason IS NOT NULL))
);
CREATE INDEX result_document_dossier_idx ON result_document (agency_id, dossier_id);
COMMENT ON TABLE result_document IS 'An issued result (kết quả giải quyết TTHC): its register number, the SHA-256 of the PDF as rendered and as signed (both kept in the file store), and its status. id is global (UNIQUE) because the public verification page looks a result up by the id in its QR code alone.';
