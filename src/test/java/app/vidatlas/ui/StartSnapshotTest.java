package app.vidatlas.ui;

import app.vidatlas.library.LibraryRequest;
import app.vidatlas.userdata.PageSnapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page the last start drew is shown at the next start only if it would be drawn the same: same build, same
 * notes on disk, same figure settings, same theme, same paper (ADR 0013).
 */
class StartSnapshotTest {
    @TempDir
    Path dir;

    /** A notes folder with one note. */
    private Path notes() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("one.md"), "P1\n# Video\n\nShow-1.\n");
        return notes;
    }

    private LibraryRequest request(Path notes, boolean downloads) {
        return new LibraryRequest(List.of(notes), List.of(), downloads, Map.of(), null, dir.resolve("cache"));
    }

    @Test
    void aKeptPageIsOfferedOnlyForTheSameNotesThemePaperAndBuild() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Path note = Files.writeString(notes.resolve("one.md"), "P1\n# Video\n\nShow-1.\n");
        PageSnapshots store = new PageSnapshots(dir.resolve("start-page"));
        StartSnapshot build1 = new StartSnapshot(store, "build 1");
        LibraryRequest asked = request(notes, false);

        assertThat(build1.prepare(asked, false, StartSnapshot.Kind.RESTORE, "show-1")).as("nothing kept yet").isEmpty();
        build1.save(asked, false, StartSnapshot.Kind.RESTORE, "show-1", 640, "<html>Show-1</html>");

        StartSnapshot next = new StartSnapshot(store, "build 1");
        assertThat(next.prepare(asked, false, StartSnapshot.Kind.RESTORE, "show-1"))
                .hasValueSatisfying(s -> assertThat(s.html()).isEqualTo("<html>Show-1</html>"));
        assertThat(next.prepare(asked, true, StartSnapshot.Kind.RESTORE, "show-1")).as("dark theme").isEmpty();
        assertThat(next.prepare(asked, null, StartSnapshot.Kind.RESTORE, "show-1"))
                .as("following the desktop's theme, not known yet: the page in either").isPresent();
        assertThat(next.prepare(asked, false, StartSnapshot.Kind.RESTORE, "animatediff")).as("another paper").isEmpty();
        assertThat(next.prepare(request(notes, true), false, StartSnapshot.Kind.RESTORE, "show-1"))
                .as("figure downloads allowed: figures may be drawn otherwise").isEmpty();
        assertThat(new StartSnapshot(store, "build 2").prepare(asked, false, StartSnapshot.Kind.RESTORE, "show-1"))
                .as("another build of the app").isEmpty();

        Files.writeString(note, "P1\n# Video\n\nShow-1, edited.\n");
        Files.setLastModifiedTime(note, FileTime.fromMillis(Files.getLastModifiedTime(note).toMillis() + 5000));
        assertThat(next.prepare(asked, false, StartSnapshot.Kind.RESTORE, "show-1")).as("the note was edited").isEmpty();
    }

    @Test
    void theBundledNotesAreKeptForTheBuildThatHoldsThem() {
        PageSnapshots store = new PageSnapshots(dir.resolve("start-page"));
        LibraryRequest bundled = new LibraryRequest(List.of(), List.of(), false, Map.of(), null, dir.resolve("cache"));
        StartSnapshot first = new StartSnapshot(store, "jar 1");
        assertThat(first.prepare(bundled, false, StartSnapshot.Kind.FIRST, null)).isEmpty();
        first.save(bundled, false, StartSnapshot.Kind.FIRST, "show-1", 0, "<html>S</html>");
        assertThat(new StartSnapshot(store, "jar 1").prepare(bundled, false, StartSnapshot.Kind.FIRST, null))
                .hasValueSatisfying(p -> assertThat(p.html()).isEqualTo("<html>S</html>"));
        assertThat(new StartSnapshot(store, "jar 2").prepare(bundled, false, StartSnapshot.Kind.FIRST, null))
                .as("another jar, whose bundled notes may differ").isEmpty();
    }

    @Test
    void theFirstPaperStartTakesWhateverPaperWasFirst() throws Exception {
        StartSnapshot s = new StartSnapshot(new PageSnapshots(dir.resolve("start-page")), "b");
        LibraryRequest asked = request(notes(), false);
        assertThat(s.prepare(asked, false, StartSnapshot.Kind.FIRST, null)).isEmpty();
        s.save(asked, false, StartSnapshot.Kind.FIRST, "modelscope-t2v", 0, "<html>M</html>");
        assertThat(s.prepare(asked, false, StartSnapshot.Kind.FIRST, null))
                .hasValueSatisfying(p -> assertThat(p.paperId()).isEqualTo("modelscope-t2v"));
        assertThat(s.prepare(asked, false, StartSnapshot.Kind.RESTORE, "modelscope-t2v"))
                .as("kept apart from the page a reader left").isEmpty();
    }

    @Test
    void notesNotStampedAreNotKeptAndADevelopmentBuildKeepsNothing() throws Exception {
        Path notes = notes();
        PageSnapshots store = new PageSnapshots(dir.resolve("start-page"));
        StartSnapshot s = new StartSnapshot(store, "b");
        s.save(request(notes, false), false, StartSnapshot.Kind.RESTORE, "p", 0, "<html/>");
        assertThat(dir.resolve("start-page")).as("the page's notes were never stamped").doesNotExist();

        StartSnapshot none = new StartSnapshot(store, null);
        assertThat(none.enabled()).isFalse();
        none.stamp(request(notes, false));
        none.save(request(notes, false), false, StartSnapshot.Kind.RESTORE, "p", 0, "<html/>");
        assertThat(dir.resolve("start-page")).doesNotExist();
        assertThat(StartSnapshot.buildOf(StartSnapshotTest.class)).as("classes from a folder, not a jar").isNull();
    }
}
