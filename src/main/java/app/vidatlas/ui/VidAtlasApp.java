package app.vidatlas.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The desktop app: the window shows at once; the notes load in the background with a progress bar. */
public final class VidAtlasApp extends Application {
    private MainViewModel model;
    private MainWindow window;
    private SettingsStore store;
    private Settings settings;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        store = new SettingsStore(SettingsStore.defaultDir());
        settings = store.load();
        model = new MainViewModel(new FxTaskRunner(), AppSession::open,
                url -> getHostServices().showDocument(url), VidAtlasApp::copy);
        window = new MainWindow(model, new Actions());

        Scene scene = new Scene(window.root(), 1360, 820);
        var css = VidAtlasApp.class.getResource("/vidatlas/assets/styles/app.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        stage.setTitle("VidAtlas");
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setScene(scene);
        stage.show();
        load(initialNotes());
    }

    private List<Path> initialNotes() {
        AppLauncher.Options o = AppLauncher.options();
        return !o.notes().isEmpty() ? o.notes() : settings.notesFolders();
    }

    private void load(List<Path> notes) {
        AppLauncher.Options o = AppLauncher.options();
        List<Path> figures = new ArrayList<>(o.figures());
        figures.addAll(settings.figureFolders());
        Path cache = app.vidatlas.search.SearchIndex.cacheDir().resolve("figures");
        AppSession.Request request = new AppSession.Request(notes, figures, settings.downloadFigures(), o.index(), cache);
        model.load(request, (phase, done, total) -> Platform.runLater(() -> model.progress(phase, done, total)));
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void save() {
        try {
            store.save(settings);
        } catch (IOException e) {
            new Alert(Alert.AlertType.WARNING, "The settings could not be saved: " + e.getMessage(), ButtonType.OK)
                    .showAndWait();
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
                load(model.sessionProperty().get() == null ? initialNotes()
                        : model.sessionProperty().get().request().notes());
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
            Platform.exit();
        }

        @Override
        public void showProblems() {
            Alert alert = new Alert(Alert.AlertType.WARNING);
            alert.initOwner(stage);
            alert.setTitle("Problems while loading");
            alert.setHeaderText("These notes or entries could not be loaded as they are; everything else was.");
            TextArea list = new TextArea(model.problems().stream().map(Object::toString)
                    .collect(Collectors.joining("\n")));
            list.setEditable(false);
            list.setWrapText(true);
            list.setPrefSize(720, 260);
            alert.getDialogPane().setContent(list);
            alert.showAndWait();
        }
    }

    /** For tests. */
    MainViewModel model() {
        return model;
    }

    MainWindow window() {
        return window;
    }
}
