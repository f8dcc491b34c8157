package app.vidatlas.index;

import app.vidatlas.library.IndexedNotes;
import app.vidatlas.library.CatalogPipeline;
import app.vidatlas.work.TaskRunner;
import app.vidatlas.search.SearchResult;
import app.vidatlas.model.Progress;
import app.vidatlas.Fixtures;
import app.vidatlas.notes.NoteLocation;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Damage every kind of file the codec writes, in several ways, and open the index again: each search answers as
 * the clean index does, the damage is noticed and the index rebuilt with a notice, and the run after that is clean.
 * An index that fails on every run, or ranks differently without a word, fails here. On the fixtures (a few KB of
 * notes): a rebuild is then mostly fixed costs.
 */
class IndexFaultInjectionTest {
    /** English, Chinese, a phrase and a field: terms, postings, positions, norms, doc values, points. */
    private static final List<String> QUERIES = List.of("alpha", "approach", "注释", "\"doing things\"", "year:2023");

    @TempDir
    Path work;
    private final List<NoteLocation> notes = List.of(new NoteLocation(Fixtures.notesDir(), "notes"));
    private final Path papers = Fixtures.notesDir().resolve("fixture-papers.json");

    /** A way to damage one file; it receives the file's length. */
    private record Damage(String name, java.util.function.LongFunction<Edit> at) {
    }

    @FunctionalInterface
    private interface Edit {
        byte[] apply(byte[] bytes);
    }

    private static Damage flipAt(String name, java.util.function.LongUnaryOperator offset) {
        return new Damage("byte flipped at " + name, len -> bytes -> {
            byte[] out = bytes.clone();
            out[(int) offset.applyAsLong(len)] ^= (byte) 0xFF;
            return out;
        });
    }

    private static Damage truncatedTo(String name, java.util.function.LongUnaryOperator length) {
        return new Damage("truncated to " + name, len -> bytes -> Arrays.copyOf(bytes, (int) length.applyAsLong(len)));
    }

    private static final List<Damage> DAMAGES = List.of(
            flipAt("the start", len -> 0),
            flipAt("offset 46", len -> Math.min(46, len - 1)),     // the case: just past a codec header
            flipAt("the middle", len -> len / 2),
            flipAt("near the end", len -> Math.max(0, len - 20)),  // the last data before the 16-byte footer
            flipAt("the last byte", len -> len - 1),               // the checksum itself
            truncatedTo("half", len -> len / 2),
            truncatedTo("all but its last byte", len -> len - 1),
            truncatedTo("nothing", len -> 0));

    /**
     * Every damage of every kind of file is seen when the index is opened: it is not used, and the user is told it
     * is rebuilt. (Opened as {@link IndexedNotes#open} opens it first, without the rebuild, which takes about half a
     * second: the whole path is taken below, once per kind of file.)
     */
    @TestFactory
    Stream<DynamicTest> everyKindOfIndexFileDamagedEveryWayIsSeenOnOpening() throws IOException {
        Path clean = work.resolve("clean");
        answers(clean);
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        for (String file : oneFileOfEachKind(clean)) {
            for (Damage damage : DAMAGES) {
                Path copy = work.resolve("seen-" + n++);
                tests.add(DynamicTest.dynamicTest(file + ", " + damage.name(), () -> {
                    damaged(clean, copy, file, damage);
                    List<String> notices = new ArrayList<>();
                    try (Directory dir = FSDirectory.open(copy)) {
                        assertThat(IndexHealth.openExisting(dir, copy, notices)).as("the damaged index, opened").isNull();
                    }
                    assertThat(notices).singleElement().asString().contains("could not be read").endsWith("; rebuilt.");
                }));
            }
        }
        return tests.stream();
    }

    /**
     * One damage per kind of file, taken all the way: every search answers as the clean index does, with the
     * notice, and the next run is clean. The damages take turns, so each is taken all the way on some kinds.
     */
    @TestFactory
    Stream<DynamicTest> aDamagedIndexIsRebuiltOnceAndAnswersAsTheCleanOne() throws IOException {
        Path clean = work.resolve("clean");
        Map<String, List<String>> expected = answers(clean);
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        for (String file : oneFileOfEachKind(clean)) {
            Damage damage = DAMAGES.get(n % DAMAGES.size());
            Path copy = work.resolve("rebuilt-" + n++);
            tests.add(DynamicTest.dynamicTest(file + ", " + damage.name(),
                    () -> damagedThenReopened(clean, copy, file, damage, expected)));
        }
        return tests.stream();
    }

