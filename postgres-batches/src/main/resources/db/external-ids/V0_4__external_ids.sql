-- The callers' own ids for records of batches (Bulk upsert): per client and record family, one platform record.
-- Written in the item's transaction, so a re-sent batch finds the records it created instead of duplicating them.
CREATE TABLE external_id (
    client_id    TEXT         NOT NULL,
    family       TEXT         NOT NULL,
    external_id  TEXT         NOT NULL,
    record_id    UUID         NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (client_id, family, external_id)
);
-- Forgetting a record (deletion, erasure) removes every client's name for it.
CREATE INDEX external_id_record ON external_id (family, record_id);
