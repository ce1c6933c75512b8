-- Transactional outbox: a row is written in the same transaction as the state change it announces.
CREATE TABLE outbox_event (
    position        BIGSERIAL    PRIMARY KEY,
    event_id        UUID         NOT NULL UNIQUE,
    topic           TEXT         NOT NULL,
    aggregate_id    TEXT         NOT NULL,
    -- Relay ownership slot derived from the aggregate id: one relay at a time owns a slot, so each
    -- aggregate's events leave in order even with several instances running.
    relay_slot      SMALLINT     NOT NULL,
    envelope        JSONB        NOT NULL,
    correlation_id  TEXT,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    sent_at         TIMESTAMPTZ
);
CREATE INDEX outbox_event_unsent ON outbox_event (relay_slot, position) WHERE sent_at IS NULL;
CREATE INDEX outbox_event_sent ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;

-- Idempotent consumers: an event's effect and its id commit together, so a redelivery changes nothing.
CREATE TABLE processed_event (
    consumer      TEXT         NOT NULL,
    event_id      UUID         NOT NULL,
    processed_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
