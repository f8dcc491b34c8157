package app.vidatlas.search;

import app.vidatlas.library.IndexedNotes;
import app.vidatlas.model.Progress;
import app.vidatlas.notes.BundledNotes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a researcher types, and what must come first. On the bundled notes. */
class SearchQualityTest {
    @TempDir
    static Path indexDir;
    private static IndexedNotes index;

    @BeforeAll
    static void open() throws IOException {
        index = IndexedNotes.open(indexDir, List.of(BundledNotes.location()), BundledNotes.papersJson(), "papers.json",
                Progress.NONE);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static SearchResult search(String q) {
        return index.searcher().search(q, 10);
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "motion module | animatediff",
            "WebVid-10M | animatediff",
            "CoCa captioner | stable-video-diffusion",
            "时域卷积 | modelscope-t2v",
            "时域 | modelscope-t2v",
            "text-video alignment | show-1",
            "DiT | gentron",
            "pixel 一致性 | show-1",
            "SVD | stable-video-diffusion",
            "Stable Video Diffusion | stable-video-diffusion",
            "AnimatDiff | animatediff",
            "stable video difusion | stable-video-diffusion",
            "brain activity | cinematic-mindscapes",
            "fMRI | cinematic-mindscapes",
            "\"Joint image-video finetuning\" | lavie",
            "window attention | walt",
            "W.A.L.T. | walt",
            "Preserve Your Own Correlation | pyoco",
            "audio reactive | tpos",
            "Elo rankings | stable-video-diffusion",
            "扣出背景 | animatediff",
            "即插即用 | animatediff",
            "Motion-I2V | motion-i2v",
            "自回归生成 | mcdiff",
            "ZeroScope | modelscope-t2v",
    })
    void theExpectedPaperComesFirst(String query, String expected) {
        SearchResult r = search(query);
        assertThat(ids(r)).as("results for %s: %s", query, r.hits()).isNotEmpty();
        assertThat(ids(r).get(0)).as("first result for %s: %s", query, ids(r)).isEqualTo(expected);
    }

    @Test
    void hitsSayWhichSlideAndWhetherAnAnnotationMatched() {
        SearchResult r = search("pixel 一致性");
        SearchResult.Hit show1 = r.hits().get(0);
        assertThat(show1.slides()).contains(new SearchResult.SlideRef("video-generation/t2i-based-works.md", 76));
        assertThat(show1.snippets()).anySatisfy(s -> {
            assertThat(s.slide()).isEqualTo(76);
            assertThat(s.html()).contains("<mark>一致性</mark>").contains("<mark>pixel</mark>");
        });
        SearchResult ann = search("时域卷积");
        assertThat(ann.hits().get(0).snippets().get(0)).satisfies(s -> {
            assertThat(s.where()).as("a ✅ note").isEqualTo("note");
            assertThat(s.slide()).isEqualTo(70);
            assertThat(s.html()).startsWith("<mark>时域卷积</mark>");
        });
    }

    @Test
    void aQuestionIsSaidToBeAQuestionAndANoteANote() {
        SearchResult q = search("同风格的视频生成模型");
        assertThat(q.hits()).isNotEmpty();
        assertThat(q.hits().get(0).snippets()).anySatisfy(s -> {
            assertThat(s.where()).isEqualTo("question");
            assertThat(s.html()).contains("已训好的图像生成模型").doesNotContain("❓").doesNotContain("✅");
        });
        assertThat(q.hits().stream().flatMap(h -> h.snippets().stream()))
                .noneMatch(s -> s.where().equals("annotation")).as("every slide annotation is a note or a question");
    }

    @Test
    void anInflectedWordFindsItsStem() {
        SearchResult r = search("aligned");
        assertThat(ids(r)).contains("show-1");
        assertThat(r.hits().stream().filter(h -> "show-1".equals(h.id())).findFirst().orElseThrow().snippets())
                .anySatisfy(s -> assertThat(s.html()).contains("<mark>alignment</mark>"));
    }

    @Test
    void aMixedQueryAnalysesEachPartInItsLanguage() {
        SearchResult r = search("motion 模块");
        assertThat(r.hits()).isNotEmpty();
        assertThat(r.hits().get(0).snippets().get(0).html()).contains("<mark>motion</mark>").contains("<mark>模块</mark>");
    }

    @Test
    void aPartOfAChineseWordIsHighlightedAsSuch() {
        assertThat(search("时域").hits().get(0).snippets().get(0).html()).contains("<mark>时域</mark>卷积");
    }

    @Test
    void snippetsAreEscapedHtml() {
        // The notes contain "T2I -> T2V"; a snippet is HTML, so the arrow's > must be escaped.
        SearchResult r = search("\"T2I -> T2V\"");
        assertThat(r.hits()).isNotEmpty();
        assertThat(r.hits().get(0).snippets()).anySatisfy(s -> assertThat(s.html()).contains("-&gt;"));
    }

