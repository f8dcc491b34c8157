package app.vidatlas.ui;

import app.vidatlas.userdata.Settings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The sites figures may be downloaded from, as Preferences lists and changes them. */
@ExtendWith(ApplicationExtension.class)
class PreferencesDialogTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void theHostsAnsweredForAreListedAndCanBeChanged(FxRobot robot) {
        Settings settings = Settings.DEFAULTS.withFigureHost("example.org", true).withFigureHost("127.0.0.1:8443", false);
        AtomicReference<PreferencesDialog> dialog = new AtomicReference<>();
        robot.interact(() -> {
            dialog.set(new PreferencesDialog(settings, stage));
            dialog.get().show();
        });
        ListView<?> hosts = robot.lookup("#figure-hosts").queryAs(ListView.class);
        assertThat(robot.lookup("#figure-hosts .list-cell").queryAllAs(javafx.scene.control.ListCell.class))
                .extracting(javafx.scene.control.ListCell::getText)
                .contains("127.0.0.1:8443 — refused", "example.org — allowed");

        robot.interact(() -> hosts.getSelectionModel().select(0)); // 127.0.0.1:8443, in order
        robot.clickOn(robot.lookup(".button").match(n -> n instanceof Button b && b.getText().equals("Allow"))
                .queryButton());
        robot.interact(() -> hosts.getSelectionModel().select(1));
        robot.clickOn(robot.lookup(".button").match(n -> n instanceof Button b && b.getText().equals("Forget"))
                .queryButton());
        robot.interact(() -> ((Button) dialog.get().getDialogPane().lookupButton(ButtonType.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.get().getResult().figureHosts()).isEqualTo(Map.of("127.0.0.1:8443", true));
    }
}
