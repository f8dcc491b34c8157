package app.vidatlas.notes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The notes' stamp changes with any note added, removed or edited, and with the book's order; not otherwise. */
class NotesStampTest {
    @TempDir
    Path dir;

    @Test
    void theStampFollowsTheNotesOnDisk() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Path one = Files.writeString(notes.resolve("one.md"), "P1\n# Video\n\nShow-1.\n");
        Files.writeString(notes.resolve("README.md"), "not a note");
        List<NoteLocation> here = List.of(NoteLocation.of(notes));
        String first = NotesStamp.of(here);
        assertThat(NotesStamp.of(here)).as("nothing changed").isEqualTo(first);

        Files.writeString(one, "P1\n# Video\n\nShow-2.\n");
        Files.setLastModifiedTime(one, FileTime.fromMillis(Files.getLastModifiedTime(one).toMillis() + 5000));
        String edited = NotesStamp.of(here);
        assertThat(edited).as("a note edited").isNotEqualTo(first);

        Path two = Files.writeString(Files.createDirectories(notes.resolve("sub")).resolve("two.md"), "P2\n# More\n");
        String added = NotesStamp.of(here);
        assertThat(added).as("a note added").isNotEqualTo(edited);

        Files.writeString(notes.resolve("SUMMARY.md"), "# Summary\n\n- [Two](sub/two.md)\n- [One](one.md)\n");
        assertThat(NotesStamp.of(here)).as("the book's order").isNotEqualTo(added);

        Files.delete(two);
        Files.delete(notes.resolve("SUMMARY.md"));
        assertThat(NotesStamp.of(here)).as("back as it was after the edit").isEqualTo(edited);
    }

    @Test
    void aMissingFolderHasAStampOfItsOwn() {
        String missing = NotesStamp.of(List.of(NoteLocation.of(dir.resolve("nowhere"))));
        assertThat(missing).isNotEqualTo(NotesStamp.of(List.of(NoteLocation.of(dir))));
    }
}
