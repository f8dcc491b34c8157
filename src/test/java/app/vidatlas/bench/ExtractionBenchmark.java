package app.vidatlas.bench;

import app.vidatlas.model.Progress;
import app.vidatlas.Fixtures;
import app.vidatlas.catalog.Catalog;
import app.vidatlas.library.CatalogPipeline;
import app.vidatlas.library.TestCatalogs;
import app.vidatlas.model.Diagnostic;
import app.vidatlas.model.Note;
import app.vidatlas.model.Paper;
import app.vidatlas.model.Source;
import app.vidatlas.notes.Findings;
import app.vidatlas.notes.NoteLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Prints figures; asserts nothing about time. Run with {@code mvn -Pbench verify} (skipped without ../shared).
 * What the notes book gives: papers, titles that still hold a citation's parts, names standing for titles, notes
 * that yield no paper, findings, and how long loading takes against the bundled notes in the same run.
 */
@Tag("benchmark")
class ExtractionBenchmark {
    private static final Pattern CITATION_IN_TITLE = Pattern.compile("[“”\"]|\\bet al\\b|等人|\\[\\d+]|^\\p{Lu}\\p{L}+ \\p{Lu}\\p{L}+, ");

    @Test
    void notesBook() {
        Path shared = Fixtures.shared();
        Assumptions.assumeTrue(shared != null, "../shared is not here");
        Path book = shared.resolve("notes-book");
        List<app.vidatlas.notes.NoteLocation> locations = CatalogPipeline.locations(List.of(book));
        for (int i = 0; i < 3; i++) {
            TestCatalogs.load(locations);
            TestCatalogs.bundled();
        }
        long[] bookMs = new long[5];
        long[] bundledMs = new long[5];
        Catalog catalog = null;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            catalog = TestCatalogs.load(locations);
            bookMs[i] = (System.nanoTime() - t) / 1_000_000;
            t = System.nanoTime();
            TestCatalogs.bundled();
            bundledMs[i] = (System.nanoTime() - t) / 1_000_000;
        }
        java.util.Arrays.sort(bookMs);
        java.util.Arrays.sort(bundledMs);
        List<Paper> papers = catalog.papers();
        long citationTitles = papers.stream().filter(p -> CITATION_IN_TITLE.matcher(p.title()).find()).count();
        long nameOnly = papers.stream().filter(p -> !p.title().strip().contains(" ")).count();
        Set<String> withPaper = new HashSet<>();
        papers.forEach(p -> p.sources().forEach((Source s) -> withPaper.add(s.note())));
        List<String> noPaper = catalog.notes().stream().map(Note::id).filter(id -> !withPaper.contains(id)).toList();
        long unread = catalog.diagnostics().stream().filter(d -> d.message().startsWith(Findings.UNREAD_CITATION)).count();
        long warnings = catalog.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).count();
        System.out.printf(Locale.ROOT, "%nnotes book: %d notes, %d papers%n", catalog.notes().size(), papers.size());
        System.out.printf(Locale.ROOT, "  titles holding quotes, et al., a reference number or an author list: %d%n",
                citationTitles);
        System.out.printf(Locale.ROOT, "  titles that are a bare name (one word): %d%n", nameOnly);
        System.out.printf(Locale.ROOT, "  lines that read like citations but named no paper: %d; warnings: %d%n",
                unread, warnings);
        System.out.printf(Locale.ROOT, "  notes yielding no paper: %d %s%n", noPaper.size(), noPaper);
        System.out.printf(Locale.ROOT, "  load (median of 5, warm): notes book %d ms, bundled notes %d ms, ratio %.1f%n",
                bookMs[2], bundledMs[2], bookMs[2] / (double) Math.max(1, bundledMs[2]));
    }
}
