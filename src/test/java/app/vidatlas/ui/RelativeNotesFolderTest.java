package app.vidatlas.ui;

import app.vidatlas.model.Progress;
import app.vidatlas.library.AppSession;
import app.vidatlas.userdata.Settings;
import app.vidatlas.pages.PageRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --notes .} and {@code --notes ..}: the notes folder as the user types it, relative to where the app was
 * started. A JVM cannot change its own working directory, so each case runs the page in a JVM started there.
 */
class RelativeNotesFolderTest {
    @TempDir
    Path root;

    /** Run in the child JVM: prints the page of the one note in {@code args[0]} (as given), index in args[1]. */
    public static void main(String[] args) throws Exception {
        Path notes = Path.of(args[0]);
        AppLauncher.Options options = new AppLauncher.Options(List.of(notes), List.of(), Path.of(args[1]));
        try (AppSession s = AppSession.open(VidAtlasApp.request(options, Settings.DEFAULTS, List.of(notes)),
                Progress.NONE)) {
            String note = s.catalog().notes().get(0).id();
            System.out.print(s.notePage(note, new PageRenderer.Target(note, 1, List.of()), false).html());
        }
    }

    private String pageFrom(Path workingDir, String notesArg) throws IOException, InterruptedException {
        Path out = root.resolve("page.html");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                "-Dvidatlas.cacheDir=" + root.resolve("home/cache"), "-Dvidatlas.configDir=" + root.resolve("home/config"),
                RelativeNotesFolderTest.class.getName(), notesArg, root.resolve("index").toString())
                .directory(workingDir.toFile()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        int exit = p.waitFor();
        String page = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(exit).as(page).isZero();
        return page;
    }

    @Test
    void notesDotFindsTheFiguresNextToTheNotes() throws Exception {
        Path notes = Files.createDirectories(root.resolve("notes"));
        Files.createDirectories(notes.resolve("figs"));
        Files.write(notes.resolve("figs/p1.png"), FigurePagesTest.png());
        Files.writeString(notes.resolve("n.md"), "P1\n# Slides\n\n![](figs/p1.png)\n");

        assertThat(pageFrom(notes, ".")).contains("data:image/png").doesNotContain("is not available");
    }

    @Test
    void notesDotDotDoesNotShowAFileBesideTheNotesFolder() throws Exception {
        Path notes = Files.createDirectories(root.resolve("box/notes"));
        Path below = Files.createDirectories(notes.resolve("sub"));
        Files.createDirectories(root.resolve("box/secret"));
        Files.write(root.resolve("box/secret/private.png"), FigurePagesTest.png());
        Files.writeString(notes.resolve("n.md"), "P1\n# Slides\n\n![](../secret/private.png)\n");

        assertThat(pageFrom(below, "..")).doesNotContain("data:image/png")
                .contains("Figure private.png (slide P1) is not available");
    }
}
