package app.vidatlas.bench;

import app.vidatlas.model.Progress;
import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.merge.CatalogBuilder;
import app.vidatlas.catalog.merge.MetadataReader;
import app.vidatlas.notes.BundledNotes;
import app.vidatlas.notes.NoteLoader;
import app.vidatlas.notes.NoteLocation;
import app.vidatlas.library.IndexedNotes;
import app.vidatlas.search.SearchBackend;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Speed and scale at 1k, 10k and 100k papers of a generated corpus (run with {@code mvn -Pbench verify}; sizes
 * with {@code -Dvidatlas.bench.sizes=1000,10000}). Prints figures and writes them to
 * {@code target/benchmarks.md}; asserts nothing about time.
 */
@Tag("benchmark")
class ScaleBenchmark {
    private static final Path WORK = Path.of("target", "bench");
    private static final List<String> QUERIES = List.of(
            "attention",                   // English word
            "\"temporal attention\"",      // English phrase
            "一致性",                        // Chinese word
            "时域",                          // Chinese part of a word
            "motion 特征",                   // mixed
            "atention",                    // fuzzy typo
            "venue:ICCV",                  // field
            "year:2021..2023 video");      // range, with facet counts

    record Figures(int papers, int notes, double megabytes, double parseFloorNotesPerSec, double parseFloorMbPerSec,
                   double catalogNotesPerSec, double catalogMbPerSec, double indexBuildSec, double reopenSec,
                   double firstSearchAfterReopenMs, double buildPeakHeapMb, double indexMb, List<double[]> latency) {
    }

    @Test
    void scale() throws Exception {
        String sizes = System.getProperty("vidatlas.bench.sizes", "1000,10000,100000");
        List<Figures> all = new ArrayList<>();
        for (String s : sizes.split(",")) {
            int papers = Integer.parseInt(s.strip());
            try {
                all.add(measure(papers));
            } catch (OutOfMemoryError e) {
                // A missed memory target is a figure too: report it and go on.
                System.gc();
                all.add(outOfMemory(papers));
            } catch (IOException e) {
                if (!causedByOutOfMemory(e)) {
                    throw e;
                }
                System.gc();
                all.add(outOfMemory(papers));
            }
        }
        String report = report(all);
        System.out.println(report);
        Files.createDirectories(WORK);
        Files.writeString(WORK.resolve("benchmarks.md"), report, StandardCharsets.UTF_8);
    }

