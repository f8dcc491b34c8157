package app.vidatlas.index;

import app.vidatlas.library.IndexedNotes;
import app.vidatlas.library.CatalogPipeline;
import app.vidatlas.work.TaskRunner;
import app.vidatlas.search.SearchResult;
import app.vidatlas.model.Progress;
import app.vidatlas.Fixtures;
import app.vidatlas.notes.BundledNotes;
import app.vidatlas.notes.NoteLocation;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An index that turns out damaged, or that cannot be written, costs at most one rebuild with a notice; it never
 * makes every run fail. Given / when / then. (Damage by kind of file and place: {@link IndexFaultInjectionTest}.)
 */
class IndexRecoveryTest {
    @TempDir
    Path indexDir;
    private final List<NoteLocation> notes = List.of(new NoteLocation(Fixtures.notesDir(), "notes"));
    private final Path papers = Fixtures.notesDir().resolve("fixture-papers.json");

    private IndexedNotes open(NotesIndex.Folders folders) throws IOException {
        return IndexedNotes.open(IndexedNotes.source(indexDir, notes, new CatalogPipeline(papers, "papers.json"), folders),
                new CatalogPipeline(papers, "papers.json"), Progress.NONE, TaskRunner.DIRECT);
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }

    @Test
    void theIssuesFlippedByteInTheNormsIsFoundOnOpeningAndRebuiltOnceNotOnEveryRun(@TempDir Path dir)
            throws IOException {
        // Issue 12: one byte flipped at offset 46 of _0.nvd (the bundled notes' norms) failed every search, while
        // `vidatlas index` reported success.
        List<NoteLocation> bundled = List.of(BundledNotes.location());
        List<String> clean;
        try (IndexedNotes index = IndexedNotes.open(dir, bundled, BundledNotes.papersJson(), "papers.json",
                Progress.NONE)) {
            clean = ids(index.searcher().search("diffusion", 10));
        }
        assertThat(clean).isNotEmpty();
        flip(dir.resolve("_0.nvd"), 46);
        try (IndexedNotes index = IndexedNotes.open(dir, bundled, BundledNotes.papersJson(), "papers.json",
                Progress.NONE)) {
            assertThat(index.notices()).singleElement().asString()
                    .isEqualTo("The index at " + dir + " could not be read (CorruptIndexException); rebuilt.");
            assertThat(ids(index.searcher().search("diffusion", 10))).isEqualTo(clean);
        }
        try (IndexedNotes index = IndexedNotes.open(dir, bundled, BundledNotes.papersJson(), "papers.json",
                Progress.NONE)) {
            assertThat(index.notices()).isEmpty();
            assertThat(ids(index.searcher().search("diffusion", 10))).isEqualTo(clean);
        }
    }

    @Test
    void filesCheckedOnceAreNotReadAgainButAFileChangedSinceIsCheckedAndFoundDamaged(@TempDir Path dir)
            throws IOException {
        List<NoteLocation> bundled = List.of(BundledNotes.location());
        for (int i = 0; i < 2; i++) { // built, then reopened: every file checked and recorded
            try (IndexedNotes index = IndexedNotes.open(dir, bundled, BundledNotes.papersJson(), "papers.json",
                    Progress.NONE)) {
                assertThat(index.notices()).isEmpty();
            }
        }
        String recorded = java.nio.file.Files.readString(dir.resolve(VerifiedFiles.NAME));
        assertThat(recorded).as("every file of the segment, with its size and time").contains("_0.nvd\t")
                .contains("_0.si\t");
        flip(dir.resolve("_0.nvd"), 46); // its time changes with it
        try (IndexedNotes index = IndexedNotes.open(dir, bundled, BundledNotes.papersJson(), "papers.json",
                Progress.NONE)) {
            assertThat(index.notices()).singleElement().asString()
                    .isEqualTo("The index at " + dir + " could not be read (CorruptIndexException); rebuilt.");
        }
    }

    @Test
    void aSearchThatCannotReadTheIndexRebuildsItOnceAndSaysSoInThatResult() throws IOException {
        List<String> clean;
        try (IndexedNotes index = open(FSDirectory::open)) {
            clean = ids(index.searcher().search("alpha", 10));
        }
        assertThat(clean).isNotEmpty();
        FaultyFolders.Breakable folders = new FaultyFolders.Breakable();
        try (IndexedNotes index = open(folders)) {
            assertThat(index.notices()).isEmpty();
            // The files under the open index go bad after it was opened and checked.
            folders.breakOpenFiles();
            SearchResult first = index.searcher().search("alpha", 10);
            assertThat(first.notices()).first().asString().contains("could not be read (EOFException); rebuilt.");
            assertThat(ids(first)).isEqualTo(clean);
            SearchResult next = index.searcher().search("alpha", 10);
            assertThat(next.notices()).isEmpty();
            assertThat(ids(next)).isEqualTo(clean);
            assertThat(index.notices()).singleElement().asString().contains("rebuilt");
            // What the window reads from the index goes to the rebuilt one too.
            assertThat(index.paperSummaries()).isNotEmpty();
        }
        try (IndexedNotes index = open(FSDirectory::open)) {
            assertThat(index.notices()).isEmpty();
            assertThat(index.notesParsed()).isZero();
            assertThat(ids(index.searcher().search("alpha", 10))).isEqualTo(clean);
        }
    }

