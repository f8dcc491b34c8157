package app.vidatlas.ui;

import java.util.logging.Logger;

/**
 * Keeps one JavaFX warning off the user's terminal: "Unsupported JavaFX configuration: classes were loaded from
 * 'unnamed module'", logged at every start of the jar (JavaFX comes on its class path, not as modules; ADR 0011).
 * It tells a user nothing they can act on, and formatting it (java.util.logging's first date and message format)
 * took 30-50 ms on the thread that starts JavaFX, before the toolkit itself. Every other JavaFX message stays.
 */
final class JavaFxNotices {
    private static final String UNSUPPORTED = "Unsupported JavaFX configuration";
    /** Held here: java.util.logging keeps loggers weakly, and a logger collected would forget its filter. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private JavaFxNotices() {
    }

    static void quietStartWarning() {
        JAVAFX.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith(UNSUPPORTED));
    }

    /** Whether a message to JavaFX's logger is shown (for the test). */
    static boolean shown(String message) {
        return JAVAFX.getFilter() == null
                || JAVAFX.getFilter().isLoggable(new java.util.logging.LogRecord(java.util.logging.Level.WARNING,
                message));
    }
}
