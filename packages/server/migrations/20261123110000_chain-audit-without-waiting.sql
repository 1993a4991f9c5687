-- Audit rows are chained in batches after their commit, no longer inside it. Until now each
-- committing transaction locked its agency's chain head (FOR UPDATE) inside COMMIT and kept it
-- through its WAL flush: the audited transactions of one agency committed one after another, each
-- paying for the lock wait and for chaining its own row (bench/README.md: about half of
-- PostgreSQL's time per workflow action).
--
-- Now a transaction only inserts its pending row (durable with the work it records, no lock), and
-- `audit_chain_agency` chains every committed pending row of an agency in one transaction, in id
-- order: the server calls it every second (audit-sweep.ts) and before the trail is listed or
-- verified (chainPendingAudit), so every reader sees every row committed before it asked. The
-- hash and seq rules are unchanged: SHA-256(prev_hash || hash_before || seq || hash_after), seq
-- without gaps, one chain per agency, the head's lock serialising chainers.

DROP TRIGGER audit_pending_chain ON audit_pending;
DROP FUNCTION audit_chain_pending();

CREATE FUNCTION audit_chain_agency(agency uuid) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  head_seq  bigint;
  head_hash text;
  prev_hash text;
  chained   bigint[] := '{}';
  p         record;
BEGIN
  -- The agency's first audit row creates its head (a concurrent chainer may create it first).
  INSERT INTO audit_chain (agency_id, last_seq, last_hash) VALUES (agency, 0, repeat('0', 64))
    ON CONFLICT (agency_id) DO NOTHING;
  -- Another chainer of this agency finishes first; then its rows are no longer pending here.
  SELECT last_seq, last_hash INTO STRICT head_seq, head_hash FROM audit_chain WHERE agency_id = agency FOR UPDATE;
  -- A statement of its own, so READ COMMITTED shows every row committed before the lock was had.
  FOR p IN SELECT * FROM audit_pending WHERE agency_id = agency ORDER BY id LOOP
    prev_hash := head_hash;
    head_seq := head_seq + 1;
    head_hash := encode(sha256(convert_to(prev_hash || p.hash_before || head_seq::text || p.hash_after, 'UTF8')),
      'hex');
    INSERT INTO audit_log (agency_id, seq, occurred_at, actor_id, actor_name, action, target_type, target_id,
        request_id, client_ip, details, prev_hash, hash)
      VALUES (agency, head_seq, p.occurred_at, p.actor_id, p.actor_name, p.action, p.target_type, p.target_id,
        p.request_id, p.client_ip, p.details, prev_hash, head_hash);
    chained := chained || p.id;
  END LOOP;
  IF cardinality(chained) > 0 THEN
    -- Exactly the rows chained: one with a smaller id may have committed after the loop began.
    DELETE FROM audit_pending WHERE agency_id = agency AND id = ANY (chained);
    UPDATE audit_chain SET last_seq = head_seq, last_hash = head_hash WHERE agency_id = agency;
  END IF;
  RETURN cardinality(chained);
END
$$;
COMMENT ON FUNCTION audit_chain_agency(uuid) IS 'Chains the agency''s committed pending audit rows into audit_log in id order, under the chain head''s lock; returns how many.';

COMMENT ON TABLE audit_pending IS 'Audit rows committed with the work they record and not yet in the hash chain; audit_chain_agency moves them into audit_log (with their seq and hash) within a second, and before the trail is read.';
