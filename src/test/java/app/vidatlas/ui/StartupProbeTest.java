package app.vidatlas.ui;

import app.vidatlas.KeptProperties;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up probe's output, from the real window (headless): {@code window}, {@code ready} and {@code catalog}
 * each once, in that order, each a count of milliseconds that does not go back; then the window quits by itself.
 * Its times are measured by the benchmark, not here.
 */
@ExtendWith(ApplicationExtension.class)
class StartupProbeTest {
    @TempDir
    static Path dirs;
    private final List<String> printed = new CopyOnWriteArrayList<>();
    private final List<String> exits = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Path root = Files.createTempDirectory(dirs, "run");
        Path notes = Files.createDirectories(root.resolve("notes"));
        Files.writeString(notes.resolve("one.md"), "P1\n# 2 Video Generation\n\nP2\n## Omega\n\nO.\n\n"
                + "Wu et al., “Omega: A Paper,” arXiv 2023.\n");
        // Surefire points both at target/test-home: put back as they were, so no later test writes to the user's.
        properties.set("vidatlas.configDir", Files.createDirectories(root.resolve("config")).toString());
        properties.set("vidatlas.cacheDir", root.resolve("cache").toString());
        properties.set("vidatlas.snapshotBuild", "test build"); // classes from a folder keep no snapshot otherwise
        AppLauncher.setOptions(new AppLauncher.Options(List.of(notes), List.of(), root.resolve("index"),
                (event, ms) -> printed.add(event + " " + ms)));
        VidAtlasApp app = new VidAtlasApp();
        app.exitWith(() -> exits.add("exit"));
        app.start(stage);
    }

    private final KeptProperties properties = new KeptProperties();

    @AfterEach
    void restore() {
        properties.restore();
        AppLauncher.setOptions(new AppLauncher.Options(List.of(), List.of(), null));
    }

    @Test
    void theNextStartShowsThePageAsThisOneDrewItThenTheNotesDrawItAgain() throws Exception {
        FxPages.waitUntil("the first start's probe has quit", () -> !exits.isEmpty());
        assertThat(Path.of(System.getProperty("vidatlas.cacheDir"), "start-page", "first.html"))
                .as("the first page kept for the next start").exists();
        printed.clear();
        int marksBefore = app.vidatlas.work.Timeline.marks().size();
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            VidAtlasApp second = new VidAtlasApp();
            second.exitWith(() -> exits.add("second exit"));
            second.start(new Stage());
        }).get(20, java.util.concurrent.TimeUnit.SECONDS);
        FxPages.waitUntil("the second start's probe has quit", () -> exits.contains("second exit"));
        assertThat(printed).extracting(line -> line.split(" ")[0]).containsExactly("window", "ready", "catalog");
        assertThat(app.vidatlas.work.Timeline.marks().subList(marksBefore, app.vidatlas.work.Timeline.marks().size()))
                .extracting(m -> m.phase()).as("the page came from the snapshot, the notes after it")
                .containsSubsequence("snapshot shown", "opening the index");
    }

    @Test
    void theProbePrintsTheFirstFrameThePageAndTheCatalogInOrderThenQuits() throws Exception {
        FxPages.waitUntil("the probe has printed the catalog and quit", () -> !exits.isEmpty());
        assertThat(printed).extracting(line -> line.split(" ")[0]).containsExactly("window", "ready", "catalog");
        assertThat(printed).allMatch(line -> line.matches("[a-z]+ \\d+"));
        long[] ms = printed.stream().mapToLong(line -> Long.parseLong(line.split(" ")[1])).toArray();
        assertThat(ms[0]).isPositive().isLessThanOrEqualTo(ms[1]);
        assertThat(ms[1]).isLessThanOrEqualTo(ms[2]);
    }
}
