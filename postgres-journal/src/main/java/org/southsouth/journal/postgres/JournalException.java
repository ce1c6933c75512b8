package org.southsouth.journal.postgres;

/** The journal's database failed: the change it was to record (or the read) cannot go on. */
public final class JournalException extends RuntimeException {

    JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
