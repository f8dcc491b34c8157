package app.vidatlas.ui;

import app.vidatlas.ui.common.FormatNames;
import app.vidatlas.userdata.AtomicFiles;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** The window's small dialogs: warnings, choosing an export format, saving a file, asking about a host. */
final class Dialogs {
    private final Stage stage;
    private final BooleanSupplier closing;

    /** @param closing whether the app is quitting: then a warning goes to the console, not into the teardown */
    Dialogs(Stage stage, BooleanSupplier closing) {
        this.stage = stage;
        this.closing = closing;
    }

    void warn(String text) {
        if (closing.getAsBoolean()) {
            Quit.tell(text);
            return;
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, text, ButtonType.OK);
        alert.initOwner(stage);
        alert.showAndWait();
    }

    /** Asks which format to export in, offering every format the export knows. */
    <T extends Enum<T>> Optional<T> chooseFormat(String title, String header, T[] formats) {
        Map<String, T> byLabel = new LinkedHashMap<>();
        for (T f : formats) {
            byLabel.put(FormatNames.label(f), f);
        }
        ChoiceDialog<String> choose = new ChoiceDialog<>(FormatNames.label(formats[0]), byLabel.keySet());
        choose.initOwner(stage);
        choose.setTitle(title);
        choose.setHeaderText(header);
        return choose.showAndWait().map(byLabel::get);
    }

    /** Asks where to save, and writes the content there whole (or not at all); null content: nothing to export. */
    /** Asks where to save {@code content} and saves it there; the file saved, or empty (cancelled, failed, nothing). */
    Optional<java.nio.file.Path> saveTo(String title, String suggested, String description, String extension,
                                        String content) {
        return saveTo(title, suggested, description, extension,
                content == null ? null : content.getBytes(StandardCharsets.UTF_8));
    }

    /** Asks where to save these bytes (an image) and writes them there. */
    Optional<java.nio.file.Path> saveTo(String title, String suggested, String description, String extension,
                                        byte[] content) {
        if (content == null) {
            warn("There is nothing to export yet.");
            return Optional.empty();
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggested + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            try {
                AtomicFiles.write(file.toPath(), content);
                return Optional.of(file.toPath());
            } catch (IOException e) {
                warn("Could not write " + file + ": " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    /**
     * Asks once whether figures may be downloaded from a host a note named: true allowed, false never, empty when
     * the question was closed (the page keeps offering).
     */
    Optional<Boolean> askHost(String host) {
        ButtonType allow = new ButtonType("Allow", ButtonBar.ButtonData.YES);
        ButtonType deny = new ButtonType("Never", ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", allow, deny, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setTitle("Download figures");
        ask.setHeaderText("Download missing figures from " + host + "?");
        ask.setContentText("The notes say they are published there. VidAtlas will fetch the figures it cannot find "
                + "on this computer from " + host + " (https only) and keep them in its cache. You can change this "
                + "in Preferences.");
        return ask.showAndWait().filter(b -> b == allow || b == deny).map(b -> b == allow);
    }
}
