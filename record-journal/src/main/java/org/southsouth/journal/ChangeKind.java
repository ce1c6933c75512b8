package org.southsouth.journal;

/** What happened to a record in one journal entry. */
public enum ChangeKind {
    /** Created or changed: the entry holds the record's state after the change. */
    WRITTEN,
    /** Removed for good: the entry holds no state. */
    DELETED,
    /** A volunteer's personal data erased: the entry holds what is left after redaction. */
    ERASED
}
