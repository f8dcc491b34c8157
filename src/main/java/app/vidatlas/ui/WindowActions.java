package app.vidatlas.ui;

import app.vidatlas.export.ListExport;
import app.vidatlas.model.Diagnostic;
import app.vidatlas.export.LineageImage;
import app.vidatlas.ui.reader.Place;
import app.vidatlas.ui.compare.MatrixView;
import app.vidatlas.ui.compare.MatrixViewModel;
import app.vidatlas.export.ComparisonExport;
import app.vidatlas.ui.common.FormatNames;
import app.vidatlas.userdata.Settings;
import app.vidatlas.work.TaskRunner;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import app.vidatlas.userdata.RecentFolders;
import app.vidatlas.userdata.UserDirs;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;

import java.io.File;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** What the window's menus do: the dialogs, and the app's settings where a choice is kept. */
final class WindowActions implements MainWindow.Actions {
    private final VidAtlasApp app;
    private final Stage stage;
    private final MainViewModel model;
    private final Dialogs dialogs;
    private final TaskRunner runner;

    WindowActions(VidAtlasApp app, Stage stage, MainViewModel model, Dialogs dialogs, TaskRunner runner) {
        this.app = app;
        this.runner = runner;
        this.stage = stage;
        this.model = model;
        this.dialogs = dialogs;
    }

    private final RecentFolders recent = new RecentFolders(UserDirs.config());

