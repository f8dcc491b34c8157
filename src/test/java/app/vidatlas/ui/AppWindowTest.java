package app.vidatlas.ui;

import app.vidatlas.model.Paper;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The real window, headless: it opens at once and lists the bundled papers when they have loaded. */
@ExtendWith(ApplicationExtension.class)
class AppWindowTest {
    @Start
    void start(Stage stage) throws Exception {
        new VidAtlasApp().start(stage);
    }

    @Test
    void listsTheBundledPapers(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () ->
                robot.lookup(".status-bar .label").queryAs(Label.class).getText().startsWith("37 papers"));
        @SuppressWarnings("unchecked")
        TableView<Paper> table = robot.lookup(".table-view").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(37);
        assertThat(table.getItems()).extracting(Paper::shortName).contains("Show-1", "AnimateDiff", "SVD");
        assertThat(robot.lookup(".status-bar .label").queryAs(Label.class).getText()).isEqualTo("37 papers from 5 notes");
        FxToolkit.hideStage();
    }
}
