package app.vidatlas.notes;

import app.vidatlas.model.Progress;
import app.vidatlas.Fixtures;
import app.vidatlas.model.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Bad input: each broken file gives one clear diagnostic naming it (and the line where that applies), and the good
 * note beside it still loads.
 */
class NoteLoaderTest {
    @TempDir
    Path dir;

    @BeforeEach
    void aGoodNoteBesideTheBadOne() throws IOException {
        Files.writeString(dir.resolve("good.md"), Fixtures.note("plain-chapter.md"));
    }

    private NoteLoader.Result load() {
        return new NoteLoader().load(List.of(new NoteLocation(dir, "notes")), Progress.NONE);
    }

    private void assertGoodNoteLoaded(NoteLoader.Result result) {
        assertThat(result.notes()).extracting(n -> n.note().id()).contains("good.md");
        assertThat(result.notes().stream().filter(n -> n.note().id().equals("good.md")).findFirst().orElseThrow()
                .mentions()).isNotEmpty();
    }

    private Diagnostic onlyDiagnostic(NoteLoader.Result result, String file) {
        assertThat(result.diagnostics()).as("diagnostics").hasSize(1);
        Diagnostic d = result.diagnostics().get(0);
        assertThat(d.file()).isEqualTo("notes/" + file);
        return d;
    }

    @Test
    void anEmptyFile() throws IOException {
        Files.writeString(dir.resolve("empty.md"), "");
        NoteLoader.Result result = load();
        assertThat(onlyDiagnostic(result, "empty.md").message()).contains("empty");
        assertThat(result.notes()).hasSize(1);
        assertGoodNoteLoaded(result);
    }

    @Test
    void aBinaryFile() throws IOException {
        Files.write(dir.resolve("image.md"), new byte[]{'P', '1', '\n', (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        NoteLoader.Result result = load();
        Diagnostic d = onlyDiagnostic(result, "image.md");
        assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
        assertThat(d.message()).contains("binary");
        assertThat(d.line()).isEqualTo(2);
        assertGoodNoteLoaded(result);
    }

    @Test
    void invalidUtf8IsReportedWithItsLineAndTheRestOfTheNoteKept() throws IOException {
        byte[] head = "P1\n## Broken\n\nfine text\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xFF, (byte) 0xFE, ' ', 'x', '\n'};
        byte[] tail = "Ho et al., “Broken: A Title,” arXiv 2022.\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        Files.write(dir.resolve("latin1.md"), all);
        NoteLoader.Result result = load();
        Diagnostic d = onlyDiagnostic(result, "latin1.md");
        assertThat(d.line()).isEqualTo(5);
        assertThat(d.message()).contains("UTF-8");
        ParsedNote broken = result.notes().stream().filter(n -> n.note().id().equals("latin1.md")).findFirst().orElseThrow();
        assertThat(broken.mentions()).extracting(PaperMention::title).containsExactly("Broken: A Title");
        assertGoodNoteLoaded(result);
    }

    @Test
    void aFiftyMegabyteNoteIsRefusedWithoutReadingIt() throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("huge.md").toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        NoteLoader.Result result = load();
        Diagnostic d = onlyDiagnostic(result, "huge.md");
        assertThat(d.message()).contains("too large").contains("50.0 MB");
        assertGoodNoteLoaded(result);
    }

    @Test
    void deeplyNestedListsAndQuotesLoad() throws IOException {
        StringBuilder lists = new StringBuilder("P1\n## Deep\n\n");
        for (int i = 0; i < 1000; i++) {
            lists.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        Files.writeString(dir.resolve("lists.md"), lists);
        Files.writeString(dir.resolve("quotes.md"), ">".repeat(20000) + " deep\n");
        NoteLoader.Result result = load();
        // Loaded, with where the nesting was cut said by file and line, and every word kept.
        assertThat(result.diagnostics()).extracting(Object::toString).containsExactly(
                "notes/lists.md:37: warning: indented more than 64 columns; the extra indentation is not read",
                "notes/quotes.md:1: warning: nested more than 16 levels deep (quotes or lists inside each other); "
                        + "the deeper markers are kept as text");
        assertThat(result.notes()).extracting(n -> n.note().id()).containsExactly("good.md", "lists.md", "quotes.md");
        ParsedNote deep = result.notes().get(1);
        assertThat(deep.note().slides().get(0).text()).contains("level 999");
        assertThat(result.notes().get(2).note().slides().get(0).text()).endsWith("deep");
    }

    @Test
    void aTableWithBrokenRows() throws IOException {
        Files.writeString(dir.resolve("table.md"), "P1\n## Table\n\n|ID|Year|Name|Note|Tags|Link|\n"
                + "|---|---|---|---|---|---|\n|1|2023|Lambda: Title\n|2|2024|Mu: Title|n|t|l|\n");
        NoteLoader.Result result = load();
        Diagnostic d = onlyDiagnostic(result, "table.md");
        assertThat(d.line()).isEqualTo(6);
        assertThat(d.message()).contains("3 cells").contains("header has 6");
        ParsedNote table = result.notes().stream().filter(n -> n.note().id().equals("table.md")).findFirst().orElseThrow();
        assertThat(table.mentions()).extracting(PaperMention::title).containsExactly("Lambda: Title", "Mu: Title");
        assertGoodNoteLoaded(result);
    }

    @Test
    void anUnreadableFile() throws IOException {
        Path locked = dir.resolve("locked.md");
        Files.writeString(locked, "P1\n## Locked\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "running as a user who can read any file (root)");
        NoteLoader.Result result = load();
        assertThat(onlyDiagnostic(result, "locked.md").message()).contains("permission denied");
        assertGoodNoteLoaded(result);
    }

    @Test
    void aFolderWithNoNotes() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("nothing"));
        Files.writeString(empty.resolve("figure.png"), "not a note");
        NoteLoader.Result result = new NoteLoader().load(List.of(new NoteLocation(empty, "nothing")),
                Progress.NONE);
        assertThat(result.notes()).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("nothing");
            assertThat(d.message()).contains("no notes");
        });
    }