    @Test
    void yearFiltersKeepOnlyThatYear() {
        SearchResult r = search("year:2022");
        assertThat(ids(r)).contains("magicvideo").doesNotContain("show-1", "animatediff", "stable-video-diffusion");
        assertThat(r.facets().get("year")).containsOnlyKeys("2022");
        SearchResult range = search("year:2022..2023 video");
        assertThat(range.facets().get("year")).containsOnlyKeys("2022", "2023");
    }

    @Test
    void fieldsNarrowTheSearch() {
        assertThat(ids(search("venue:ICCV"))).contains("pyoco", "tpos", "text2video-zero").doesNotContain("show-1");
        assertThat(ids(search("title:correlation"))).containsExactly("pyoco");
        assertThat(ids(search("author:Blattmann"))).contains("stable-video-diffusion", "align-your-latents");
        assertThat(ids(search("tag:Two-stage"))).contains("mcdiff", "motion-i2v");
        assertThat(ids(search("cat:Multimodal-guided"))).contains("aadiff", "tpos").doesNotContain("show-1");
    }

    @Test
    void phrasesAndOperators() {
        assertThat(ids(search("\"large motion\""))).first().isEqualTo("show-1");
        assertThat(ids(search("GenTron OR LaVie"))).contains("gentron", "lavie");
        assertThat(ids(search("latent -pixel"))).doesNotContain("show-1").isNotEmpty();
        assertThat(ids(search("latent NOT pixel"))).doesNotContain("show-1");
        assertThat(ids(search("memory AND pixel"))).first().isEqualTo("show-1");
    }

    @Test
    void aPhraseMarksThePhraseNotItsWordsElsewhere() {
        // A phrase is scored by its words (ScoreOnlyQuery) but only where they form the phrase may they be marked.
        SearchResult r = search("\"large motion\"");
        List<String> html = r.hits().stream().flatMap(h -> h.snippets().stream()).map(SearchResult.Snippet::html).toList();
        assertThat(html).anySatisfy(h -> assertThat(h).containsPattern("(?i)<mark>large\\s*(</mark>\\s*<mark>)?motion</mark>"));
        assertThat(html).allSatisfy(h -> assertThat(h.replaceAll("(?i)<mark>large\\s*(</mark>\\s*<mark>)?motion</mark>", ""))
                .doesNotContain("<mark>"));
        assertThat(search("motion").total()).as("the word alone is far more common").isGreaterThan(r.total());
    }

    @Test
    void aliasesAndAbbreviationsExpand() {
        assertThat(ids(search("T2V"))).contains("modelscope-t2v", "dual-stream-diffusion-net");
        assertThat(ids(search("MinD-Video"))).first().isEqualTo("cinematic-mindscapes");
        assertThat(ids(search("Latent Shift"))).first().isEqualTo("latent-shift");
    }

    @Test
    void aMalformedQueryIsReadAsPlainWordsWithANotice() {
        SearchResult r = search("\"motion module");
        assertThat(r.notices()).singleElement().satisfies(n -> assertThat(n).contains("plain words").contains("quote"));
        assertThat(ids(r)).first().isEqualTo("animatediff");
        assertThat(search("AND").notices()).singleElement().satisfies(n -> assertThat(n).contains("AND"));
        assertThat(search("motion AND").notices()).isNotEmpty();
        assertThat(search("year:twenty").notices()).isNotEmpty();
        assertThat(search("-only").notices()).isNotEmpty();
    }

    @Test
    void aTypoSaysCloseMatchesAreShown() {
        SearchResult r = search("AnimatDiff");
        assertThat(r.notices()).anySatisfy(n -> assertThat(n).contains("close matches"));
    }

    @Test
    void facetsCountTheMatchingPapers() {
        SearchResult r = search("video");
        assertThat(r.total()).isGreaterThan(20);
        assertThat(r.facets().get("category")).containsKey("Video Generation / Multimodal-guided generation")
                .containsKey("Video Generation");
        assertThat(r.facets().get("category").get("Video Generation"))
                .isGreaterThanOrEqualTo(r.facets().get("category").get("Video Generation / Multimodal-guided generation"));
        assertThat(r.facets().get("venue")).containsKey("CVPR 2023");
    }

    @Test
    void slidesNoPaperOwnsCanBeFound() {
        SearchResult r = search("开山之年");
        assertThat(r.hits()).singleElement().satisfies(h -> {
            assertThat(h.id()).isNull();
            assertThat(h.slides()).containsExactly(new SearchResult.SlideRef("blog/video-diffusion-timeline.txt", 0));
        });
    }

    @Test
    void nothingFoundIsAnEmptyResultNotAnError() {
        SearchResult r = search("xylophone");
        assertThat(r.total()).isZero();
        assertThat(r.hits()).isEmpty();
        assertThat(search("   ").hits()).isEmpty();
    }
}
