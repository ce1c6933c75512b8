package org.southsouth.journal;

/** What happened to a record in one journal entry. */
public enum ChangeKind {
    /** Created or changed: the entry holds the record's state after the change. */
    WRITTEN,
    /** Removed for good: the entry holds no state. */
    DELETED,
    /** A volunteer's personal data erased: the entry holds what is left after redaction. */
    ERASED;

    /** Why a record the caller could read at the cursor leaves its mirror; written means it left the caller's scope. */
    public TombstoneReason tombstoneReason() {
        return switch (this) {
            case DELETED -> TombstoneReason.DELETED;
            case ERASED -> TombstoneReason.ERASED;
            case WRITTEN -> TombstoneReason.OUT_OF_SCOPE;
        };
    }
}
