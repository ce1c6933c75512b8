package org.southsouth.journal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in a journal, opaque to clients. Entries are read in (transaction id, sequence) order and only from
 * transactions older than every transaction still running, so an entry that commits late is never skipped by a
 * cursor that has already moved past a higher sequence number. {@code pruned} names the last entry retention had
 * removed when the cursor was issued (0: none), so a store can tell a cursor that retention overtook since from one
 * a full resync is still paging with.
 */
public record ChangeCursor(long transaction, long sequence, long pruned) {

    /** Before every entry: a client without a cursor reads from here. */
    public static final ChangeCursor START = new ChangeCursor(0, 0);

    private static final String VERSION = "c1";

    public ChangeCursor(long transaction, long sequence) {
        this(transaction, sequence, 0);
    }

    public String encode() {
        String plain = VERSION + ":" + transaction + ":" + sequence + (pruned == 0 ? "" : ":" + pruned);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent, or {@link #START} when it sent none. */
    public static ChangeCursor decode(String text) {
        if (text == null || text.isBlank()) {
            return START;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split(":");
            if (parts.length < 3 || parts.length > 4 || !VERSION.equals(parts[0])) {
                throw new InvalidCursorException();
            }
            ChangeCursor cursor = new ChangeCursor(
                    Long.parseLong(parts[1]),
                    Long.parseLong(parts[2]),
                    parts.length == 4 ? Long.parseLong(parts[3]) : 0);
            if (cursor.transaction < 0 || cursor.sequence < 0 || cursor.pruned < 0) {
                throw new InvalidCursorException();
            }
            return cursor;
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
    }

    /** Whether this position comes before {@code other}'s ({@code pruned} plays no part). */
    public boolean isBefore(ChangeCursor other) {
        return transaction < other.transaction || (transaction == other.transaction && sequence < other.sequence);
    }

    /** The same position, issued when retention had removed up to the entry {@code prunedSequence}. */
    public ChangeCursor withPruned(long prunedSequence) {
        return new ChangeCursor(transaction, sequence, prunedSequence);
    }

    /** Whether this is {@link #START}, whatever retention had removed. */
    public boolean isStart() {
        return transaction == 0 && sequence == 0;
    }

    /** A cursor this platform did not issue. */
    public static final class InvalidCursorException extends IllegalArgumentException {
        InvalidCursorException() {
            super("cursor is not one this feed issued: pass the nextCursor of a page, or none to start over");
        }
    }
}
