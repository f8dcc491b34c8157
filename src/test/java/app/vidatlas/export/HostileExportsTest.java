package app.vidatlas.export;

import app.vidatlas.model.Annotation;
import app.vidatlas.model.AnnotationKind;
import app.vidatlas.model.Attributes;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Figure;
import app.vidatlas.model.Link;
import app.vidatlas.model.LinkKind;
import app.vidatlas.model.Paper;
import app.vidatlas.model.Source;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports of papers whose text came from hostile notes: what opens the file (a spreadsheet, a Markdown viewer, a
 * browser) shows the text and runs nothing.
 */
class HostileExportsTest {
    static final String FORMULA = "=HYPERLINK(\"https://evil.example/?x\",\"click\")";
    static final String IMG = "<img src=x onerror=alert(1)>";

    private static Paper hostile() {
        return new Paper("evil", "Evil " + IMG + " &lt;b&gt; Title", FORMULA, List.of("@SUM(A1:A9)"),
                List.of("+1 Author"), 2023, "-2+3", null, List.of(CategoryPath.parse("Chapter " + IMG)),
                List.of("\tcmd"), List.of(new Link("https://evil.example/a><img src=x onerror=alert(2)>", LinkKind.CODE)),
                List.of(new Source("n.md", List.of(1))), List.of("point " + IMG),
                List.of(new Figure("fig.png) <img src=x onerror=alert(3)>", "n.md", 1, "cap](x) " + IMG)),
                List.of(new Annotation(AnnotationKind.NOTE, "note " + IMG, "n.md", 1, 3)), List.of(),
                new Attributes(IMG, null, null, null, List.of(), null), false);
    }

    private static Paper plain() {
        return new Paper("plain", "A Plain Paper", "Plain", List.of(), List.of("Wu et al."), 2023, "arXiv", null,
                List.of(CategoryPath.parse("Chapter")), List.of(), List.of(), List.of(new Source("n.md", List.of(2))),
                List.of(), List.of(), List.of(), List.of(), Attributes.NONE, false);
    }

    static List<List<String>> parseCsv(String csv) {
        return SpreadsheetCsv.rows(csv, ',');
    }

    private static void assertNoCellIsAFormula(String csv, String... shownAsText) {
        List<String> cells = parseCsv(csv).stream().flatMap(List::stream).toList();
        assertThat(cells).isNotEmpty().noneMatch(c -> !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0);
        for (String text : shownAsText) {
            assertThat(cells).as("shown as text, after the quote a spreadsheet hides").contains("'" + text);
        }
    }

    @Test
    void aListExportedAsCsvHoldsNoFormula() {
        String csv = ListExport.export(List.of(hostile(), plain()), ListExport.Format.CSV);
        assertNoCellIsAFormula(csv, FORMULA, "+1 Author", "-2+3");
        assertThat(parseCsv(csv)).hasSize(3).allSatisfy(r -> assertThat(r).hasSize(9));
        assertThat(parseCsv(csv).get(2)).startsWith("plain", "Plain", "A Plain Paper");
    }

    @Test
    void aComparisonExportedAsCsvHoldsNoFormula() {
        String csv = ComparisonExport.csv(Comparison.of(List.of(hostile(), plain())));
        assertNoCellIsAFormula(csv, FORMULA, "-2+3");
        assertThat(parseCsv(csv).get(0)).containsExactly("attribute", "differs", "'" + FORMULA, "Plain");
    }

    @Test
    void showsMarkdownShowsHtmlFromTheNotesAsTextInAViewer() {
        String md = PaperMarkdown.render(hostile());
        assertThat(md).doesNotContain("<img").doesNotContain("<b>")
                .contains("# " + FORMULA + " — Evil &lt;img src=x onerror=alert(1)> &amp;lt;b&amp;gt; Title")
                .contains("- **Categories:** Chapter &lt;img src=x onerror=alert(1)>")
                .contains("- point &lt;img").contains("**Note:** note &lt;img")
                .contains("![cap\\](x) &lt;img src=x onerror=alert(1)>](fig.png%29%20%3Cimg%20src=x%20onerror=alert%283%29%3E)")
                .contains("- **Links:** https://evil.example/a>&lt;img src=x onerror=alert(2)> (code)");
    }

    @Test
    void aComparisonAsMarkdownShowsHtmlFromTheNotesAsText() {
        String md = ComparisonExport.markdown(Comparison.of(List.of(hostile(), plain())));
        assertThat(md).doesNotContain("<img").contains("| Backbone | &lt;img src=x onerror=alert(1)> | not stated |"); // "not stated" is no difference
    }

    @Test
    void aComparisonAsHtmlEscapesTheNotesText() {
        String html = ComparisonExport.html(Comparison.of(List.of(hostile(), plain())));
        assertThat(html).doesNotContain("<img").doesNotContain("<b>").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void jsonExportsStayValidAndKeepTheTextAsWritten() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode list = mapper.readTree(ListExport.export(List.of(hostile()), ListExport.Format.JSON));
        assertThat(list.get(0).get("shortName").asText()).isEqualTo(FORMULA);
        JsonNode comparison = mapper.readTree(ComparisonExport.json(Comparison.of(List.of(hostile(), plain()))));
        assertThat(comparison.get("rows").get(0).get("values").get(0).asText()).isEqualTo(FORMULA);
    }
}
