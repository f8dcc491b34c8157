package app.vidatlas.cli;

import app.vidatlas.export.SpreadsheetCsv;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code vidatlas matrix}: a category, a search or everything as a review table, in every format. */
class MatrixCliTest extends CliTestBase {
    @Test
    void aCategoryAsCsvHasOneRowPerPaperAndTheColumnsAsked() {
        assertThat(run("matrix", "--category", "Video Generation / Open-source base models", "--columns",
                "year,backbone,space", "--format", "csv")).isZero();
        List<List<String>> rows = SpreadsheetCsv.rows(out.toString(), ',');
        assertThat(rows.get(0)).containsExactly("Name", "Year", "Backbone", "Generation space");
        assertThat(rows).hasSize(1 + 5);
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0)).contains("Show-1", "LaVie");
        assertThat(rows).filteredOn(r -> r.get(0).equals("Show-1")).singleElement()
                .satisfies(r -> assertThat(r.get(3)).isEqualTo("both"));
    }

    @Test
    void everyFormatAndTheDefaultColumns() {
        assertThat(run("matrix", "--query", "Show-1")).isZero();
        assertThat(out.toString()).startsWith("| Name | Year | Venue | Category | Backbone |");
        out.getBuffer().setLength(0);
        assertThat(run("matrix", "--query", "Show-1", "--format", "latex")).isZero();
        assertThat(out.toString()).contains("\\toprule").contains("\\textbf{Name} & \\textbf{Year}");
        out.getBuffer().setLength(0);
        assertThat(run("matrix", "--query", "Show-1", "--format", "html")).isZero();
        assertThat(out.toString()).startsWith("<!DOCTYPE html>").contains("<th>Backbone</th>");
    }

    @Test
    void anUnknownColumnOrCategoryIsExplained() {
        assertThat(run("matrix", "--columns", "year,colour")).isEqualTo(2);
        assertThat(err.toString()).contains("no column 'colour'").contains("backbone");
        err.getBuffer().setLength(0);
        assertThat(run("matrix", "--category", "Nowhere")).isNotZero();
        assertThat(err.toString()).contains("no category 'Nowhere'");
    }
}
