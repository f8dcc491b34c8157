package app.vidatlas.index;

import app.vidatlas.library.IndexedNotes;
import app.vidatlas.model.Progress;
import app.vidatlas.Fixtures;
import app.vidatlas.model.Note;
import app.vidatlas.model.Paper;
import app.vidatlas.notes.NoteLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A book's SUMMARY.md orders and titles its notes without changing any of them: the index, which keeps notes as
 * parsed, must still show the book as it is now. Given / when / then.
 */
class NotesIndexBookTest {
    @TempDir
    Path notes;
    @TempDir
    Path indexDir;
    private final Path papers = Fixtures.notesDir().resolve("fixture-papers.json");

    @BeforeEach
    void aBook() throws IOException {
        Files.writeString(notes.resolve("a.md"), "P1\n# Chapter A\n\n## Omega\n\nWorks on temporal coherence.\n\n"
                + "Wu et al., “Omega: A Paper,” arXiv 2023.\n");
        Files.writeString(notes.resolve("b.md"), "P7\n# Chapter B\n\n## Sigma\n\nUses optical flow.\n\n"
                + "Li et al., “Sigma: Flow Things,” arXiv 2022.\n");
        Files.writeString(notes.resolve("SUMMARY.md"), "# Summary\n\n- [Bee first](b.md)\n- [Ay second](a.md)\n");
    }

    private IndexedNotes open() throws IOException {
        return IndexedNotes.open(indexDir, List.of(new NoteLocation(notes, "notes")), papers, "papers.json",
                Progress.NONE);
    }

    @Test
    void theIndexShowsTheBooksOrderAndTitles() throws IOException {
        open().close();
        try (IndexedNotes index = open()) {
            assertThat(index.notesParsed()).isZero();
            assertThat(index.noteHeadings()).extracting(Note::title).containsExactly("Bee first", "Ay second");
            assertThat(index.paperSummaries()).extracting(Paper::title)
                    .containsExactly("Sigma: Flow Things", "Omega: A Paper");
            assertThat(index.catalog().notes()).extracting(Note::title).containsExactly("Bee first", "Ay second");
            assertThat(index.partialCatalog(List.of(), List.of("a.md")).note("a.md").orElseThrow().title())
                    .isEqualTo("Ay second");
        }
    }

    @Test
    void aReorderedAndRetitledSummaryIsPickedUpWithoutParsingAnyNote() throws IOException {
        open().close();
        Files.writeString(notes.resolve("SUMMARY.md"), "# Summary\n\n- [Ay now first](a.md)\n- [Bee now second](b.md)\n");
        try (IndexedNotes index = open()) {
            assertThat(index.notesParsed()).isZero();
            assertThat(index.catalog().notes()).extracting(Note::title).containsExactly("Ay now first", "Bee now second");
            assertThat(index.catalog().papers()).extracting(Paper::title)
                    .containsExactly("Omega: A Paper", "Sigma: Flow Things");
        }
        // And at the next start, from the index alone (the catalog not built).
        try (IndexedNotes index = open()) {
            assertThat(index.noteHeadings()).extracting(Note::title).containsExactly("Ay now first", "Bee now second");
            assertThat(index.paperSummaries()).extracting(Paper::title)
                    .containsExactly("Omega: A Paper", "Sigma: Flow Things");
        }
    }

    @Test
    void aNoteTakenOutOfTheSummaryGetsItsOwnTitleBack() throws IOException {
        open().close();
        Files.writeString(notes.resolve("SUMMARY.md"), "# Summary\n\n- [Bee first](b.md)\n");
        try (IndexedNotes index = open()) {
            assertThat(index.catalog().notes()).extracting(Note::title).containsExactly("Bee first", "Chapter A");
        }
        try (IndexedNotes index = open()) {
            assertThat(index.noteHeadings()).extracting(Note::title).containsExactly("Bee first", "Chapter A");
        }
    }
}
