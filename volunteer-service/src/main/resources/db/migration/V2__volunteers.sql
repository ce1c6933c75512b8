-- Skills are a controlled list that coordinators extend through the API; volunteers refer to them by code.
CREATE TABLE skill (
    code        TEXT         PRIMARY KEY,
    label       TEXT         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
INSERT INTO skill (code, label) VALUES
    ('agriculture', 'Agriculture and food security'),
    ('community-health', 'Community health'),
    ('disaster-response', 'Disaster risk reduction and response'),
    ('education', 'Teaching and education'),
    ('environment', 'Environment and climate'),
    ('event-organization', 'Event organization'),
    ('ict', 'Information and communication technology'),
    ('interpretation', 'Interpretation and translation'),
    ('project-management', 'Project management'),
    ('water-sanitation', 'Water, sanitation and hygiene'),
    ('youth-work', 'Youth work');

CREATE TABLE volunteer (
    id                    UUID         PRIMARY KEY,
    name                  TEXT         NOT NULL,
    email                 TEXT         NOT NULL,
    phone                 TEXT,
    nationality           CHAR(2)      NOT NULL,
    residence             CHAR(2),
    home_organization_id  UUID         NOT NULL,
    bio                   TEXT,
    status                TEXT         NOT NULL,
    version               BIGINT       NOT NULL,
    created_at            TIMESTAMPTZ  NOT NULL,
    updated_at            TIMESTAMPTZ  NOT NULL,
    erased_at             TIMESTAMPTZ
);
-- Email is unique whatever its case: two requests racing with Ana@x.org and ana@x.org cannot both win.
CREATE UNIQUE INDEX volunteer_email_unique ON volunteer (lower(email));
CREATE INDEX volunteer_updated_at ON volunteer (updated_at, id);
CREATE INDEX volunteer_created_at ON volunteer (created_at, id);
CREATE INDEX volunteer_name ON volunteer (name, id);
CREATE INDEX volunteer_nationality ON volunteer (nationality, id);
CREATE INDEX volunteer_status ON volunteer (status, id);
CREATE INDEX volunteer_home_organization ON volunteer (home_organization_id);

CREATE TABLE volunteer_language (
    volunteer_id  UUID     NOT NULL REFERENCES volunteer (id),
    language      CHAR(2)  NOT NULL,
    level         TEXT     NOT NULL,
    PRIMARY KEY (volunteer_id, language)
);
CREATE INDEX volunteer_language_by_language ON volunteer_language (language, volunteer_id);

CREATE TABLE volunteer_skill (
    volunteer_id  UUID  NOT NULL REFERENCES volunteer (id),
    skill_code    TEXT  NOT NULL REFERENCES skill (code),
    PRIMARY KEY (volunteer_id, skill_code)
);
CREATE INDEX volunteer_skill_by_skill ON volunteer_skill (skill_code, volunteer_id);

CREATE TABLE availability_window (
    volunteer_id    UUID  NOT NULL REFERENCES volunteer (id),
    available_from  DATE  NOT NULL,
    available_to    DATE  NOT NULL,
    CHECK (available_to >= available_from)
);
CREATE INDEX availability_window_by_volunteer ON availability_window (volunteer_id, available_from, available_to);

-- Consent history: rows are never deleted; withdrawing (or giving a newer consent for the purpose) closes one.
CREATE TABLE consent_record (
    id              UUID         PRIMARY KEY,
    volunteer_id    UUID         NOT NULL REFERENCES volunteer (id),
    purpose         TEXT         NOT NULL,
    policy_version  TEXT         NOT NULL,
    given_at        TIMESTAMPTZ  NOT NULL,
    withdrawn_at    TIMESTAMPTZ
);
CREATE INDEX consent_record_by_volunteer ON consent_record (volunteer_id, given_at, id);
-- At most one open consent per volunteer and purpose.
CREATE UNIQUE INDEX consent_record_open ON consent_record (volunteer_id, purpose) WHERE withdrawn_at IS NULL;
