-- Notifications to applicants (e.g. the leader-approved apology and new appointment, Decree 118).
-- Written in the same transaction as the event that causes them (an outbox), delivered after
-- commit by the notification sender, so a failed mail server never undoes a dossier action.

CREATE TABLE notification (
  agency_id   uuid        NOT NULL,
  id          uuid        NOT NULL DEFAULT gen_random_uuid(),
  dossier_id  uuid        NOT NULL,
  kind        text        NOT NULL,
  channel     text        NOT NULL,
  recipient   text        NOT NULL,
  subject     text        NOT NULL,
  body        text        NOT NULL,
  status      text        NOT NULL DEFAULT 'pending',
  attempts    integer     NOT NULL DEFAULT 0,
  last_error  text,
  created_at  timestamptz NOT NULL,
  sent_at     timestamptz,
  CONSTRAINT notification_pkey PRIMARY KEY (agency_id, id),
  CONSTRAINT notification_dossier_fkey FOREIGN KEY (agency_id, dossier_id) REFERENCES dossier (agency_id, id),
  CONSTRAINT notification_channel_check CHECK (channel IN ('email')),
  CONSTRAINT notification_status_check CHECK (status IN ('pending', 'sent', 'failed'))
);
CREATE INDEX notification_pending_idx ON notification (created_at) WHERE status = 'pending';
COMMENT ON TABLE notification IS 'Outbox of messages to applicants; pending rows are sent after commit and retried (status failed after 5 attempts).';
