package app.vidatlas.launch;

import app.vidatlas.Fixtures;
import app.vidatlas.cli.NotesOpener;
import app.vidatlas.library.CatalogPipeline;
import app.vidatlas.model.Progress;
import app.vidatlas.notes.NoteLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command server keeps the notes the last command opened for the next (ADR 0014), but never past a change: a
 * command sees what a command in its own JVM would.
 */
class KeptNotesTest {
    @TempDir
    Path dir;
    private final KeptNotes kept = new KeptNotes();

    @AfterEach
    void release() {
        kept.release();
    }

    private List<NoteLocation> notes() throws IOException {
        Path notes = dir.resolve("notes");
        if (!Files.isDirectory(notes)) {
            Files.createDirectories(notes);
            try (var files = Files.list(Fixtures.notesDir())) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, notes.resolve(f.getFileName()));
                }
            }
        }
        return CatalogPipeline.locations(List.of(notes));
    }

    @Test
    void theSameUnchangedNotesAreKeptOpenAndAnsweredWarm() throws Exception {
        Path index = dir.resolve("index");
        NotesOpener.Lease first = kept.open(index, notes(), Progress.NONE);
        int papers = first.notes().catalog().papers().size();
        first.close();
        assertThat(kept.holding()).isTrue();

        NotesOpener.Lease second = kept.open(index, notes(), Progress.NONE);
        assertThat(second.notes()).as("the same open notes").isSameAs(first.notes());
        assertThat(second.notices()).as("nothing happened to the index this time").isEmpty();
        assertThat(second.notes().catalog().papers()).hasSize(papers);
        assertThat(second.notes().searcher().search("bullet", 5).total()).isPositive();
        second.close();
    }

    @Test
    void anIdleServerCollectsAfterAMinuteAndLetsTheNotesGoAfterTen() throws Exception {
        kept.open(dir.resolve("index"), notes(), Progress.NONE).close();
        CommandServer.Idle idle = new CommandServer.Idle();
        assertThat(idle.act(0, kept)).isEqualTo(60_000);
        assertThat(idle.act(60_000, kept)).as("collected; the notes next").isEqualTo(540_000);
        assertThat(kept.holding()).isTrue();
        idle.act(600_000, kept);
        assertThat(kept.holding()).isFalse();
        assertThat(idle.act(700_000, kept)).as("nothing more to do").isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aChangedNoteAnotherFolderOrAnotherIndexOpensThemAgain() throws Exception {
        Path index = dir.resolve("index");
        NotesOpener.Lease first = kept.open(index, notes(), Progress.NONE);
        first.close();

        Path note = notes().get(0).dir().resolve("added.md");
        Files.writeString(note, "# Added\n\nZyxwvut: a word no other note has.\n");
        NotesOpener.Lease changed = kept.open(index, notes(), Progress.NONE);
        assertThat(changed.notes()).isNotSameAs(first.notes());
        assertThat(changed.notes().searcher().search("Zyxwvut", 5).total()).as("the new note is searched").isOne();
        changed.close();

        // Another process commits to the index (here: the notes opened again elsewhere after a change, and the
        // change undone with the file's old time): not the index the kept notes read, so they are opened again.
        NotesOpener.Lease before = kept.open(index, notes(), Progress.NONE);
        try (var other = app.vidatlas.library.IndexedNotes.open(index, notes(), Progress.NONE)) {
            assertThat(other.searcher().search("Zyxwvut", 5).total()).isOne();
        }
        assertThat(before.notes().current()).isTrue();
        Files.writeString(note, "# Added\n\nQwertzuiop instead.\n");
        try (var other = app.vidatlas.library.IndexedNotes.open(index, notes(), Progress.NONE)) {
            assertThat(other.searcher().search("Qwertzuiop", 5).total()).isOne();
        }
        assertThat(before.notes().current()).as("another committed to the index").isFalse();

        NotesOpener.Lease otherIndex = kept.open(dir.resolve("index2"), notes(), Progress.NONE);
        assertThat(otherIndex.notes()).isNotSameAs(changed.notes());
        otherIndex.close();

        kept.release();
        assertThat(kept.holding()).isFalse();
    }
}
