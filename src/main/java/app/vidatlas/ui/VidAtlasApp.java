package app.vidatlas.ui;

import app.vidatlas.work.Timeline;
import app.vidatlas.library.AppSession;
import app.vidatlas.library.LibraryRequest;
import app.vidatlas.ui.reader.Place;
import app.vidatlas.userdata.Settings;
import app.vidatlas.userdata.SettingsStore;
import app.vidatlas.userdata.UserDirs;
import app.vidatlas.userdata.UserLibraryStore;
import app.vidatlas.work.TaskRunner;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The desktop app: the window shows at once; the notes load in the background with a progress bar. It remembers
 * its layout, the paper last read and where, the comparison, the folders and the theme; the reading list and the
 * user's notes are saved the moment they change ({@link UserLibrarySync}).
 */
public final class VidAtlasApp extends Application {
    private MainViewModel model;
    private MainWindow window;
    private SettingsStore store;
    private UserLibrarySync library;
    private Settings settings;
    private Stage stage;
    private Dialogs dialogs;
    private TaskRunner runner;
    private volatile boolean systemDark;
    /** Quitting in order (save, dialogs, the window, then the toolkit); see {@link Quit}. */
    private Quit quit;
    /** What ends the toolkit once every window has closed; tests record it instead. */
    private Runnable exit = Platform::exit;
    /** The notes folders last asked for (what Preferences reloads), whether or not they have loaded yet. */
    private List<Path> notesAsked = List.of();
    private boolean shownOnce;
    private SnapshotStart snapshot;

