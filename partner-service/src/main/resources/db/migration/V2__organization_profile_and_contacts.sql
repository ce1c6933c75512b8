-- Organization profile: translations, derived region, SDG focus, hub flag, membership date; words for search.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE organization
    ADD COLUMN name_translations  JSONB      NOT NULL DEFAULT '{}',
    ADD COLUMN subregion          TEXT,
    ADD COLUMN region             TEXT,
    ADD COLUMN sdgs               INTEGER[]  NOT NULL DEFAULT '{}',
    ADD COLUMN website            TEXT,
    ADD COLUMN hub                BOOLEAN    NOT NULL DEFAULT false,
    ADD COLUMN joined_network_on  DATE,
    ADD COLUMN search_text        TEXT       NOT NULL DEFAULT '';

UPDATE organization SET search_text = lower(name || E'\n' || coalesce(acronym, ''));

-- One index behind every list filter and sort.
CREATE INDEX organization_country   ON organization (country);
CREATE INDEX organization_region    ON organization (region);
CREATE INDEX organization_subregion ON organization (subregion);
CREATE INDEX organization_type      ON organization (type);
CREATE INDEX organization_status    ON organization (status);
CREATE INDEX organization_hub       ON organization (hub) WHERE hub;
CREATE INDEX organization_sdgs      ON organization USING GIN (sdgs);
CREATE INDEX organization_words     ON organization USING GIN (search_text gin_trgm_ops);
CREATE INDEX organization_name      ON organization (name, id);
CREATE INDEX organization_joined    ON organization (joined_network_on, id);
CREATE INDEX organization_created   ON organization (created_at, id);

CREATE TABLE organization_contact (
    id                  UUID         PRIMARY KEY,
    organization_id     UUID         NOT NULL REFERENCES organization (id),
    name                TEXT         NOT NULL,
    role                TEXT,
    email               TEXT,
    phone               TEXT,
    preferred_language  TEXT,
    created_at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX organization_contact_organization ON organization_contact (organization_id, created_at);
