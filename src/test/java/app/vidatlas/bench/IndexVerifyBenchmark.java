package app.vidatlas.bench;

import app.vidatlas.model.Progress;
import app.vidatlas.notes.BundledNotes;
import app.vidatlas.notes.NoteLocation;
import app.vidatlas.library.IndexedNotes;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Prints figures; asserts nothing about time. What checking every index file against its checksum on opening
 * costs (issue 12.4; {@code IndexHealth.verify}): the check alone, as it runs, and the whole reopen of an unchanged
 * index that includes it, for the bundled notes and a generated corpus ({@code -Dvidatlas.bench.verifySizes}, papers,
 * default 10000; 0 for none). Run: {@code mvn -Pbench verify -Dtest=IndexVerifyBenchmark}.
 */
@Tag("benchmark")
class IndexVerifyBenchmark {
    private static final Path WORK = Path.of("target", "bench");
    private static final int RUNS = 7;

    @Test
    void verifyOnOpen(@TempDir Path dir) throws IOException {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%n%-14s %8s %9s %12s %14s %16s%n", "notes", "papers", "index MB", "segments",
                "verify ms p50", "reopen ms p50"));
        out.append(row("bundled", List.of(BundledNotes.location()), dir.resolve("bundled")));
        for (String size : System.getProperty("vidatlas.bench.verifySizes", "10000").split(",")) {
            int papers = Integer.parseInt(size.trim());
            if (papers > 0) {
                Path corpus = WORK.resolve("corpus-" + papers);
                if (!Files.exists(corpus.resolve("done"))) {
                    new CorpusGenerator(42).write(papers, corpus);
                    Files.writeString(corpus.resolve("done"), "seed 42");
                }
                out.append(row(papers + " papers", List.of(NoteLocation.of(corpus)), dir.resolve("c" + papers)));
            }
        }
        System.out.println(out);
    }

    private static String row(String name, List<NoteLocation> notes, Path index) throws IOException {
        int papers;
        try (IndexedNotes built = open(index, notes)) {
            papers = built.catalog().papers().size();
        }
        long[] verify = new long[RUNS];
        long[] reopen = new long[RUNS];
        int segments = 0;
        for (int i = 0; i < RUNS; i++) {
            // The check as IndexHealth.verify runs it: every segment's files read whole, checksums compared.
            try (FSDirectory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
                long t = System.nanoTime();
                for (LeafReaderContext leaf : r.leaves()) {
                    leaf.reader().checkIntegrity();
                }
                verify[i] = System.nanoTime() - t;
                segments = r.leaves().size();
            }
            long t = System.nanoTime();
            try (IndexedNotes reused = open(index, notes)) {
                reopen[i] = System.nanoTime() - t;
                if (!reused.notices().isEmpty() || reused.notesParsed() != 0) {
                    throw new IllegalStateException("not reused as it was: " + reused.notices());
                }
            }
        }
        return String.format(Locale.ROOT, "%-14s %8d %9.1f %12d %14.1f %16.1f%n", name, papers, sizeMb(index),
                segments, p50(verify), p50(reopen));
    }

    private static IndexedNotes open(Path index, List<NoteLocation> notes) throws IOException {
        return IndexedNotes.open(index, notes, BundledNotes.papersJson(), "papers.json", Progress.NONE);
    }

    private static double p50(long[] ns) {
        long[] sorted = ns.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double sizeMb(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            long bytes = 0;
            for (Path f : files.toList()) {
                bytes += Files.size(f);
            }
            return bytes / 1048576.0;
        }
    }
}
