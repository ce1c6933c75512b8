package org.southsouth.partner.journal;

/** The texts the history and changes-feed operations share. */
public final class JournalTexts {

    public static final String HISTORY =
            "Who changed the record, when, through which client and request, and what changed: "
                    + "each changed field with its value before and after (revision and updatedAt, which every change moves, "
                    + "left out), newest first. Readable by whoever may read the record; nothing changes it through the API.";
    public static final String FEED =
            "What changed after the cursor, in the order the changes were committed: one item per "
                    + "record with the record as its single GET shows it to the caller, or a tombstone (removed: true) with "
                    + "its reason. Without a cursor the feed starts at the beginning and lists only what the caller may read "
                    + "now. Keep nextCursor (sent even when nothing changed) and pass it as cursor next time; while hasMore "
                    + "is true, ask again at once.";
    public static final String PAGE = "Zero-based page";
    public static final String SIZE = "Page size, 1 to 200 (default 50)";
    public static final String BAD_PAGING = "page or size is out of range";

    private JournalTexts() {}
}
