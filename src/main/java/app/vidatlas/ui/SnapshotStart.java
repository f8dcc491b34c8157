package app.vidatlas.ui;

import app.vidatlas.library.LibraryRequest;
import app.vidatlas.ui.reader.Place;
import app.vidatlas.ui.reader.ReaderViewModel;
import app.vidatlas.ui.reader.Shown;
import app.vidatlas.userdata.PageSnapshots;
import app.vidatlas.work.TaskRunner;
import app.vidatlas.work.Timeline;

/**
 * A start's first page from the last start's drawing of it (ADR 0013), on the JavaFX thread: read in the background
 * while the window is built, shown as soon as the web view is made (the notes still opening), and kept again from
 * the page the notes draw, and from the page shown when the window closes.
 */
final class SnapshotStart {
    private final StartSnapshot snapshots;
    private final ReaderViewModel reader;
    private final TaskRunner runner;
    private StartSnapshot.Kind kind;
    private final java.util.concurrent.CompletableFuture<PageSnapshots.Snapshot> reading =
            new java.util.concurrent.CompletableFuture<>();
    private boolean taken;
    private boolean savedFirst;
    private java.util.function.Supplier<LibraryRequest> loaded = () -> null;

    SnapshotStart(StartSnapshot snapshots, ReaderViewModel reader, TaskRunner runner) {
        this.snapshots = snapshots;
        this.reader = reader;
        this.runner = runner;
    }

    /**
     * Starts reading the snapshot for this start.
     *
     * @param request the notes the window opens first
     * @param current the request of the notes loaded now (what a page shown now was drawn from)
     * @param paperId the paper to restore ({@link StartSnapshot.Kind#RESTORE}), else null
     */
    void begin(LibraryRequest request, java.util.function.Supplier<LibraryRequest> current, StartSnapshot.Kind kind,
               String paperId, Boolean dark) {
        this.kind = kind;
        this.loaded = current;
        reader.shownProperty().addListener((o, was, now) -> keepFirstPage(now));
        if (!snapshots.enabled()) {
            reading.complete(null);
            return;
        }
        // Read on a worker and looked at from the JavaFX thread when the web view is made: not delivered through
        // the JavaFX thread, which is busy making the window until then.
        app.vidatlas.work.Workers.shared().run(() -> snapshots.prepare(request, dark, kind, paperId).orElse(null),
                reading::complete, failed -> reading.complete(null)); // a cache: the page is drawn the usual way
    }

    /** Whether a snapshot has been read and waits for the web view. */
    boolean found() {
        return !taken && reading.getNow(null) != null;
    }

    /**
     * The web view is made: the snapshot is shown if it has been read by now (and nothing else was opened).
     *
     * @return whether a snapshot is being shown
     */
    boolean webViewReady() {
        PageSnapshots.Snapshot s = reading.getNow(null);
        if (s == null || taken) {
            return false;
        }
        taken = true;
        // Where the reader was when it was kept (the window's settings keep the same, written at the same moment).
        boolean shown = reader.showSnapshot(new Place.PaperAt(s.paperId()), s.html(), s.scroll());
        if (shown) {
            Timeline.mark("snapshot shown");
        }
        return shown;
    }

    /** Stamps notes being opened (another folder, a reload), so that their pages can be kept; in the background. */
    void notesAsked(LibraryRequest request) {
        if (snapshots.enabled()) {
            runner.run(() -> {
                snapshots.stamp(request);
                return null;
            }, done -> { }, error -> { });
        }
    }

    /** The first page the notes draw at this start is kept for the next start (also when the app is killed later). */
    private void keepFirstPage(Shown now) {
        if (savedFirst || now == null || now.snapshot() || !(now.place() instanceof Place.PaperAt p)) {
            return;
        }
        LibraryRequest request = loaded.get();
        if (request == null) {
            return;
        }
        savedFirst = true;
        String html = now.page().html();
        PageSnapshots.Snapshot shown = reading.getNow(null);
        if (shown != null && shown.paperId().equals(p.id()) && shown.html().equals(html)) {
            return; // the page kept is the page the notes drew: nothing to write again
        }
        boolean dark = reader.dark();
        runner.run(() -> {
            snapshots.save(request, dark, kind, p.id(), 0, html);
            return null;
        }, done -> { }, error -> { });
    }

    /** The window is closing: the paper page shown is the one the next start restores. */
    void keepOnQuit(double scrollY) {
        Shown now = reader.shownProperty().get();
        LibraryRequest request = loaded.get();
        if (now != null && !now.snapshot() && now.place() instanceof Place.PaperAt p && request != null) {
            snapshots.save(request, reader.dark(), StartSnapshot.Kind.RESTORE, p.id(), scrollY, now.page().html());
        }
    }
}
