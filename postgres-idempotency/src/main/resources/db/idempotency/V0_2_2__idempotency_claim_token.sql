-- Who holds a claim: a request completes or releases only its own, never one a retry took over from it.
ALTER TABLE idempotency_key ADD COLUMN claim_token TEXT;
