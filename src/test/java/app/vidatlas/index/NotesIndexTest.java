package app.vidatlas.index;

import app.vidatlas.library.IndexedNotes;
import app.vidatlas.search.SearchResult;
import app.vidatlas.model.Progress;
import app.vidatlas.Fixtures;
import app.vidatlas.notes.NoteLocation;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The index on disk: reused, updated per note, rebuilt when it cannot be trusted. Given / when / then. */
class NotesIndexTest {
    @TempDir
    Path notes;
    @TempDir
    Path indexDir;
    private final Path papers = Fixtures.notesDir().resolve("fixture-papers.json");

    @BeforeEach
    void someNotes() throws IOException {
        Files.writeString(notes.resolve("a.md"), "P1\n# Chapter\n\n## Omega\n\nWorks on temporal coherence.\n\n"
                + "> &#x2705; 时域一致性很重要。\n\nWu et al., “Omega: A Paper,” arXiv 2023.\n");
        Files.writeString(notes.resolve("b.md"), "P7\n# Chapter\n\n## Sigma\n\nUses optical flow.\n\n"
                + "Li et al., “Sigma: Flow Things,” arXiv 2022.\n");
    }

    private IndexedNotes open() throws IOException {
        return IndexedNotes.open(indexDir, List.of(new NoteLocation(notes, "notes")), papers, "papers.json",
                Progress.NONE);
    }

    private static List<String> ids(IndexedNotes index, String query) {
        return index.searcher().search(query, 10).hits().stream().map(SearchResult.Hit::id).toList();
    }

    @Test
    void askingForEveryResultGivesEveryPaperEvenPastTheFirstFewHundredDocuments() throws IOException {
        StringBuilder many = new StringBuilder("# Many\n\n");
        for (int i = 1; i <= 260; i++) {
            many.append("P").append(i).append("\n## Net").append(i).append("\n\nA shared word: zebrafish.\n\n")
                    .append("Ho et al., “Net").append(i).append(": Number ").append(i).append(",” arXiv 2023.\n\n");
        }
        Files.writeString(notes.resolve("many.md"), many.toString());
        try (IndexedNotes index = open()) {
            SearchResult all = index.searcher().search("zebrafish", Integer.MAX_VALUE / 2);
            assertThat(all.total()).isEqualTo(260);
            assertThat(all.hits()).hasSize(260);
        }
    }

    @Test
    void aPhraseIsMarkedWhereItIsNotWhereItsWordsAreApart() throws IOException {
        Files.writeString(notes.resolve("c.md"), "P9\n# Chapter\n\n## Kappa\n\nTemporal layers first, then attention "
                + "maps, then temporal attention across frames.\n\nKo et al., “Kappa: K,” arXiv 2021.\n");
        try (IndexedNotes index = open()) {
            SearchResult r = index.searcher().search("\"temporal attention\"", 10);
            assertThat(r.hits()).extracting(SearchResult.Hit::id).containsExactly("kappa");
            String html = r.hits().get(0).snippets().get(0).html();
            assertThat(html).containsPattern("(?i)<mark>temporal\\s*(</mark>\\s*<mark>)?attention</mark> across")
                    .contains("Temporal layers first, then attention maps");
        }
    }

    @Test
    void papersWithManyMatchingSlidesDoNotCrowdOutTheRestOfAPage() throws IOException {
        StringBuilder b = new StringBuilder("# Crowd\n\n");
        int slide = 1;
        for (int p = 1; p <= 3; p++) {
            // Three papers whose every slide says the word, loudly: 300 documents that outscore everything else.
            b.append("P").append(slide++).append("\n## Big").append(p).append("\n\nWombat wombat.\n\n")
                    .append("Ho et al., “Big").append(p).append(": Loud ").append(p).append(",” arXiv 2023.\n\n");
            for (int i = 0; i < 99; i++) {
                b.append("P").append(slide++).append("\n\nWombat wombat.\n\n");
            }
        }
        for (int p = 1; p <= 12; p++) {
            b.append("P").append(slide++).append("\n## Small").append(p).append("\n\nA long slide that says wombat ")
                    .append("once among many other words about video diffusion, motion and temporal layers.\n\n")
                    .append("Li et al., “Small").append(p).append(": Quiet ").append(p).append(",” arXiv 2022.\n\n");
        }
        Files.writeString(notes.resolve("crowd.md"), b.toString());
        try (IndexedNotes index = open()) {
            SearchResult r = index.searcher().search("wombat", 10);
            assertThat(r.total()).isEqualTo(15);
            assertThat(r.hits()).hasSize(10);
            assertThat(r.hits().subList(0, 3)).extracting(SearchResult.Hit::id).allMatch(id -> id.startsWith("big"));
        }
    }

