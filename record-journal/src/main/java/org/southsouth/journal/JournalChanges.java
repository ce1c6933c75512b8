package org.southsouth.journal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The records that changed in one page of a journal, one per record in the order of its last entry in the page, the
 * cursor after the page and whether more entries wait. Store-neutral: it turns into the caller's
 * {@link ChangeFeedPage} by the feed's tombstone rules.
 */
public record JournalChanges(List<JournalChange> changes, ChangeCursor next, boolean hasMore, boolean fromStart) {

    /**
     * The page as a caller sees it. {@code view} gives a state as the record's single GET shows it to the caller, or
     * nothing when the caller may not read it. A record the caller may read now is sent as it is; one it could read
     * at the cursor but no longer can becomes a tombstone ({@code deleted}, {@code erased} or {@code out-of-scope}; never
     * {@code merged}: no operation merges records);
     * a record it could read neither then nor now is left out, and so is every tombstone when reading from the start.
     */
    public ChangeFeedPage toPage(Function<JsonNode, Optional<?>> view) {
        List<ChangeFeedItem> items = new ArrayList<>();
        for (JournalChange change : changes) {
            Optional<?> now = change.kind() == ChangeKind.DELETED || change.kind() == ChangeKind.ERASED
                    ? Optional.empty()
                    : view.apply(change.state());
            if (now.isPresent()) {
                items.add(ChangeFeedItem.current(change.recordId(), change.changedAt(), now.get()));
            } else if (!fromStart
                    && change.stateAtCursor() != null
                    && view.apply(change.stateAtCursor()).isPresent()) {
                items.add(ChangeFeedItem.tombstone(
                        change.recordId(), change.changedAt(), change.kind().tombstoneReason()));
            }
        }
        return new ChangeFeedPage(items, next.encode(), hasMore);
    }
}
