package app.vidatlas.export;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which rows and cells of a comparison differ: "not stated" is never a difference; the odd value out is marked. */
class ComparisonCellsTest {
    private static Comparison.Row row(String... values) {
        return new Comparison.Row("space", "Space", List.of(values));
    }

    @Test
    void notStatedIsNeverADifference() {
        Comparison.Row r = row("latent", Comparison.NOT_STATED, "latent");
        assertThat(r.differs()).isFalse();
        assertThat(List.of(0, 1, 2)).noneMatch(r::differsAt);
        assertThat(row(Comparison.NOT_STATED, Comparison.NOT_STATED).differs()).isFalse();
    }

    @Test
    void theOneValueThatDiffersFromWhatMostShareIsTheCellMarked() {
        Comparison.Row r = row("both", "latent", "latent", "latent", "latent");
        assertThat(r.differs()).isTrue();
        assertThat(List.of(0, 1, 2, 3, 4)).filteredOn(r::differsAt).containsExactly(0);
    }

    @Test
    void whenNoValueIsSharedByMostEveryStatedValueIsMarked() {
        Comparison.Row r = row("pixel", "latent", Comparison.NOT_STATED);
        assertThat(List.of(0, 1, 2)).filteredOn(r::differsAt).containsExactly(0, 1);
    }

    @Test
    void theHtmlTableMarksTheCellNotJustTheRow() {
        Comparison c = Comparison.of(List.of(ComparisonExportFixtures.paper("a", "2023"),
                ComparisonExportFixtures.paper("b", "2023"), ComparisonExportFixtures.paper("c", "2021")));
        String html = ComparisonExport.table(c, i -> "p" + i, null, false);
        assertThat(html).contains("<tr class=\"differs\" data-row=\"year\">");
        assertThat(html.substring(html.indexOf("data-row=\"year\""))).startsWith("data-row=\"year\"><th>Year")
                .containsSubsequence("<td>2023</td><td>2023</td><td class=\"differs-cell\"");
    }

    @Test
    void rowsThatAgreeHiddenOnThePageAreHiddenInTheExportToo() {
        Comparison c = Comparison.of(List.of(ComparisonExportFixtures.paper("a", "2023"),
                ComparisonExportFixtures.paper("b", "2023")));
        String all = ComparisonExport.export(c, ComparisonExport.Format.CSV, false);
        String differing = ComparisonExport.export(c, ComparisonExport.Format.CSV, true);
        assertThat(all).contains("Year");
        assertThat(differing).as("the page hides them too, title included").doesNotContain("Year")
                .doesNotContain("Title");
    }
}
