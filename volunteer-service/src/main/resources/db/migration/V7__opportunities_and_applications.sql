-- Opportunities: assignments a host organization asks volunteers for; applications to them.
CREATE TABLE opportunity (
    id                       UUID         PRIMARY KEY,
    title                    TEXT         NOT NULL,
    description              TEXT         NOT NULL,
    host_organization_id     UUID         NOT NULL,
    sending_organization_id  UUID,
    programme                TEXT         NOT NULL,
    country                  CHAR(2)      NOT NULL,
    city                     TEXT,
    remote                   BOOLEAN      NOT NULL,
    start_from               DATE         NOT NULL,
    start_to                 DATE         NOT NULL,
    duration_months_min      SMALLINT     NOT NULL,
    duration_months_max      SMALLINT     NOT NULL,
    positions                INTEGER      NOT NULL CHECK (positions BETWEEN 1 AND 100),
    -- Counted under the opportunity's row lock when an offer is accepted; the check is the last word on a race.
    positions_filled         INTEGER      NOT NULL DEFAULT 0 CHECK (positions_filled BETWEEN 0 AND positions),
    host_provides            TEXT,
    application_deadline     DATE         NOT NULL,
    status                   TEXT         NOT NULL,
    published_at             TIMESTAMPTZ,
    filled_at                TIMESTAMPTZ,
    version                  BIGINT       NOT NULL,
    created_at               TIMESTAMPTZ  NOT NULL,
    updated_at               TIMESTAMPTZ  NOT NULL,
    CHECK (start_to >= start_from),
    CHECK (duration_months_min BETWEEN 1 AND 24 AND duration_months_max BETWEEN duration_months_min AND 24)
);
CREATE INDEX opportunity_status ON opportunity (status, application_deadline);
CREATE INDEX opportunity_host ON opportunity (host_organization_id);
CREATE INDEX opportunity_country ON opportunity (country);
CREATE INDEX opportunity_start ON opportunity (start_from, start_to);
CREATE INDEX opportunity_updated_at ON opportunity (updated_at, id);

CREATE TABLE opportunity_title_translation (
    opportunity_id  UUID  NOT NULL REFERENCES opportunity (id),
    tag             TEXT  NOT NULL,
    title           TEXT  NOT NULL,
    PRIMARY KEY (opportunity_id, tag)
);

CREATE TABLE opportunity_description_translation (
    opportunity_id  UUID  NOT NULL REFERENCES opportunity (id),
    tag             TEXT  NOT NULL,
    description     TEXT  NOT NULL,
    PRIMARY KEY (opportunity_id, tag)
);

CREATE TABLE opportunity_skill (
    opportunity_id  UUID     NOT NULL REFERENCES opportunity (id),
    skill_code      TEXT     NOT NULL REFERENCES skill (code),
    level           TEXT     NOT NULL,
    required        BOOLEAN  NOT NULL,
    PRIMARY KEY (opportunity_id, skill_code)
);
CREATE INDEX opportunity_skill_by_skill ON opportunity_skill (skill_code, opportunity_id);

CREATE TABLE opportunity_language (
    opportunity_id  UUID     NOT NULL REFERENCES opportunity (id),
    language        CHAR(2)  NOT NULL,
    level           TEXT     NOT NULL,
    PRIMARY KEY (opportunity_id, language)
);
CREATE INDEX opportunity_language_by_language ON opportunity_language (language, opportunity_id);

CREATE TABLE opportunity_sdg (
    opportunity_id  UUID      NOT NULL REFERENCES opportunity (id),
    sdg             SMALLINT  NOT NULL CHECK (sdg BETWEEN 1 AND 17),
    PRIMARY KEY (opportunity_id, sdg)
);
CREATE INDEX opportunity_sdg_by_sdg ON opportunity_sdg (sdg, opportunity_id);

-- Every status an opportunity took, when and by which client.
CREATE TABLE opportunity_status_step (
    opportunity_id  UUID         NOT NULL REFERENCES opportunity (id),
    step            INTEGER      NOT NULL,
    status          TEXT         NOT NULL,
    taken_at        TIMESTAMPTZ  NOT NULL,
    taken_by        TEXT         NOT NULL,
    reason          TEXT,
    PRIMARY KEY (opportunity_id, step)
);

CREATE TABLE application (
    id                            UUID         PRIMARY KEY,
    opportunity_id                UUID         NOT NULL REFERENCES opportunity (id),
    volunteer_id                  UUID         NOT NULL REFERENCES volunteer (id),
    nominated_by_organization_id  UUID,
    motivation                    TEXT         NOT NULL,
    available_from                DATE,
    available_to                  DATE,
    status                        TEXT         NOT NULL,
    deployment_id                 UUID         REFERENCES deployment (id),
    version                       BIGINT       NOT NULL,
    created_at                    TIMESTAMPTZ  NOT NULL,
    updated_at                    TIMESTAMPTZ  NOT NULL,
    CHECK (available_to >= available_from)
);
-- One live application per volunteer and opportunity, whatever races the requests run; after a DECLINED, REJECTED
-- or WITHDRAWN one the volunteer may apply again.
CREATE UNIQUE INDEX application_live ON application (opportunity_id, volunteer_id)
    WHERE status IN ('SUBMITTED', 'SHORTLISTED', 'OFFERED', 'ACCEPTED');
CREATE INDEX application_volunteer ON application (volunteer_id, created_at);
CREATE INDEX application_opportunity ON application (opportunity_id, status);
CREATE INDEX application_updated_at ON application (updated_at, id);

CREATE TABLE application_status_step (
    application_id  UUID         NOT NULL REFERENCES application (id),
    step            INTEGER      NOT NULL,
    status          TEXT         NOT NULL,
    taken_at        TIMESTAMPTZ  NOT NULL,
    taken_by        TEXT         NOT NULL,
    reason          TEXT,
    PRIMARY KEY (application_id, step)
);
