package org.southsouth.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChangeCursorTest {

    @Test
    void aCursorReadsBackAsThePositionItWasMadeFrom() {
        ChangeCursor cursor = new ChangeCursor(7_345_112L, 99L);

        assertEquals(cursor, ChangeCursor.decode(cursor.encode()));
        assertEquals(ChangeCursor.START, ChangeCursor.decode(null));
        assertTrue(ChangeCursor.START.isBefore(cursor));
        ChangeCursor issuedAfterPruning = cursor.withPruned(41L);
        assertEquals(issuedAfterPruning, ChangeCursor.decode(issuedAfterPruning.encode()));
    }

    @Test
    void aCursorThePlatformDidNotIssueIsRefused() {
        for (String forged : new String[] {"abc", "%%%", "YzE6MTI=", "YzE6LTE6Mg", "eDE6MTox"}) {
            assertThrows(ChangeCursor.InvalidCursorException.class, () -> ChangeCursor.decode(forged), forged);
        }
    }
}
