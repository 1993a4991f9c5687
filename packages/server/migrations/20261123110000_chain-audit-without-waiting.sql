-- Chaining audit rows no longer waits for the chain head. Until now each committing transaction
-- locked its agency's head (FOR UPDATE) inside COMMIT and kept it through its WAL flush, so the
-- audited transactions of one agency committed one after another, each also paying for the lock
-- wait (bench/README.md: about half of PostgreSQL's time per workflow action went there).
--
-- Now the committing transaction takes the head only if it is free (SKIP LOCKED) and then chains
-- every pending row it can see in id order: its own and those that transactions which found the
-- head busy committed meanwhile. A transaction that finds the head busy commits with its row
-- still pending; the next one to take the head chains it, and `audit_chain_agency(agency, true)`
-- (which waits for the head) chains what is left before the trail is read or verified, and from
-- the server's periodic sweep. Pending rows are durable: they are committed with the work they
-- record. The hash and seq rules are unchanged: SHA-256(prev_hash || hash_before || seq ||
-- hash_after), seq without gaps.

CREATE FUNCTION audit_chain_agency(agency uuid, wait boolean) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  head_seq  bigint;
  head_hash text;
  prev_hash text;
  chained   integer := 0;
  p         record;
BEGIN
  IF wait THEN
    SELECT last_seq, last_hash INTO head_seq, head_hash FROM audit_chain WHERE agency_id = agency FOR UPDATE;
  ELSE
    SELECT last_seq, last_hash INTO head_seq, head_hash FROM audit_chain WHERE agency_id = agency
      FOR UPDATE SKIP LOCKED;
  END IF;
  IF NOT FOUND THEN
    -- A busy head: whoever holds it, or a later chainer, chains the rows left pending.
    IF NOT wait AND EXISTS (SELECT 1 FROM audit_chain WHERE agency_id = agency) THEN
      RETURN -1;
    END IF;
    -- The agency's first audit row (a concurrent first one may create the head first).
    INSERT INTO audit_chain (agency_id, last_seq, last_hash) VALUES (agency, 0, repeat('0', 64))
      ON CONFLICT (agency_id) DO NOTHING;
    IF wait THEN
      SELECT last_seq, last_hash INTO STRICT head_seq, head_hash FROM audit_chain WHERE agency_id = agency FOR UPDATE;
    ELSE
      SELECT last_seq, last_hash INTO head_seq, head_hash FROM audit_chain WHERE agency_id = agency
        FOR UPDATE SKIP LOCKED;
      IF NOT FOUND THEN
        RETURN -1;
      END IF;
    END IF;
  END IF;
  -- READ COMMITTED: committed rows and this transaction's own; others' open rows are not seen.
  FOR p IN SELECT * FROM audit_pending WHERE agency_id = agency ORDER BY id LOOP
    prev_hash := head_hash;
    head_seq := head_seq + 1;
    head_hash := encode(sha256(convert_to(prev_hash || p.hash_before || head_seq::text || p.hash_after, 'UTF8')),
      'hex');
    INSERT INTO audit_log (agency_id, seq, occurred_at, actor_id, actor_name, action, target_type, target_id,
        request_id, client_ip, details, prev_hash, hash)
      VALUES (agency, head_seq, p.occurred_at, p.actor_id, p.actor_name, p.action, p.target_type, p.target_id,
        p.request_id, p.client_ip, p.details, prev_hash, head_hash);
    DELETE FROM audit_pending WHERE agency_id = agency AND id = p.id;
    chained := chained + 1;
  END LOOP;
  IF chained > 0 THEN
    UPDATE audit_chain SET last_seq = head_seq, last_hash = head_hash WHERE agency_id = agency;
  END IF;
  RETURN chained;
END
$$;
COMMENT ON FUNCTION audit_chain_agency(uuid, boolean) IS 'Chains the agency''s pending audit rows visible to the caller, in id order; with wait = false returns -1 at once when another transaction holds the chain head.';

CREATE OR REPLACE FUNCTION audit_chain_pending() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- An earlier firing in this COMMIT may have chained this row already, with the others.
  IF EXISTS (SELECT 1 FROM audit_pending WHERE agency_id = NEW.agency_id AND id = NEW.id) THEN
    PERFORM audit_chain_agency(NEW.agency_id, false);
  END IF;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION audit_chain_pending() IS 'At commit, chains the transaction''s pending audit rows (and others left pending) unless the chain head is busy (see audit_chain_agency).';

COMMENT ON TABLE audit_pending IS 'Audit rows not yet in the hash chain: rows of open transactions, and committed rows whose transaction found the chain head busy at commit; audit_chain_agency moves them into audit_log (with their seq and hash) in id order.';
