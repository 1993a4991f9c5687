-- Audit rows are chained at commit: a use case's transaction records the row as pending (no
-- lock), and a deferred constraint trigger, which PostgreSQL fires inside COMMIT, locks the
-- agency's chain head, gives the row its seq and hash, moves the head and removes the pending
-- row. The head lock is thus held from the commit's start to its end (WAL flush included), never
-- across a round trip to the application, which may be busy with other requests meanwhile.
CREATE TABLE audit_pending (
  agency_id   uuid        NOT NULL,
  id          bigint      GENERATED ALWAYS AS IDENTITY,
  occurred_at timestamptz NOT NULL,
  actor_id    uuid,
  actor_name  text,
  action      text        NOT NULL,
  target_type text        NOT NULL,
  target_id   text,
  request_id  text,
  client_ip   text,
  details     jsonb       NOT NULL,
  -- The canonical JSON the hash covers, cut around seq (canonicalAroundSeq in the server): the
  -- hash is SHA-256(prev_hash || hash_before || seq || hash_after), exactly what verify recomputes.
  hash_before text        NOT NULL,
  hash_after  text        NOT NULL,
  CONSTRAINT audit_pending_pkey PRIMARY KEY (agency_id, id),
  CONSTRAINT audit_pending_agency_fkey FOREIGN KEY (agency_id) REFERENCES agency (id)
);
COMMENT ON TABLE audit_pending IS 'Audit rows of transactions not yet committed; the deferred trigger audit_pending_chain moves each into audit_log (with its seq and hash) as the transaction commits, so the table is empty outside open transactions.';

CREATE FUNCTION audit_chain_pending() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  head_seq  bigint;
  head_hash text;
  next_hash text;
BEGIN
  -- READ COMMITTED: a waiter reads the head its predecessor committed.
  SELECT last_seq, last_hash INTO head_seq, head_hash
    FROM audit_chain WHERE agency_id = NEW.agency_id FOR UPDATE;
  IF NOT FOUND THEN
    -- The agency's first audit row (a concurrent first one may create the head first).
    INSERT INTO audit_chain (agency_id, last_seq, last_hash) VALUES (NEW.agency_id, 0, repeat('0', 64))
      ON CONFLICT (agency_id) DO NOTHING;
    SELECT last_seq, last_hash INTO STRICT head_seq, head_hash
      FROM audit_chain WHERE agency_id = NEW.agency_id FOR UPDATE;
  END IF;
  next_hash := encode(sha256(convert_to(head_hash || NEW.hash_before || (head_seq + 1)::text || NEW.hash_after,
    'UTF8')), 'hex');
  INSERT INTO audit_log (agency_id, seq, occurred_at, actor_id, actor_name, action, target_type, target_id,
      request_id, client_ip, details, prev_hash, hash)
    VALUES (NEW.agency_id, head_seq + 1, NEW.occurred_at, NEW.actor_id, NEW.actor_name, NEW.action,
      NEW.target_type, NEW.target_id, NEW.request_id, NEW.client_ip, NEW.details, head_hash, next_hash);
  UPDATE audit_chain SET last_seq = head_seq + 1, last_hash = next_hash WHERE agency_id = NEW.agency_id;
  DELETE FROM audit_pending WHERE agency_id = NEW.agency_id AND id = NEW.id;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION audit_chain_pending() IS 'Chains one pending audit row into audit_log at commit (see audit_pending).';

CREATE CONSTRAINT TRIGGER audit_pending_chain AFTER INSERT ON audit_pending
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_chain_pending();

-- The detail of a dossier (also the answer to every action) lists its files per document; without
-- this index that was a scan of every file of every agency (the foreign key to dossier_document
-- has no index of its own on this side).
CREATE INDEX dossier_file_document_idx ON dossier_file (agency_id, dossier_id, document_ord);
