package app.vidatlas.ui;

import app.vidatlas.work.Timeline;
import app.vidatlas.userdata.Settings;
import app.vidatlas.userdata.SettingsStore;
import app.vidatlas.userdata.UserLibrary;
import app.vidatlas.userdata.UserLibraryStore;
import app.vidatlas.work.Workers;
import javafx.application.Application;

import java.util.concurrent.CompletableFuture;

import java.nio.file.Path;
import java.util.List;

/** Starts the JavaFX application with what the command line gave. */
public final class AppLauncher {
    /**
     * What the command line asked the app for.
     *
     * @param notes   notes folders ({@code --notes}); empty for the last opened, or the bundled notes
     * @param figures figure folders ({@code --figures}), added to those in the preferences
     * @param index   the index folder ({@code --index}), or null
     */
    public record Options(List<Path> notes, List<Path> figures, Path index, java.util.function.ObjLongConsumer<String> probe) {
        public Options {
            notes = List.copyOf(notes);
            figures = List.copyOf(figures);
        }

        public Options(List<Path> notes, List<Path> figures, Path index) {
            this(notes, figures, index, null);
        }
    }

    private static volatile Options options = new Options(List.of(), List.of(), null);

    private AppLauncher() {
    }

    public static void launch(List<Path> notes, List<Path> figures, Path index, java.util.function.ObjLongConsumer<String> probe) {
        Timeline.mark("launching");
        options = new Options(notes, figures, index, probe);
        CompletableFuture<Preloaded> preloading = new CompletableFuture<>();
        AppLauncher.preloading = preloading;
        // The settings are read while JavaFX starts. The notes are opened only once the window's first frame is up:
        // on two cores, opening the index while the window is built made the first frame come twice as late, and
        // the page waits for the web view (made after that frame) anyway (docs/benchmarks.md, "Start-up").
        Workers.shared().run(() -> {
            Path config = app.vidatlas.userdata.UserDirs.config();
            SettingsStore store = new SettingsStore(config);
            Settings settings = store.load();
            // The reading list too: read on the JavaFX thread, it held the window up by 40-60 ms (its file lock).
            UserLibraryStore libraryStore = new UserLibraryStore(config);
            UserLibrary library = libraryStore.load();
            // The first record compared in a JVM links its equals through method handles (10-15 ms): here, on the
            // second core, rather than on the JavaFX thread, where the window compares reading lists as it starts.
            library.equals(UserLibrary.EMPTY);
            return new Preloaded(store, settings, libraryStore, library);
        }, preloading::complete, preloading::completeExceptionally);
        app.vidatlas.ui.common.WebKitLibrary.prepareInBackground(app.vidatlas.userdata.UserDirs.cache().resolve("natives"));
        JavaFxNotices.quietStartWarning();
        Timeline.mark("javafx starting");
        Application.launch(VidAtlasApp.class);
    }

    /** The settings and the reading list read before the window, with the stores that read them (and notices). */
    record Preloaded(SettingsStore store, Settings settings, UserLibraryStore libraryStore, UserLibrary library) {
    }

    private static volatile CompletableFuture<Preloaded> preloading;

    /**
     * The settings and reading list read by {@link #launch}, once (waiting for them if they are still being read);
     * null when the window was started otherwise (tests) or reading them failed (the window reads them itself then).
     */
    static Preloaded takePreloaded() {
        CompletableFuture<Preloaded> p = preloading;
        preloading = null;
        if (p == null) {
            return null;
        }
        try {
            return p.join();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Options options() {
        return options;
    }

    /** For tests: what the next window opens. */
    static void setOptions(Options o) {
        options = o;
    }
}
