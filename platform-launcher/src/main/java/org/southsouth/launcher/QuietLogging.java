package org.southsouth.launcher;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Kafka and the embedded servers log a great deal at INFO in the JVM that runs them; whoever starts the
 * platform prints its own progress instead and keeps only their warnings.
 */
public final class QuietLogging {

    private QuietLogging() {
    }

    public static void apply() {
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        for (Handler handler : root.getHandlers()) {
            handler.setLevel(Level.WARNING);
        }
    }
}
