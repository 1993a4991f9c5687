-- The postal channel at the counter (DOMAIN.md §8): pickup orders collected by the post, the
-- money collected with them, and the hand-over records (biên bản bàn giao) of every exchange of
-- paper between the post, the counter and the units.

CREATE TABLE pickup_order (
  agency_id        uuid        NOT NULL,
  id               uuid        NOT NULL DEFAULT gen_random_uuid(),
  number           integer     NOT NULL,
  source           text        NOT NULL,
  status           text        NOT NULL,
  counter_id       uuid        NOT NULL,
  procedure_id     uuid        NOT NULL,
  procedure_code   text        NOT NULL,
  procedure_name   text        NOT NULL,
  applicant_name   text        NOT NULL,
  phone            text        NOT NULL,
  address          text        NOT NULL,
  preferred_time   text        NOT NULL,
  note             text        NOT NULL DEFAULT '',
  courier_id       uuid,
  created_by       uuid,
  created_at       timestamptz NOT NULL,
  assigned_at      timestamptz,
  collected_at     timestamptz,
  handed_over_at   timestamptz,
  received_at      timestamptz,
  seal_number      text,
  documents        jsonb       NOT NULL DEFAULT '[]'::jsonb,
  dossier_id       uuid,
  cancel_reason    text,
  CONSTRAINT pickup_order_pkey PRIMARY KEY (agency_id, id),
  CONSTRAINT pickup_order_number_key UNIQUE (agency_id, number),
  CONSTRAINT pickup_order_dossier_key UNIQUE (agency_id, dossier_id),
  CONSTRAINT pickup_order_agency_fkey FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT pickup_order_counter_fkey FOREIGN KEY (agency_id, counter_id) REFERENCES counter (agency_id, id),
  CONSTRAINT pickup_order_procedure_fkey FOREIGN KEY (agency_id, procedure_id) REFERENCES procedure (agency_id, id),
  CONSTRAINT pickup_order_courier_fkey FOREIGN KEY (agency_id, courier_id) REFERENCES app_user (agency_id, id),
  CONSTRAINT pickup_order_created_by_fkey FOREIGN KEY (agency_id, created_by) REFERENCES app_user (agency_id, id),
  CONSTRAINT pickup_order_dossier_fkey FOREIGN KEY (agency_id, dossier_id) REFERENCES dossier (agency_id, id),
  CONSTRAINT pickup_order_source_check CHECK (source IN ('public', 'counter')),
  CONSTRAINT pickup_order_status_check CHECK (status IN ('requested', 'assigned', 'collected', 'handed_over', 'received', 'cancelled')),
  CONSTRAINT pickup_order_courier_check CHECK (courier_id IS NOT NULL OR status IN ('requested', 'cancelled')),
  CONSTRAINT pickup_order_seal_check CHECK (seal_number IS NOT NULL OR status IN ('requested', 'assigned', 'cancelled')),
  CONSTRAINT pickup_order_dossier_check CHECK ((dossier_id IS NOT NULL) = (status = 'received'))
);
CREATE INDEX pickup_order_status_idx ON pickup_order (agency_id, status, created_at);
CREATE INDEX pickup_order_courier_idx ON pickup_order (agency_id, courier_id, status);
COMMENT ON TABLE pickup_order IS 'A pickup order (thu gom hồ sơ): requested on the public page or by phone at the counter, assigned to a courier, collected (document check, sealed package number), handed over to the counter, then received as a postal dossier. The legal clock starts at that reception, never at pickup.';

CREATE TABLE pickup_payment (
  agency_id      uuid        NOT NULL,
  pickup_id      uuid        NOT NULL,
  kind           text        NOT NULL,
  amount_vnd     integer     NOT NULL,
  receipt_number text        NOT NULL,
  collected_at   timestamptz NOT NULL,
  CONSTRAINT pickup_payment_pkey PRIMARY KEY (agency_id, pickup_id, kind),
  CONSTRAINT pickup_payment_pickup_fkey FOREIGN KEY (agency_id, pickup_id) REFERENCES pickup_order (agency_id, id),
  CONSTRAINT pickup_payment_kind_check CHECK (kind IN ('fee', 'postal_charge')),
  CONSTRAINT pickup_payment_amount_check CHECK (amount_vnd >= 0)
);
COMMENT ON TABLE pickup_payment IS 'Money the courier collected at pickup, one line per kind with its receipt number: the procedure''s fee on the agency''s behalf, and the postal charge.';