    @Test
    void indexingProgressCountsSlidesNoPaperOwnsAndEndsAtItsTotal() throws IOException {
        Files.writeString(notes.resolve("c.md"), "P1\n# Overview\n\nWhat this chapter covers.\n\nP2\n\nMore of it.\n");
        List<int[]> indexing = new java.util.concurrent.CopyOnWriteArrayList<>();
        IndexedNotes.open(indexDir, List.of(new NoteLocation(notes, "notes")), papers, "papers.json",
                (phase, done, total) -> {
                    if (phase.equals("indexing")) {
                        indexing.add(new int[] {done, total});
                    }
                }).close();
        // Two papers and two slides of nobody's: four results to index, each counted once.
        assertThat(indexing).allSatisfy(u -> assertThat(u[1]).isEqualTo(4)).hasSize(4);
        assertThat(indexing).extracting(u -> u[0]).containsExactlyInAnyOrder(1, 2, 3, 4);
    }

    @Test
    void anUnchangedIndexIsReusedWithoutParsingANote() throws IOException {
        try (IndexedNotes first = open()) {
            assertThat(first.notesParsed()).isEqualTo(2);
        }
        try (IndexedNotes second = open()) {
            assertThat(second.notesParsed()).isZero();
            assertThat(second.notices()).isEmpty();
            assertThat(ids(second, "optical flow")).containsExactly("sigma");
            // The catalog comes from the index too.
            assertThat(second.catalog().papers()).extracting(p -> p.id()).containsExactly("omega", "sigma");
        }
    }

    @Test
    void aChangedNoteIsTheOnlyOneParsedAgain() throws IOException {
        try (IndexedNotes first = open()) {
            assertThat(ids(first, "transformer")).isEmpty();
        }
        Files.writeString(notes.resolve("b.md"), "P7\n# Chapter\n\n## Sigma\n\nUses a transformer now.\n\n"
                + "Li et al., “Sigma: Flow Things,” arXiv 2022.\n");
        try (IndexedNotes second = open()) {
            assertThat(second.notesParsed()).isEqualTo(1);
            assertThat(second.notices()).singleElement().satisfies(n -> assertThat(n).contains("1 note changed")
                    // Only the changed paper is rewritten: the others' content hashes are known to the index.
                    .contains("1 result re-indexed"));
            assertThat(ids(second, "transformer")).containsExactly("sigma");
            assertThat(ids(second, "optical flow")).isEmpty();
            assertThat(ids(second, "时域")).containsExactly("omega");
        }
    }

    /** Same byte length, other words. */
    private void editKeepingTheSize(Path note) throws IOException {
        String before = Files.readString(note);
        String after = before.replace("optical", "ocular ");
        assertThat(after).isNotEqualTo(before).hasSameSizeAs(before);
        Files.writeString(note, after);
    }

    @Test
    void aNoteWhoseSizeAndTimeAreUnchangedIsNotReadAgain() throws IOException {
        open().close();
        Path b = notes.resolve("b.md");
        FileTime time = Files.getLastModifiedTime(b);
        // Only reading the file could tell this edit apart, and not reading every note at every start is the point.
        editKeepingTheSize(b);
        Files.setLastModifiedTime(b, time);
        try (IndexedNotes index = open()) {
            assertThat(index.notesParsed()).isZero();
            assertThat(ids(index, "optical")).containsExactly("sigma");
        }
    }

    @Test
    void anEditThatKeepsTheSizeIsFoundByItsTime() throws IOException {
        open().close();
        Path b = notes.resolve("b.md");
        FileTime time = Files.getLastModifiedTime(b);
        editKeepingTheSize(b);
        Files.setLastModifiedTime(b, FileTime.fromMillis(time.toMillis() + 60_000));
        try (IndexedNotes index = open()) {
            assertThat(index.notesParsed()).isEqualTo(1);
            assertThat(ids(index, "ocular")).containsExactly("sigma");
            assertThat(ids(index, "optical")).isEmpty();
        }
    }

