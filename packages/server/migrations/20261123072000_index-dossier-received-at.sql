-- The tracking book (a date range) and the receipt's entry number (rank in the year's book) both
-- read dossiers by agency and reception time.

CREATE INDEX dossier_received_idx ON dossier (agency_id, received_at);