    @Override
    public void openNotesFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of notes");
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            openRecent(List.of(dir.toPath()));
        }
    }

    @Override
    public void addNotesFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Add a folder of notes to those open");
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            addFolder(dir.toPath());
        }
    }

    /** The folders open and this one (the bundled notes are not a folder to add to: the new one then opens alone). */
    void addFolder(java.nio.file.Path dir) {
        List<java.nio.file.Path> folders = new java.util.ArrayList<>(app.settings().notesFolders());
        java.nio.file.Path added = dir.toAbsolutePath().normalize();
        if (!folders.contains(added)) {
            folders.add(added);
        }
        openRecent(folders);
    }

    @Override
    public List<List<java.nio.file.Path>> recentFolders() {
        return recent.read();
    }

    @Override
    public void openRecent(List<java.nio.file.Path> chosen) {
        // One entry per folder however it was reached (a relative path, "..", a trailing slash).
        List<java.nio.file.Path> folders = chosen.stream().map(f -> f.toAbsolutePath().normalize()).toList();
        app.updateSettings(app.settings().withNotesFolders(folders));
        app.load(folders);
        try {
            recent.opened(folders);
        } catch (java.io.IOException e) {
            // Only the Open Recent menu forgets it; the notes open all the same.
        }
    }

    @Override
    public void preferences() {
        PreferencesDialog dialog = new PreferencesDialog(app.settings(), stage);
        dialog.showAndWait().ifPresent(updated -> {
            app.updateSettings(updated);
            app.reload(); // the folder last asked for, even if it is still loading
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
        app.quit();
    }

    @Override
    public void showProblems() {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(stage);
        alert.setTitle("Problems while loading");
        alert.setHeaderText("These notes or entries could not be loaded as they are (everything else was), "
                + "and, as notices, lines that read like citations but named no paper.");
        // Problems first, findings about the content after them.
        TextArea list = new TextArea(model.loading().problems().stream()
                .sorted(Comparator.comparing(Diagnostic::severity).reversed())
                .map(Object::toString).collect(Collectors.joining("\n")));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefSize(720, 260);
        alert.getDialogPane().setContent(list);
        alert.showAndWait();
    }

    @Override
    public void exportList() {
        CurrentList list = model.currentList();
        String wait = list.exportWait();
        if (wait != null) {
            dialogs.warn(wait);
            return;
        }
        dialogs.chooseFormat("Export the list", "Export " + list.size() + " papers (the selection, the "
                + "search results, or the list shown)", ListExport.Format.values()).ifPresent(f ->
                list.export(f, content -> save("Export the list", "papers", FormatNames.label(f), f.extension(),
                        content)));
    }

    @Override
    public void exportComparison() {
        dialogs.chooseFormat("Export the comparison", "Export the comparison of "
                        + model.compare().comparison().size() + " papers", ComparisonExport.Format.values())
                .ifPresent(f -> model.compare().exportComparison(f, content -> save("Export the comparison",
                        "comparison", FormatNames.label(f), f.extension(), content)));
    }

    @Override
    public void exportGraph() {
        Place place = model.reader().currentPlace();
        app.vidatlas.pages.HistoryView view = place instanceof Place.History h ? h.view() : null;
        String paper = place instanceof Place.PaperAt p ? p.id() : null;
        var library = model.loading().library();
        if (library == null || paper == null && (view == null || view.timeline())) {
            dialogs.warn("Open the lineage graph (Go > Lineage graph) or a paper's page: its graph is what is exported.");
            return;
        }
        boolean dark = model.reader().dark();
        dialogs.chooseFormat("Export the lineage graph", "Export the graph this page draws",
                LineageImage.Format.values()).ifPresent(f -> runner.run(
                        () -> library.graphFile(view, paper, f, dark),
                        file -> {
                            if (file.isEmpty()) {
                                dialogs.warn(library.complete() ? "This page draws no graph: the notes say nothing of "
                                        + "what these papers build on, or there are too many to draw (choose a category "
                                        + "or a year)." : "The graph can be exported once the catalog has loaded.");
                            } else {
                                dialogs.saveTo("Export the lineage graph", paper != null ? paper + "-lineage" : "lineage",
                                        FormatNames.label(f), f.extension(), file.get()).ifPresent(model::saved);
                            }
                        },
                        error -> dialogs.warn("The graph could not be drawn: " + error.getMessage())));
    }

    @Override
    public void reviewMatrix() {
        CurrentList list = model.currentList();
        String wait = list.exportWait();
        if (wait != null) {
            dialogs.warn(wait);
            return;
        }
        list.papers(papers -> {
            if (papers.isEmpty()) {
                dialogs.warn("There are no papers in the list to put in a matrix.");
                return;
            }
            // Its rows are read from every paper in the background: the list may be a whole large library.
            runner.run(() -> new MatrixViewModel(papers, runner), matrix -> new MatrixView(matrix,
                    f -> save("Export the matrix", "papers", FormatNames.label(f), f.extension(), matrix.export(f)),
                    ev -> model.reader().open(new Place.NoteAt(ev.note(), ev.slide())))
                            .show(stage, "Review matrix — " + papers.size() + " papers"),
                    error -> dialogs.warn("The matrix could not be made: " + error.getMessage()));
        });
    }

    /** Asks where to save, saves, and says where it went (with "Show in folder"). */
    private void save(String title, String suggested, String description, String extension, String content) {
        dialogs.saveTo(title, suggested, description, extension, content).ifPresent(model::saved);
    }

    @Override
    public void exportNotes() {
        save("Export my notes", "my-notes", "Markdown", "md", model.exportMyNotes());
    }

    @Override
    public void theme(Settings.Theme theme) {
        app.updateSettings(app.settings().withTheme(theme));
        app.applyTheme();
    }

    @Override
    public void editNote(String paperId) {
        app.reloadLibrary(); // the note as it is now, should another window have changed it
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle("My note");
        var library = model.loading().library();
        String name = library == null ? paperId
                : library.catalog().paper(paperId).map(p -> p.shortName()).orElse(paperId);
        dialog.setHeaderText("Your note on " + name + " (shown on its page, found by search)");
        TextArea text = new TextArea(model.reading().library().note(paperId));
        text.setWrapText(true);
        text.setPrefSize(560, 240);
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? text.getText() : null);
        Platform.runLater(text::requestFocus);
        dialog.showAndWait().ifPresent(t -> model.reading().saveNote(paperId, t));
    }
}
