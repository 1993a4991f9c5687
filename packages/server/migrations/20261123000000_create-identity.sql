-- Identity, access and audit: agencies with their units and counters, staff users,
-- sessions, the hash-chained audit trail, and the per-agency working calendar.
-- Agency-owned tables lead their primary key with agency_id, and foreign keys between them
-- include it: a row can never point into another agency, and the schema can be sharded by
-- agency later (a distributed PostgreSQL needs the distribution column in every key).

CREATE TABLE agency (
  id           uuid        NOT NULL DEFAULT gen_random_uuid(),
  code         text        NOT NULL,
  name         text        NOT NULL,
  timezone     text        NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
  valid_from   date        NOT NULL,
  valid_to     date,
  successor_id uuid,
  created_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT agency_pkey PRIMARY KEY (id),
  CONSTRAINT agency_code_key UNIQUE (code),
  CONSTRAINT agency_successor_fkey FOREIGN KEY (successor_id) REFERENCES agency (id),
  CONSTRAINT agency_validity_check CHECK (valid_to IS NULL OR valid_to >= valid_from),
  CONSTRAINT agency_successor_check CHECK (successor_id IS NULL OR successor_id <> id)
);
COMMENT ON TABLE agency IS 'An administrative agency (e.g. Sở Y tế tỉnh Lâm Đồng). code is the national agency identifier (QCVN 102:2016); agencies merged in 2025 keep their rows with valid_to and a successor link so old dossiers keep the names they were received under.';

CREATE TABLE unit (
  agency_id    uuid NOT NULL,
  id           uuid NOT NULL DEFAULT gen_random_uuid(),
  code         text NOT NULL,
  name         text NOT NULL,
  kind         text NOT NULL,
  valid_from   date NOT NULL DEFAULT DATE '2025-07-01',
  valid_to     date,
  successor_id uuid,
  CONSTRAINT unit_pkey PRIMARY KEY (agency_id, id),
  CONSTRAINT unit_code_key UNIQUE (agency_id, code),
  CONSTRAINT unit_agency_fkey FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT unit_successor_fkey FOREIGN KEY (agency_id, successor_id) REFERENCES unit (agency_id, id),
  CONSTRAINT unit_kind_check CHECK (kind IN ('office', 'professional', 'inspection', 'finance', 'counter')),
  CONSTRAINT unit_validity_check CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
COMMENT ON TABLE unit IS 'An internal unit of an agency (Văn phòng Sở, Phòng Nghiệp vụ Dược…). Dossiers are routed to units by procedure.';

CREATE TABLE counter (
  agency_id uuid NOT NULL,
  id        uuid NOT NULL DEFAULT gen_random_uuid(),
  code      text NOT NULL,
  name      text NOT NULL,
  location  text NOT NULL,
  CONSTRAINT counter_pkey PRIMARY KEY (agency_id, id),
  CONSTRAINT counter_code_key UNIQUE (agency_id, code),
  CONSTRAINT counter_agency_fkey FOREIGN KEY (agency_id) REFERENCES agency (id)
);
COMMENT ON TABLE counter IS 'A one-stop counter (Bộ phận một cửa) where the agency receives dossiers and returns results; code is the receiving-unit identifier that prefixes dossier codes.';

CREATE TABLE app_user (
  agency_id     uuid        NOT NULL,
  id            uuid        NOT NULL DEFAULT gen_random_uuid(),
  username      text        NOT NULL,
  full_name     text        NOT NULL,
  role          text        NOT NULL,
  unit_id       uuid,
  password_hash text        NOT NULL,
  is_active     boolean     NOT NULL DEFAULT true,
  failed_logins integer     NOT NULL DEFAULT 0,
  locked_until  timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT app_user_pkey PRIMARY KEY (agency_id, id),
  CONSTRAINT app_user_id_key UNIQUE (id),
  -- Sign-in names a user by username alone, so usernames are unique across agencies.
  CONSTRAINT app_user_username_key UNIQUE (username),
  CONSTRAINT app_user_agency_fkey FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT app_user_unit_fkey FOREIGN KEY (agency_id, unit_id) REFERENCES unit (agency_id, id),
  CONSTRAINT app_user_role_check CHECK (role IN ('administrator', 'counter_clerk', 'courier', 'specialist', 'unit_head', 'leader', 'records_officer', 'focal_officer', 'inspector')),
  CONSTRAINT app_user_failed_logins_check CHECK (failed_logins >= 0)
);
COMMENT ON TABLE app_user IS 'A staff user. Every user belongs to exactly one agency; password_hash is argon2id.';

CREATE TABLE session (
  token_hash   text        NOT NULL,
  agency_id    uuid        NOT NULL,
  user_id      uuid        NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  client_ip    text,
  CONSTRAINT session_pkey PRIMARY KEY (token_hash),
  CONSTRAINT session_user_fkey FOREIGN KEY (agency_id, user_id) REFERENCES app_user (agency_id, id) ON DELETE CASCADE
);
CREATE INDEX session_user_idx ON session (agency_id, user_id);
COMMENT ON TABLE session IS 'A signed-in session. Only the SHA-256 of the cookie token is stored, so a database leak does not leak live sessions.';

CREATE TABLE audit_log (
  agency_id   uuid        NOT NULL,
  seq         bigint      NOT NULL,
  occurred_at timestamptz NOT NULL,
  actor_id    uuid,
  actor_name  text,
  action      text        NOT NULL,
  target_type text        NOT NULL,
  target_id   text,
  request_id  text,
  client_ip   text,
  details     jsonb       NOT NULL DEFAULT '{}'::jsonb,
  prev_hash   text        NOT NULL,
  hash        text        NOT NULL,
  CONSTRAINT audit_log_pkey PRIMARY KEY (agency_id, seq),
  CONSTRAINT audit_log_agency_fkey FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT audit_log_seq_check CHECK (seq >= 1)
);
COMMENT ON TABLE audit_log IS 'Append-only audit trail, one hash chain per agency: hash = SHA-256(prev_hash + canonical row). `audit verify` recomputes the chain and names the first changed or missing row.';

CREATE TABLE audit_chain (
  agency_id uuid   NOT NULL,
  last_seq  bigint NOT NULL DEFAULT 0,
  last_hash text   NOT NULL,
  CONSTRAINT audit_chain_pkey PRIMARY KEY (agency_id),
  CONSTRAINT audit_chain_agency_fkey FOREIGN KEY (agency_id) REFERENCES agency (id)
);
COMMENT ON TABLE audit_chain IS 'Head of each agency''s audit chain. Appending locks this row, which serialises concurrent appends and lets verify detect rows removed from the end.';

CREATE TABLE calendar_day (
  agency_id uuid    NOT NULL,
  day       date    NOT NULL,
  kind      text    NOT NULL,
  name      text    NOT NULL,
  confirmed boolean NOT NULL DEFAULT true,
  CONSTRAINT calendar_day_pkey PRIMARY KEY (agency_id, day),
  CONSTRAINT calendar_day_agency_fkey FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT calendar_day_kind_check CHECK (kind IN ('day_off', 'working_day'))
);
COMMENT ON TABLE calendar_day IS 'Exceptions to the Monday–Friday working week, per agency: public holidays and swapped days off (day_off), and swapped working Saturdays (working_day). Maintained by the administrator; seeded from the government''s announced schedule.';
