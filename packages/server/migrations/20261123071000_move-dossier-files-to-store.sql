-- Digitised files move to the content-addressed file store (DATA_DIR/files, named by SHA-256):
-- new rows keep only the metadata and the hash, and content stays NULL. Rows written before this
-- migration keep their bytes in content and are served from there, so nothing has to be copied
-- while the server is down; a row has its bytes in exactly one of the two places.

ALTER TABLE dossier_file ALTER COLUMN content DROP NOT NULL;
ALTER TABLE dossier_file ADD CONSTRAINT dossier_file_sha256_check CHECK (sha256 ~ '^[0-9a-f]{64}$');
COMMENT ON COLUMN dossier_file.content IS 'Bytes of files uploaded before the file store (20261123071000); NULL for newer files, whose bytes are in the store under sha256.';
COMMENT ON TABLE dossier_file IS 'A digitised copy of one checklist item (PDF, JPEG or PNG, type sniffed from the bytes), with its SHA-256 (its name in the file store) and page count.';
