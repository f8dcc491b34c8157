package app.vidatlas.search;

import app.vidatlas.Fixtures;
import app.vidatlas.index.FaultyFolders;
import app.vidatlas.library.CatalogPipeline;
import app.vidatlas.library.IndexedNotes;
import app.vidatlas.model.Progress;
import app.vidatlas.notes.NoteLocation;
import app.vidatlas.work.TaskRunner;
import org.apache.lucene.store.AlreadyClosedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The searcher's one rebuild of a damaged index, everything on the calling thread ({@link TaskRunner#DIRECT}). */
class RecoveringSearcherTest {
    @TempDir
    Path indexDir;
    private final List<NoteLocation> notes = List.of(new NoteLocation(Fixtures.notesDir(), "notes"));
    private final CatalogPipeline pipeline =
            new CatalogPipeline(Fixtures.notesDir().resolve("fixture-papers.json"), "papers.json");

    private IndexedNotes open(FaultyFolders.Breakable folders) throws IOException {
        return IndexedNotes.open(IndexedNotes.source(indexDir, notes, pipeline, folders), pipeline, Progress.NONE,
                TaskRunner.DIRECT);
    }

    @Test
    void aDamagedIndexIsRebuiltOnceAndASecondDamageIsThrownNotRebuiltAgain() throws IOException {
        FaultyFolders.Breakable folders = new FaultyFolders.Breakable();
        try (IndexedNotes library = open(folders)) {
            SearchBackend search = library.searcher();
            List<String> clean = search.search("alpha", 10).hits().stream().map(SearchResult.Hit::id).toList();
            assertThat(clean).isNotEmpty();

            folders.breakOpenFiles();
            SearchResult rebuilt = search.search("alpha", 10);
            assertThat(rebuilt.notices()).singleElement().asString().contains("rebuilt");
            assertThat(rebuilt.hits()).extracting(SearchResult.Hit::id).isEqualTo(clean);

            // The rebuilt index goes bad too: a second failure is not the old files', and is not hidden by a rebuild.
            folders.breakOpenFiles();
            assertThatThrownBy(() -> search.search("alpha", 10)).isInstanceOf(UncheckedIOException.class);
            assertThat(library.notices()).hasSize(1);
        }
    }

    @Test
    void aFailureThatIsNotTheIndexsIsThrownAsItIsWithoutARebuild() throws IOException {
        FaultyFolders.Breakable folders = new FaultyFolders.Breakable();
        IndexedNotes library = open(folders);
        SearchBackend search = library.searcher();
        library.close();
        assertThatThrownBy(() -> search.search("alpha", 10)).isInstanceOf(AlreadyClosedException.class);
        assertThat(library.notices()).isEmpty();
    }
}
