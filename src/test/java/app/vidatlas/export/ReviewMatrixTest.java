package app.vidatlas.export;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A review matrix: the name first, the columns chosen, the same values a comparison shows. */
class ReviewMatrixTest {
    private final List<app.vidatlas.model.Paper> papers = List.of(ComparisonExportFixtures.paper("a", "2023"),
            ComparisonExportFixtures.paper("b", "2021"));

    @Test
    void oneRowPerPaperOneColumnPerFieldChosenNameFirst() {
        ReviewMatrix m = ReviewMatrix.of(papers, List.of("YEAR", "backbone", "year"));
        assertThat(m.header()).containsExactly("Name", "Year", "Backbone");
        assertThat(m.rows()).containsExactly(List.of("a", "2023", "not stated"), List.of("b", "2021", "not stated"));
    }

    @Test
    void theMatrixAndTheComparisonSayTheSame() {
        ReviewMatrix m = ReviewMatrix.of(papers, ReviewMatrix.keys());
        Comparison c = Comparison.of(papers);
        for (int col = 0; col < m.columnKeys().size(); col++) {
            String key = m.columnKeys().get(col);
            Comparison.Row row = c.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
            for (int p = 0; p < papers.size(); p++) {
                assertThat(m.rows().get(p).get(col)).as(key).isEqualTo(row.values().get(p));
            }
        }
    }

    @Test
    void anUnknownColumnSaysWhichThereAre() {
        assertThatThrownBy(() -> ReviewMatrix.of(papers, List.of("colour")))
                .hasMessageContaining("no column 'colour'").hasMessageContaining("backbone");
    }

    @Test
    void csvAndMarkdownEscapeWhatTheNotesSay() {
        ReviewMatrix m = ReviewMatrix.of(List.of(ComparisonExportFixtures.paper("=cmd|x", "T", "a|b")),
                List.of("venue"));
        assertThat(ReviewMatrixExport.export(m, ReviewMatrixExport.Format.CSV)).contains("\"'=cmd|x\"");
        assertThat(ReviewMatrixExport.export(m, ReviewMatrixExport.Format.MARKDOWN)).contains("| a\\|b |");
    }
}
