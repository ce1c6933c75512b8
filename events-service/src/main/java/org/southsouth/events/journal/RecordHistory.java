package org.southsouth.events.journal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.bson.Document;
import org.southsouth.journal.ChangeKind;
import org.southsouth.journal.FieldChange;
import org.southsouth.journal.HistoryActor;
import org.southsouth.journal.HistoryEntry;
import org.southsouth.journal.SnapshotDiff;
import org.southsouth.rest.Page;

/**
 * A record's history as one caller may read it: the entries whose state the caller may read, each with the fields
 * that changed since the one before it that the caller may read, newest first. The caller's right to the record
 * itself is the single GET's to check before.
 */
@ApplicationScoped
public class RecordHistory {

    @Inject
    RecordJournal journal;

    @Inject
    JournalStates states;

    public Page<HistoryEntry> page(
            JournalFamily family, UUID recordId, Predicate<JsonNode> readable, int page, int size) {
        List<HistoryEntry> shown = new ArrayList<>();
        JsonNode before = null;
        for (Document entry : journal.entriesOf(family, recordId.toString())) {
            JsonNode after = states.stateOf(entry);
            if (after != null && !readable.test(after)) {
                continue;
            }
            ChangeKind kind = ChangeKind.valueOf(entry.getString(JournalFields.KIND));
            List<FieldChange> changes = SnapshotDiff.between(before, after, field -> !family.isBookkeeping(field));
            // An event's seats move with registrations: those entries serve the feed and change nothing shown here.
            if (before == null || !changes.isEmpty() || kind != ChangeKind.WRITTEN) {
                shown.add(new HistoryEntry(
                        entry.getDate(JournalFields.AT).toInstant(),
                        kind,
                        actor(entry),
                        entry.getString(JournalFields.REQUEST),
                        entry.getString(JournalFields.CAUSATION),
                        changes));
            }
            before = after;
        }
        Collections.reverse(shown);
        int from = (int) Math.min((long) page * size, shown.size());
        return new Page<>(shown.subList(from, Math.min(from + size, shown.size())), page, size, shown.size());
    }

    private static HistoryActor actor(Document entry) {
        Document actor = entry.get(JournalFields.ACTOR, Document.class);
        return actor == null
                ? new HistoryActor(null, null, null, null)
                : new HistoryActor(
                        actor.getString("clientId"),
                        actor.getString("roles"),
                        actor.getString("organizationId"),
                        actor.getString("volunteerId"));
    }
}
