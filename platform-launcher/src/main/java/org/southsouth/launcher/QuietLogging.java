package org.southsouth.launcher;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Kafka and the embedded servers log a great deal at INFO in the JVM that runs them; whoever starts the
 * platform prints its own progress instead and keeps only their warnings, less the MongoDB-wire server's one per
 * index it does not build, some thirty at each start: a known limit of the stand-in, which scans instead.
 */
public final class QuietLogging {

    private static final String INDEXES_NOT_BUILT = "adding secondary index with keys";

    private QuietLogging() {}

    public static void apply() {
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        for (Handler handler : root.getHandlers()) {
            handler.setLevel(Level.WARNING);
            handler.setFilter(QuietLogging::worthShowing);
        }
    }

    static boolean worthShowing(LogRecord record) {
        return record.getMessage() == null || !record.getMessage().startsWith(INDEXES_NOT_BUILT);
    }
}
