package app.vidatlas.search;

import app.vidatlas.index.IndexSchema;
import app.vidatlas.work.TaskRunner;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What a command's first query would do before it can search, done on another core while the index opens: reading
 * the Chinese word dictionaries (a fifth of a second) and parsing and analysing queries of every kind. Nothing is
 * searched: writing even a small index would load more classes than the query itself needs.
 */
public final class SearchWarmUp {
    private static final List<String> QUERIES = List.of("motion", "一致性 pixel", "\"text-video alignment\"",
            "year:2022..2023 title:video OR cat:base -tag:x");

    private final CountDownLatch done = new CountDownLatch(1);

    private SearchWarmUp() {
    }

    /** This JVM's warm-up: started by the first who asks, on the runner's threads (one is enough per JVM). */
    private static SearchWarmUp shared;

    /**
     * This JVM's warm-up, started now if nobody started it: a search command starts it before its command line is
     * even built, so the dictionaries are read while picocli reads the commands' annotations.
     */
    public static synchronized SearchWarmUp shared(TaskRunner runner) {
        if (shared == null) {
            shared = start(runner);
        }
        return shared;
    }

    /** Starts warming up on the runner's threads. */
    public static SearchWarmUp start(TaskRunner runner) {
        SearchWarmUp w = new SearchWarmUp();
        runner.run(() -> {
            run();
            return null;
        }, r -> w.done.countDown(), e -> w.done.countDown());
        return w;
    }

    private static void run() throws IOException {
        Analyzer analyzer = IndexSchema.queryAnalyzer();
        for (String q : QUERIES) {
            QuerySyntax.parse(q);
            for (String field : List.of(IndexSchema.TEXT, IndexSchema.TEXT_ZH)) {
                try (TokenStream ts = analyzer.tokenStream(field, q)) {
                    ts.reset();
                    while (ts.incrementToken()) {
                        // only read
                    }
                    ts.end();
                }
            }
        }
    }

    /** Waits for the warm-up to end (at most a moment: a warm-up that went wrong must not hold up the query). */
    public void finish() {
        try {
            done.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
