package app.vidatlas.notes;

import app.vidatlas.Fixtures;
import app.vidatlas.model.Annotation;
import app.vidatlas.model.AnnotationKind;
import app.vidatlas.model.Figure;
import app.vidatlas.model.Link;
import app.vidatlas.model.LinkKind;
import app.vidatlas.model.Slide;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownNoteParserTest {
    private final ParsedNote constructs = new MarkdownNoteParser().parse("ch/constructs.md", Fixtures.note("constructs.md"));
    private final ParsedNote chapter = new MarkdownNoteParser().parse("plain-chapter.md", Fixtures.note("plain-chapter.md"));

    private PaperMention mention(ParsedNote note, String titleStart) {
        Optional<PaperMention> m = note.mentions().stream().filter(x -> x.title().startsWith(titleStart)).findFirst();
        assertThat(m).as("a mention titled %s in %s", titleStart, note.mentions()).isPresent();
        return m.get();
    }

    @Test
    void slideMarkersSplitTheNoteIntoSlides() {
        assertThat(constructs.note().slides()).extracting(Slide::number)
                .containsExactly(10, 11, 12, 13, 14, 15, 16, 17, 18);
        Slide p11 = constructs.note().slides().get(1);
        assertThat(p11.line()).isEqualTo(6);
        assertThat(p11.markdown()).startsWith("## Alpha-Net").doesNotContain("P11").doesNotContain("P12");
        assertThat(p11.text()).contains("Short description of Alpha");
    }

    @Test
    void aMarkerOnALineInsideAParagraphStartsASlide() {
        ParsedNote note = new MarkdownNoteParser().parse("x.md", "P67\n![](../a/67.png)\nm\nP68\n## Name\n\nText\n");
        assertThat(note.note().slides()).extracting(Slide::number).containsExactly(67, 68);
        assertThat(note.note().slides().get(0).figures()).extracting(Figure::src).containsExactly("../a/67.png");
        assertThat(note.note().slides().get(1).headings()).containsExactly("Name");
    }

    @Test
    void theFooterGivesTheSiteAndIsNotSlideText() {
        assertThat(constructs.note().siteUrl()).isEqualTo("https://example.org/notes/");
        Slide last = constructs.note().slides().get(constructs.note().slides().size() - 1);
        assertThat(last.text()).doesNotContain("转载");
        assertThat(last.markdown()).doesNotContain("https://example.org/notes/");
    }

    @Test
    void aPaperSectionSpansItsSlidesEvenWithoutACitationOnEach() {
        PaperMention alpha = mention(constructs, "Alpha-Net");
        assertThat(alpha.kind()).isEqualTo(MentionKind.SECTION);
        assertThat(alpha.name()).isEqualTo("Alpha-Net");
        assertThat(alpha.slides()).containsExactly(11, 12, 13);
        assertThat(alpha.citation().authors()).isEqualTo("Smith et al.");
        assertThat(alpha.citation().venue()).isEqualTo("arXiv");
    }

    @Test
    void numberedHeadingsGiveTheCategoryWithoutTheirNumbers() {
        assertThat(mention(constructs, "Alpha-Net").category()).containsExactly("Chapter Title", "Section One");
    }

    @Test
    void anUnnumberedChapterHeadingIsTheCategory() {
        PaperMention omega = mention(chapter, "Omega");
        assertThat(omega.category()).containsExactly("Works Based on Base Models");
        assertThat(omega.slides()).containsExactly(1, 2, 3);
        assertThat(omega.annotations()).extracting(Annotation::text).containsExactly("第一条。", "第二条。");
    }

    @Test
    void moreWorksHeadingsAreDroppedFromCategories() {
        assertThat(mention(chapter, "Psi").category()).containsExactly("Works Based on Base Models", "闭源");
        assertThat(mention(constructs, "Delta").category()).containsExactly("Chapter Title", "Section One", "Related");
    }

    @Test
    void figuresKeepTheirSlide() {
        assertThat(mention(constructs, "Alpha-Net").figures())
                .containsExactly(new Figure("../assets/a-11.png", "ch/constructs.md", 11, "fig a"));
    }

    @Test
    void bulletsBecomeKeyPointsWithTheirNesting() {
        assertThat(mention(constructs, "Alpha-Net").keyPoints())
                .containsExactly("bullet one", "  nested bullet", "bullet two with \\(\\to \\) math");
    }

    @Test
    void mathFragmentsAreKeptForRendering() {
        Slide p12 = constructs.note().slides().get(2);
        assertThat(p12.markdown()).contains("\\\\(\\to \\\\)");
        assertThat(p12.text()).contains("\\(\\to \\)");
    }

    @Test
    void linksAreKeptAndKnownByKind() {
        assertThat(mention(constructs, "Alpha-Net").links())
                .containsExactly(new Link("https://github.com/example/alpha", LinkKind.CODE));
        assertThat(mention(constructs, "Eta-Flow").links())
                .containsExactly(new Link("https://example.org/ReadPapers/51.html", LinkKind.READPAPERS));
    }

    @Test
    void annotationsAreNotesOrQuestionsWithEntitiesDecoded() {
        List<Annotation> annotations = mention(constructs, "Alpha-Net").annotations();
        assertThat(annotations).containsExactly(
                new Annotation(AnnotationKind.NOTE, "这是一个注释。", "ch/constructs.md", 11, 13),
                new Annotation(AnnotationKind.QUESTION, "这是一个问题?", "ch/constructs.md", 11, 14));
        assertThat(constructs.note().slides().get(1).annotations()).isEqualTo(annotations);
    }

    @Test
    void anAnnotationUnderACollectionGoesWithEveryPaperListedOnItsSlide() {
        // Nothing is lost: the slide's own remark is shown with each paper the slide lists, and with no other.
        Slide p16 = constructs.note().slides().get(6);
        assertThat(p16.annotations()).extracting(Annotation::text).containsExactly("一条关于整页的注释。");
        for (PaperMention m : constructs.mentions()) {
            boolean listed = m.slides().contains(16) && m.kind() == MentionKind.MORE_WORKS;
            assertThat(m.annotations().stream().anyMatch(a -> a.text().equals("一条关于整页的注释。")))
                    .as(m.title()).isEqualTo(listed);
        }
        assertThat(mention(constructs, "Delta").excerpt()).contains("A Survey of Things");
    }

    @Test
    void onlyWebLinksOfANoteBecomeAPapersLinks() {
        ParsedNote n = new MarkdownNoteParser().parse("links.md", "P1\n## Zeta\n\n[code](https://github.com/z/zeta) "
                + "[run](javascript:alert(1)) [disk](file:///etc/passwd)\n\n"
                + "Zu et al., “Zeta: A Paper,” arXiv 2023.\n");
        assertThat(mention(n, "Zeta").links()).extracting(app.vidatlas.model.Link::url)
                .containsExactly("https://github.com/z/zeta");
    }

    @Test
    void anAsideInBracketsIsNeitherTheNameNorAnAlias() {
        ParsedNote n = new MarkdownNoteParser().parse("asides.md", "P1\n## VideoPoet (Google)\n\nText.\n\n"
                + "Kondratyuk et al., “VideoPoet: A Large Language Model for Zero-Shot Video Generation,” arXiv 2023.\n\n"
                + "P2\n## Lumiere (2024)\n\nText.\n\n"
                + "Bar-Tal et al., “Lumiere: A Space-Time Diffusion Model for Video Generation,” arXiv 2024.\n");
        PaperMention poet = mention(n, "VideoPoet");
        assertThat(poet.name()).isEqualTo("VideoPoet");
        assertThat(poet.altNames()).doesNotContain("Google");
        PaperMention lumiere = mention(n, "Lumiere");
        assertThat(lumiere.name()).isEqualTo("Lumiere");
        assertThat(lumiere.altNames()).doesNotContain("2024");
    }

    @Test
    void aPrefixBeforeTheAuthorsAndAnAcronymInTheHeadingAreNames() {
        PaperMention beta = mention(constructs, "Beta Model");
        assertThat(beta.name()).isEqualTo("BM");
        assertThat(beta.altNames()).contains("Beta Model (BM)", "Beta Model");
        assertThat(beta.citation().prefix()).isEqualTo("Imagen");
        assertThat(beta.citation().venue()).isNull();
    }

    @Test
    void aSentenceHeadingIsNotTakenForTheName() {
        PaperMention gamma = mention(constructs, "Gamma");
        assertThat(gamma.name()).isEqualTo("Gamma");
        assertThat(gamma.citation().authors()).isEqualTo("Ng et al.");
    }

    @Test
    void moreWorksRowsAreOnePaperEachWithTheirFigure() {
        PaperMention delta = mention(constructs, "Delta");
        assertThat(delta.kind()).isEqualTo(MentionKind.MORE_WORKS);
        assertThat(delta.name()).isEqualTo("Delta");
        assertThat(delta.citation().authors()).isEqualTo("Lee et al.");
        assertThat(delta.citation().venue()).isEqualTo("NeurIPS");
        assertThat(delta.keyPoints()).containsExactly("Does delta things");
        assertThat(delta.figures()).extracting(Figure::src).containsExactly("../assets/g1.png");
        assertThat(delta.slides()).containsExactly(16);

        assertThat(mention(constructs, "Epsilon Net").name()).isEqualTo("Epsilon Net");
        assertThat(mention(constructs, "Zeta").name()).isEqualTo("Z^2");
    }

    @Test
    void aCitationUnderACollectionIsAReference() {
        PaperMention survey = mention(constructs, "A Survey of Things");
        assertThat(survey.kind()).isEqualTo(MentionKind.REFERENCE);
        assertThat(survey.slides()).containsExactly(16);
        assertThat(survey.category()).isEmpty();
    }

    @Test
    void promptCaptionsThatLookLikeCitationsAreNotPapers() {
        assertThat(constructs.mentions()).extracting(PaperMention::title)
                .noneMatch(t -> t.contains("Robot") || t.contains("Fish"));
        Slide p17 = constructs.note().slides().get(7);
        assertThat(p17.text()).contains("Robot dancing in times square");
        assertThat(p17.figures()).hasSize(2);
    }

    @Test
    void paperTableRowsCarryYearTagsAnnotationsAndLinks() {
        PaperMention eta = mention(constructs, "Eta-Flow");
        assertThat(eta.kind()).isEqualTo(MentionKind.TABLE_ROW);
        assertThat(eta.name()).isEqualTo("Eta-Flow");
        assertThat(eta.citation().year()).isEqualTo(2024);
        assertThat(eta.tags()).containsExactly("Two-stage", "自回归生成");
        assertThat(eta.annotations()).extracting(Annotation::text).containsExactly("(1) 第一点", "(2) 第二点");
        assertThat(eta.category()).containsExactly("Chapter Title", "Section One", "Paper table");
    }

    @Test
    void theNoteTitleIsItsDeepestLeadingNumberedHeading() {
        assertThat(constructs.note().title()).isEqualTo("3.1 Section One");
        assertThat(chapter.note().title()).isEqualTo("Works Based on Base Models");
    }

    @Test
    void aBrokenTableRowIsReportedWithItsLineAndItsTextKept() {
        String md = "P1\n## T\n\n|ID|Year|Name|Note|Tags|Link|\n|---|---|---|---|---|---|\n"
                + "|1|2023|Kappa: Title|n|t|l|spill-over text|\n";
        ParsedNote note = new MarkdownNoteParser().parse("t.md", md);
        assertThat(note.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(6);
            assertThat(d.message()).contains("7 cells").contains("header has 6");
        });
        assertThat(note.note().slides().get(0).text()).contains("spill-over text");
        assertThat(note.mentions()).extracting(PaperMention::title).containsExactly("Kappa: Title");
    }
}
