package org.southsouth.partner.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.southsouth.journal.ChangeFeedPage;
import org.southsouth.journal.ChangeFeedParameters;
import org.southsouth.journal.ExpiredCursorException;
import org.southsouth.journal.HistoryEntry;
import org.southsouth.journal.postgres.JdbcRecordJournal;
import org.southsouth.journal.postgres.JournalHistory;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.Page;
import org.southsouth.rest.Problem;
import org.southsouth.rest.QueryParameters;

/** Reads histories and changes feeds from the record journal, answering bad paging and cursors with problems. */
@ApplicationScoped
public class RecordJournalReads {

    @Inject
    JdbcRecordJournal journal;

    /** One page of the record's history, newest first; a record the caller reads reads whole in this service. */
    public Page<HistoryEntry> history(String family, UUID id, String page, String size) {
        int pageIndex = QueryParameters.page(page);
        int pageSize = QueryParameters.size(size);
        JournalHistory entries = journal.history(family, id, pageIndex, pageSize);
        return new Page<>(
                entries.entries().stream()
                        .map(entry -> entry.toHistoryEntry(field -> true))
                        .toList(),
                pageIndex,
                pageSize,
                entries.total());
    }

    /** The changes after {@code cursor} the caller may see, {@code view} telling which states it may read. */
    public ChangeFeedPage changes(
            String family, ChangeFeedParameters parameters, Function<JsonNode, Optional<?>> view) {
        try {
            return journal.changes(List.of(family), parameters.cursor(), parameters.limit())
                    .toPage(view);
        } catch (ExpiredCursorException e) {
            throw new ApiProblem(
                    410,
                    "cursor-expired",
                    "Cursor expired",
                    e.getMessage(),
                    List.of(new Problem.FieldError("cursor", "older than the journal keeps: start again without it")));
        }
    }
}
