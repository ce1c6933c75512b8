package org.southsouth.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class QuietLoggingTest {

    @Test
    void dropsTheMongoWireServersWarningForEachIndexItDoesNotBuild() {
        assertFalse(QuietLogging.worthShowing(new LogRecord(
                Level.WARNING,
                "adding secondary index with keys [IndexKey[key=sdgs ASC]] is not yet implemented. ignoring")));
    }

    @Test
    void keepsEveryOtherWarning() {
        assertTrue(QuietLogging.worthShowing(new LogRecord(Level.WARNING, "Connection to node 1 was lost")));
        assertTrue(QuietLogging.worthShowing(new LogRecord(Level.SEVERE, null)));
    }
}