    private Figures measure(int papers) throws Exception {
        Path corpus = WORK.resolve("corpus-" + papers);
        if (!Files.exists(corpus.resolve("done"))) {
            deleteTree(corpus);
            new CorpusGenerator(42).write(papers, corpus);
            Files.writeString(corpus.resolve("done"), "seed 42");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        double mb = bytes / 1048576.0;
        List<NoteLocation> where = List.of(NoteLocation.of(corpus));

        // The floor: CommonMark parsing alone.
        Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
        long t = System.nanoTime();
        for (Path f : files) {
            parser.parse(Files.readString(f));
        }
        double floorSec = (System.nanoTime() - t) / 1e9;

        // The catalog: read, parse, merge.
        gc();
        t = System.nanoTime();
        NoteLoader.Result loaded = new NoteLoader().load(where, Progress.NONE);
        Catalog catalog = new CatalogBuilder(new MetadataReader().read(BundledNotes.papersJson(), "papers.json"))
                .build(loaded.notes(), loaded.diagnostics());
        double catalogSec = (System.nanoTime() - t) / 1e9;
        int found = catalog.papers().size();
        loaded = null;
        catalog = null;

        // The index from scratch (it parses and merges too), then opened again with nothing changed.
        Path index = WORK.resolve("index-" + papers);
        deleteTree(index);
        gc();
        double peak;
        double buildSec;
        try (HeapWatch heap = new HeapWatch()) {
            t = System.nanoTime();
            IndexedNotes built = IndexedNotes.open(index, where, BundledNotes.papersJson(), "papers.json", Progress.NONE);
            buildSec = (System.nanoTime() - t) / 1e9;
            // What the app keeps for the whole session: the catalog, next to the open index.
            built.catalog();
            System.gc();
            Thread.sleep(200);
            peak = heap.peakAfterGcMb();
            built.close();
        }
        gc();
        t = System.nanoTime();
        List<double[]> latency = new ArrayList<>();
        double firstMs;
        double reopenSec;
        try (IndexedNotes reopened = IndexedNotes.open(index, where, BundledNotes.papersJson(), "papers.json",
                Progress.NONE)) {
            reopenSec = (System.nanoTime() - t) / 1e9;
            long q = System.nanoTime();
            reopened.searcher().search("attention", 10);
            firstMs = (System.nanoTime() - q) / 1e6;
            SearchBackend search = reopened.searcher();
            for (int i = 0; i < 50; i++) {
                for (String query : QUERIES) {
                    search.search(query, 10);
                }
            }
            for (String query : QUERIES) {
                int runs = papers >= 100_000 ? 100 : 300;
                long[] times = new long[runs];
                for (int i = 0; i < runs; i++) {
                    long s = System.nanoTime();
                    search.search(query, 10);
                    times[i] = System.nanoTime() - s;
                }
                Arrays.sort(times);
                latency.add(new double[]{pct(times, 50), pct(times, 99)});
            }
        }
        double indexMb = sizeMb(index);
        System.out.printf(Locale.ROOT, "%d papers (%d found): %d notes, %.1f MB%n", papers, found, files.size(), mb);
        return new Figures(papers, files.size(), mb, files.size() / floorSec, mb / floorSec, files.size() / catalogSec,
                mb / catalogSec, buildSec, reopenSec, firstMs, peak, indexMb, latency);
    }

    private static boolean causedByOutOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    private static Figures outOfMemory(int papers) {
        double nan = Double.NaN;
        List<double[]> latency = new ArrayList<>();
        QUERIES.forEach(q -> latency.add(new double[]{nan, nan}));
        System.out.printf(Locale.ROOT, "%d papers: out of memory with a %d MB heap%n", papers,
                Runtime.getRuntime().maxMemory() / 1048576);
        return new Figures(papers, 0, nan, nan, nan, nan, nan, nan, nan, nan, -1, nan, latency);
    }

    private static String report(List<Figures> all) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Machine: %d cores, %s %s, Java %s, max heap %d MB%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / 1048576));
        b.append("| papers | notes | MB | parse floor (notes/s, MB/s) | catalog (notes/s, MB/s) | index from scratch (s) "
                + "| reopen unchanged (s) | first search after reopen (ms) | peak heap after GC while building (MB) | index on disk (MB) |\n");
        b.append("|---:|---:|---:|---|---|---:|---:|---:|---:|---:|\n");
        for (Figures f : all) {
            if (f.buildPeakHeapMb() < 0) {
                b.append(String.format(Locale.ROOT, "| %d | out of memory with a %d MB heap | | | | | | | | |%n",
                        f.papers(), Runtime.getRuntime().maxMemory() / 1048576));
                continue;
            }
            b.append(String.format(Locale.ROOT, "| %d | %d | %.1f | %.0f, %.1f | %.0f, %.1f | %.2f | %.2f | %.1f | %.0f | %.1f |%n",
                    f.papers(), f.notes(), f.megabytes(), f.parseFloorNotesPerSec(), f.parseFloorMbPerSec(),
                    f.catalogNotesPerSec(), f.catalogMbPerSec(), f.indexBuildSec(), f.reopenSec(),
                    f.firstSearchAfterReopenMs(), f.buildPeakHeapMb(), f.indexMb()));
        }
        b.append("\nSearch latency in process, after warm-up, p50 / p99 in ms:\n\n| query |");
        all.forEach(f -> b.append(' ').append(f.papers()).append(" papers |"));
        b.append("\n|---|");
        all.forEach(f -> b.append("---:|"));
        b.append('\n');
        for (int q = 0; q < QUERIES.size(); q++) {
            b.append("| `").append(QUERIES.get(q).replace("|", "\\|")).append("` |");
            for (Figures f : all) {
                double[] l = f.latency().get(q);
                b.append(Double.isNaN(l[0]) ? " — |" : String.format(Locale.ROOT, " %.2f / %.2f |", l[0], l[1]));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static void gc() throws InterruptedException {
        System.gc();
        Thread.sleep(200);
    }


    private static double sizeMb(Path dir) throws IOException {
        long size = 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                size += Files.size(p);
            }
        }
        return size / 1048576.0;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
