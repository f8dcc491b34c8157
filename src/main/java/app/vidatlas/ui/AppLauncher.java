package app.vidatlas.ui;

import app.vidatlas.userdata.Settings;
import app.vidatlas.userdata.SettingsStore;
import javafx.application.Application;

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
        options = new Options(notes, figures, index, probe);
        // The notes open while JavaFX starts (see EarlyOpen), from the settings the window then uses.
        SettingsStore store = new SettingsStore(app.vidatlas.userdata.UserDirs.config());
        Settings settings = store.load();
        preloaded = new Preloaded(store, settings);
        EarlyOpen.start(VidAtlasApp.firstRequest(options, settings));
        Application.launch(VidAtlasApp.class);
    }

    /** The settings read before the window, with the store that read them (and its notice). */
    record Preloaded(SettingsStore store, Settings settings) {
    }

    private static volatile Preloaded preloaded;

    /** The settings read by {@link #launch}, once; null when the window was started otherwise (tests). */
    static Preloaded takePreloaded() {
        Preloaded p = preloaded;
        preloaded = null;
        return p;
    }

    static Options options() {
        return options;
    }

    /** For tests: what the next window opens. */
    static void setOptions(Options o) {
        options = o;
    }
}
