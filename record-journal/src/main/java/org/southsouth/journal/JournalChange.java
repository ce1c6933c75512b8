package org.southsouth.journal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * A record that changed after a feed cursor: its latest journaled entry (kind, state, time) and the state it had at
 * the cursor, i.e. what a client reading from that cursor last received (null when the record did not exist then,
 * was deleted then, or the client starts without a cursor).
 */
public record JournalChange(
        UUID recordId, ChangeKind kind, JsonNode state, Instant changedAt, JsonNode stateAtCursor) {}
