package app.vidatlas.library;

import app.vidatlas.model.Progress;
import app.vidatlas.model.Paper;
import app.vidatlas.index.IndexSchema;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening a large library without its catalog, and what happens when the index cannot help with that. */
class AppSessionTest {
    @TempDir
    Path notes;
    @TempDir
    Path index;

    private LibraryRequest request() throws Exception {
        Files.writeString(notes.resolve("a.md"), "P1\n# C\n\n## Omega\n\nText.\n\nWu et al., “Omega: A Paper,” arXiv 2023."
                + "\n\nP2\n## Tau\n\nMore.\n\nMa et al., “Tau: Transformers,” arXiv 2024.\n");
        return new LibraryRequest(List.of(notes), List.of(), false, index, null);
    }

    @Test
    void anUnchangedLargeLibraryOpensWithoutItsCatalogAndCompletesWithIt() throws Exception {
        LibraryRequest r = request();
        AppSession.open(r, Progress.NONE, 1).close(); // built now: complete
        try (AppSession partial = AppSession.open(r, Progress.NONE, 1)) {
            assertThat(partial.complete()).isFalse();
            assertThat(partial.catalog().papers()).extracting(Paper::id).containsExactly("omega", "tau");
            assertThat(partial.paper("tau")).get().satisfies(p -> assertThat(p.sources()).isNotEmpty());
            AppSession whole = partial.completed(Progress.NONE);
            assertThat(whole.complete()).isTrue();
            assertThat(whole.catalog().papers().get(1).sources()).isNotEmpty();
        }
    }

    @Test
    void aDamagedOrderOfPapersIsNoReasonNotToOpen() throws Exception {
        LibraryRequest r = request();
        AppSession.open(r, Progress.NONE, 1).close();
        try (FSDirectory dir = FSDirectory.open(index);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            Document bad = new Document();
            bad.add(new StringField(IndexSchema.TYPE, IndexSchema.TYPE_ORDER, Field.Store.NO));
            bad.add(new StoredField(IndexSchema.ORDER, new byte[]{0, 0, 0, 9, 1}));
            w.updateDocuments(new Term(IndexSchema.TYPE, IndexSchema.TYPE_ORDER), List.of(bad));
            Map<String, String> data = new java.util.HashMap<>();
            w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            w.setLiveCommitData(data.entrySet());
            w.commit();
        }
        try (AppSession s = AppSession.open(r, Progress.NONE, 1)) {
            assertThat(s.complete()).as("the catalog is built at once instead").isTrue();
            assertThat(s.catalog().papers()).extracting(Paper::id).containsExactly("omega", "tau");
        }
    }
}
