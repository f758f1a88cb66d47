-- A coach moves a meeting to another of their free times; the participant is told on
-- "Min väg" until seen ("Anna flyttade ditt möte från tisdag 10:00 till torsdag 13:00").
-- Who moved it last, when, and from which start.
ALTER TABLE bookings ADD COLUMN moved_at INTEGER;
ALTER TABLE bookings ADD COLUMN moved_by INTEGER REFERENCES users(id) ON DELETE SET NULL;
ALTER TABLE bookings ADD COLUMN moved_from INTEGER;
