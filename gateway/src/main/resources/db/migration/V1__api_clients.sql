-- Partner systems and tools that may ask the gateway for tokens. Only a hash of each secret is kept.
CREATE TABLE api_client (
    client_id             varchar(64)  PRIMARY KEY,
    name                  varchar(200) NOT NULL,
    roles                 text[]       NOT NULL CHECK (cardinality(roles) > 0),
    organization_id       uuid,
    rate_limit_per_minute integer      CHECK (rate_limit_per_minute > 0),
    secret_hash           varchar(200) NOT NULL,
    created_at            timestamptz  NOT NULL,
    secret_rotated_at     timestamptz  NOT NULL,
    revoked_at            timestamptz
);

-- Every gateway instance re-reads the revoked clients every few seconds.
CREATE INDEX api_client_revoked ON api_client (revoked_at) WHERE revoked_at IS NOT NULL;
CREATE INDEX api_client_organization ON api_client (organization_id);
CREATE INDEX api_client_created ON api_client (created_at, client_id);
