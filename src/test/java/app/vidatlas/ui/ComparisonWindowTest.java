package app.vidatlas.ui;

import app.vidatlas.KeptProperties;
import app.vidatlas.ui.reader.Place;
import app.vidatlas.model.Paper;
import app.vidatlas.export.ComparisonExport;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** Comparing papers in the real window, and the app remembering across a restart. */
@ExtendWith(ApplicationExtension.class)
class ComparisonWindowTest {
    private VidAtlasApp app;
    private final KeptProperties properties = new KeptProperties();
    private Stage stage;
    @TempDir
    Path config;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        properties.set("vidatlas.configDir", config.toString());
        AppLauncher.setOptions(new AppLauncher.Options(List.of(), List.of(), null));
        app = new VidAtlasApp();
        app.start(stage);
    }

    @AfterEach
    void restoreProperties() {
        properties.restore();
    }

    private static void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        FxPages.waitUntil(what, condition);
    }

    private static Object js(VidAtlasApp app, String script) throws Exception {
        return FxPages.js(app, script);
    }

    private static Node row(FxRobot robot, String shortName) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".paper-table .table-row-cell").match(n -> {
            Object item = ((TableRow<?>) n).getItem();
            return item instanceof Paper p && p.shortName().equals(shortName);
        }).query();
    }

    @Test
    void threePapersFromTheListSideBySide(FxRobot robot) throws Exception {
        waitUntil("the notes have loaded", () -> app.model().browse().papers().size() == 37);
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        robot.clickOn(row(robot, "Show-1"));
        robot.press(KeyCode.CONTROL);
        robot.clickOn(row(robot, "LaVie"));
        robot.clickOn(row(robot, "SVD"));
        robot.release(KeyCode.CONTROL);
        robot.clickOn(robot.lookup(".main-toolbar .button").match(n -> ((javafx.scene.control.Button) n).getText()
                .startsWith("Compare")).queryButton());
        waitUntil("the comparison shows (comparison " + app.model().compare().comparison() + ", selection "
                        + app.model().currentList().size() + ")",
                () -> ((Number) js(app, "document.querySelectorAll('th.paper-col').length")).intValue() == 3);
        assertThat(app.model().compare().comparison()).containsExactly("show-1", "lavie", "stable-video-diffusion");
        assertThat(js(app, "document.querySelector('tr.differs[data-row=space]') != null")).isEqualTo(Boolean.TRUE);
        assertThat(js(app, "document.querySelector('tr.same[data-row=backbone]') != null")).isEqualTo(Boolean.TRUE);

        java.util.concurrent.atomic.AtomicReference<String> exported = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> app.model().compare().exportComparison(ComparisonExport.Format.MARKDOWN, exported::set));
        waitUntil("the comparison is exported (in the background)", () -> exported.get() != null);
        String markdown = exported.get();
        assertThat(markdown).isEqualTo(Files.readString(Path.of("src/test/resources/golden/comparison-show-1-lavie-svd.md"),
                StandardCharsets.UTF_8));

        // A header dragged onto another column's moves its column there.
        js(app, "var h = document.querySelectorAll('.col-head');"
                + "h[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true, button: 0}));"
                + "h[2].dispatchEvent(new MouseEvent('mouseup', {bubbles: true, button: 0}));");
        waitUntil("Show-1's column is last", () -> app.model().compare().comparison()
                .equals(List.of("lavie", "stable-video-diffusion", "show-1")));
        waitUntil("the page shows the new order", () -> "Show-1".equals(js(app,
                "document.querySelectorAll('th.paper-col .col-head > a')[2].textContent")));

        js(app, "document.querySelector('a.remove[href$=\"lavie\"]').click()");
        waitUntil("the column is gone", () -> ((Number) js(app, "document.querySelectorAll('th.paper-col').length"))
                .intValue() == 2);
        assertThat(app.model().compare().comparison()).containsExactly("stable-video-diffusion", "show-1");

        js(app, "document.querySelector('a[href=\"vidatlas:compare-hide-same\"]').click()");
        waitUntil("agreeing rows are hidden", () -> js(app, "document.querySelector('tr.same') == null").equals(Boolean.TRUE));
    }

    @Test
    void whatTheUserDidSurvivesARestart(FxRobot robot) throws Exception {
        waitUntil("the notes have loaded", () -> app.model().browse().papers().size() == 37);
        robot.interact(() -> {
            app.model().reader().open(new Place.PaperAt("gentron"));
            app.model().handlePageMessage("vidatlas:bookmark/gentron");
            app.model().reading().saveNote("gentron", "DiT for video");
            app.model().compare().setComparison(List.of("show-1", "lavie"));
        });
        waitUntil("GenTron's page shows", () -> "GenTron".equals(js(app, "(document.querySelector('h1')||{}).textContent")));
        robot.interact(() -> {
            stage.setWidth(1111);
            stage.setHeight(777);
        });
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        robot.interact(stage::hide);

        VidAtlasApp second = new VidAtlasApp();
        java.util.concurrent.atomic.AtomicReference<Stage> stage2 = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            stage2.set(new Stage());
            second.start(stage2.get());
        });
        assertThat(stage2.get().getWidth()).as("the window's size is remembered").isEqualTo(1111.0);
        assertThat(stage2.get().getHeight()).isEqualTo(777.0);
        waitUntil("the second run has loaded", () -> second.model().browse().papers().size() == 37);
        waitUntil("the last paper reopens", () -> new Place.PaperAt("gentron").equals(second.model().reader().currentPlace()));
        assertThat(second.model().reading().libraryProperty().get().bookmarks()).containsExactly("gentron");
        assertThat(second.model().reading().libraryProperty().get().note("gentron")).isEqualTo("DiT for video");
        assertThat(second.model().compare().comparison()).containsExactly("show-1", "lavie");
        waitUntil("the page shows the note", () -> Boolean.TRUE.equals(js(second,
                "document.querySelector('section.my-note') != null")));

        // The user's note is found by search.
        robot.interact(() -> second.model().search().search("DiT for video"));
        waitUntil("the note is found", () -> !second.model().search().results().isEmpty());
        assertThat(second.model().search().results().get(0).id()).isEqualTo("gentron");
        assertThat(second.model().search().results().get(0).snippets().get(0).where()).isEqualTo("my note");
        robot.interact(() -> {
            stage2.get().hide();
            // The primary stage is shared by the tests: give it back as it was.
            stage.setWidth(1360);
            stage.setHeight(820);
        });
    }
}
