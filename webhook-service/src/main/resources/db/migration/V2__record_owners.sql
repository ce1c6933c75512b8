-- Who owns records that later events name only by id: the host of an exchange event (for its participations) and
-- the home organization of a volunteer (for its service hours, participations and erasure). Learnt from the topics.
CREATE TABLE record_owner (
    record_id        UUID    PRIMARY KEY,
    organization_id  UUID    NOT NULL,
    sequence         BIGINT  NOT NULL
);
