-- A volunteer-facing client (a mobile app backend acting for one volunteer) speaks for that volunteer only.
ALTER TABLE api_client ADD COLUMN volunteer_id uuid;
CREATE INDEX api_client_volunteer ON api_client (volunteer_id);
