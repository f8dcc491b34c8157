package app.vidatlas.ui;

import app.vidatlas.work.Timeline;
import app.vidatlas.userdata.Settings;
import app.vidatlas.userdata.SettingsStore;
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
            SettingsStore store = new SettingsStore(app.vidatlas.userdata.UserDirs.config());
            return new Preloaded(store, store.load());
        }, preloading::complete, preloading::completeExceptionally);
        app.vidatlas.ui.common.WebKitLibrary.prepareInBackground(app.vidatlas.userdata.UserDirs.cache().resolve("natives"));
        Timeline.mark("javafx starting");
        Application.launch(VidAtlasApp.class);
    }

    /** The settings read before the window, with the store that read them (and its notice). */
    record Preloaded(SettingsStore store, Settings settings) {
    }

    private static volatile CompletableFuture<Preloaded> preloading;

    /**
     * The settings read by {@link #launch}, once (waiting for them if they are still being read); null when the
     * window was started otherwise (tests) or reading them failed (the window reads them itself then).
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