    @Override
    public void start(Stage stage) {
        Timeline.mark("javafx started");
        app.vidatlas.ui.common.FontWarmUp.start();
        this.stage = stage;
        // Read once: before the window when the launcher opened the notes early (a damaged file is set aside then).
        AppLauncher.Preloaded preloaded = AppLauncher.takePreloaded();
        store = preloaded != null ? preloaded.store() : new SettingsStore(UserDirs.config());
        settings = preloaded != null ? preloaded.settings() : store.load();
        setStylesheet(darkTheme()); // before the first control: see setStylesheet
        runner = FxTaskRunner.create();
        dialogs = new Dialogs(stage, () -> quit != null && quit.closing());
        model = new MainViewModel(runner, AppSession::open, url -> getHostServices().showDocument(url),
                VidAtlasApp::copy);
        Timeline.mark("model made");
        // Meanwhile the page to start on as the last start drew it, read while the window is built (ADR 0013).
        snapshot = new SnapshotStart(new StartSnapshot(new app.vidatlas.userdata.PageSnapshots(
                UserDirs.cache().resolve("start-page")), StartSnapshot.buildOf(VidAtlasApp.class)), model.reader(), runner);
        snapshot.begin(request(AppLauncher.options(), settings, initialNotes(AppLauncher.options(), settings)),
                model.loading()::shownRequest,
                AppLauncher.options().probe() != null ? StartSnapshot.Kind.FIRST : StartSnapshot.Kind.RESTORE,
                settings.lastPaper(),
                // Following the desktop's theme, which is only known later: the page kept in either theme.
                settings.theme() == Settings.Theme.SYSTEM ? null : darkTheme());
        UserLibraryStore libraryStore = preloaded != null ? preloaded.libraryStore()
                : new UserLibraryStore(UserDirs.config());
        library = new UserLibrarySync(libraryStore, model.reading(), dialogs::warn);
        library.start(preloaded != null ? preloaded.library() : libraryStore.load());
        Timeline.mark("reading list read");
        model.compare().setComparison(settings.comparison());
        model.setOnHostQuestion(this::askHost);
        window = new MainWindow(model, new WindowActions(this, stage, model, dialogs, runner));
        Timeline.mark("window built");
        applyTheme();
        Timeline.mark("theme set");
        detectSystemTheme();
        // Whether this library is large chooses how the next start's JVM compiles code (CompilerHint).
        model.loading().libraryProperty().addListener((o, was, now) -> {
            if (now != null) {
                int papers = now.catalog().papers().size();
                runner.run(() -> rememberSize(papers), done -> { }, error -> { });
            }
        });

        Scene scene = new Scene(window.root(), 1360, 820);
        var css = VidAtlasApp.class.getResource("/vidatlas/assets/styles/app.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        stage.setTitle("VidAtlas");
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setScene(scene);
        placeWindow();
        Timeline.mark("stage ready");
        quit = new Quit(stage, this::saveBeforeQuitting, () -> exit.run());
        // Closing the window: saved first and the other windows closed, then it closes, and JavaFX exits as its
        // last window is gone (once no nested loop runs).
        stage.setOnCloseRequest(e -> quit.close());
        // Another window may have changed the reading list or a note meanwhile: shown on coming back to this one.
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                reloadLibrary();
            }
        });
        java.util.function.ObjLongConsumer<String> probe = AppLauncher.options().probe();
        // The frame first; the notes start opening, the panes fill and the web view (about a second to make) only
        // after the first pulse has laid the window out and handed it to the render thread, which draws it while the
        // JavaFX thread goes on (a task queued when the stage is shown may run before that pulse).
        Runnable[] firstPulse = new Runnable[1];
        firstPulse[0] = () -> {
            scene.removePostLayoutPulseListener(firstPulse[0]);
            Platform.runLater(this::afterFirstFrame);
        };
        scene.addPostLayoutPulseListener(firstPulse[0]);
        stage.show();
        Platform.requestNextPulse(); // a stage that was showing already gets its pulse too
        if (settings.dividers().size() == 2) {
            window.split().setDividerPositions(settings.dividers().get(0), settings.dividers().get(1));
        }
        // The page to start on, opened once the notes are loaded.
        if (probe != null) {
            StartupProbe.attach(model, probe, () -> quit.run());
            model.openFirstPaper();
        } else {
            model.restore(settings.lastPaper(), settings.lastScroll());
        }
        List<String> notices = new ArrayList<>();
        if (store.notice() != null) {
            notices.add(store.notice());
        }
        String libraryNotice = library.takeNotice();
        if (libraryNotice != null) {
            notices.add(libraryNotice);
        }
        if (!notices.isEmpty()) {
            Platform.runLater(() -> dialogs.warn(String.join("\n", notices)));
        }
    }

    /** Once, after the window's first frame: see start(). */
    private void afterFirstFrame() {
        if (shownOnce) {
            return;
        }
        shownOnce = true;
        Timeline.mark("first frame");
        java.util.function.ObjLongConsumer<String> probe = AppLauncher.options().probe();
        if (probe != null) {
            probe.accept("window", StartupProbe.uptime());
        }
        // With the page the last start drew (ADR 0013), the notes open and the panes fill once it is on screen: on two
        // cores, opening the notes meanwhile made the web view take twice as long. Without one, they open now, in the
        // background, while the panes fill and the web view is made.
        boolean[] filled = {false};
        Runnable fill = () -> {
            if (!filled[0]) {
                filled[0] = true;
                load(initialNotes(AppLauncher.options(), settings), false);
                window.showPanes();
            }
        };
        if (!snapshot.found()) {
            fill.run();
        }
        try {
            window.pageView().createWebView();
        } catch (RuntimeException | LinkageError e) {
            // No page view (its native library would not load): the notes, lists and search still work.
            model.status().show("Pages cannot be shown: the web view could not be made ("
                    + app.vidatlas.ui.common.StatusLine.oneLine(e) + ")");
            fill.run();
            return;
        }
        Timeline.mark("web view made");
        if (snapshot.webViewReady()) {
            window.pageView().whenDrawn(fill);
        } else {
            fill.run();
        }
    }

    /**
     * The toolkit is exiting (after {@link Quit#run}, or however else it was asked to): saved and closed in order
     * now if quitting did not already, before JavaFX closes what is left itself.
     */
    @Override
    public void stop() {
        if (quit != null) {
            quit.close();
        }
        if (model != null) {
            model.close();
        }
    }

    /** The notes the window opens first: the command line's, else those open when it last closed. */
    private static List<Path> initialNotes(AppLauncher.Options o, Settings settings) {
        return !o.notes().isEmpty() ? o.notes() : settings.notesFolders();
    }

    void load(List<Path> notes) {
        load(notes, true);
    }

    /** @param stamp whether to stamp them for page snapshots (the first notes were stamped as the start began) */
    private void load(List<Path> notes, boolean stamp) {
        notesAsked = List.copyOf(notes);
        LibraryRequest asked = request(AppLauncher.options(), settings, notes);
        if (stamp) {
            snapshot.notesAsked(asked);
        }
        model.loading().load(asked,
                new CoalescedProgress(Platform::runLater, model.loading()::progress));
    }

    /** Opens again the notes last asked for, with the settings as they are now (Preferences changed them). */
    void reload() {
        load(notesAsked);
    }

    /** What the window opens for these notes: the same request at start-up as when opened early. */
    static LibraryRequest request(AppLauncher.Options o, Settings settings, List<Path> notes) {
        List<Path> figures = new ArrayList<>(o.figures());
        figures.addAll(settings.figureFolders());
        Path cache = UserDirs.cache().resolve("figures");
        return new LibraryRequest(notes, figures, settings.downloadFigures(), settings.figureHosts(), o.index(),
                cache);
    }

    // ---- remembering ------------------------------------------------------------------------------------------

    Settings settings() {
        return settings;
    }

    /** Keeps a change of the settings, written at once. */
    void updateSettings(Settings updated) {
        settings = updated;
        save();
    }

    private void placeWindow() {
        Settings.WindowBounds w = settings.window();
        if (w == null) {
            return;
        }
        Rectangle2D wanted = new Rectangle2D(w.x(), w.y(), Math.max(900, w.width()), Math.max(560, w.height()));
        boolean visible = Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(wanted));
        if (visible) {
            stage.setX(wanted.getMinX());
            stage.setY(wanted.getMinY());
        }
        stage.setWidth(wanted.getWidth());
        stage.setHeight(wanted.getHeight());
        stage.setMaximized(w.maximized());
    }

    /**
     * Everything the user has, written while every window is still up: the layout and reading place (not for the
     * start-up probe, which remembers nothing), and the reading list if its last save failed.
     */
    private void saveBeforeQuitting() {
        if (AppLauncher.options().probe() == null && stage.isShowing()) {
            remember();
            snapshot.keepOnQuit(settings.lastScroll());
        }
        String failed = library.saveIfUnsaved();
        if (failed != null) {
            Quit.tell(failed);
        }
    }

    /** The layout and reading place, written now (the window is closing). */
    void remember() {
        String lastPaper = model.reader().currentPlace() instanceof Place.PaperAt p ? p.id() : null;
        double[] d = window.split().getDividerPositions();
        List<Double> dividers = d.length == 2 ? List.of(d[0], d[1]) : List.of();
        settings = settings.withSession(new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                        stage.getHeight(), stage.isMaximized()), dividers, lastPaper,
                lastPaper == null ? 0 : window.pageView().scrollY(), List.copyOf(model.compare().comparison()));
        save();
    }

    private void save() {
        try {
            store.save(settings);
        } catch (IOException e) {
            dialogs.warn("The settings could not be saved: " + e.getMessage());
        }
    }

    /** The reading list and notes as another window left them, if they changed on disk. */
    void reloadLibrary() {
        library.reload();
    }

    // ---- theme ------------------------------------------------------------------------------------------------

    /**
     * The theme's stylesheet for every control. Set before the first control is made, JavaFX never loads its own
     * default (Modena), which it otherwise parses when the first control class loads (JFR: 0.1 s of the start).
     */
    private static void setStylesheet(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private boolean darkTheme() {
        return settings.theme() == Settings.Theme.DARK || (settings.theme() == Settings.Theme.SYSTEM && systemDark);
    }

    void applyTheme() {
        boolean dark = darkTheme();
        setStylesheet(dark);
        window.showTheme(settings.theme());
        model.reader().setDarkAndRefresh(dark);
    }

    /** Asks the desktop whether it prefers dark, off the JavaFX thread (it runs a command). */
    private void detectSystemTheme() {
        runner.run(SystemTheme::prefersDark, dark -> {
            systemDark = dark;
            if (settings.theme() == Settings.Theme.SYSTEM) {
                applyTheme();
            }
        }, error -> { });
    }

    private static Boolean rememberSize(int papers) {
        app.vidatlas.userdata.CompilerHint.remember(UserDirs.cache(), papers);
        return Boolean.TRUE;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Asks once about a host a page offers figures from; the answer is kept in the settings. */
    private void askHost(String host) {
        dialogs.askHost(host).ifPresent(allow -> {
            updateSettings(settings.withFigureHost(host, allow));
            model.answerHost(host, allow);
        });
    }

    /** For tests: what ends the toolkit instead of {@code Platform.exit}. */
    void exitWith(Runnable exit) {
        this.exit = exit;
    }

    /** Quits as File > Quit does. */
    void quit() {
        quit.run();
    }

    /** For tests. */
    MainViewModel model() {
        return model;
    }

    /** For tests. */
    MainWindow window() {
        return window;
    }
}
