package app.vidatlas.ui;

import app.vidatlas.KeptProperties;

import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quitting with a notice open (what brought GTK down at exit): everything is written first, while every window is
 * still up; then the notice closes, then the window; the toolkit is asked to exit last, with no window left.
 */
@ExtendWith(ApplicationExtension.class)
class QuitTest {
    @TempDir
    static Path dirs;
    private Path config;
    private Stage stage;
    private VidAtlasApp app;
    /** What happened, in order: a window hidden (with what the files held then), the exit. */
    private final List<String> events = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path root = Files.createTempDirectory(dirs, "run");
        config = Files.createDirectories(root.resolve("config"));
        Path notes = Files.createDirectories(root.resolve("notes"));
        Files.writeString(notes.resolve("one.md"), "P1\n# 2 Video Generation\n\nP2\n## Omega\n\nO.\n\n"
                + "Wu et al., “Omega: A Paper,” arXiv 2023.\n");
        // A value of the wrong type: the window opens with a notice about it.
        Files.writeString(config.resolve("settings.json"), "{\"downloadFigures\":\"no\"}");
        // Surefire points both at target/test-home: put back as they were, so no later test writes to the user's.
        properties.set("vidatlas.configDir", config.toString());
        properties.set("vidatlas.cacheDir", root.resolve("cache").toString());
        AppLauncher.setOptions(new AppLauncher.Options(List.of(notes), List.of(), root.resolve("index")));
        app = new VidAtlasApp();
        app.start(stage);
        app.exitWith(() -> events.add("exit, windows left: " + showing().size()));
    }

    private final KeptProperties properties = new KeptProperties();

    @AfterEach
    void restore() {
        properties.restore();
    }

    private static List<Window> showing() {
        return Window.getWindows().stream().filter(Window::isShowing).toList();
    }

    private String file(String name) {
        try {
            Path f = config.resolve(name);
            return Files.exists(f) ? Files.readString(f) : "";
        } catch (IOException e) {
            return "unreadable";
        }
    }

    /** Logs each window's hiding, with whether the layout and the reading list were on disk by then. */
    private void watchWindows() {
        for (Window w : showing()) {
            String name = w == stage ? "main" : "dialog";
            w.showingProperty().addListener((o, was, now) -> {
                if (!now) {
                    events.add(name + " hidden, layout saved: " + file("settings.json").contains("\"window\"")
                            + ", bookmark saved: " + file("library.json").contains("omega"));
                }
            });
        }
    }

    private Window notice() {
        return showing().stream().filter(w -> w != stage).findFirst().orElse(null);
    }

    @Test
    void quittingWithANoticeOpenSavesThenClosesTheNoticeThenTheWindowThenExits(FxRobot robot) throws Exception {
        FxPages.waitUntil("the settings notice shows", () -> notice() != null);
        robot.interact(this::watchWindows);

        robot.interact(app::quit);
        FxPages.waitUntil("the toolkit is asked to exit", () -> events.stream().anyMatch(e -> e.startsWith("exit")));

        assertThat(events).containsExactly(
                "dialog hidden, layout saved: true, bookmark saved: false",
                "main hidden, layout saved: true, bookmark saved: false",
                "exit, windows left: 0");
        assertThat(file("settings.json")).contains("\"downloadFigures\" : false");
        robot.interact(app::quit);
        assertThat(events).as("quitting twice quits once").hasSize(3);
    }

    @Test
    void closingTheWindowWithANoticeOpenSavesThenClosesTheNoticeThenTheWindow(FxRobot robot) throws Exception {
        FxPages.waitUntil("the settings notice shows", () -> notice() != null);
        robot.interact(this::watchWindows);

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        FxPages.waitUntil("the window has closed", () -> !stage.isShowing());

        // JavaFX exits by itself once its last window has closed: nothing asks it to.
        assertThat(events).containsExactly(
                "dialog hidden, layout saved: true, bookmark saved: false",
                "main hidden, layout saved: true, bookmark saved: false");
    }

    @Test
    void aReadingListThatCouldNotBeSavedIsSavedOnQuittingBeforeAnyWindowCloses(FxRobot robot) throws Exception {
        bookmarkOmegaWhileItCannotBeSaved(robot);
        assertThat(file("library.json")).doesNotContain("omega");

        robot.interact(this::watchWindows);
        robot.interact(app::quit);
        FxPages.waitUntil("the toolkit is asked to exit", () -> events.stream().anyMatch(e -> e.startsWith("exit")));

        assertThat(events).containsExactly(
                "dialog hidden, layout saved: true, bookmark saved: true",
                "main hidden, layout saved: true, bookmark saved: true",
                "exit, windows left: 0");
    }

    @Test
    void anUnsavedBookmarkIsNotDroppedWhenAnotherWindowsChangesAreShown(FxRobot robot) throws Exception {
        bookmarkOmegaWhileItCannotBeSaved(robot);
        robot.interact(() -> notice().hide());
        // Meanwhile another window saved its own bookmark.
        Files.writeString(config.resolve("library.json"), "{\"version\":1,\"bookmarks\":[\"sigma\"],\"notes\":{}}");

        robot.interact(app::reloadLibrary); // as when the window gets the focus back

        assertThat(file("library.json")).contains("omega").contains("sigma");
        assertThat(app.model().reading().libraryProperty().get().bookmarks()).contains("omega", "sigma");
    }

    /**
     * Bookmarks "omega" while the config folder is not there to write to (a file in its place), so the bookmark
     * stays in the window with the failed save's notice open; then puts the folder back.
     */
    private void bookmarkOmegaWhileItCannotBeSaved(FxRobot robot) throws Exception {
        FxPages.waitUntil("the settings notice shows", () -> notice() != null);
        robot.interact(() -> notice().hide());
        FxPages.waitUntil("the notes have loaded", () -> app.model().browse().papers().size() == 1);
        Path away = config.resolveSibling("config-away");
        Files.move(config, away);
        Files.writeString(config, "not a folder");
        // Not waited for: the failed save opens its notice at once (showAndWait).
        javafx.application.Platform.runLater(() -> app.model().reading().toggleBookmark("omega"));
        FxPages.waitUntil("the failed save is told", () -> notice() != null);
        Files.delete(config);
        Files.move(away, config);
    }
}
