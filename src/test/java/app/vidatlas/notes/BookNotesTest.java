package app.vidatlas.notes;

import app.vidatlas.model.Progress;
import app.vidatlas.Fixtures;
import app.vidatlas.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A notes folder that is an mdBook: its SUMMARY.md orders and titles the notes, and is not a note itself. */
class BookNotesTest {
    private static final Path BOOK = Fixtures.resource("/fixtures/book");

    private static NoteLoader.Result load(Path dir) {
        return new NoteLoader().load(List.of(new NoteLocation(dir, "book")), Progress.NONE);
    }

    private static List<String> ids(NoteLoader.Result result) {
        return result.notes().stream().map(n -> n.note().id()).toList();
    }

    private static String title(NoteLoader.Result result, String id) {
        return result.notes().stream().filter(n -> n.note().id().equals(id)).findFirst().orElseThrow().note().title();
    }

    @Test
    void notesComeInTheBooksOrderAndNotesItDoesNotListComeAfter() {
        // Path order would be a-unlisted.md, early/先驱.md, video/my note.md, video/open-source.md.
        assertThat(ids(load(BOOK))).containsExactly(
                "video/open-source.md", "video/my note.md", "early/先驱.md", "a-unlisted.md");
    }

    @Test
    void aListedNoteHasTheTitleTheBookGivesItAndAnUnlistedOneKeepsItsHeading() {
        NoteLoader.Result result = load(BOOK);
        assertThat(title(result, "video/open-source.md")).isEqualTo("开源基模型");
        assertThat(title(result, "video/my note.md")).isEqualTo("A note with spaces");
        assertThat(title(result, "early/先驱.md")).isEqualTo("早期工作 Early works");
        assertThat(title(result, "a-unlisted.md")).isEqualTo("Not in the book");
    }

    @Test
    void theSummaryAndTheReadmeAreNotNotes() {
        assertThat(ids(load(BOOK))).doesNotContain("SUMMARY.md", "README.md");
    }

    @Test
    void aMissingChapterIsOneWarningNamingTheSummaryAndItsLineWhileDraftsAndTheReadmeLinkAreSilent() {
        List<Diagnostic> diagnostics = load(BOOK).diagnostics();
        assertThat(diagnostics).hasSize(1);
        Diagnostic d = diagnostics.get(0);
        assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
        assertThat(d.toString()).startsWith("book/SUMMARY.md:10: warning: ").contains("video/missing.md");
    }

    @Test
    void aScanFindsTheSameOrderAndTitlesAsALoad() {
        NoteLoader.Scan scan = new NoteLoader().scan(List.of(new NoteLocation(BOOK, "book")), Map.of(),
                Progress.NONE);
        assertThat(scan.files()).extracting(NoteFile::id).containsExactly(
                "video/open-source.md", "video/my note.md", "early/先驱.md", "a-unlisted.md");
        assertThat(scan.files()).extracting(NoteFile::title).containsExactly(
                "开源基模型", "A note with spaces", "早期工作 Early works", null);
        assertThat(scan.diagnostics()).extracting(Diagnostic::line).containsExactly(10);
    }

    @Test
    void aSummaryThatListsNoChaptersLeavesPathOrderWithAWarning(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.md"), "P1\n# B\n");
        Files.writeString(dir.resolve("a.md"), "P1\n# A\n");
        Files.writeString(dir.resolve("SUMMARY.md"), "# Summary\n\nJust some words, no links.\n");
        NoteLoader.Result result = load(dir);
        assertThat(ids(result)).containsExactly("a.md", "b.md");
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.toString()).startsWith("book/SUMMARY.md: warning: ").contains("path order");
        });
    }

    @Test
    void aSummaryThatIsNotTextLeavesPathOrderWithAWarning(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.md"), "P1\n# B\n");
        Files.writeString(dir.resolve("a.md"), "P1\n# A\n");
        Files.write(dir.resolve("SUMMARY.md"), new byte[] {'-', ' ', '[', (byte) 0xff, ']', '(', 'b', '.', 'm', 'd', ')'});
        NoteLoader.Result result = load(dir);
        assertThat(ids(result)).containsExactly("a.md", "b.md");
        assertThat(result.diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.toString()).startsWith("book/SUMMARY.md: warning: "));
    }

    @Test
    void aSummaryDeeperDownIsAnOrdinaryNote(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("part"));
        Files.writeString(dir.resolve("part/SUMMARY.md"), "P1\n# Summary of the part\n");
        assertThat(ids(load(dir))).containsExactly("part/SUMMARY.md");
    }

    @Test
    void eachFolderOfSeveralKeepsItsOwnBooksOrder(@TempDir Path root) throws IOException {
        Path one = Files.createDirectories(root.resolve("one"));
        Path two = Files.createDirectories(root.resolve("two"));
        Files.writeString(one.resolve("a.md"), "P1\n# A\n");
        Files.writeString(one.resolve("b.md"), "P1\n# B\n");
        Files.writeString(one.resolve("SUMMARY.md"), "- [Bee](b.md)\n- [Ay](a.md)\n");
        Files.writeString(two.resolve("c.md"), "P1\n# C\n");
        NoteLoader.Result result = new NoteLoader().load(List.of(NoteLocation.of(two), NoteLocation.of(one)),
                Progress.NONE);
        assertThat(ids(result)).containsExactly("one/b.md", "one/a.md", "two/c.md");
    }
}
