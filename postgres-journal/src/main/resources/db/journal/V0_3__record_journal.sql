-- The record journal: one entry per create, change, deletion or erasure of a journaled record, written in the same
-- transaction as the change. It answers a record's history and the changes feed.
CREATE TABLE record_journal (
    sequence            BIGSERIAL    PRIMARY KEY,
    -- The writing transaction: the feed reads only entries of transactions older than every one still running,
    -- so an entry that commits after a higher sequence number was read is never skipped.
    transaction_id      XID8         NOT NULL DEFAULT pg_current_xact_id(),
    family              TEXT         NOT NULL,
    record_id           UUID         NOT NULL,
    kind                TEXT         NOT NULL,
    -- The record as its single GET shows it to a caller who may read every field; null on DELETED.
    state               JSONB,
    actor_client        TEXT,
    actor_roles         TEXT,
    actor_organization  TEXT,
    actor_volunteer     TEXT,
    request_id          TEXT,
    causation_id        TEXT,
    recorded_at         TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX record_journal_feed ON record_journal (family, transaction_id, sequence);
CREATE INDEX record_journal_record ON record_journal (family, record_id, sequence);

-- Per family, the last position retention pruned: a cursor before it may have missed a deletion (410 Gone).
CREATE TABLE record_journal_pruned (
    family          TEXT    PRIMARY KEY,
    transaction_id  XID8    NOT NULL,
    sequence        BIGINT  NOT NULL
);
