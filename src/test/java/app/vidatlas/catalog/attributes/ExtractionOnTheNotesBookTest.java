package app.vidatlas.catalog.attributes;

import app.vidatlas.Fixtures;
import app.vidatlas.catalog.Catalog;
import app.vidatlas.library.TestCatalogs;
import app.vidatlas.model.Paper;
import app.vidatlas.model.ReadValue;
import app.vidatlas.notes.NoteLocation;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Attributes read from the whole notes book (../shared/notes-book, skipped when absent): how many papers get how
 * many attributes, how the curated papers fare there, and a fixed sample of values with their sentences to judge
 * by hand (docs/extraction.md).
 */
class ExtractionOnTheNotesBookTest {
    @Test
    void mostPapersGetAttributesWithTheirSentences() {
        Path shared = Fixtures.shared();
        assumeTrue(shared != null && Files.isRegularFile(shared.resolve("notes-book/SUMMARY.md")),
                "../shared/notes-book is not on this machine");
        Catalog catalog = TestCatalogs.load(List.of(new NoteLocation(shared.resolve("notes-book"), "notes-book")));
        List<Paper> papers = catalog.papers();
        Map<String, Integer> perAttribute = new TreeMap<>();
        long threeOrMore = 0;
        for (Paper p : papers) {
            long attributes = p.read().stream().map(ReadValue::attribute).distinct().count();
            threeOrMore += attributes >= 3 ? 1 : 0;
            p.read().stream().map(ReadValue::attribute).distinct().forEach(a -> perAttribute.merge(a, 1, Integer::sum));
        }
        System.out.printf("notes book: %d papers; %d (%.1f %%) with at least three attributes read with evidence%n",
                papers.size(), threeOrMore, 100.0 * threeOrMore / papers.size());
        perAttribute.forEach((a, n) -> System.out.printf("  %s: %d papers (%.1f %%)%n", a, n, 100.0 * n / papers.size()));
        Map<String, ExtractionEvaluation.Tally> tallies = ExtractionEvaluation.of(papers);
        System.out.println("curated papers as the notes book reads them:\n" + ExtractionEvaluation.table(tallies));
        tallies.values().forEach(t -> t.disagreements().forEach(d -> System.out.println("  disagreement: " + d)));
        List<String[]> all = papers.stream().flatMap(p -> p.read().stream()
                .map(v -> new String[]{p.id(), v.attribute(), v.value(), v.evidence().get(0).sentence()})).toList();
        Random random = new Random(17);
        for (int i = 0; i < 40 && !all.isEmpty(); i++) {
            String[] s = all.get(random.nextInt(all.size()));
            System.out.println("  sample: " + s[0] + " | " + s[1] + " = " + s[2] + " | " + s[3]);
        }
        assertThat(papers).isNotEmpty();
        assertThat(papers.stream().flatMap(p -> p.read().stream())).allMatch(v -> !v.evidence().isEmpty());
    }
}
