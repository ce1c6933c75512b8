package org.southsouth.journal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in a journal, opaque to clients. Entries are read in (transaction id, sequence) order and only from
 * transactions older than every transaction still running, so an entry that commits late is never skipped by a
 * cursor that has already moved past a higher sequence number.
 */
public record ChangeCursor(long transaction, long sequence) {

    /** Before every entry: a client without a cursor reads from here. */
    public static final ChangeCursor START = new ChangeCursor(0, 0);
    private static final String VERSION = "c1";

    public String encode() {
        String plain = VERSION + ":" + transaction + ":" + sequence;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent, or {@link #START} when it sent none. */
    public static ChangeCursor decode(String text) {
        if (text == null || text.isBlank()) {
            return START;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split(":");
            if (parts.length != 3 || !VERSION.equals(parts[0])) {
                throw new InvalidCursorException();
            }
            ChangeCursor cursor = new ChangeCursor(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            if (cursor.transaction < 0 || cursor.sequence < 0) {
                throw new InvalidCursorException();
            }
            return cursor;
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
    }

    public boolean isBefore(ChangeCursor other) {
        return transaction < other.transaction || (transaction == other.transaction && sequence < other.sequence);
    }

    /** A cursor this platform did not issue. */
    public static final class InvalidCursorException extends IllegalArgumentException {
        InvalidCursorException() {
            super("cursor is not one this feed issued: pass the nextCursor of a page, or none to start over");
        }
    }
}
