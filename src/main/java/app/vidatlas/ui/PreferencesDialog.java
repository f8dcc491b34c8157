package app.vidatlas.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;

/** Figure folders and whether figures may be downloaded from the notes' published site. */
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
        CheckBox download = new CheckBox("Download missing figures from the notes' published site (https only, cached)");
        download.setSelected(settings.downloadFigures());
        VBox content = new VBox(8, new Label("Figure folders (figures are found by file name):"), folders,
                new HBox(8, add, remove), download);
        content.setPadding(new Insets(10));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button == ButtonType.OK
                ? settings.withFigureFolders(folders.getItems()).withDownloadFigures(download.isSelected()) : null);
    }
}
