-- The procedure catalog (DOMAIN.md §4): procedures change only through announcement decisions
-- (quyết định công bố). Publishing a decision turns each of its changes into a new, complete
-- version of a procedure; the version in force at an instant is the one whose
-- [effective_from, effective_to) contains it.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (its dictionary could change), so it cannot feed an index or a
-- generated column. The dictionary is fixed here, so this wrapper is safely IMMUTABLE.
-- It also folds đ/Đ, which unaccent maps to d/D, and lower-cases.
CREATE FUNCTION motcua_search_text(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN lower(unaccent('unaccent'::regdictionary, value));
COMMENT ON FUNCTION motcua_search_text(text) IS 'Diacritic-insensitive, lower-case form of Vietnamese text for search.';

CREATE TABLE announcement_decision (
  agency_id      uuid        NOT NULL,
  id             uuid        NOT NULL DEFAULT gen_random_uuid(),
  number         text        NOT NULL,
  title          text        NOT NULL,
  signed_on      date        NOT NULL,
  signer         text        NOT NULL,
  effective_from date        NOT NULL,
  status         text        NOT NULL DEFAULT 'draft',
  created_by     uuid,
  created_at     timestamptz NOT NULL DEFAULT now(),
  published_at   timestamptz,
  published_by   uuid,
  CONSTRAINT announcement_decision_pkey PRIMARY KEY (agency_id, id),
  CONSTRAINT announcement_decision_number_key UNIQUE (agency_id, number),
  CONSTRAINT announcement_decision_agency_fkey FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT announcement_decision_status_check CHECK (status IN ('draft', 'published')),
  CONSTRAINT announcement_decision_published_check CHECK ((status = 'published') = (published_at IS NOT NULL)),
  CONSTRAINT announcement_decision_dates_check CHECK (effective_from >= signed_on)
);
COMMENT ON TABLE announcement_decision IS 'An announcement decision (quyết định công bố) that adds, amends, replaces or abolishes procedures. Drafts are edited by the focal officer; a published decision never changes again.';

CREATE TABLE decision_change (
  agency_id        uuid    NOT NULL,
  id               uuid    NOT NULL DEFAULT gen_random_uuid(),
  decision_id      uuid    NOT NULL,
  kind             text    NOT NULL,
  procedure_code   text    NOT NULL,
  replacement_code text,
  content          jsonb,
  created_at       timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT decision_change_pkey PRIMARY KEY (agency_id, id),
  CONSTRAINT decision_change_procedure_key UNIQUE (agency_id, decision_id, procedure_code),
  CONSTRAINT decision_change_decision_fkey FOREIGN KEY (agency_id, decision_id)
    REFERENCES announcement_decision (agency_id, id) ON DELETE CASCADE,
  CONSTRAINT decision_change_kind_check CHECK (kind IN ('new', 'amend', 'replace', 'abolish')),
  CONSTRAINT decision_change_content_check CHECK ((kind = 'abolish') = (content IS NULL)),
  CONSTRAINT decision_change_replacement_check CHECK ((kind = 'replace') = (replacement_code IS NOT NULL))
);
COMMENT ON TABLE decision_change IS 'One change listed in a decision: new / amend / replace carry the complete new content; abolish carries none. procedure_code names the procedure changed (for replace, the one replaced).';

CREATE TABLE procedure (
  agency_id  uuid        NOT NULL,
  id         uuid        NOT NULL DEFAULT gen_random_uuid(),
  code       text        NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT procedure_pkey PRIMARY KEY (agency_id, id),
  CONSTRAINT procedure_code_key UNIQUE (agency_id, code),
  CONSTRAINT procedure_agency_fkey FOREIGN KEY (agency_id) REFERENCES agency (id)
);
COMMENT ON TABLE procedure IS 'The identity of a procedure (thủ tục hành chính) in an agency''s catalog; its content lives in procedure_version.';

CREATE TABLE procedure_version (
  agency_id      uuid        NOT NULL,
  id             uuid        NOT NULL DEFAULT gen_random_uuid(),
  procedure_id   uuid        NOT NULL,
  version_no     integer     NOT NULL,
  decision_id    uuid        NOT NULL,
  change_kind    text        NOT NULL,
  effective_from timestamptz NOT NULL,
  effective_to   timestamptz,
  is_abolished   boolean     NOT NULL DEFAULT false,
  content        jsonb       NOT NULL,
  name           text        NOT NULL,
  field          text        NOT NULL,
  -- Denormalised from content for search and filters, so neither reads the (TOASTed) document.
  code           text        GENERATED ALWAYS AS (content ->> 'code') STORED,
  search_text    text        GENERATED ALWAYS AS (motcua_search_text(name || ' ' || field || ' ' || (content ->> 'code'))) STORED,
  by_counter     boolean     GENERATED ALWAYS AS ((content -> 'channels' ->> 'counter')::boolean) STORED,
  by_post        boolean     GENERATED ALWAYS AS ((content -> 'channels' ->> 'postReceipt')::boolean OR (content -> 'channels' ->> 'postReturn')::boolean) STORED,
  online         text        GENERATED ALWAYS AS (content -> 'channels' ->> 'online') STORED,
  search_tsv     tsvector    GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, motcua_search_text(name || ' ' || field || ' ' || (content ->> 'code')))) STORED,
  CONSTRAINT procedure_version_pkey PRIMARY KEY (agency_id, id),
  CONSTRAINT procedure_version_no_key UNIQUE (agency_id, procedure_id, version_no),
  CONSTRAINT procedure_version_procedure_fkey FOREIGN KEY (agency_id, procedure_id) REFERENCES procedure (agency_id, id),
  CONSTRAINT procedure_version_decision_fkey FOREIGN KEY (agency_id, decision_id) REFERENCES announcement_decision (agency_id, id),
  CONSTRAINT procedure_version_kind_check CHECK (change_kind IN ('new', 'amend', 'replace', 'abolish')),
  CONSTRAINT procedure_version_interval_check CHECK (effective_to IS NULL OR effective_to >= effective_from)
);
CREATE INDEX procedure_version_in_force_idx ON procedure_version (agency_id, effective_from, effective_to);
CREATE INDEX procedure_version_search_idx ON procedure_version USING gin (search_tsv);
COMMENT ON TABLE procedure_version IS 'A complete published version of a procedure, in force over [effective_from, effective_to). An abolition is a version with is_abolished (its content is the last content, kept for history). Dossiers pin the version in force when they are received.';

CREATE TABLE search_word (
  agency_id uuid NOT NULL,
  word      text NOT NULL,
  CONSTRAINT search_word_pkey PRIMARY KEY (agency_id, word),
  CONSTRAINT search_word_agency_fkey FOREIGN KEY (agency_id) REFERENCES agency (id)
);
CREATE INDEX search_word_trgm_idx ON search_word USING gist (word gist_trgm_ops);
COMMENT ON TABLE search_word IS 'Every word of an agency''s procedure names and fields, unaccented: the vocabulary a misspelt search word is corrected against (nearest by trigram distance), before a full-text search.';
