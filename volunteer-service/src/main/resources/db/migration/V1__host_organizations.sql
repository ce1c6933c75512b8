-- Read-only replica of partner-service's organizations, fed by partner.organizations events.
CREATE TABLE host_organization (
    id          UUID         PRIMARY KEY,
    name        TEXT         NOT NULL,
    country     CHAR(2)      NOT NULL,
    status      TEXT         NOT NULL,
    -- Sequence of the last applied event: older or repeated events leave the row as it is.
    sequence    BIGINT       NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX host_organization_updated_at ON host_organization (updated_at, id);
