-- btree_gist lets one exclusion constraint combine equality on the volunteer with overlap of date ranges.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE deployment (
    id                       UUID         PRIMARY KEY,
    volunteer_id             UUID         NOT NULL REFERENCES volunteer (id),
    sending_organization_id  UUID         NOT NULL,
    host_organization_id     UUID         NOT NULL,
    country                  CHAR(2)      NOT NULL,
    programme                TEXT         NOT NULL,
    role                     TEXT         NOT NULL,
    planned_start            DATE         NOT NULL,
    planned_end              DATE         NOT NULL,
    -- Set when the deployment ended before its planned end.
    ended_on                 DATE,
    status                   TEXT         NOT NULL,
    needs_review             BOOLEAN      NOT NULL DEFAULT false,
    review_reason            TEXT,
    version                  BIGINT       NOT NULL,
    created_at               TIMESTAMPTZ  NOT NULL,
    updated_at               TIMESTAMPTZ  NOT NULL,
    CHECK (planned_end > planned_start),
    -- A volunteer never holds two deployments whose dates (both included) overlap, whatever races the requests
    -- run: the second insert waits for the first to commit and then fails. Cancelled deployments do not count.
    CONSTRAINT deployment_no_overlap EXCLUDE USING gist (
        volunteer_id WITH =,
        daterange(planned_start, coalesce(ended_on, planned_end), '[]') WITH &&
    ) WHERE (status <> 'CANCELLED')
);
CREATE INDEX deployment_volunteer ON deployment (volunteer_id, planned_start);
CREATE INDEX deployment_host_status ON deployment (host_organization_id, status);
CREATE INDEX deployment_country ON deployment (country, volunteer_id);
CREATE INDEX deployment_programme ON deployment (programme, volunteer_id);
CREATE INDEX deployment_status ON deployment (status, id);
CREATE INDEX deployment_updated_at ON deployment (updated_at, id);
CREATE INDEX deployment_needs_review ON deployment (id) WHERE needs_review;

CREATE TABLE deployment_sdg (
    deployment_id  UUID      NOT NULL REFERENCES deployment (id),
    sdg            SMALLINT  NOT NULL CHECK (sdg BETWEEN 1 AND 17),
    PRIMARY KEY (deployment_id, sdg)
);
CREATE INDEX deployment_sdg_by_sdg ON deployment_sdg (sdg, deployment_id);
