-- Contacts change through merge patches with If-Match like every other resource: a revision and a change time.
ALTER TABLE organization_contact
    ADD COLUMN version     BIGINT       NOT NULL DEFAULT 0,
    ADD COLUMN updated_at  TIMESTAMPTZ;

UPDATE organization_contact SET updated_at = created_at;
ALTER TABLE organization_contact ALTER COLUMN updated_at SET NOT NULL;
