package app.vidatlas.pages;

import app.vidatlas.model.Progress;
import app.vidatlas.figures.FigureDownloader;
import app.vidatlas.figures.FigureResolver;
import app.vidatlas.Fixtures;
import app.vidatlas.catalog.Catalog;
import app.vidatlas.library.TestCatalogs;
import app.vidatlas.catalog.CrossReferences;
import app.vidatlas.model.Paper;
import app.vidatlas.notes.NoteLoader;
import app.vidatlas.notes.NoteLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A hostile note renders harmlessly: nothing of it can run, load or navigate. */
class PageSafetyTest {
    private static String html;
    private static Catalog catalog;
    private static PageRenderer pages;

    @BeforeAll
    static void render() {
        Path dir = Fixtures.resource("/fixtures/hostile");
        catalog = TestCatalogs.load(List.of(new NoteLocation(dir, "hostile")),
                Fixtures.notesDir().resolve("fixture-papers.json"), "papers.json");
        FigureResolver figures = new FigureResolver(new FigureResolver.Places(
                Map.of("hostile.md", dir.resolve("hostile.md")), Map.of("hostile.md", dir), List.of(), null,
                Map.of(), false), new FigureDownloader(FigureDownloader.Policy.DEFAULT));
        pages = new PageRenderer(catalog, CrossReferences.of(catalog), figures, TestAssets.ASSETS);
        Paper evil = catalog.papers().get(0);
        html = pages.paper(evil.id(), PageRenderer.Target.NONE, false).html();
    }

    private static String body() {
        return html.substring(html.indexOf("<body"));
    }

    @Test
    void noScriptFromTheNoteRuns() {
        assertThat(body()).doesNotContainIgnoringCase("<script");
        assertThat(body()).contains("&lt;script&gt;alert('owned')&lt;/script&gt;");
        // The only scripts are the app's own, from its own resources.
        assertThat(html.substring(0, html.indexOf("<body"))).containsPattern("<script src=\"asset:");
    }

    @Test
    void noEventHandlerAttributesSurvive() {
        assertThat(body()).doesNotContainPattern("<[^>]*\\son\\w+\\s*=");
        assertThat(body()).contains("onerror=&quot;alert(3)&quot;");
    }

    @Test
    void javascriptAndFileLinksAreDroppedButTheirWordsStay() {
        assertThat(body()).doesNotContainIgnoringCase("href=\"javascript:").doesNotContainIgnoringCase("href=\"file:");
        assertThat(body()).contains("there").contains("a file");
    }

    @Test
    void noFrameOrForeignImageIsEmbedded() {
        assertThat(body()).doesNotContainIgnoringCase("<iframe").doesNotContain("src=\"https://evil.example");
        assertThat(body()).doesNotContain("src=\"../");
        assertThat(body()).contains("links to images elsewhere on the web are not loaded");
    }

    @Test
    void aFigureLinkLeavingTheNotesFolderIsNotRead() {
        assertThat(body()).contains("Figure passwd").contains("is not available");
    }

    @Test
    void webLinksAreMarkedExternalForTheSystemBrowser() {
        assertThat(body()).contains("<a href=\"https://example.org/page\" class=\"external\"");
    }

    @Test
    void thePageAllowsNoInlineScriptAndNoNetwork() {
        assertThat(html).contains("Content-Security-Policy").contains("default-src 'none'").contains("img-src data:")
                .doesNotContain("script-src 'unsafe-inline'");
    }

    @Test
    void annotationsGetBadgesAndTheirHtmlIsEscapedToo() {
        assertThat(body()).contains("<span class=\"badge note\">Note</span>").doesNotContain("✅");
        assertThat(body()).contains("&lt;b onmouseover=&quot;alert(6)&quot;&gt;");
    }

    @Test
    void markupInACitationNeverReachesThePage() {
        assertThat(catalog.papers().get(0).title()).doesNotContain("<").startsWith("Evil-Net:");
        assertThat(catalog.papers().get(0).links()).extracting(l -> l.url()).containsExactly("https://example.org/page");
    }

    @Test
    void searchedWordsReachThePageScriptAsValidJsonWhateverTheyHold() throws Exception {
        List<String> terms = List.of("quote\" back\\slash", "tab\tand\u0001control", "</script>");
        String page = pages.paper(catalog.papers().get(0).id(), new PageRenderer.Target(null, 0, terms), false).html();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-terms=\"([^\"]*)\"").matcher(page);
        assertThat(m.find()).isTrue();
        String json = m.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, List.class)).isEqualTo(terms);
    }
}