    @Test
    void aNoteTouchedButNotChangedIsReadOnceThenTrustedByItsNewTime() throws IOException {
        open().close();
        Path b = notes.resolve("b.md");
        FileTime touched = FileTime.fromMillis(Files.getLastModifiedTime(b).toMillis() + 60_000);
        Files.setLastModifiedTime(b, touched);
        try (IndexedNotes index = open()) {
            // Read and hashed again: the same content, so nothing is parsed or re-indexed.
            assertThat(index.notesParsed()).isZero();
            assertThat(index.notices()).isEmpty();
        }
        // The new time was recorded: the next start trusts it without reading (an edit hidden as above shows that).
        editKeepingTheSize(b);
        Files.setLastModifiedTime(b, touched);
        try (IndexedNotes index = open()) {
            assertThat(index.notesParsed()).isZero();
            assertThat(ids(index, "optical")).containsExactly("sigma");
        }
    }

    @Test
    void aDamagedStoredNoteIsParsedAgainOnceAndThenStoredAfresh() throws IOException {
        open().close();
        // Damage a.md's stored parsed form, keeping what the index knows of its file (so it counts as unchanged).
        try (FSDirectory dir = FSDirectory.open(indexDir);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            String stamp;
            try (org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(dir)) {
                StringBuilder found = new StringBuilder();
                LiveDocValues.forEach(r, IndexSchema.STAMP, (doc, value) -> {
                    if (value.utf8ToString().endsWith("\na.md")) {
                        found.append(value.utf8ToString());
                    }
                });
                stamp = found.toString();
            }
            assertThat(stamp).isNotEmpty();
            org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
            d.add(new org.apache.lucene.document.StringField(IndexSchema.TYPE, IndexSchema.TYPE_NOTE,
                    org.apache.lucene.document.Field.Store.YES));
            d.add(new org.apache.lucene.document.StringField(IndexSchema.NOTE_KEY, "a.md",
                    org.apache.lucene.document.Field.Store.YES));
            d.add(new org.apache.lucene.document.BinaryDocValuesField(IndexSchema.STAMP,
                    new org.apache.lucene.util.BytesRef(stamp)));
            d.add(new org.apache.lucene.document.StoredField(IndexSchema.PARSED, new byte[] {'{', 'x'}));
            w.updateDocuments(new org.apache.lucene.index.Term(IndexSchema.NOTE_KEY, "a.md"), List.of(d));
            w.setLiveCommitData(w.getLiveCommitData());
            w.commit();
        }
        // Another note changes, so the index is updated: a.md is parsed from its file, since its stored form is damaged.
        Files.writeString(notes.resolve("b.md"), Files.readString(notes.resolve("b.md")) + "\nMore flow.\n");
        try (IndexedNotes index = open()) {
            assertThat(index.notesParsed()).isEqualTo(2);
            assertThat(ids(index, "时域")).containsExactly("omega");
        }
        // Stored afresh: the next change parses only the note that changed.
        Files.writeString(notes.resolve("b.md"), Files.readString(notes.resolve("b.md")) + "\nEven more.\n");
        try (IndexedNotes index = open()) {
            assertThat(index.notesParsed()).isEqualTo(1);
        }
    }

    @Test
    void aRemovedNoteTakesItsPapersWithIt() throws IOException {
        open().close();
        Files.delete(notes.resolve("b.md"));
        try (IndexedNotes index = open()) {
            assertThat(ids(index, "optical flow")).isEmpty();
            assertThat(ids(index, "temporal")).containsExactly("omega");
        }
    }

