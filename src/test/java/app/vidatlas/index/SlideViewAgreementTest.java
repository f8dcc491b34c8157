package app.vidatlas.index;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.CrossReferences;
import app.vidatlas.model.Annotation;
import app.vidatlas.model.AnnotationKind;
import app.vidatlas.model.Attributes;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Excerpt;
import app.vidatlas.model.Figure;
import app.vidatlas.model.Note;
import app.vidatlas.model.NoteFormat;
import app.vidatlas.model.Paper;
import app.vidatlas.model.Slide;
import app.vidatlas.model.Source;
import app.vidatlas.figures.FigureDownloader;
import app.vidatlas.figures.FigureResolver;
import app.vidatlas.pages.PageAssets;
import app.vidatlas.pages.PageRenderer;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A paper's page, search and "Mentioned in" read a slide through the same view: what one of them sees of a shared
 * slide, the others see too. Given / when / then, on a catalog built by hand (the shape the parser gives a "More
 * Works" row whose slide carries a remark of its own).
 */
class SlideViewAgreementTest {
    private static final String NOTE = "n.md";

    private static Paper paper(String id, String name, int slide, List<Excerpt> excerpts, List<Annotation> annotations,
                               List<Figure> figures) {
        return new Paper(id, name + ": A Paper", name, List.of(), List.of("Lee et al."), 2023, null, null,
                List.of(CategoryPath.parse("Chapter")), List.of(), List.of(), List.of(new Source(NOTE, List.of(slide))),
                List.of(), figures, annotations, excerpts, Attributes.NONE, false);
    }

    private static Catalog catalog() {
        Slide own = new Slide(NOTE, 1, 1, List.of("Chapter"), "## Omega Model\n\nOmega does things.",
                "Omega Model\nOmega does things.", List.of(), List.of());
        Annotation remark = new Annotation(AnnotationKind.NOTE, "比 Omega Model 更快", NOTE, 3, 9);
        Figure grid = new Figure("../assets/g1.png", NOTE, 3, "wombat grid");
        Slide shared = new Slide(NOTE, 3, 5, List.of("Chapter"),
                "| ![wombat grid](../assets/g1.png) | **Delta** (Lee et al.) “Delta: A Paper,” 2023. |\n\n> &#x2705; 比 Omega Model 更快",
                "Delta (Lee et al.) “Delta: A Paper,” 2023.", List.of(grid), List.of(remark));
        Note note = new Note(NOTE, "Chapter", NoteFormat.MARKDOWN, List.of(own, shared), null);
        Paper omega = paper("omega-model", "Omega Model", 1, List.of(), List.of(), List.of());
        // Delta shows only its row of slide 3, and the slide's remark and figure have been given to it.
        Paper delta = paper("delta", "Delta", 3, List.of(new Excerpt(NOTE, 3, "Delta (Lee et al.) “Delta: A Paper,” 2023.")),
                List.of(remark), List.of(grid));
        return new Catalog(List.of(omega, delta), List.of(note), List.of());
    }

    private static List<Document> slideDocs(Catalog catalog, String paperId) {
        return IndexDocuments.of(catalog).stream().filter(g -> g.key().equals(paperId))
                .flatMap(g -> g.docs().stream())
                .filter(d -> IndexSchema.TYPE_SLIDE.equals(d.get(IndexSchema.TYPE))).toList();
    }

    @Test
    void aNameOnlyInAPapersRemarkOnASharedSlideIsMentionedShownAndIndexed() {
        Catalog catalog = catalog();
        CrossReferences refs = CrossReferences.of(catalog);
        assertThat(refs.mentionsOf("omega-model")).containsExactly(new CrossReferences.Mention("delta", NOTE, 3));

        FigureResolver figures = new FigureResolver(new FigureResolver.Places(Map.of(), Map.of(), List.of(), null,
                Map.of(), false), new FigureDownloader(FigureDownloader.Policy.DEFAULT));
        PageRenderer pages = new PageRenderer(catalog, refs, figures,
                new PageAssets("asset:page.css", "asset:page.js", "asset:katex/"));
        String deltaPage = pages.paper("delta", PageRenderer.Target.NONE, false).html();
        assertThat(deltaPage).contains("比 ").contains("Omega Model</a> 更快").contains("read the whole slide");
        String omegaPage = pages.paper("omega-model", PageRenderer.Target.NONE, false).html();
        assertThat(omegaPage).contains("Mentioned in").contains("vidatlas:paper/delta@n.md@3");

        List<Document> docs = slideDocs(catalog, "delta");
        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).get(IndexSchema.ANNOTATION)).as("the note behind its mark").isEqualTo("✅ 比 Omega Model 更快");
        // The figure's caption is searchable on the shared slide, as it is on a slide a paper owns.
        assertThat(docs.get(0).get(IndexSchema.TEXT)).contains("Delta (Lee et al.)").contains("wombat grid");
    }

    @Test
    void whatNoPaperShowsOfASharedSlideIsIndexedOnItsOwnAndNothingElseIs() {
        Catalog catalog = catalog();
        Paper delta = catalog.paper("delta").orElseThrow();
        // The parser as it was: the slide's remark and figure on no paper.
        Paper bare = new Paper(delta.id(), delta.title(), delta.shortName(), delta.aliases(), delta.authors(),
                delta.year(), delta.venue(), delta.arxiv(), delta.categories(), delta.tags(), delta.links(),
                delta.sources(), delta.keyPoints(), List.of(), List.of(), delta.excerpts(), delta.attributes(), false);
        Catalog before = new Catalog(List.of(catalog.papers().get(0), bare), catalog.notes(), List.of());

        List<IndexDocuments.Group> orphans = IndexDocuments.of(before).stream()
                .filter(g -> g.key().equals(IndexDocuments.key(NOTE, 3))).toList();
        assertThat(orphans).hasSize(1);
        Document leftover = orphans.get(0).docs().get(0);
        assertThat(leftover.get(IndexSchema.ANNOTATION)).isEqualTo("✅ 比 Omega Model 更快");
        assertThat(leftover.get(IndexSchema.TEXT)).isEqualTo("wombat grid"); // Delta's row is on Delta's page

        // Once the remark and figure are Delta's, the slide has nothing left over.
        assertThat(IndexDocuments.of(catalog).stream().map(IndexDocuments.Group::key))
                .containsExactly("omega-model", "delta");
    }
}
