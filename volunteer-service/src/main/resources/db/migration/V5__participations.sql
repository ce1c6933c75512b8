-- Volunteers' places in knowledge-exchange events, fed by events-service's participation events.
CREATE TABLE participation (
    id             UUID         PRIMARY KEY,
    event_id       UUID         NOT NULL,
    event_kind     TEXT,
    event_country  CHAR(2),
    volunteer_id   UUID         NOT NULL,
    role           TEXT         NOT NULL,
    status         TEXT         NOT NULL,
    -- Sequence of the last applied event: older or repeated events leave the row as it is.
    sequence       BIGINT       NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX participation_volunteer ON participation (volunteer_id, status);
CREATE INDEX participation_event ON participation (event_id);
