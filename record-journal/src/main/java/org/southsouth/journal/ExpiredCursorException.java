package org.southsouth.journal;

/**
 * A cursor older than what retention has pruned: changes after it, deletions among them, may be gone. Answer 410
 * Gone: the client starts over without a cursor and replaces its mirror.
 */
public final class ExpiredCursorException extends RuntimeException {

    public ExpiredCursorException() {
        super("cursor is older than the journal's retention: read the feed again without a cursor"
                + " and replace the mirror with what it returns");
    }
}
