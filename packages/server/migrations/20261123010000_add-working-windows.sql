-- Per-agency working windows (DOMAIN.md §7): the daily hours that count on the legal clock,
-- 07:00–11:30 and 13:30–17:00 unless the agency decides otherwise. Stored as JSON because the
-- calendar reads them whole; their format (HH:MM, sorted, not overlapping) is checked by the
-- core calendar when an administrator saves them, the database only guards the shape.

ALTER TABLE agency
  ADD COLUMN working_windows jsonb NOT NULL
    DEFAULT '[{"start":"07:00","end":"11:30"},{"start":"13:30","end":"17:00"}]'::jsonb;

ALTER TABLE agency
  ADD CONSTRAINT agency_working_windows_check
    CHECK (jsonb_typeof(working_windows) = 'array' AND working_windows <> '[]'::jsonb);

COMMENT ON COLUMN agency.working_windows IS 'Daily working windows in the agency''s local time, e.g. [{"start":"07:00","end":"11:30"},{"start":"13:30","end":"17:00"}]: a non-empty JSON array, sorted and not overlapping. One working day is the sum of the windows; counting skips weekends and calendar_day days off, and includes calendar_day working days.';
