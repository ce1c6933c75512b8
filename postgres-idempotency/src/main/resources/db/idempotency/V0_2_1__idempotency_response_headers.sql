-- The first response's headers besides Location (ETag and the like), replayed with it: JSON {"name": ["value"]}.
ALTER TABLE idempotency_key ADD COLUMN headers TEXT;
