package app.vidatlas.ui;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.model.Diagnostic;
import app.vidatlas.model.Paper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the main window, kept apart from the controls so it can be tested without a window. */
public final class MainWindowModel {
    private final ObservableList<Paper> papers = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Loading notes…");

    public ObservableList<Paper> papers() {
        return FXCollections.unmodifiableObservableList(papers);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Shows a freshly loaded catalog. Call on the JavaFX thread. */
    public void show(Catalog catalog) {
        papers.setAll(catalog.papers());
        long failed = catalog.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
        String text = catalog.papers().size() + " papers from " + catalog.notes().size() + " notes";
        if (failed > 0) {
            text += " · " + failed + (failed == 1 ? " problem" : " problems") + " while loading";
        }
        status.set(text);
    }

    /** Shows that loading failed as a whole; the reason is one line, never a stack trace. */
    public void failed(Throwable error) {
        status.set("Could not load the notes: " + (error.getMessage() == null ? error.getClass().getSimpleName()
                : error.getMessage()));
    }
}
