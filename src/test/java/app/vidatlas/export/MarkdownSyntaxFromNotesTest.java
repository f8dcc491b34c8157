package app.vidatlas.export;

import app.vidatlas.model.Annotation;
import app.vidatlas.model.AnnotationKind;
import app.vidatlas.model.Attributes;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Figure;
import app.vidatlas.model.Paper;
import app.vidatlas.model.Source;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markdown exports opened in a viewer (CommonMark with tables, as the app itself reads Markdown): link and image
 * syntax, code spans and line breaks in text from the notes are shown as written, never obeyed.
 */
class MarkdownSyntaxFromNotesTest {
    static final String PIXEL = "![](https://tracker.example/p.png)";
    static final String JS = "[x](javascript:alert(1))";

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

    private static String viewed(String markdown) {
        return HTML.render(PARSER.parse(markdown));
    }

    private static Paper tracked() {
        return new Paper("trk", "Title " + PIXEL + "\n# Injected heading", "Short " + JS, List.of("aka `code`"),
                List.of("A \\" + PIXEL, "B\n- injected item"), 2023, "Venue " + JS + "\n\n## Venue heading", null,
                List.of(CategoryPath.parse("Chapter " + PIXEL)), List.of("tag[1]"), List.of(),
                List.of(new Source("n.md", List.of(1))),
                List.of("point " + PIXEL, "  nested " + JS + "\n## point heading", "R&D at `x`"),
                List.of(new Figure("fig.png", "n.md", 1, "cap " + PIXEL)),
                List.of(new Annotation(AnnotationKind.NOTE, "note " + PIXEL, "n.md", 1, 3)), List.of(),
                new Attributes("U-Net " + PIXEL, null, null, null, List.of(), null), false);
    }

    private static Paper plain() {
        return new Paper("plain", "A Plain Paper", "Plain", List.of(), List.of("Wu et al."), 2023, "arXiv", null,
                List.of(CategoryPath.parse("Chapter")), List.of(), List.of(), List.of(new Source("n.md", List.of(2))),
                List.of(), List.of(), List.of(), List.of(), new Attributes("a \\| b", null, null, null, List.of(), null),
                false);
    }

    @Test
    void aPaperExportLoadsNoRemoteImageAndLinksNowhere() {
        String html = viewed(PaperMarkdown.render(tracked()));
        assertThat(html).doesNotContain("tracker.example/p.png\"").doesNotContain("href=\"javascript")
                .doesNotContain("<code>");
        assertThat(html.split("<img", -1)).as("only the figure itself is an image").hasSize(2);
        assertThat(html).contains("<img src=\"fig.png\" alt=\"cap ![](https://tracker.example/p.png)\"");
        assertThat(html).as("the text is shown as written")
                .contains("Title ![](https://tracker.example/p.png) # Injected heading")
                .contains("Short [x](javascript:alert(1))")
                .contains("A \\![](https://tracker.example/p.png)")
                .contains("aka `code`").contains("tag[1]").contains("R&amp;D at `x`");
    }

    @Test
    void valuesFromTheNotesAddNoHeadingsNorListItems() {
        String html = viewed(PaperMarkdown.render(tracked()));
        assertThat(html).doesNotContain(">Injected heading</h").doesNotContain(">Venue heading</h")
                .doesNotContain(">point heading</h").doesNotContain("<li>injected item");
        assertThat(html.split("<h1>", -1)).hasSize(2);
        assertThat(html).contains("B - injected item").contains("## point heading");
    }

    @Test
    void keyPointsStayOneLineEach() {
        String md = PaperMarkdown.render(tracked());
        String keyPoints = md.substring(md.indexOf("## Key points\n\n") + 15, md.indexOf("\n\n## Figures"));
        assertThat(keyPoints.lines()).hasSize(3).allMatch(l -> l.stripLeading().startsWith("- "));
    }

    @Test
    void aComparisonAsMarkdownLoadsNoRemoteImageAndKeepsItsCells() {
        String md = ComparisonExport.markdown(Comparison.of(List.of(tracked(), plain())));
        String html = viewed(md);
        assertThat(html).doesNotContain("<img").doesNotContain("href=\"javascript")
                .contains("<td>U-Net ![](https://tracker.example/p.png)</td>")
                .contains("<td>a \\| b</td>");
    }

    @Test
    void plainTextStaysAsItWas() {
        assertThat(MarkdownText.text("R&D, 50% of x! Wow")).isEqualTo("R&D, 50% of x! Wow");
    }
}
