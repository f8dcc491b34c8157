package app.vidatlas.ui.loading;

import app.vidatlas.work.Timeline;
import app.vidatlas.library.LibraryRequest;
import app.vidatlas.library.NotesLibrary;
import app.vidatlas.model.Diagnostic;
import app.vidatlas.model.Progress;
import app.vidatlas.ui.common.StatusLine;
import app.vidatlas.work.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Which notes are open, and opening others: in the background, with progress, the current ones usable until the new
 * ones are ready. A large library opens without its catalog, which is built after the first page is drawn.
 */
public final class LoadingViewModel {
    /** Opens a library for a request (the app opens the real notes; tests may open fixtures or fakes). */
    @FunctionalInterface
    public interface LibraryOpener {
        NotesLibrary open(LibraryRequest request, Progress progress) throws Exception;
    }

    private final TaskRunner runner;
    private final LibraryOpener opener;
    private final StatusLine status;
    private final ReadOnlyObjectWrapper<NotesLibrary> library = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ObservableList<Diagnostic> problems = FXCollections.observableArrayList();
    private final ObservableList<Diagnostic> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final AtomicLong loadGeneration = new AtomicLong();
    private Consumer<NotesLibrary> onLoaded = s -> { };
    private Consumer<NotesLibrary> onCompleted = s -> { };
    // Started once the page shown first has been drawn: the catalog of a large library opened without it.
    private Runnable afterFirstPage;
    // The libraries whose catalog is being built, and those of them let go meanwhile (closed once built). One of
    // each per build: a second build (other notes, or the same again) must not forget the first's.
    private final Set<NotesLibrary> completing = new HashSet<>();
    private final Set<NotesLibrary> closeWhenCompleted = new HashSet<>();
    // What keeps the progress bar up: a load under way, or the catalog of the notes shown still to come.
    private boolean loadRunning;
    // What the notes shown were opened with (a page kept for the next start is kept under their key).
    private LibraryRequest shownRequest;
    private Consumer<String> onFailed = reason -> { };
    private boolean catalogPending;

    public LoadingViewModel(TaskRunner runner, LibraryOpener opener, StatusLine status) {
        this.runner = runner;
        this.opener = opener;
        this.status = status;
    }

    /**
     * @param loaded    other notes are open (filters reset, the page shown again)
     * @param completed the notes shown have their whole catalog now (filters and page kept)
     */
    public void setListeners(Consumer<NotesLibrary> loaded, Consumer<NotesLibrary> completed) {
        this.onLoaded = loaded;
        this.onCompleted = completed;
    }

    /** Opens a set of notes in the background; {@code onProgress} is told from the worker thread. */
    public void load(LibraryRequest request, Progress onProgress) {
        loadRunning = true;
        progress.set(-1);
        updateLoading();
        afterFirstPage = null; // the notes shown before will be replaced: their catalog is not wanted any more
        long generation = loadGeneration.incrementAndGet();
        runner.run(() -> opener.open(request, onProgress), s -> {
            if (generation == loadGeneration.get()) {
                loadRunning = false;
                shownRequest = request;
                loaded(s);
                if (!s.complete()) {
                    // After the first page is drawn: on two cores the catalog would slow that page down.
                    afterFirstPage = () -> complete(s, onProgress);
                }
            } else {
                s.closeQuietly(); // a folder opened after this one is what the user wants now
            }
        }, error -> {
            if (generation == loadGeneration.get()) {
                loadRunning = false;
                updateLoading();
                status.show("Could not open the notes: " + StatusLine.oneLine(error)
                        + (library.get() == null ? "" : " (still showing the notes opened before)"));
                onFailed.accept(StatusLine.oneLine(error));
            }
        });
    }

    /** The request the notes shown were opened with; null before any have opened. */
    public LibraryRequest shownRequest() {
        return shownRequest;
    }

