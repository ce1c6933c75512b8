-- A partner system's subscription. organization_id null: a network-wide subscription (staff only) that sees everything.
CREATE TABLE subscription (
    id                          UUID         PRIMARY KEY,
    organization_id             UUID,
    url                         TEXT         NOT NULL,
    event_types                 JSONB        NOT NULL,
    filter_organization_ids     JSONB        NOT NULL,
    filter_countries            JSONB        NOT NULL,
    description                 TEXT,
    enabled                     BOOLEAN      NOT NULL,
    disabled_reason             TEXT,
    disabled_at                 TIMESTAMPTZ,
    secret                      TEXT         NOT NULL,
    previous_secret             TEXT,
    previous_secret_expires_at  TIMESTAMPTZ,
    created_by                  TEXT         NOT NULL,
    version                     BIGINT       NOT NULL DEFAULT 0,
    created_at                  TIMESTAMPTZ  NOT NULL,
    updated_at                  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX subscription_organization ON subscription (organization_id, created_at, id);

-- Every platform event this service consumed, as received: the body of its deliveries and what a replay re-sends.
CREATE TABLE platform_event (
    event_id     UUID         PRIMARY KEY,
    topic        TEXT         NOT NULL,
    type         TEXT         NOT NULL,
    subject      TEXT         NOT NULL,
    time         TIMESTAMPTZ  NOT NULL,
    envelope     JSONB        NOT NULL,
    received_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX platform_event_time ON platform_event (time);

-- One event owed to one subscription. position orders deliveries of the same record (subject) per subscription.
CREATE TABLE delivery (
    id                UUID         PRIMARY KEY,
    position          BIGSERIAL    NOT NULL UNIQUE,
    subscription_id   UUID         NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
    event_id          UUID         NOT NULL REFERENCES platform_event (event_id),
    event_type        TEXT         NOT NULL,
    subject           TEXT         NOT NULL,
    status            TEXT         NOT NULL,
    attempts          INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMPTZ,
    lease_until       TIMESTAMPTZ,
    last_status_code  INTEGER,
    last_error        TEXT,
    created_at        TIMESTAMPTZ  NOT NULL,
    delivered_at      TIMESTAMPTZ
);
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status IN ('PENDING', 'SENDING');
CREATE INDEX delivery_record_order ON delivery (subscription_id, subject, position) WHERE status IN ('PENDING', 'SENDING');
CREATE INDEX delivery_log ON delivery (subscription_id, position);

-- Each try of a delivery, for the delivery log.
CREATE TABLE delivery_attempt (
    id                BIGSERIAL    PRIMARY KEY,
    delivery_id       UUID         NOT NULL REFERENCES delivery (id) ON DELETE CASCADE,
    attempted_at      TIMESTAMPTZ  NOT NULL,
    status_code       INTEGER,
    latency_ms        BIGINT       NOT NULL,
    error             TEXT,
    response_excerpt  TEXT
);
CREATE INDEX delivery_attempt_delivery ON delivery_attempt (delivery_id, id);
