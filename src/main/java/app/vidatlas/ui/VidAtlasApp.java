package app.vidatlas.ui;

import app.vidatlas.library.LibraryRequest;
import app.vidatlas.library.NotesLibrary;
import app.vidatlas.userdata.Settings;
import app.vidatlas.userdata.SettingsStore;
import app.vidatlas.userdata.UserLibrary;
import app.vidatlas.userdata.UserLibraryStore;
import app.vidatlas.userdata.UserDirs;
import app.vidatlas.pages.ComparisonTable;
import app.vidatlas.export.ListExport;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import app.vidatlas.model.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The desktop app: the window shows at once; the notes load in the background with a progress bar. It remembers
 * its layout, the paper last read and where, the comparison, the folders and the theme; the reading list and the
 * user's notes are saved the moment they change.
 */
public final class VidAtlasApp extends Application {
    private MainViewModel model;
    private MainWindow window;
    private SettingsStore store;
    private UserLibraryStore libraryStore;
    private Settings settings;
    private Stage stage;
    private volatile boolean systemDark;
    private boolean probing;
    /** Quitting in order (save, dialogs, the window, then the toolkit); see {@link Quit}. */
    private Quit quit;
    /** What ends the toolkit once every window has closed; tests record it instead. */
    private Runnable exit = Platform::exit;
    /** The last save of the reading list failed: quitting tries once more, before any window closes. */
    private boolean libraryUnsaved;
    /** The notes folders last asked for (what Preferences reloads), whether or not they have loaded yet. */
    private List<Path> notesAsked = List.of();

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        // Read once: before the window when the launcher opened the notes early (a damaged file is set aside then).
        AppLauncher.Preloaded preloaded = AppLauncher.takePreloaded();
        store = preloaded != null ? preloaded.store() : new SettingsStore(UserDirs.config());
        libraryStore = new UserLibraryStore(UserDirs.config());
        settings = preloaded != null ? preloaded.settings() : store.load();
        model = new MainViewModel(FxTaskRunner.create(), EarlyOpen::open,
                url -> getHostServices().showDocument(url), VidAtlasApp::copy);
        model.keepLibrary(libraryStore.load(), library -> {
            try {
                UserLibrary saved = libraryStore.save(library);
                libraryUnsaved = false;
                return saved;
            } catch (IOException e) {
                // Kept in the window: the next change (or quitting) tries again with this one included.
                libraryUnsaved = true;
                if (libraryStore.notice() == null) { // else the notice below says it better
                    // Told later, not here: the window keeps this library only once the save returns, and a
                    // quit while the notice is open must find it there to save it.
                    String message = "Your reading list could not be saved: " + e.getMessage();
                    Platform.runLater(() -> warn(message));
                }
                return library;
            } finally {
                warnLibraryNotice();
            }
        });
        model.setComparison(settings.comparison());
        model.setOnHostQuestion(this::askHost);
        window = new MainWindow(model, new Actions());
        applyTheme();
        detectSystemTheme();

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
        stage.show();
        if (settings.dividers().size() == 2) {
            window.split().setDividerPositions(settings.dividers().get(0), settings.dividers().get(1));
        }
        java.util.function.ObjLongConsumer<String> probe = AppLauncher.options().probe();
        // The page to start on, opened once the notes are loaded.
        if (probe != null) {
            model.openFirstPaper();
        } else {
            model.restore(settings.lastPaper(), settings.lastScroll());
        }
        if (probe != null) {
            // The start-up probe: the time a user waits for a readable paper page, and for the whole catalog (the
            // same for a library small enough to load whole), then quit remembering nothing.
            model.setOnPageLoaded(place -> {
                if (place instanceof Place.PaperAt && !probing) {
                    probing = true;
                    probe.accept("ready", uptime());
                    NotesLibrary s = model.sessionProperty().get();
                    if (s != null && s.complete()) {
                        probe.accept("catalog", uptime());
                        quit.run();
                    }
                }
            });
            model.setOnCatalogComplete(() -> {
                if (probing) {
                    probe.accept("catalog", uptime());
                    quit.run();
                }
            });
        }
        List<String> notices = new ArrayList<>();
        if (store.notice() != null) {
            notices.add(store.notice());
        }
        String libraryNotice = libraryStore.takeNotice();
        if (libraryNotice != null) {
            notices.add(libraryNotice);
        }
        if (!notices.isEmpty()) {
            Platform.runLater(() -> warn(String.join("\n", notices)));
        }
        load(initialNotes());
    }

    private static long uptime() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
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

    private List<Path> initialNotes() {
        return initialNotes(AppLauncher.options(), settings);
    }

    /** The notes the window opens first: the command line's, else those open when it last closed. */
    private static List<Path> initialNotes(AppLauncher.Options o, Settings settings) {
        return !o.notes().isEmpty() ? o.notes() : settings.notesFolders();
    }

    private void load(List<Path> notes) {
        notesAsked = List.copyOf(notes);
        model.load(request(AppLauncher.options(), settings, notes),
                new CoalescedProgress(Platform::runLater, model::progress));
    }

    /** What the window opens for these notes: the same request at start-up as when opened early. */
    static LibraryRequest request(AppLauncher.Options o, Settings settings, List<Path> notes) {
        List<Path> figures = new ArrayList<>(o.figures());
        figures.addAll(settings.figureFolders());
        Path cache = UserDirs.cache().resolve("figures");
        return new LibraryRequest(notes, figures, settings.downloadFigures(), settings.figureHosts(), o.index(),
                cache);
    }

    /** The request the window makes first: the notes of the command line, else those open when it last closed. */
    static LibraryRequest firstRequest(AppLauncher.Options o, Settings settings) {
        return request(o, settings, initialNotes(o, settings));
    }

    // ---- remembering ------------------------------------------------------------------------------------------

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
        }
        if (libraryUnsaved) {
            try {
                libraryStore.save(model.libraryProperty().get());
                libraryUnsaved = false;
            } catch (IOException e) {
                Quit.tell("Your reading list could not be saved: " + e.getMessage());
            }
        }
    }

    /** The layout and reading place, written now (the window is closing). */
    void remember() {
        String lastPaper = model.currentPlace() instanceof Place.PaperAt p ? p.id() : null;
        double[] d = window.split().getDividerPositions();
        List<Double> dividers = d.length == 2 ? List.of(d[0], d[1]) : List.of();
        settings = settings.withSession(new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                        stage.getHeight(), stage.isMaximized()), dividers, lastPaper,
                lastPaper == null ? 0 : window.pageView().scrollY(), List.copyOf(model.comparison()));
        save();
    }

    private void save() {
        try {
            store.save(settings);
        } catch (IOException e) {
            warn("The settings could not be saved: " + e.getMessage());
        }
    }

    // ---- theme ------------------------------------------------------------------------------------------------

    private void applyTheme() {
        boolean dark = settings.theme() == Settings.Theme.DARK
                || (settings.theme() == Settings.Theme.SYSTEM && systemDark);
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        window.showTheme(settings.theme());
        model.setDarkAndRefresh(dark);
    }

    /** Asks the desktop whether it prefers dark, off the JavaFX thread (it runs a command). */
    private void detectSystemTheme() {
        Thread t = new Thread(() -> {
            boolean dark = SystemTheme.prefersDark();
            Platform.runLater(() -> {
                systemDark = dark;
                if (settings.theme() == Settings.Theme.SYSTEM) {
                    applyTheme();
                }
            });
        }, "vidatlas-theme");
        t.setDaemon(true);
        t.start();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** Asks which format to export in, offering every format the export knows. */
    private <T extends Enum<T>> java.util.Optional<T> chooseFormat(String title, String header, T[] formats) {
        java.util.Map<String, T> byLabel = new java.util.LinkedHashMap<>();
        for (T f : formats) {
            byLabel.put(label(f), f);
        }
        ChoiceDialog<String> choose = new ChoiceDialog<>(label(formats[0]), byLabel.keySet());
        choose.initOwner(stage);
        choose.setTitle(title);
        choose.setHeaderText(header);
        return choose.showAndWait().map(byLabel::get);
    }

    private static String label(Enum<?> format) {
        return switch (format.name()) {
            case "BIBTEX" -> "BibTeX";
            case "MARKDOWN" -> "Markdown";
            default -> format.name();
        };
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The reading list and notes as another window left them, if they changed on disk. */
    void reloadLibrary() {
        if (libraryUnsaved) {
            // This window's last change is not on disk yet: save it first (merged with what the others saved), or
            // showing theirs would drop it.
            try {
                UserLibrary saved = libraryStore.save(model.libraryProperty().get());
                libraryUnsaved = false;
                model.showLibrary(saved);
            } catch (IOException e) {
                // Still unsaved: the next change, or quitting, tries again.
            }
        } else {
            libraryStore.reloadIfChanged().ifPresent(model::showLibrary);
        }
        warnLibraryNotice();
    }

    /** Told later, not at once: this may run inside a focus change or a save, where a dialog must not open. */
    private void warnLibraryNotice() {
        String notice = libraryStore.takeNotice();
        if (notice != null) {
            Platform.runLater(() -> warn(notice));
        }
    }

    /**
     * Asks once whether figures may be downloaded from a host a note named; the answer is kept in the settings
     * (Preferences lists and changes them). Closing the question answers nothing: the page keeps offering.
     */
    private void askHost(String host) {
        ButtonType allow = new ButtonType("Allow", ButtonBar.ButtonData.YES);
        ButtonType deny = new ButtonType("Never", ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", allow, deny, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setTitle("Download figures");
        ask.setHeaderText("Download missing figures from " + host + "?");
        ask.setContentText("The notes say they are published there. VidAtlas will fetch the figures it cannot find "
                + "on this computer from " + host + " (https only) and keep them in its cache. You can change this "
                + "in Preferences.");
        ask.showAndWait().filter(b -> b == allow || b == deny).ifPresent(b -> {
            settings = settings.withFigureHost(host, b == allow);
            save();
            model.answerHost(host, b == allow);
        });
    }

    private void warn(String text) {
        if (quit != null && quit.closing()) {
            Quit.tell(text); // no dialog into the teardown
            return;
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, text, ButtonType.OK);
        alert.initOwner(stage);
        alert.showAndWait();
    }

    private void saveTo(String title, String suggested, String description, String extension, String content) {
        if (content == null) {
            warn("There is nothing to export yet.");
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggested + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            try {
                app.vidatlas.userdata.AtomicFiles.write(file.toPath(), content.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                warn("Could not write " + file + ": " + e.getMessage());
            }
        }
    }

    /** What the window's menus do. */
    private final class Actions implements MainWindow.Actions {
        @Override
        public void openNotesFolder() {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Open a folder of notes");
            File dir = chooser.showDialog(stage);
            if (dir != null) {
                settings = settings.withNotesFolders(List.of(dir.toPath()));
                save();
                load(List.of(dir.toPath()));
            }
        }

        @Override
        public void preferences() {
            PreferencesDialog dialog = new PreferencesDialog(settings, stage);
            dialog.showAndWait().ifPresent(updated -> {
                settings = updated;
                save();
                load(notesAsked); // the folder last asked for, even if it is still loading
            });
        }

        @Override
        public void about() {
            Alert about = new Alert(Alert.AlertType.INFORMATION);
            about.initOwner(stage);
            about.setTitle("About VidAtlas");
            about.setHeaderText("VidAtlas — a reference browser for video diffusion papers");
            about.setContentText("The bundled slide notes are CaterpillarStudyGroup's notes on the CVPR 2024 "
                    + "tutorial on video diffusion models (https://caterpillarstudygroup.github.io/ImportantArticles/). "
                    + "Licensed under Apache-2.0.");
            about.showAndWait();
        }

        @Override
        public void quit() {
            quit.run();
        }

        @Override
        public void showProblems() {
            Alert alert = new Alert(Alert.AlertType.WARNING);
            alert.initOwner(stage);
            alert.setTitle("Problems while loading");
            alert.setHeaderText("These notes or entries could not be loaded as they are (everything else was), "
                    + "and, as notices, lines that read like citations but named no paper.");
            // Problems first, findings about the content after them.
            TextArea list = new TextArea(model.problems().stream()
                    .sorted(java.util.Comparator.comparing((Diagnostic d) -> d.severity()).reversed())
                    .map(Object::toString).collect(Collectors.joining("\n")));
            list.setEditable(false);
            list.setWrapText(true);
            list.setPrefSize(720, 260);
            alert.getDialogPane().setContent(list);
            alert.showAndWait();
        }

        @Override
        public void exportList() {
            String wait = model.listExportWait();
            if (wait != null) {
                warn(wait);
                return;
            }
            chooseFormat("Export the list", "Export " + model.currentListSize() + " papers (the selection, the "
                    + "search results, or the list shown)", ListExport.Format.values()).ifPresent(f ->
                    saveTo("Export the list", "papers", label(f), f.extension(), model.exportList(f)));
        }

        @Override
        public void exportComparison() {
            chooseFormat("Export the comparison", "Export the comparison of " + model.comparison().size() + " papers",
                    ComparisonTable.Format.values()).ifPresent(f ->
                    saveTo("Export the comparison", "comparison", label(f), f.extension(), model.exportComparison(f)));
        }

        @Override
        public void exportNotes() {
            saveTo("Export my notes", "my-notes", "Markdown", "md", model.exportMyNotes());
        }

        @Override
        public void theme(Settings.Theme theme) {
            settings = settings.withTheme(theme);
            save();
            applyTheme();
        }

        @Override
        public void editNote(String paperId) {
            reloadLibrary(); // the note as it is now, should another window have changed it
            Dialog<String> dialog = new Dialog<>();
            dialog.initOwner(stage);
            dialog.setTitle("My note");
            String name = model.sessionProperty().get() == null ? paperId
                    : model.sessionProperty().get().catalog().paper(paperId).map(p -> p.shortName()).orElse(paperId);
            dialog.setHeaderText("Your note on " + name + " (shown on its page, found by search)");
            TextArea text = new TextArea(model.libraryProperty().get().note(paperId));
            text.setWrapText(true);
            text.setPrefSize(560, 240);
            dialog.getDialogPane().setContent(text);
            dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
            dialog.setResultConverter(b -> b == ButtonType.OK ? text.getText() : null);
            Platform.runLater(text::requestFocus);
            dialog.showAndWait().ifPresent(t -> model.saveNote(paperId, t));
        }
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

    MainWindow window() {
        return window;
    }
}