    @Test
    void aSearchWhoseRebuildFailsOnDiskSearchesACopyInMemoryAndEveryLaterSearchWorks() throws IOException {
        List<String> clean;
        try (IndexedNotes index = open(FSDirectory::open)) {
            clean = ids(index.searcher().search("alpha", 10));
        }
        FaultyFolders.Breakable folders = new FaultyFolders.Breakable();
        try (IndexedNotes index = open(folders)) {
            folders.breakOpenFiles();
            folders.fillTheDisk();
            SearchResult first = index.searcher().search("alpha", 10);
            assertThat(ids(first)).isEqualTo(clean);
            // Which write fails first varies with the indexing threads: the notice names the failure as it came.
            assertThat(first.notices()).singleElement().asString()
                    .startsWith("The index at " + indexDir + " could not be read (EOFException) nor rebuilt there (")
                    .endsWith("); searching a copy in memory.");
            for (int i = 0; i < 3; i++) {
                SearchResult next = index.searcher().search("alpha", 10);
                assertThat(next.notices()).isEmpty();
                assertThat(ids(next)).isEqualTo(clean);
            }
            assertThat(index.paperSummaries()).isNotEmpty();
            assertThat(index.notices()).singleElement().asString().contains("searching a copy in memory");
        }
    }

    @Test
    void aFolderWhoseLockCannotBeCreatedGetsACopyInMemory() throws IOException {
        // Read-only is simulated by a lock factory that is denied write.lock (tests run as root: chmod would not do).
        try (IndexedNotes index = open(FaultyFolders.readOnly())) {
            assertThat(index.notices()).singleElement().asString()
                    .isEqualTo("The index at " + indexDir + " cannot be written (AccessDeniedException); searching a copy in memory.");
            assertThat(ids(index.searcher().search("alpha", 10))).isNotEmpty();
        }
        assertThat(Files.list(indexDir).filter(f -> f.getFileName().toString().startsWith("segments"))).isEmpty();
    }

    @Test
    void aCurrentIndexInAReadOnlyFolderIsReadAsItIs() throws IOException {
        open(FSDirectory::open).close();
        try (IndexedNotes index = open(FaultyFolders.readOnly())) {
            assertThat(index.notices()).isEmpty();
            assertThat(index.notesParsed()).isZero();
            assertThat(ids(index.searcher().search("alpha", 10))).isNotEmpty();
        }
    }

    @Test
    void aDamagedIndexInAReadOnlyFolderIsLeftAsItIsAndACopyIsSearched() throws IOException {
        open(FSDirectory::open).close();
        Path data;
        try (var files = Files.list(indexDir)) {
            data = files.filter(f -> f.toString().endsWith(".tim")).findFirst().orElseThrow();
        }
        flip(data, 46);
        byte[] damaged = Files.readAllBytes(data);
        for (int run = 0; run < 2; run++) {
            try (IndexedNotes index = open(FaultyFolders.readOnly())) {
                assertThat(index.notices()).hasSize(2);
                assertThat(index.notices().get(0)).contains("could not be read (CorruptIndexException); rebuilt.");
                assertThat(index.notices().get(1)).contains("cannot be written").contains("a copy in memory");
                assertThat(ids(index.searcher().search("alpha", 10))).isNotEmpty();
            }
        }
        assertThat(Files.readAllBytes(data)).isEqualTo(damaged);
    }

    @Test
    void anIndexFolderThatIsAFileGetsACopyInMemory(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("index"), "not a folder");
        try (IndexedNotes index = IndexedNotes.open(file, notes, papers, "papers.json", Progress.NONE)) {
            assertThat(index.notices()).singleElement().asString()
                    .contains("cannot be written (FileAlreadyExistsException); searching a copy in memory.");
            assertThat(ids(index.searcher().search("alpha", 10))).isNotEmpty();
        }
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    /** Flips every bit of one byte, in place (the file keeps its size). */
    static void flip(Path file, long offset) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(offset);
            int b = f.read();
            f.seek(offset);
            f.write(b ^ 0xFF);
        }
    }
}
