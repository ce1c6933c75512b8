package org.southsouth.events.journal;

/** Field names of a journal entry, pending in its record's document or moved to the journal. */
final class JournalFields {

    /** The entry's id: what makes moving it to the journal idempotent. */
    static final String ID = "id";

    static final String FAMILY = "family";
    static final String RECORD = "recordId";
    /** Its position in the journal, from {@link JournalSequence}. */
    static final String SEQUENCE = "seq";
    /** When the change was made (and its sequence taken). */
    static final String AT = "at";

    static final String KIND = "kind";
    /** The record's state after the change as JSON text, as its single GET answers it; null once deleted. */
    static final String STATE = "state";
    /** The event a participation belongs to. */
    static final String PARENT = "parentId";
    /** The volunteer a participation's state names, so an erasure finds the states to redact. */
    static final String VOLUNTEER = "volunteerId";

    static final String ACTOR = "actor";
    static final String REQUEST = "requestId";
    static final String CAUSATION = "causationId";

    private JournalFields() {}
}
