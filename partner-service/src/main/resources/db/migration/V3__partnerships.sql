CREATE TABLE partnership (
    id            UUID         PRIMARY KEY,
    title         TEXT         NOT NULL,
    description   TEXT,
    kind          TEXT         NOT NULL,
    status        TEXT         NOT NULL,
    sdg_targets   TEXT[]       NOT NULL DEFAULT '{}',
    sdg_goals     INTEGER[]    NOT NULL DEFAULT '{}',
    countries     TEXT[]       NOT NULL DEFAULT '{}',
    regions       TEXT[]       NOT NULL DEFAULT '{}',
    starts_on     DATE,
    ends_on       DATE,
    signed_on     DATE,
    activated_on  DATE,
    renewed_on    DATE,
    closed_on     DATE,
    documents     JSONB        NOT NULL DEFAULT '[]',
    search_text   TEXT         NOT NULL,
    version       BIGINT       NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT partnership_term CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on > starts_on)
);

-- One organization may hold several roles in one agreement (e.g. funding and accountable).
CREATE TABLE partnership_party (
    partnership_id   UUID  NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    organization_id  UUID  NOT NULL REFERENCES organization (id),
    role             TEXT  NOT NULL,
    PRIMARY KEY (partnership_id, organization_id, role)
);
CREATE INDEX partnership_party_organization ON partnership_party (organization_id, partnership_id);

CREATE INDEX partnership_kind      ON partnership (kind);
CREATE INDEX partnership_status    ON partnership (status);
CREATE INDEX partnership_sdg_goals ON partnership USING GIN (sdg_goals);
CREATE INDEX partnership_countries ON partnership USING GIN (countries);
CREATE INDEX partnership_regions   ON partnership USING GIN (regions);
CREATE INDEX partnership_words     ON partnership USING GIN (search_text gin_trgm_ops);
CREATE INDEX partnership_updated   ON partnership (updated_at, id);
CREATE INDEX partnership_created   ON partnership (created_at, id);
CREATE INDEX partnership_title     ON partnership (title, id);
CREATE INDEX partnership_term_idx  ON partnership (starts_on, ends_on);
