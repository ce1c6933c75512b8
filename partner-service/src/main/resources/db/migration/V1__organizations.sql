CREATE TABLE organization (
    id          UUID         PRIMARY KEY,
    name        TEXT         NOT NULL,
    acronym     TEXT,
    type        TEXT         NOT NULL,
    country     CHAR(2)      NOT NULL,
    status      TEXT         NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX organization_updated_at ON organization (updated_at, id);
