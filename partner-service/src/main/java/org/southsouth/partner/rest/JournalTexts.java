package org.southsouth.partner.rest;

/** The texts the history and changes-feed operations share. */
final class JournalTexts {

    static final String HISTORY = "Who changed the record, when, through which client and request, and what changed: "
            + "each changed field with its value before and after (revision and updatedAt, which every change moves, "
            + "left out), newest first. Readable by whoever may read the record; nothing changes it through the API.";
    static final String FEED = "What changed after the cursor, in the order the changes were committed: one item per "
            + "record with the record as its single GET shows it to the caller, or a tombstone (removed: true) with "
            + "its reason. Without a cursor the feed starts at the beginning and lists only what the caller may read "
            + "now. Keep nextCursor (sent even when nothing changed) and pass it as cursor next time; while hasMore "
            + "is true, ask again at once.";
    static final String CURSOR = "nextCursor of the page read before; none to start from the beginning";
    static final String LIMIT = "Journal entries to read at most, 1 to 500 (default 100)";
    static final String PAGE = "Zero-based page";
    static final String SIZE = "Page size, 1 to 200 (default 50)";
    static final String BAD_CURSOR =
            "The cursor is not one this feed issued, or limit is out of range; the field " + "error names which";
    static final String BAD_PAGING = "page or size is out of range";
    static final String GONE = "The cursor is older than the journal keeps (journal.retention): read the feed again "
            + "without a cursor and replace the mirror with what it returns";

    private JournalTexts() {}
}
