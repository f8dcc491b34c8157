package app.vidatlas.catalog;

import app.vidatlas.model.Progress;
import app.vidatlas.library.TestCatalogs;
import app.vidatlas.Fixtures;
import app.vidatlas.model.Diagnostic;
import app.vidatlas.model.Note;
import app.vidatlas.model.Paper;
import app.vidatlas.notes.NoteLoader;
import app.vidatlas.notes.NoteLocation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A book of notes (mdBook, with a SUMMARY.md) as the catalog shows it: the book's order and titles. */
class NotesBookTest {
    @Test
    void theFixtureBooksNotesAndPapersComeInTheBooksOrderUnderItsTitles() {
        Catalog catalog = TestCatalogs.load(List.of(new NoteLocation(Fixtures.resource("/fixtures/book"), "book")));
        assertThat(catalog.notes()).extracting(Note::title).containsExactly(
                "开源基模型", "A note with spaces", "早期工作 Early works", "Not in the book");
        // Path order would bring Gamma (a-unlisted.md) up first.
        assertThat(catalog.papers()).extracting(Paper::title).containsSubsequence(
                "Alpha: A Base Model", "Beta: An Early Work", "Gamma: Left Out");
    }

    @Test
    void theRealNotesBookComesInItsSummarysOrder() throws IOException {
        Path shared = Fixtures.shared();
        assumeTrue(shared != null && Files.isRegularFile(shared.resolve("notes-book/SUMMARY.md")),
                "../shared/notes-book is not on this machine");
        Path book = shared.resolve("notes-book");
        Catalog catalog = TestCatalogs.load(List.of(new NoteLocation(book, "notes-book")));
        List<String> ids = catalog.notes().stream().map(Note::id).toList();

        // The order expected, read here with nothing but a pattern: each linked file that is there, once.
        Set<String> listed = new LinkedHashSet<>();
        Matcher link = Pattern.compile("\\]\\((?:\\./)?([^)]+\\.md)\\)").matcher(Files.readString(book.resolve("SUMMARY.md")));
        while (link.find()) {
            if (Files.isRegularFile(book.resolve(link.group(1))) && !link.group(1).equals("README.md")) {
                listed.add(link.group(1));
            }
        }
        assertThat(listed).hasSizeGreaterThan(30);
        assertThat(ids.subList(0, listed.size())).containsExactlyElementsOf(listed);
        assertThat(ids).doesNotContain("SUMMARY.md", "README.md");
        List<String> rest = new ArrayList<>(ids.subList(listed.size(), ids.size()));
        assertThat(rest).isSorted();

        assertThat(catalog.note("VideoDiffusionModels/VideoGeneration/WorksBasedOnT2V.md").orElseThrow().title())
                .isEqualTo("Works Based on T2V 基模型");
        String openSource = "VideoDiffusionModels/VideoGeneration/Open-sourcebasemodels.md";
        if (Files.isRegularFile(book.resolve(openSource))) {
            assertThat(catalog.note(openSource).orElseThrow().title()).isEqualTo("开源T2V基模型");
        } else {
            // Kept out of ../shared: the book still lists it, and says so as a warning with its line.
            assertThat(catalog.diagnostics()).filteredOn(d -> d.file().equals("notes-book/SUMMARY.md"))
                    .anySatisfy(d -> {
                        assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
                        assertThat(d.line()).isEqualTo(41);
                        assertThat(d.message()).contains(openSource);
                    });
        }
    }
}
