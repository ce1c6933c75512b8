package org.southsouth.events.journal;

/** The texts the history and changes-feed operations share. */
public final class JournalParameters {

    public static final String HISTORY = "Who changed the record, when, through which client and request, and what"
            + " changed: for each change the fields the caller may read with their value before and after"
            + " (version, updatedAt and other counters every write moves are left out), newest first. States the"
            + " caller may not read are left out. Nothing changes the history through the API.";
    public static final String FEED = "What changed after the cursor, in the order the changes were made: one item per"
            + " record with the record as its single GET shows it to the caller, or a tombstone (removed: true)"
            + " with its reason: deleted, or out-of-scope when the caller may no longer read it. Without a cursor"
            + " the feed starts at the beginning and lists only what the caller may read now. Keep nextCursor"
            + " (sent even when nothing changed) and pass it as cursor next time; changes show up a few seconds"
            + " after they are made.";

    private JournalParameters() {}
}
