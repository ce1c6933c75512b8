package org.southsouth.journal.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Set;
import java.util.function.Predicate;
import org.southsouth.contracts.EventOrigin;
import org.southsouth.journal.ChangeKind;
import org.southsouth.journal.HistoryActor;
import org.southsouth.journal.HistoryEntry;
import org.southsouth.journal.SnapshotDiff;

/**
 * One stored journal entry of a record with the state the record had before it (null for the first entry, or when
 * retention pruned the one before).
 */
public record JournalEntry(
        ChangeKind kind, JsonNode state, JsonNode previousState, EventOrigin origin, Instant recordedAt) {

    /** Fields that change on every write: a history that listed them would say nothing new. */
    public static final Set<String> BOOKKEEPING = Set.of("version", "revision", "updatedAt");

    /** The entry as a caller sees it: only the fields {@code readable} lets it read, bookkeeping left out. */
    public HistoryEntry toHistoryEntry(Predicate<String> readable) {
        Predicate<String> shown = readable.and(field -> !BOOKKEEPING.contains(field));
        return new HistoryEntry(
                recordedAt,
                kind,
                HistoryActor.of(origin),
                origin.requestId(),
                origin.causationId(),
                SnapshotDiff.between(previousState, state, shown));
    }
}
