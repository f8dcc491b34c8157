package app.vidatlas.bench;

import app.vidatlas.model.Progress;
import app.vidatlas.notes.BundledNotes;
import app.vidatlas.library.IndexedNotes;
import app.vidatlas.search.SearchBackend;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Prints figures; asserts nothing about time (machines are noisy). Run with {@code mvn -Pbench verify}.
 * In-process query latency on the bundled notes, after warm-up, and the time to build their index.
 */
@Tag("benchmark")
class SearchLatencyBenchmark {
    private static final List<String> QUERIES = List.of(
            "motion",                      // English word
            "\"text-video alignment\"",    // English phrase
            "一致性",                        // Chinese word
            "时域",                          // Chinese part of a word
            "pixel 一致性",                  // mixed
            "AnimatDiff",                  // fuzzy typo
            "venue:ICCV",                  // field
            "year:2022..2023 video");      // range and facets

    @Test
    void bundledNotes(@TempDir Path dir) throws IOException {
        long t0 = System.nanoTime();
        IndexedNotes built = IndexedNotes.open(dir, List.of(BundledNotes.location()), BundledNotes.papersJson(),
                "papers.json", Progress.NONE);
        long buildNs = System.nanoTime() - t0;
        built.close();
        long t1 = System.nanoTime();
        try (IndexedNotes index = IndexedNotes.open(dir, List.of(BundledNotes.location()), BundledNotes.papersJson(),
                "papers.json", Progress.NONE)) {
            long reopenNs = System.nanoTime() - t1;
            SearchBackend s = index.searcher();
            for (int i = 0; i < 300; i++) {
                for (String q : QUERIES) {
                    s.search(q, 10);
                }
            }
            System.out.printf(Locale.ROOT, "%nbundled notes: index built in %.0f ms, reopened unchanged in %.0f ms%n",
                    buildNs / 1e6, reopenNs / 1e6);
            System.out.printf(Locale.ROOT, "%-28s %10s %10s%n", "query", "p50 ms", "p99 ms");
            int runs = 500;
            long[] all = new long[runs * QUERIES.size()];
            int k = 0;
            for (String q : QUERIES) {
                long[] times = new long[runs];
                for (int i = 0; i < runs; i++) {
                    long t = System.nanoTime();
                    s.search(q, 10);
                    times[i] = System.nanoTime() - t;
                    all[k++] = times[i];
                }
                Arrays.sort(times);
                System.out.printf(Locale.ROOT, "%-28s %10.3f %10.3f%n", q, pct(times, 50), pct(times, 99));
            }
            Arrays.sort(all);
            System.out.printf(Locale.ROOT, "%-28s %10.3f %10.3f%n%n", "all", pct(all, 50), pct(all, 99));
        }
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