    /** Told, with the reason, when notes could not be opened. */
    public void setOnFailed(Consumer<String> listener) {
        onFailed = listener;
    }

    /** Told by the view, on the JavaFX thread, how far a load is. */
    public void progress(String phase, int done, int total) {
        progress.set(total <= 0 ? -1 : (double) done / total);
        String named = phase.isEmpty() ? phase : Character.toUpperCase(phase.charAt(0)) + phase.substring(1);
        status.show(named + "… " + done + "/" + total);
    }

    private void loaded(NotesLibrary s) {
        Timeline.mark("notes shown");
        NotesLibrary old = library.get();
        library.set(s);
        // Without its catalog, a large library is still loading: the bar stays until the catalog is in.
        catalogPending = !s.complete();
        updateLoading();
        showCatalog(s);
        if (old != null) {
            closeLibrary(old);
        }
        onLoaded.accept(s);
    }

    /** Builds the whole catalog of notes opened without it; the window is brought up to date where the reader is. */
    private void complete(NotesLibrary partial, Progress onProgress) {
        if (library.get() != partial) {
            return;
        }
        progress.set(-1);
        completing.add(partial);
        runner.run(() -> partial.completed(onProgress), whole -> {
            completing.remove(partial);
            if (closeWhenCompleted.remove(partial) || library.get() != partial) {
                whole.closeQuietly(); // replaced or quit meanwhile; the two share the index
            } else {
                // Shown even while other notes are loading: if they fail, these stay, whole.
                library.set(whole); // the same index: the partial library is not closed
                catalogPending = false;
                updateLoading();
                showCatalog(whole);
                onCompleted.accept(whole);
            }
        }, error -> {
            completing.remove(partial);
            if (closeWhenCompleted.remove(partial) || library.get() != partial) {
                partial.closeQuietly();
            } else {
                catalogPending = false;
                updateLoading();
                status.show(summary(partial) + " · The catalog could not be loaded: " + StatusLine.oneLine(error)
                        + " (pages and search still work)");
            }
        });
    }

    private void updateLoading() {
        boolean busy = loadRunning || catalogPending;
        loading.set(busy);
        if (!busy) {
            progress.set(1);
        }
    }

    private void showCatalog(NotesLibrary s) {
        problems.setAll(s.catalog().diagnostics());
        status.show(summary(s));
    }

    /** The news of an opening: what was opened (the list's own count is beside it, in the status bar). */
    private static String summary(NotesLibrary s) {
        int notes = s.catalog().notes().size();
        String text = "Opened " + notes + (notes == 1 ? " note" : " notes");
        if (!s.complete()) {
            text += " · loading the catalog…";
        }
        if (!s.notices().isEmpty()) {
            text += " · " + String.join(" ", s.notices());
        }
        return text;
    }

    /**
     * Told by the view each time it has drawn a page (or failed to). The first time after a large library opened
     * without its catalog, the catalog starts loading.
     */
    public void pageDrawn() {
        Runnable next = afterFirstPage;
        afterFirstPage = null;
        if (next != null) {
            next.run();
        }
    }

    /** Closes the notes' index as the app quits; a load still running is closed when it ends, never shown. */
    public void close() {
        loadGeneration.incrementAndGet();
        NotesLibrary s = library.get();
        if (s != null) {
            closeLibrary(s);
        }
    }

    /**
     * Closes notes no longer shown; those whose catalog is being built are closed when that ends, as the build
     * reads their index (reading a closed index's mapped files can bring the whole process down).
     */
    private void closeLibrary(NotesLibrary s) {
        if (completing.contains(s)) {
            closeWhenCompleted.add(s);
        } else {
            s.closeQuietly();
        }
    }

    public NotesLibrary library() {
        return library.get();
    }

    public ReadOnlyObjectProperty<NotesLibrary> libraryProperty() {
        return library.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ObservableList<Diagnostic> problems() {
        return problemsView;
    }
}