    @Test
    void aCorruptIndexIsRebuiltWithANotice() throws IOException {
        open().close();
        try (Stream<Path> files = Files.list(indexDir)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("write.lock")).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                for (int i = 0; i < bytes.length; i += 7) {
                    bytes[i] ^= 0x5A;
                }
                Files.write(f, bytes);
            }
        }
        try (IndexedNotes index = open()) {
            assertThat(index.notices()).singleElement().satisfies(n -> assertThat(n).contains("could not be read").contains("rebuilt"));
            assertThat(ids(index, "optical flow")).containsExactly("sigma");
        }
    }

    @Test
    void aTruncatedIndexIsRebuiltWithANotice() throws IOException {
        open().close();
        try (Stream<Path> files = Files.list(indexDir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("_")).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            }
        }
        try (IndexedNotes index = open()) {
            assertThat(index.notices()).singleElement().satisfies(n -> assertThat(n).contains("rebuilt"));
            assertThat(ids(index, "temporal")).containsExactly("omega");
        }
    }

    @Test
    void anIndexOfAnOlderFormatIsRebuilt() throws IOException {
        open().close();
        try (FSDirectory dir = FSDirectory.open(indexDir);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            w.setLiveCommitData(Map.of(IndexSchema.COMMIT_FORMAT, "0").entrySet());
            w.commit();
        }
        try (IndexedNotes index = open()) {
            assertThat(index.notices()).singleElement().satisfies(n -> assertThat(n).contains("older format"));
            assertThat(index.notesParsed()).isEqualTo(2);
            assertThat(ids(index, "temporal")).containsExactly("omega");
        }
        try (IndexedNotes again = open()) {
            assertThat(again.notices()).isEmpty();
        }
    }

    @Test
    void anIndexMadeByANewerVidAtlasIsLeftAloneAndACopyIsSearched() throws IOException {
        open().close();
        String newer = Integer.toString(IndexSchema.FORMAT_VERSION + 1);
        try (FSDirectory dir = FSDirectory.open(indexDir);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            w.setLiveCommitData(Map.of(IndexSchema.COMMIT_FORMAT, newer).entrySet());
            w.commit();
        }
        Map<String, byte[]> before = files(indexDir);
        for (int run = 0; run < 2; run++) {
            try (IndexedNotes index = open()) {
                assertThat(index.notices()).singleElement().asString().isEqualTo("The index at " + indexDir
                        + " was made by a newer VidAtlas; searching a copy in memory.");
                assertThat(ids(index, "temporal")).containsExactly("omega");
            }
        }
        assertThat(files(indexDir)).as("the newer VidAtlas finds its index as it left it")
                .containsOnlyKeys(before.keySet().toArray(String[]::new))
                .allSatisfy((name, bytes) -> assertThat(bytes).isEqualTo(before.get(name)));
        try (FSDirectory dir = FSDirectory.open(indexDir);
             org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(dir)) {
            assertThat(r.getIndexCommit().getUserData()).containsEntry(IndexSchema.COMMIT_FORMAT, newer);
        }
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("write.lock")).toList()) {
                out.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return out;
    }

    @Test
    void anIndexLockedByAnotherWriterIsLeftAloneAndACopyIsSearched() throws IOException {
        open().close();
        Files.writeString(notes.resolve("c.md"), "P9\n## Tau\n\nDiffusion transformer.\n\nMa et al., “Tau: T,” arXiv 2024.\n");
        try (FSDirectory dir = FSDirectory.open(indexDir);
             IndexWriter other = new IndexWriter(dir, new IndexWriterConfig())) {
            try (IndexedNotes index = open()) {
                assertThat(index.notices()).singleElement().satisfies(n -> assertThat(n).contains("another VidAtlas"));
                assertThat(ids(index, "transformer")).containsExactly("tau");
            }
            assertThat(other.isOpen()).isTrue();
        }
    }

    @Test
    void aSecondCopyUpdatingTheIndexDoesNotBreakTheFirst() throws IOException {
        try (IndexedNotes first = open()) {
            Files.writeString(notes.resolve("a.md"), "P1\n## Omega\n\nRewritten.\n\nWu et al., “Omega: A Paper,” arXiv 2023.\n");
            try (IndexedNotes second = open()) {
                assertThat(ids(second, "rewritten")).containsExactly("omega");
            }
            // The first still searches what it opened.
            assertThat(ids(first, "temporal")).containsExactly("omega");
        }
    }

    @Test
    void theDefaultLocationIsInTheUsersCacheOnePerSetOfFolders() {
        Path a = IndexedNotes.defaultLocation(List.of(new NoteLocation(Path.of("/x/notes"), "x")));
        Path b = IndexedNotes.defaultLocation(List.of(new NoteLocation(Path.of("/y/notes"), "y")));
        assertThat(a.getParent()).isEqualTo(app.vidatlas.userdata.UserDirs.cache());
        assertThat(a).isNotEqualTo(b);
        assertThat(IndexedNotes.defaultLocation(List.of(new NoteLocation(Path.of("/x/notes"), "again")))).isEqualTo(a);
    }
}
