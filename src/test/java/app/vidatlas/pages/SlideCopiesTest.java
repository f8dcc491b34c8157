package app.vidatlas.pages;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.library.TestCatalogs;
import app.vidatlas.model.Paper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A paper discussed in two notes with the same slides shows each slide once, naming every note it is in. */
class SlideCopiesTest {
    private static Catalog catalog;
    private static PageRenderer pages;

    @BeforeAll
    static void load() {
        catalog = TestCatalogs.bundled();
        pages = TestPages.of(catalog);
    }

    @Test
    void show1sSlidesFromTwoNotesAreShownOnceWithBothNotesNamed() {
        Paper show1 = catalog.paper("show-1").orElseThrow();
        assertThat(show1.sources()).as("discussed in two notes").hasSizeGreaterThanOrEqualTo(2);
        String html = pages.paper("show-1", PageRenderer.Target.NONE, false).html();
        Matcher labels = Pattern.compile("<div class=\"slide-label\">(P\\d+)</div>").matcher(html);
        java.util.List<String> shown = new java.util.ArrayList<>();
        while (labels.find()) {
            shown.add(labels.group(1));
        }
        assertThat(shown).as("each slide once").doesNotHaveDuplicates().contains("P75", "P79");
        assertThat(html).contains("class=\"also-in\"").contains("the same slides as shown above");
        // What only a copy says is still on the page: its own annotation and the headings it files the slide under.
        assertThat(html).contains("Stable Diffusion Model存在的问题").contains("当前模型存在的问题")
                .contains("pixel VS latent: 一致性");
        // Every note still has its section: the reader sees where the paper is discussed.
        show1.sources().forEach(s -> assertThat(html).contains(s.note()));
    }

    @Test
    void aHitOnTheCopyOpensTheSlideWhereItIsShown() {
        Paper show1 = catalog.paper("show-1").orElseThrow();
        String second = show1.sources().get(1).note();
        int slide = show1.sources().get(1).slides().get(0);
        String html = pages.paper("show-1", new PageRenderer.Target(second, slide, List.of()), false).html();
        Matcher target = Pattern.compile("data-target=\"([^\"]+)\"").matcher(html);
        assertThat(target.find()).isTrue();
        assertThat(html).contains("id=\"" + target.group(1) + "\"");
    }

    @Test
    void relatedSaysWhyEachPaperIsRelated() {
        String t2vz = pages.paper("text2video-zero", PageRenderer.Target.NONE, false).html();
        String related = t2vz.substring(t2vz.indexOf("<section class=\"related\">"));
        assertThat(related).containsPattern("MagicVideo</a> <span class=\"why\">[^<]*named on this page");
        assertThat(related).contains("same category: ");
        String magic = pages.paper("magicvideo", PageRenderer.Target.NONE, false).html();
        assertThat(magic.substring(magic.indexOf("<section class=\"related\">")))
                .containsPattern("Text2Video-Zero</a> <span class=\"why\">[^<]*names this paper");
    }

    @Test
    void thePapersOwnCitationIsShownOnceInTheHeader() {
        String html = pages.paper("show-1", PageRenderer.Target.NONE, false).html();
        String citation = "Zhang et al., “Show-1: Marrying Pixel and Latent Diffusion Models for Text-to-Video Generation,”";
        assertThat(html.split(Pattern.quote(citation), -1)).as("once").hasSize(2);
        assertThat(html.indexOf(citation)).as("in the header").isLessThan(html.indexOf("<main>"));
        assertThat(html).contains("class=\"cited\"");
    }

    @Test
    void aCopyThatSaysMoreIsShownAndCommentaryQuotingTheTitleStays(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        String slide = "P1\n## Omega\n\nWorks on temporal coherence.\n\nWu et al., “Omega: A Paper,” arXiv 2023.\n\n";
        java.nio.file.Files.writeString(dir.resolve("a.md"), slide);
        java.nio.file.Files.writeString(dir.resolve("b.md"), slide.replace("Works on temporal coherence.",
                "Works on temporal coherence.\n\n> A plain quote only this note has.\n\n"
                        + "Unlike “Omega: A Paper,” later work trains from scratch."));
        Catalog own = TestCatalogs.load(List.of(new app.vidatlas.notes.NoteLocation(dir, "notes")));
        String html = TestPages.of(own).paper("omega", PageRenderer.Target.NONE, false).html();
        assertThat(html).as("b's slide says more: shown").contains("A plain quote only this note has")
                .contains("later work trains from scratch").doesNotContain("the same slide as shown above");
        assertThat(html.split(Pattern.quote("Wu et al., “Omega: A Paper,” arXiv 2023."), -1)).as("the citation once")
                .hasSize(2);
    }
}
