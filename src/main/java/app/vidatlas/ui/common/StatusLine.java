package app.vidatlas.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window's one line of news ("37 papers · 5 notes", "Copied a BibTeX entry…"). Every view model that has
 * something to tell writes it here; the status bar shows the latest.
 */
public final class StatusLine {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("Loading notes…");

    public void show(String message) {
        text.set(message);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** A failure in one line for the status bar: its message, or its kind when it has none. */
    public static String oneLine(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
