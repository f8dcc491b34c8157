package app.vidatlas.catalog.lineage;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.CrossReferences;
import app.vidatlas.library.TestCatalogs;
import app.vidatlas.model.Evidence;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The lineage of the bundled notes: the edges the issue names, each with its sentence, and their order in time. */
class BundledLineageTest {
    private static final Catalog CATALOG = TestCatalogs.bundled();
    private static final Lineage LINEAGE = Lineage.of(CATALOG, CrossReferences.of(CATALOG));

    static void print() {
        for (LineageEdge e : LINEAGE.edges()) {
            System.out.println(e.from() + " -" + e.kind().key() + "-> " + e.to() + "  "
                    + e.evidence().stream().map(Evidence::sentence).findFirst().orElse("(curated)"));
        }
    }

    private static LineageEdge edge(String from, String to, EdgeKind kind) {
        return LINEAGE.from(from).stream().filter(e -> e.to().equals(to) && e.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError(from + " -" + kind + "-> " + to + " not read; read: "
                        + LINEAGE.from(from)));
    }

    @Test
    void svdBuildsOnStableDiffusion21SaysTheSentence() {
        print();
        LineageEdge e = edge("stable-video-diffusion", "outside:stable-diffusion-2.1", EdgeKind.BUILDS_ON);
        assertThat(e.evidence()).anyMatch(ev -> ev.sentence().contains("Stable Diffusion 2.1"));
        assertThat(LINEAGE.node(e.to()).inNotes()).as("a model the notes only name is outside them").isFalse();
        assertThat(LINEAGE.node(e.to()).label()).isEqualTo("Stable Diffusion 2.1");
    }

    @Test
    void genTronBuildsOnDiT() {
        LineageEdge e = edge("gentron", "outside:dit", EdgeKind.BUILDS_ON);
        assertThat(e.evidence().get(0).sentence()).containsPattern("\\bDiT\\b");
        assertThat(e.evidence().get(0).note()).isNotBlank();
    }

    @Test
    void modelScopeBuildsOnStableDiffusion() {
        List<LineageEdge> read = LINEAGE.from("modelscope-t2v").stream()
                .filter(e -> e.kind() == EdgeKind.BUILDS_ON && e.to().startsWith("outside:stable-diffusion")).toList();
        assertThat(read).as("read from a sentence").isNotEmpty();
        assertThat(read.get(0).evidence().get(0).sentence()).containsIgnoringCase("Stable Diffusion");
    }

    @Test
    void aCuratedEdgeNeedsNoSentenceAndReachesAPaperOfTheNotesByItsName() {
        LineageEdge e = edge("align-your-latents", "ldm", EdgeKind.CURATED);
        assertThat(e.evidence()).isEmpty();
        assertThat(LINEAGE.node("ldm").inNotes()).isTrue();
    }

    @Test
    void everyEdgeReadFromTheNotesHasItsSentence() {
        assertThat(LINEAGE.edges()).isNotEmpty().allSatisfy(e -> {
            if (e.kind() != EdgeKind.CURATED) {
                assertThat(e.evidence()).isNotEmpty().allSatisfy(ev -> assertThat(ev.sentence()).isNotBlank());
            }
        });
        assertThat(LINEAGE.edges()).anyMatch(e -> e.kind() == EdgeKind.MENTIONS);
    }

    @Test
    void theTimelineOrdersThePapersAsTheBlogDoes() {
        List<String> order = LINEAGE.nodes().stream().map(LineageNode::id)
                .filter(id -> List.of("animatediff", "microcinema", "higen").contains(id)).toList();
        assertThat(order).containsExactly("animatediff", "microcinema", "higen");
        assertThat(LINEAGE.node("animatediff").date().label()).isEqualTo("2023.7");
        assertThat(LINEAGE.node("microcinema").date().label()).isEqualTo("2023.11");
        assertThat(LINEAGE.node("higen").date().label()).isEqualTo("2023.12");
    }

    @Test
    void aNeighbourhoodGoesUpAndDownNotSideways() {
        Lineage around = LINEAGE.around("stable-video-diffusion", 2, EnumSet.allOf(EdgeKind.class));
        assertThat(around.node("stable-video-diffusion")).isNotNull();
        assertThat(around.node("outside:stable-diffusion-2.1")).isNotNull();
        assertThat(around.edges()).allSatisfy(e -> assertThat(around.node(e.from())).isNotNull());
        Lineage animateDiff = LINEAGE.around("animatediff", 2, EnumSet.of(EdgeKind.CURATED, EdgeKind.BUILDS_ON));
        assertThat(animateDiff.node("outside:stable-diffusion")).as("what it builds on").isNotNull();
        assertThat(LINEAGE.to("outside:stable-diffusion")).extracting(LineageEdge::from).contains("text2video-zero");
        assertThat(animateDiff.node("text2video-zero")).as("a sibling built on the same model is not a neighbour").isNull();
        Lineage curatedOnly = LINEAGE.around("align-your-latents", 1, EnumSet.of(EdgeKind.CURATED));
        assertThat(curatedOnly.nodes()).extracting(LineageNode::id).containsExactlyInAnyOrder("align-your-latents", "ldm");
    }
}
