package app.vidatlas.pages;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.library.TestCatalogs;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The lineage graph, the timeline and a paper's neighbourhood, as the reader sees them on the bundled notes. */
class HistoryPagesTest {
    private static final Catalog CATALOG = TestCatalogs.bundled();
    private static final PageRenderer PAGES = TestPages.of(CATALOG);

    @Test
    void aPaperPageDrawsWhatItBuildsOnWithTheSentence() {
        String html = PAGES.paper("stable-video-diffusion", PageRenderer.Target.NONE, false).html();
        assertThat(html).contains("<h2>Lineage</h2>", "class=\"node focus\"", "class=\"node outside\"",
                "Stable Diffusion 2.1");
        assertThat(html).as("the edge's evidence, on hover and in the list")
                .contains("Initialize weights from Stable Diffusion 2.1")
                .contains(new PageAction.OpenNote("open-source-base-models.md", 85).href());
    }

    @Test
    void aPaperTheNotesSayNothingOfHasNoLineageSection() {
        assertThat(PAGES.paper("tpos", PageRenderer.Target.NONE, false).html()).doesNotContain("<h2>Lineage</h2>");
    }

    @Test
    void theWholeLibraryDrawsOnlyPapersJoinedByAnEdgeEachOpeningItsPage() {
        String html = PAGES.history(HistoryView.LINEAGE, false).html();
        assertThat(html).contains("<svg", new PageAction.OpenPaper("gentron").href(), "DiT")
                .doesNotContain(new PageAction.OpenPaper("tpos").href())
                .contains("papers here are not drawn");
        String withMentions = PAGES.history(HistoryView.LINEAGE.withMentions(true), false).html();
        assertThat(withMentions).contains("edge mentions");
    }

    @Test
    void filtersAreLinksToTheViewsTheyMake() {
        String html = PAGES.history(HistoryView.LINEAGE, true).html();
        String yearLink = new PageAction.OpenHistory(HistoryView.LINEAGE.withYears(2023, 2023)).href();
        assertThat(html).contains(yearLink).contains("class=\"dark\"");
        Optional<PageAction> back = PageAction.parse(yearLink);
        assertThat(back).contains(new PageAction.OpenHistory(HistoryView.LINEAGE.withYears(2023, 2023)));
        String only2021 = PAGES.history(HistoryView.LINEAGE.withYears(2021, 2021), false).html();
        assertThat(only2021).doesNotContain(new PageAction.OpenPaper("gentron").href() + "\"><g");
        String only2023 = PAGES.history(HistoryView.LINEAGE.withYears(2023, 2023), false).html();
        assertThat(only2023).contains(new PageAction.OpenPaper("gentron").href() + "\"><g")
                .doesNotContain(new PageAction.OpenPaper("cogvideo").href() + "\"><g");
    }

    @Test
    void theTimelinePlacesAnimateDiffMicroCinemaAndHiGenInTheBlogsOrder() {
        String html = PAGES.history(HistoryView.TIMELINE, false).html();
        double animateDiff = x(html, "animatediff");
        double microCinema = x(html, "microcinema");
        double hiGen = x(html, "higen");
        assertThat(animateDiff).isLessThan(microCinema);
        assertThat(microCinema).isLessThan(hiGen);
        assertThat(html).as("the blog's narration at its dates").contains("开山之年").contains("Submitted on 30 Nov 2023");
    }

    @Test
    void aCategoryNarrowsTheTimelineToItsLane() {
        String html = PAGES.history(HistoryView.TIMELINE.withLane("Foundations"), false).html();
        assertThat(html).contains(new PageAction.OpenPaper("ldm").href()).doesNotContain(new PageAction.OpenPaper("higen").href());
    }

    /** Where the timeline draws a paper's dot. */
    private static double x(String html, String id) {
        Matcher m = Pattern.compile(Pattern.quote(new PageAction.OpenPaper(id).href()) + "\"><g[^>]*><circle class=\"dot\" cx=\"([\\d.]+)\"")
                .matcher(html);
        assertThat(m.find()).as(id + " on the timeline").isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void manyCategoriesFoldAwayAndShareALaneOnTheTimeline() {
        java.util.List<app.vidatlas.catalog.lineage.LineageNode> nodes = new java.util.ArrayList<>();
        for (int lane = 0; lane < 12; lane++) {
            for (int i = 0; i <= lane; i++) {
                nodes.add(new app.vidatlas.catalog.lineage.LineageNode("p" + lane + "-" + i, "P" + lane + "." + i, true,
                        new app.vidatlas.catalog.lineage.PaperDate(2015 + lane, 1 + i % 12, "test"), "Lane " + lane));
            }
        }
        var lineage = app.vidatlas.catalog.lineage.Lineage.of(nodes, java.util.List.of());
        String bar = HistoryFilters.bar(lineage, HistoryView.TIMELINE, "g");
        assertThat(bar).contains(">Lane 11<").contains("<details class=\"more-lanes\"><summary>4 more</summary>");
        assertThat(bar.indexOf(">Lane 11<")).as("the largest first").isLessThan(bar.indexOf(">Lane 4<"));
        var timeline = app.vidatlas.catalog.lineage.FieldTimeline.of(lineage, java.util.List.of(), n -> true);
        String svg = TimelinePage.svg(timeline, java.util.List.of(), TimelinePage.lanes(lineage, HistoryView.TIMELINE));
        assertThat(svg).contains(">Other categories<").contains(">Lane 11<").doesNotContain(">Lane 0<");
        assertThat(Double.parseDouble(svg.replaceAll("(?s).*?width=\"([\\d.]+)\".*", "$1")))
                .as("twelve years fit a few screens").isLessThan(3200);
    }

    @Test
    void theGraphAPageDrawsIsWhatIsExported() {
        String svg = new String(PAGES.graphFile(null, "gentron", app.vidatlas.export.LineageImage.Format.SVG, false)
                .orElseThrow(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(svg).contains("GenTron").contains("DiT").contains("class=\"node focus\"").doesNotContain("vidatlas:");
        assertThat(PAGES.graphFile(HistoryView.LINEAGE, null, app.vidatlas.export.LineageImage.Format.PNG, true)).isPresent();
        assertThat(PAGES.graphFile(HistoryView.TIMELINE, null, app.vidatlas.export.LineageImage.Format.SVG, false))
                .as("the timeline is no graph").isEmpty();
        assertThat(PAGES.graphFile(null, "tpos", app.vidatlas.export.LineageImage.Format.SVG, false))
                .as("a paper the notes say nothing of draws none").isEmpty();
    }

    @Test
    void theStartPageLeadsToTheLineageAndTheTimeline() {
        assertThat(PAGES.home(false).html()).contains(new PageAction.OpenHistory(HistoryView.LINEAGE).href())
                .contains(new PageAction.OpenHistory(HistoryView.TIMELINE).href());
    }
}
