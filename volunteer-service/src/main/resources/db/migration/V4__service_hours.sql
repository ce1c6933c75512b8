CREATE TABLE service_hours (
    id               UUID          PRIMARY KEY,
    volunteer_id     UUID          NOT NULL REFERENCES volunteer (id),
    -- Whom the hours were given to: the deployment's host, else the volunteer's home organization at logging time.
    organization_id  UUID          NOT NULL,
    served_on        DATE          NOT NULL,
    hours            NUMERIC(4, 2) NOT NULL CHECK (hours > 0 AND hours <= 24),
    activity         TEXT          NOT NULL,
    event_id         UUID,
    deployment_id    UUID          REFERENCES deployment (id),
    verified         BOOLEAN       NOT NULL DEFAULT false,
    verified_at      TIMESTAMPTZ,
    verified_by      TEXT,
    version          BIGINT        NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL
);
CREATE INDEX service_hours_volunteer ON service_hours (volunteer_id, served_on);
CREATE INDEX service_hours_organization ON service_hours (organization_id, served_on);
CREATE INDEX service_hours_served_on ON service_hours (served_on, id);
CREATE INDEX service_hours_updated_at ON service_hours (updated_at, id);
CREATE INDEX service_hours_deployment ON service_hours (deployment_id) WHERE deployment_id IS NOT NULL;
CREATE INDEX service_hours_event ON service_hours (event_id) WHERE event_id IS NOT NULL;

CREATE TABLE service_hours_sdg (
    service_hours_id  UUID      NOT NULL REFERENCES service_hours (id),
    sdg               SMALLINT  NOT NULL CHECK (sdg BETWEEN 1 AND 17),
    PRIMARY KEY (service_hours_id, sdg)
);
CREATE INDEX service_hours_sdg_by_sdg ON service_hours_sdg (sdg, service_hours_id);