    /** One file of each kind (the first segment's: the others' are read by the same code). */
    private static List<String> oneFileOfEachKind(Path clean) throws IOException {
        Map<String, String> byKind = new LinkedHashMap<>();
        indexFiles(clean).forEach(f -> byKind.putIfAbsent(kind(f), f));
        // The kinds of file this codec writes (checked, so that a codec change cannot quietly shrink the suite).
        assertThat(byKind.keySet())
                .contains("segments", ".si", ".fnm", ".fdt", ".fdx", ".fdm", ".tim", ".tip", ".tmd", ".doc", ".pos",
                        ".nvd", ".nvm", ".dvd", ".dvm", ".kdd", ".kdi", ".kdm");
        return List.copyOf(byKind.values());
    }

    private static void damaged(Path clean, Path dir, String file, Damage damage) throws IOException {
        copy(clean, dir);
        Path f = dir.resolve(file);
        byte[] bytes = Files.readAllBytes(f);
        Files.write(f, damage.at().apply(bytes.length).apply(bytes));
    }

    private void damagedThenReopened(Path clean, Path dir, String file, Damage damage,
                                     Map<String, List<String>> expected) throws IOException {
        damaged(clean, dir, file, damage);
        try (IndexedNotes index = open(dir)) {
            assertThat(index.notices()).as("what the user is told").singleElement().asString()
                    .contains("could not be read").endsWith("; rebuilt.");
            assertThat(answers(index)).as("the answers").isEqualTo(expected);
        }
        // Rebuilt once: the next run neither rebuilds nor parses anything again.
        try (IndexedNotes index = open(dir)) {
            assertThat(index.notices()).as("the next run").isEmpty();
            assertThat(index.notesParsed()).isZero();
            assertThat(answers(index)).isEqualTo(expected);
        }
    }

    private IndexedNotes open(Path dir) throws IOException {
        // Commits are not synced to the disk: durability is not what is tested, and syncing was most of the time.
        NotesIndex.Folders unsynced = d -> new FilterDirectory(FSDirectory.open(d)) {
            @Override
            public void sync(java.util.Collection<String> names) {
            }

            @Override
            public void syncMetaData() {
            }
        };
        return IndexedNotes.open(IndexedNotes.source(dir, notes, new CatalogPipeline(papers, "papers.json"), unsynced),
                new CatalogPipeline(papers, "papers.json"), Progress.NONE, TaskRunner.DIRECT);
    }

    /** Builds the index in {@code dir}, and what it answers. */
    private Map<String, List<String>> answers(Path dir) throws IOException {
        try (IndexedNotes index = open(dir)) {
            Map<String, List<String>> out = answers(index);
            assertThat(out.values()).as("queries that find something").filteredOn(l -> l.size() > 1).hasSizeGreaterThan(3);
            return out;
        }
    }

    /** Per query: the total, then the top results (id, or title for a slide no paper owns). */
    private static Map<String, List<String>> answers(IndexedNotes index) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String q : QUERIES) {
            SearchResult r = index.searcher().search(q, 5);
            List<String> top = new ArrayList<>();
            top.add("total " + r.total());
            r.hits().forEach(h -> top.add(h.id() != null ? h.id() : h.title() + " / " + h.shortName()));
            out.put(q, top);
        }
        return out;
    }

    private static List<String> indexFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("write.lock")).sorted().toList();
        }
    }

    /** {@code segments_N}, or a file's extension ({@code _0_Lucene912_0.tim} is a {@code .tim}). */
    private static String kind(String file) {
        return file.startsWith("segments") ? "segments" : file.substring(file.lastIndexOf('.'));
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (String name : indexFiles(from)) {
            Files.copy(from.resolve(name), to.resolve(name));
        }
    }
}
