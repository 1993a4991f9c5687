-- Every dossier detail lists its notifications: look them up by dossier, not by scanning the agency's.
CREATE INDEX notification_dossier_idx ON notification (agency_id, dossier_id, created_at);
