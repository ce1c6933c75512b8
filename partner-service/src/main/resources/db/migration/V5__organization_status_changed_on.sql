-- The day an organization took its current status, as a status move names it ("on"): a move repeated with the same
-- day is a no-op. Unknown (null) for organizations whose status last changed before the day was kept.
ALTER TABLE organization ADD COLUMN status_changed_on DATE;
