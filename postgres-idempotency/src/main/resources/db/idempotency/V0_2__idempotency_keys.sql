-- Responses of POST requests that carried an Idempotency-Key, replayed when the client retries.
CREATE TABLE idempotency_key (
    scope         TEXT         NOT NULL,
    key           TEXT         NOT NULL,
    fingerprint   TEXT         NOT NULL,
    status        INT,
    location      TEXT,
    body          TEXT,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
