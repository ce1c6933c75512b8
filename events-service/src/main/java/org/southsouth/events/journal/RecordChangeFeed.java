package org.southsouth.events.journal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.bson.Document;
import org.southsouth.events.config.EventsJournalSettings;
import org.southsouth.failure.ExpiredCursor;
import org.southsouth.journal.ChangeCursor;
import org.southsouth.journal.ChangeFeedPage;
import org.southsouth.journal.ChangeFeedParameters;
import org.southsouth.journal.ChangeKind;
import org.southsouth.journal.ExpiredCursorException;
import org.southsouth.journal.JournalChange;
import org.southsouth.journal.JournalChanges;

/**
 * A family's changes feed: the journal's entries after the cursor in sequence order, one item per record at its last
 * position in the page, as the caller may read it. A sequence is taken just before its entry's write, so an entry
 * may reach the journal after one with a higher sequence; the feed therefore stops below the lowest sequence still
 * pending in a document and below every entry younger than {@code journal.settle} (a write lands within that time of
 * taking its sequence, or its writer is taken for dead), and a cursor never passes an entry that is yet to come. The
 * tombstone rules are the shared ones of {@link JournalChanges}.
 */
@ApplicationScoped
public class RecordChangeFeed {

    @Inject
    RecordJournal journal;

    @Inject
    JournalStates states;

    @Inject
    EventsJournalSettings settings;

    public ChangeFeedPage page(JournalFamily family, ChangeFeedParameters parameters, Predicate<JsonNode> readable) {
        ChangeCursor cursor = parameters.cursor();
        int limit = parameters.limit();
        long pruned = journal.prunedUpTo(family);
        if (!cursor.isStart() && cursor.transaction() < pruned && cursor.pruned() < pruned) {
            throw new ExpiredCursor(new ExpiredCursorException().getMessage());
        }
        Instant settled = Instant.now().minus(settings.settle());
        long below = journal.lowestPending(family);
        List<Document> entries = new ArrayList<>();
        for (Document entry : journal.between(family, cursor.transaction(), below, limit + 1)) {
            if (entry.getDate(JournalFields.AT).toInstant().isAfter(settled)) {
                break;
            }
            entries.add(entry);
        }
        boolean hasMore = entries.size() > limit;
        List<Document> page = hasMore ? entries.subList(0, limit) : entries;
        Map<String, Document> lastOfRecord = new LinkedHashMap<>();
        for (Document entry : page) {
            String record = entry.getString(JournalFields.RECORD);
            lastOfRecord.remove(record);
            lastOfRecord.put(record, entry);
        }
        List<JournalChange> changes = new ArrayList<>();
        for (Document entry : lastOfRecord.values()) {
            changes.add(change(family, cursor, entry, readable));
        }
        ChangeCursor next =
                page.isEmpty() ? cursor : new ChangeCursor(RecordJournal.sequenceOf(page.get(page.size() - 1)), 0);
        return new JournalChanges(changes, next.withPruned(pruned), hasMore, cursor.isStart())
                .toPage(state -> readable.test(state) ? Optional.of(state) : Optional.empty());
    }

    /**
     * The record's latest entry in the page and, when the caller may not read it now, its state at the cursor. An
     * erasure that leaves the record (a participation keeps its event, role and status) is a change like any other
     * here: the record comes again without the personal values.
     */
    private JournalChange change(
            JournalFamily family, ChangeCursor cursor, Document entry, Predicate<JsonNode> readable) {
        UUID id = UUID.fromString(entry.getString(JournalFields.RECORD));
        ChangeKind kind = ChangeKind.valueOf(entry.getString(JournalFields.KIND));
        JsonNode state = states.stateOf(entry);
        if (kind == ChangeKind.ERASED && state != null) {
            kind = ChangeKind.WRITTEN;
        }
        JsonNode atCursor = null;
        if (!cursor.isStart() && (kind != ChangeKind.WRITTEN || !readable.test(state))) {
            Document before = journal.latestAtOrBefore(family, id.toString(), cursor.transaction());
            atCursor = before == null ? null : states.stateOf(before);
        }
        return new JournalChange(
                id, kind, state, entry.getDate(JournalFields.AT).toInstant(), atCursor);
    }
}