    @Test
    void aMissingFolder() {
        NoteLoader.Result result = new NoteLoader().load(List.of(new NoteLocation(dir.resolve("gone"), "gone")),
                Progress.NONE);
        assertThat(result.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("no such folder"));
    }

    @Test
    void aLinkToAFileOutsideTheFolderIsNotFollowed(@TempDir Path outside) throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.md"), "P1\n## Secret\n");
        Files.createSymbolicLink(dir.resolve("link.md"), secret);
        NoteLoader.Result result = load();
        assertThat(onlyDiagnostic(result, "link.md").message()).contains("outside");
        assertThat(result.notes()).extracting(n -> n.note().id()).containsExactly("good.md");
    }

    @Test
    void notesAreFoundInSubfoldersInAStableOrderAndReadmesHiddenFilesAndOtherFilesAreSkipped() throws IOException {
        Files.createDirectories(dir.resolve("b/c"));
        Files.writeString(dir.resolve("b/c/deep.markdown"), "P1\n## Deep\n");
        Files.writeString(dir.resolve("a.txt"), "plain text note\n");
        Files.writeString(dir.resolve("README.md"), "# About this folder\n");
        Files.writeString(dir.resolve(".hidden.md"), "P1\n");
        Files.writeString(dir.resolve("figure.png"), "png");
        NoteLoader.Result result = load();
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.notes()).extracting(n -> n.note().id()).containsExactly("a.txt", "b/c/deep.markdown", "good.md");
    }

    @Test
    void progressIsReportedForEveryFile() throws IOException {
        Files.writeString(dir.resolve("second.md"), "P1\n## Two\n");
        List<String> seen = new java.util.ArrayList<>();
        new NoteLoader().load(List.of(new NoteLocation(dir, "notes")), (phase, done, total) -> seen.add(phase + " " + done + "/" + total));
        assertThat(seen).containsExactly("loading notes 1/2", "loading notes 2/2");
    }

    @Test
    void aNotesFolderThatIsItselfALinkLoadsItsNotes(@org.junit.jupiter.api.io.TempDir Path other) throws IOException {
        Files.createDirectories(other.resolve("real/sub"));
        Files.writeString(other.resolve("real/a.md"), "P1\n## A\n\ntext a\n");
        Files.writeString(other.resolve("real/sub/b.md"), "P2\n## B\n\ntext b\n");
        Path link = Files.createSymbolicLink(other.resolve("link"), other.resolve("real"));
        NoteLoader.Result result = new NoteLoader().load(List.of(new NoteLocation(link, "link")), Progress.NONE);
        assertThat(result.notes()).extracting(n -> n.note().id()).containsExactly("a.md", "sub/b.md");
        assertThat(result.diagnostics()).isEmpty();
    }
}
