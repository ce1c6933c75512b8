package org.southsouth.events.rest;

/** The texts the history and changes-feed operations share. */
final class JournalParameters {

    static final String HISTORY = "Who changed the record, when, through which client and request, and what"
            + " changed: for each change the fields the caller may read with their value before and after"
            + " (version, updatedAt and other counters every write moves are left out), newest first. States the"
            + " caller may not read are left out. Nothing changes the history through the API.";
    static final String FEED = "What changed after the cursor, in the order the changes were made: one item per"
            + " record with the record as its single GET shows it to the caller, or a tombstone (removed: true)"
            + " with its reason: deleted, or out-of-scope when the caller may no longer read it. Without a cursor"
            + " the feed starts at the beginning and lists only what the caller may read now. Keep nextCursor"
            + " (sent even when nothing changed) and pass it as cursor next time; changes show up a few seconds"
            + " after they are made.";
    static final String CURSOR = "nextCursor of the page read before; none to start from the beginning";
    static final String LIMIT = "Journal entries to read at most (1 to 500)";
    static final String BAD_CURSOR = "The cursor is not one this feed issued, or limit is out of range";
    static final String GONE = "The cursor is older than the journal keeps: read the feed again without a cursor"
            + " and replace the mirror with what it returns";

    private JournalParameters() {}
}
