package app.vidatlas.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window's one line of news ("37 papers · 5 notes", "Copied a BibTeX entry…"). Every view model that has
 * something to tell writes it here; the status bar shows the latest.
 */
public final class StatusLine {
    /** Something the user can do about the latest news: its label and what it does. */
    public record Action(String label, Runnable run) {
    }

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("Loading notes…");
    private final javafx.beans.property.ReadOnlyObjectWrapper<Action> action =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();

    public void show(String message) {
        show(message, null);
    }

    /** News with something to do about it ("Saved papers.bib in ~/Documents", "Show in folder"); null for none. */
    public void show(String message, Action then) {
        text.set(message);
        action.set(then);
    }

    /** What the latest news offers to do, or null. */
    public javafx.beans.property.ReadOnlyObjectProperty<Action> actionProperty() {
        return action.getReadOnlyProperty();
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