CREATE TABLE handover_record (
  agency_id    uuid        NOT NULL,
  id           uuid        NOT NULL DEFAULT gen_random_uuid(),
  number       integer     NOT NULL,
  direction    text        NOT NULL,
  status       text        NOT NULL DEFAULT 'sent',
  unit_id      uuid,
  sender_id    uuid        NOT NULL,
  receiver_id  uuid,
  note         text        NOT NULL DEFAULT '',
  created_at   timestamptz NOT NULL,
  confirmed_at timestamptz,
  CONSTRAINT handover_record_pkey PRIMARY KEY (agency_id, id),
  CONSTRAINT handover_record_number_key UNIQUE (agency_id, number),
  CONSTRAINT handover_record_agency_fkey FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT handover_record_unit_fkey FOREIGN KEY (agency_id, unit_id) REFERENCES unit (agency_id, id),
  CONSTRAINT handover_record_sender_fkey FOREIGN KEY (agency_id, sender_id) REFERENCES app_user (agency_id, id),
  CONSTRAINT handover_record_receiver_fkey FOREIGN KEY (agency_id, receiver_id) REFERENCES app_user (agency_id, id),
  CONSTRAINT handover_record_direction_check CHECK (direction IN ('post_to_counter', 'counter_to_unit', 'unit_to_counter', 'counter_to_post')),
  CONSTRAINT handover_record_status_check CHECK (status IN ('sent', 'disputed', 'confirmed')),
  CONSTRAINT handover_record_confirmed_check CHECK ((status = 'confirmed') = (confirmed_at IS NOT NULL AND receiver_id IS NOT NULL)),
  CONSTRAINT handover_record_unit_check CHECK ((direction = 'counter_to_unit') = (unit_id IS NOT NULL))
);
CREATE INDEX handover_record_status_idx ON handover_record (agency_id, direction, status);
COMMENT ON TABLE handover_record IS 'A hand-over record (biên bản bàn giao): the sender lists what goes, the receiver confirms it (receiver_id, confirmed_at) or flags a discrepancy per item; disputed until the sender resolves every flag. unit_id is the receiving unit of a counter → unit record.';

CREATE TABLE handover_item (
  agency_id          uuid        NOT NULL,
  record_id          uuid        NOT NULL,
  ord                integer     NOT NULL,
  dossier_id         uuid,
  pickup_id          uuid,
  documents          jsonb       NOT NULL DEFAULT '[]'::jsonb,
  fee_vnd            integer     NOT NULL DEFAULT 0,
  postal_charge_vnd  integer     NOT NULL DEFAULT 0,
  result_number      text,
  removed            boolean     NOT NULL DEFAULT false,
  discrepancy_kind   text,
  discrepancy_note   text,
  flagged_at         timestamptz,
  flagged_by         uuid,
  resolution_note    text,
  resolved_at        timestamptz,
  resolved_by        uuid,
  CONSTRAINT handover_item_pkey PRIMARY KEY (agency_id, record_id, ord),
  CONSTRAINT handover_item_record_fkey FOREIGN KEY (agency_id, record_id) REFERENCES handover_record (agency_id, id),
  CONSTRAINT handover_item_dossier_fkey FOREIGN KEY (agency_id, dossier_id) REFERENCES dossier (agency_id, id),
  CONSTRAINT handover_item_pickup_fkey FOREIGN KEY (agency_id, pickup_id) REFERENCES pickup_order (agency_id, id),
  CONSTRAINT handover_item_flagged_by_fkey FOREIGN KEY (agency_id, flagged_by) REFERENCES app_user (agency_id, id),
  CONSTRAINT handover_item_resolved_by_fkey FOREIGN KEY (agency_id, resolved_by) REFERENCES app_user (agency_id, id),
  CONSTRAINT handover_item_subject_check CHECK ((dossier_id IS NULL) <> (pickup_id IS NULL)),
  CONSTRAINT handover_item_money_check CHECK (fee_vnd >= 0 AND postal_charge_vnd >= 0),
  CONSTRAINT handover_item_kind_check CHECK (discrepancy_kind IS NULL OR discrepancy_kind IN ('missing', 'damaged', 'fee_mismatch')),
  CONSTRAINT handover_item_resolution_check CHECK (resolved_at IS NULL OR discrepancy_kind IS NOT NULL)
);
CREATE INDEX handover_item_dossier_idx ON handover_item (agency_id, dossier_id) WHERE dossier_id IS NOT NULL;
CREATE INDEX handover_item_pickup_idx ON handover_item (agency_id, pickup_id) WHERE pickup_id IS NOT NULL;
COMMENT ON TABLE handover_item IS 'One dossier or pickup package on a hand-over record: the documents (name, original/copy, count) and the money handed over with it; the receiver''s discrepancy (missing, damaged, fee mismatch) and the sender''s resolution; removed = taken off the record by that resolution.';
