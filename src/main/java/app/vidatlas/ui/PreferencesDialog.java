package app.vidatlas.ui;

import app.vidatlas.userdata.Settings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Figure folders, whether figures may be downloaded, and from which of the notes' sites. */
final class PreferencesDialog extends Dialog<Settings> {
    PreferencesDialog(Settings settings, Window owner) {
        initOwner(owner);
        setTitle("Preferences");
        setHeaderText("Where VidAtlas looks for the notes' figures");
        ListView<Path> folders = new ListView<>();
        folders.getItems().setAll(settings.figureFolders());
        folders.setPrefHeight(140);
        Button add = new Button("Add folder…");
        Button remove = new Button("Remove");
        remove.disableProperty().bind(folders.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            File dir = chooser.showDialog(getDialogPane().getScene().getWindow());
            if (dir != null && !folders.getItems().contains(dir.toPath())) {
                folders.getItems().add(dir.toPath());
            }
        });
        remove.setOnAction(e -> folders.getItems().remove(folders.getSelectionModel().getSelectedItem()));
        CheckBox download = new CheckBox("Download missing figures from the notes' published sites I allow "
                + "(https only, cached)");
        download.setSelected(settings.downloadFigures());
        // The hosts asked about so far: a site is only ever contacted once allowed here or on a page.
        Map<String, Boolean> answers = new TreeMap<>(settings.figureHosts());
        ListView<String> hosts = new ListView<>();
        hosts.setId("figure-hosts");
        hosts.setPrefHeight(100);
        hosts.setPlaceholder(new Label("No site asked about yet"));
        Runnable showHosts = () -> hosts.getItems().setAll(answers.keySet());
        hosts.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String host, boolean empty) {
                super.updateItem(host, empty);
                setText(empty || host == null ? null
                        : host + " — " + (Boolean.TRUE.equals(answers.get(host)) ? "allowed" : "refused"));
            }
        });
        showHosts.run();
        Button allow = new Button("Allow");
        Button refuse = new Button("Refuse");
        Button forget = new Button("Forget");
        for (Button b : List.of(allow, refuse, forget)) {
            b.disableProperty().bind(hosts.getSelectionModel().selectedItemProperty().isNull());
        }
        allow.setOnAction(e -> answer(hosts, answers, true, showHosts));
        refuse.setOnAction(e -> answer(hosts, answers, false, showHosts));
        forget.setOnAction(e -> {
            answers.remove(hosts.getSelectionModel().getSelectedItem());
            showHosts.run();
        });
        VBox content = new VBox(8, new Label("Figure folders (figures are found by file name):"), folders,
                new HBox(8, add, remove), download,
                new Label("Sites figures may be downloaded from (a forgotten one is asked about again):"), hosts,
                new HBox(8, allow, refuse, forget));
        content.setPadding(new Insets(10));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button == ButtonType.OK
                ? settings.withFigureFolders(folders.getItems()).withDownloadFigures(download.isSelected())
                .withFigureHosts(answers) : null);
    }

    private static void answer(ListView<String> hosts, Map<String, Boolean> answers, boolean allow, Runnable show) {
        String host = hosts.getSelectionModel().getSelectedItem();
        answers.put(host, allow);
        show.run();
        hosts.getSelectionModel().select(host);
    }
}
