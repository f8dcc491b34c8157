package app.vidatlas.index;

import app.vidatlas.library.IndexedNotes;
import app.vidatlas.model.Progress;
import app.vidatlas.Fixtures;
import app.vidatlas.catalog.Catalog;
import app.vidatlas.model.Note;
import app.vidatlas.model.Paper;
import app.vidatlas.notes.BundledNotes;
import app.vidatlas.notes.NoteLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unchanged index opened without building its catalog: the list, the notes and each page's papers and notes are
 * read from what the index keeps, and must be what the catalog itself holds. Checked on the bundled notes (hundreds
 * of papers, curated ones, shared tables, aliases, nested categories) and the project's fixtures.
 */
class IndexWithoutCatalogTest {
    @TempDir
    Path indexDir;
    @TempDir
    Path extra;

    private final List<NoteLocation> notes = List.of(BundledNotes.location(),
            new NoteLocation(Fixtures.notesDir(), "fixtures"));

    private IndexedNotes open() throws IOException {
        return IndexedNotes.open(indexDir, notes, BundledNotes.papersJson(), "papers.json", Progress.NONE);
    }

    /** What the list shows of a paper. */
    private record Listed(String id, String title, String shortName, List<String> aliases, Integer year, String venue,
                          List<app.vidatlas.model.CategoryPath> categories) {
        static Listed of(Paper p) {
            return new Listed(p.id(), p.title(), p.shortName(), p.aliases(), p.year(), p.venue(), p.categories());
        }
    }

    @Test
    void theListAndTheNotesReadWithoutTheCatalogAreTheCatalogsOwnInItsOrder() throws IOException {
        Catalog whole;
        try (IndexedNotes built = open()) {
            assertThat(built.catalogReady()).as("built now: the catalog is at hand").isTrue();
            whole = built.catalog();
        }
        try (IndexedNotes reopened = open()) {
            assertThat(reopened.catalogReady()).as("reused: nothing built yet").isFalse();
            assertThat(reopened.paperSummaries()).map(Listed::of)
                    .containsExactlyElementsOf(whole.papers().stream().map(Listed::of).toList());
            assertThat(reopened.noteHeadings()).map(n -> List.of(n.id(), n.title(), n.format().name(),
                    String.valueOf(n.siteUrl()))).containsExactlyElementsOf(whole.notes().stream()
                    .map(n -> List.of(n.id(), n.title(), n.format().name(), String.valueOf(n.siteUrl()))).toList());
            assertThat(reopened.catalogReady()).as("summaries do not build the catalog").isFalse();
        }
        assertThat(whole.papers()).hasSizeGreaterThan(40);
        assertThat(whole.papers()).anySatisfy(p -> assertThat(p.aliases()).isNotEmpty());
        assertThat(whole.notes()).anySatisfy(n -> assertThat(n.siteUrl()).isNotNull());
    }

    @Test
    void aPagesPapersAndNotesReadWithoutTheCatalogAreWhole() throws IOException {
        Catalog whole;
        try (IndexedNotes built = open()) {
            whole = built.catalog();
        }
        // A paper with several sources, one curated, and one from a plain-text note.
        Paper shared = whole.papers().stream().filter(p -> p.sources().size() > 1).findFirst().orElseThrow();
        Paper curated = whole.papers().stream().filter(Paper::curated).findFirst().orElseThrow();
        Paper plain = whole.papers().stream().filter(p -> p.sources().stream()
                .anyMatch(s -> s.note().endsWith(".txt"))).findFirst().orElseThrow();
        String constructs = whole.notes().stream().map(Note::id).filter(id -> id.endsWith("constructs.md"))
                .findFirst().orElseThrow();
        try (IndexedNotes reopened = open()) {
            Catalog part = reopened.partialCatalog(List.of(shared.id(), curated.id(), plain.id(), "no-such-paper"),
                    List.of(constructs));
            assertThat(part.papers()).containsExactly(shared, curated, plain);
            List<String> wanted = new java.util.ArrayList<>(List.of(constructs));
            for (Paper p : List.of(shared, curated, plain)) {
                p.sources().forEach(s -> wanted.add(s.note()));
            }
            List<Note> expected = wanted.stream().distinct().sorted().map(id -> whole.note(id).orElseThrow()).toList();
            assertThat(part.notes()).containsExactlyElementsOf(expected);
            assertThat(reopened.catalogReady()).isFalse();
            // And the catalog, when it is asked for, is the same as the one built with the index.
            assertThat(reopened.catalog().papers()).containsExactlyElementsOf(whole.papers());
            assertThat(reopened.catalogReady()).isTrue();
        }
    }

    @Test
    void afterANoteChangesTheListReadWithoutTheCatalogFollowsTheNewOrder() throws IOException {
        Files.writeString(extra.resolve("a.md"), "P1\n# A\n\n## Zeta\n\nWu et al., “Zeta: Last Things,” arXiv 2023.\n");
        List<NoteLocation> withExtra = List.of(new NoteLocation(extra, "extra"));
        try (IndexedNotes first = IndexedNotes.open(indexDir, withExtra, BundledNotes.papersJson(), "papers.json",
                Progress.NONE)) {
            assertThat(first.catalog().papers()).extracting(Paper::id).containsExactly("zeta");
        }
        // A paper brought up before the one there was: the catalog's order changes, the old paper's documents do not.
        Files.writeString(extra.resolve("a.md"), "P1\n# A\n\n## Alpha\n\nHo et al., “Alpha: First Things,” arXiv 2022."
                + "\n\nP2\n## Zeta\n\nWu et al., “Zeta: Last Things,” arXiv 2023.\n");
        Files.setLastModifiedTime(extra.resolve("a.md"), java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() + 5000));
        try (IndexedNotes updated = IndexedNotes.open(indexDir, withExtra, BundledNotes.papersJson(), "papers.json",
                Progress.NONE)) {
            assertThat(updated.catalog().papers()).extracting(Paper::id).containsExactly("alpha", "zeta");
        }
        try (IndexedNotes reopened = IndexedNotes.open(indexDir, withExtra, BundledNotes.papersJson(), "papers.json",
                Progress.NONE)) {
            assertThat(reopened.catalogReady()).isFalse();
            assertThat(reopened.paperSummaries()).extracting(Paper::id).containsExactly("alpha", "zeta");
            assertThat(reopened.partialCatalog(List.of("zeta"), List.of()).notes()).singleElement()
                    .satisfies(n -> assertThat(n.slides()).hasSize(2));
        }
    }
}
