-- Results returned by post (DOMAIN.md §8): a parcel per dispatch, tracked by its UPU S10 number,
-- and the status reports its carrier sends to the signed webhook.

CREATE TABLE shipment (
  agency_id         uuid        NOT NULL,
  id                uuid        NOT NULL DEFAULT gen_random_uuid(),
  dossier_id        uuid        NOT NULL,
  carrier_id        text        NOT NULL,
  tracking_number   text        NOT NULL,
  status            text        NOT NULL DEFAULT 'dispatched',
  status_at         timestamptz NOT NULL,
  recipient_name    text        NOT NULL,
  recipient_address text        NOT NULL,
  recipient_phone   text        NOT NULL,
  delivered_at      timestamptz,
  delivered_to      text,
  failure_reason    text,
  created_at        timestamptz NOT NULL,
  created_by        uuid,
  CONSTRAINT shipment_pkey PRIMARY KEY (agency_id, id),
  CONSTRAINT shipment_dossier_fkey FOREIGN KEY (agency_id, dossier_id) REFERENCES dossier (agency_id, id),
  CONSTRAINT shipment_created_by_fkey FOREIGN KEY (agency_id, created_by) REFERENCES app_user (agency_id, id),
  CONSTRAINT shipment_tracking_number_key UNIQUE (carrier_id, tracking_number),
  CONSTRAINT shipment_tracking_number_check CHECK (tracking_number ~ '^[A-Z]{2}[0-9]{9}[A-Z]{2}$'),
  CONSTRAINT shipment_status_check CHECK (status IN ('dispatched', 'accepted', 'in_transit', 'out_for_delivery', 'delivered', 'failed')),
  CONSTRAINT shipment_delivered_check CHECK ((status = 'delivered') = (delivered_at IS NOT NULL))
);
-- At most one parcel under way per dossier; failed ones stay for the record beside a re-dispatch.
CREATE UNIQUE INDEX shipment_active_key ON shipment (agency_id, dossier_id) WHERE status NOT IN ('delivered', 'failed');
CREATE INDEX shipment_dossier_idx ON shipment (agency_id, dossier_id, created_at);
CREATE INDEX shipment_status_idx ON shipment (agency_id, status, status_at);
COMMENT ON TABLE shipment IS 'A result sent by post: one row per dispatch (a failed delivery and its re-dispatch are two rows). tracking_number is a validated S10 number, unique per carrier; status only moves forward (dispatched < accepted < in_transit < out_for_delivery < delivered | failed).';

CREATE TABLE shipment_event (
  agency_id      uuid        NOT NULL,
  id             uuid        NOT NULL DEFAULT gen_random_uuid(),
  shipment_id    uuid        NOT NULL,
  carrier_id     text        NOT NULL,
  event_id       text        NOT NULL,
  status         text        NOT NULL,
  occurred_at    timestamptz NOT NULL,
  received_at    timestamptz NOT NULL,
  applied        boolean     NOT NULL,
  recipient_name text,
  reason         text,
  location       text,
  CONSTRAINT shipment_event_pkey PRIMARY KEY (agency_id, id),
  CONSTRAINT shipment_event_shipment_fkey FOREIGN KEY (agency_id, shipment_id) REFERENCES shipment (agency_id, id),
  CONSTRAINT shipment_event_event_id_key UNIQUE (carrier_id, event_id),
  CONSTRAINT shipment_event_status_check CHECK (status IN ('accepted', 'in_transit', 'out_for_delivery', 'delivered', 'failed'))
);
CREATE INDEX shipment_event_shipment_idx ON shipment_event (agency_id, shipment_id, occurred_at);
COMMENT ON TABLE shipment_event IS 'Status reports of carriers, as received through the signed webhook. (carrier_id, event_id) is unique: a replayed report has no second effect. applied = false: a late (out-of-order) report kept for the record that moved nothing.';
