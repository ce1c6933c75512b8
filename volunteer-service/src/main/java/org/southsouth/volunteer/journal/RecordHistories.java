package org.southsouth.volunteer.journal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.southsouth.journal.HistoryEntry;
import org.southsouth.journal.postgres.JdbcRecordJournal;
import org.southsouth.journal.postgres.JournalHistory;
import org.southsouth.rest.Page;

/**
 * A record's history, newest first. Call it once the caller is known to reach the record (its single GET): whoever
 * reaches a volunteer, deployment or hours entry reads every field of it, so each entry shows every changed field.
 */
@ApplicationScoped
public class RecordHistories {

    @Inject
    JdbcRecordJournal journal;

    public Page<HistoryEntry> page(JournalFamily family, UUID id, int page, int size) {
        JournalHistory history = journal.history(family.key(), id, page, size);
        return new Page<>(
                history.entries().stream()
                        .map(entry -> entry.toHistoryEntry(field -> true))
                        .toList(),
                page,
                size,
                history.total());
    }
}
