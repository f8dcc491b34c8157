package app.vidatlas.catalog;

import app.vidatlas.model.Progress;
import app.vidatlas.library.TestCatalogs;
import app.vidatlas.model.AnnotationKind;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Figure;
import app.vidatlas.model.Paper;
import app.vidatlas.model.Source;
import app.vidatlas.notes.NoteLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end on the notes that ship with the app. */
class BundledCatalogTest {
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = TestCatalogs.bundled();
    }

    private static Paper paper(String id) {
        return catalog.paper(id).orElseThrow(() -> new AssertionError("no " + id + " in " + catalog.byId().keySet()));
    }

    private static List<String> notes(String id) {
        return paper(id).sources().stream().map(Source::note).toList();
    }

    @Test
    void loadsAllFiveNotesWithoutAProblem() {
        assertThat(catalog.diagnostics()).isEmpty();
        assertThat(catalog.notes()).hasSize(5);
    }

    @Test
    void givesExactlyTheThirtySevenPapersEachOnce() {
        // The papers the issue lists, by the name it uses, and the id each must have.
        Map<String, String> expected = Map.ofEntries(
                Map.entry("show-1", "Show-1"), Map.entry("animatediff", "AnimateDiff"),
                Map.entry("text2video-zero", "Text2Video-Zero"), Map.entry("mcdiff", "Motion-Conditioned Diffusion Model"),
                Map.entry("motion-i2v", "Motion-I2V"), Map.entry("magicvideo", "MagicVideo"), Map.entry("simda", "SimDA"),
                Map.entry("dual-stream-diffusion-net", "Dual-Stream Diffusion Net"), Map.entry("latent-shift", "Latent-Shift"),
                Map.entry("videofactory", "VideoFactory"), Map.entry("pyoco", "Preserve Your Own Correlation"),
                Map.entry("videofusion", "VideoFusion"), Map.entry("modelscope-t2v", "ModelScope"),
                Map.entry("videocrafter1", "VideoCrafter1"), Map.entry("lavie", "LaVie"),
                Map.entry("stable-video-diffusion", "Stable Video Diffusion"), Map.entry("gentron", "GenTron"),
                Map.entry("walt", "Photorealistic Video Generation with Diffusion Models"), Map.entry("tpos", "TPoS"),
                Map.entry("aadiff", "AADiff"), Map.entry("generative-disco", "Generative Disco"),
                Map.entry("generative-image-dynamics", "Generative Image Dynamics"), Map.entry("lamd", "LaMD"),
                Map.entry("lfdm", "Latent Flow Diffusion Models"), Map.entry("cinematic-mindscapes", "Cinematic Mindscapes"),
                Map.entry("moviefactory", "MovieFactory"), Map.entry("codi", "CoDi"), Map.entry("mm-diffusion", "MM-Diffusion"),
                Map.entry("next-gpt", "NExT-GPT"), Map.entry("video-diffusion-survey", "A Survey on Video Diffusion Models"),
                Map.entry("vdm", "Video Diffusion Models"), Map.entry("ldm", "High-Resolution Image Synthesis"),
                Map.entry("cogvideo", "CogVideo"), Map.entry("align-your-latents", "Align your Latents"),
                Map.entry("make-pixels-dance", "Make Pixels Dance"), Map.entry("microcinema", "MicroCinema"),
                Map.entry("higen", "HiGen"));
        assertThat(catalog.papers()).extracting(Paper::id).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((id, name) -> assertThat(paper(id).names())
                .as("names of %s", id).anySatisfy(n -> assertThat(n).containsIgnoringCase(name)));
    }

    @Test
    void papersDiscussedInSeveralNotesAreMerged() {
        assertThat(notes("show-1")).containsExactly("open-source-base-models.md", "video-generation/t2i-based-works.md");
        for (String id : List.of("latent-shift", "videofactory", "pyoco", "videofusion")) {
            assertThat(notes(id)).as(id).containsExactly("video-generation/closed-source-works.md",
                    "video-generation/t2i-based-works.md");
        }
        assertThat(notes("mcdiff")).containsExactly("video-generation/multimodal-guided.md",
                "video-generation/t2i-based-works.md");
        assertThat(notes("animatediff")).containsExactly("video-generation/t2i-based-works.md",
                "blog/video-diffusion-timeline.txt");
    }

    @Test
    void slidesAreTheOnesThatDiscussThePaper() {
        assertThat(paper("show-1").sources()).containsExactly(
                new Source("open-source-base-models.md", List.of(75, 76, 77, 78, 79)),
                new Source("video-generation/t2i-based-works.md", List.of(75, 76, 77, 78, 79)));
        assertThat(paper("modelscope-t2v").sources()).containsExactly(
                new Source("open-source-base-models.md", List.of(68, 69, 70, 71, 72, 73, 74)));
        assertThat(paper("video-diffusion-survey").sources().get(0))
                .isEqualTo(new Source("video-generation/multimodal-guided.md", List.of(140, 141, 144)));
    }

    @Test
    void aTitleTheNotesDamagedStillFindsItsPaper() {
        assertThat(paper("videofusion").title()).isEqualTo("VideoFusion: Decomposed Diffusion Models for High-Quality Video Generation");
        assertThat(catalog.papers()).extracting(Paper::title).noneMatch(t -> t.contains("ecomposed") && !t.contains("Decomposed"));
    }

    @Test
    void categoriesComeFromTheHeadingTreeAndTheCuratedMetadata() {
        assertThat(paper("show-1").categories()).extracting(CategoryPath::toString)
                .containsExactly("Video Generation / Open-source base models", "Works Based on T2I Base Models");
        assertThat(paper("gentron").categories()).extracting(CategoryPath::toString)
                .containsExactly("Video Generation / Other closed-source works");
        assertThat(paper("aadiff").categories()).extracting(CategoryPath::toString)
                .containsExactly("Video Generation / Multimodal-guided generation / Sound-Guided Video Generation");
        assertThat(paper("motion-i2v").categories()).extracting(CategoryPath::toString)
                .containsExactly("Works Based on T2I Base Models / Multi-Modal Guided Generation");
        assertThat(paper("vdm").categories()).extracting(CategoryPath::toString).containsExactly("Foundations");
    }

    @Test
    void figuresAnnotationsAndLinksArePlaced() {
        Paper show1 = paper("show-1");
        assertThat(show1.figures()).contains(new Figure("../assets/08-75.png", "open-source-base-models.md", 75, ""));
        assertThat(show1.annotations()).filteredOn(a -> a.note().equals("open-source-base-models.md"))
                .extracting(a -> a.slide()).containsExactly(75, 75, 76, 76);
        assertThat(show1.codeUrl()).isEqualTo("https://github.com/showlab/Show-1");
        assertThat(paper("walt").annotations()).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(AnnotationKind.QUESTION));
        assertThat(paper("mcdiff").links()).extracting(l -> l.url())
                .contains("https://caterpillarstudygroup.github.io/ReadPapers/51.html");
        assertThat(paper("mcdiff").tags()).containsExactly("Two-stage", "自回归生成");
        assertThat(paper("magicvideo").figures()).extracting(Figure::src).containsExactly("../../assets/08-107-1.png");
    }

    @Test
    void promptCaptionsOnSlide74AreNotPapers() {
        assertThat(catalog.papers()).extracting(Paper::title).noneMatch(t -> t.contains("Robot dancing"));
    }

    @Test
    void theBlogPostMentionsBecomePassages() {
        assertThat(paper("microcinema").annotations()).isNotEmpty()
                .allSatisfy(a -> assertThat(a.kind()).isEqualTo(AnnotationKind.PASSAGE));
        assertThat(paper("cogvideo").codeUrl()).isEqualTo("https://github.com/THUDM/CogVideo");
    }

    @Test
    void theNotesKnowWhereTheyArePublished() {
        assertThat(catalog.note("video-generation/t2i-based-works.md")).hasValueSatisfying(n ->
                assertThat(n.siteUrl()).isEqualTo("https://caterpillarstudygroup.github.io/ImportantArticles/"));
    }
}
