package app.vidatlas.catalog.lineage;

import app.vidatlas.model.Evidence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the layout puts things: time left to right, models outside the notes first, long edges given their rows. */
class LineageLayoutTest {
    private static LineageNode paper(String id, int year, int month) {
        return new LineageNode(id, id.toUpperCase(), true, new PaperDate(year, month, "test"), "");
    }

    private static LineageEdge builds(String from, String to) {
        return new LineageEdge(from, to, EdgeKind.BUILDS_ON, List.of(new Evidence("n.md", 1, from + " is built on " + to)));
    }

    private static final Lineage LINEAGE = Lineage.of(List.of(
            paper("c", 2023, 11), paper("a", 2022, 5), paper("b", 2023, 2), paper("d", 2023, 11),
            new LineageNode("outside:sd", "Stable Diffusion", false, PaperDate.UNKNOWN, ""),
            new LineageNode("u", "U", true, PaperDate.UNKNOWN, "")),
            List.of(builds("b", "a"), builds("c", "a"), builds("c", "outside:sd"), builds("d", "b")));

    @Test
    void columnsRunFromOutsideTheNotesThroughUndatedToTheLatestMonth() {
        LineageLayout layout = LineageLayout.of(LINEAGE);
        assertThat(layout.columns()).extracting(LineageLayout.Column::label)
                .containsExactly("outside the notes", "undated", "2022.5", "2023.2", "2023.11");
        Map<String, Double> x = layout.boxes().stream().collect(Collectors.toMap(b -> b.node().id(), LineageLayout.Box::x));
        assertThat(x.get("outside:sd")).isLessThan(x.get("u"));
        assertThat(x.get("a")).isLessThan(x.get("b"));
        assertThat(x.get("b")).isLessThan(x.get("c"));
        assertThat(x.get("c")).as("the same month, the same column").isEqualTo(x.get("d"));
    }

    @Test
    void aLongEdgeHasARowKeptInEveryColumnItCrosses() {
        LineageLayout layout = LineageLayout.of(LINEAGE);
        List<LineageLayout.Box> through = layout.route("c", "a");
        assertThat(through).hasSize(1);
        assertThat(through.get(0).x()).isEqualTo(layout.boxes().stream().filter(b -> b.node().id().equals("b"))
                .findFirst().orElseThrow().x());
        assertThat(layout.boxes()).as("no box sits in the row kept for the edge")
                .noneMatch(b -> b.y() == through.get(0).y() && b.x() == through.get(0).x());
        assertThat(layout.route("b", "a")).as("neighbouring columns need none").isEmpty();
    }

    @Test
    void theSameLineageIsAlwaysLaidOutTheSameWayWhateverTheOrderItCameIn() {
        List<LineageNode> nodes = new java.util.ArrayList<>(LINEAGE.nodes());
        List<LineageEdge> edges = new java.util.ArrayList<>(LINEAGE.edges());
        java.util.Collections.reverse(nodes);
        java.util.Collections.reverse(edges);
        assertThat(LineageLayout.of(Lineage.of(nodes, edges))).isEqualTo(LineageLayout.of(LINEAGE));
    }

    @Test
    void aPaperKnownOnlyByItsYearHasAColumnOfItsOwnAndOutsideComesBeforeUndated() {
        Lineage l = Lineage.of(List.of(paper("july", 2023, 7), new LineageNode("yr", "YR", true,
                        new PaperDate(2023, 0, "year"), ""), new LineageNode("aardvark", "Aardvark", true, PaperDate.UNKNOWN, ""),
                new LineageNode("outside:zz", "Zz", false, PaperDate.UNKNOWN, "")), List.of());
        assertThat(LineageLayout.of(l).columns()).extracting(LineageLayout.Column::label)
                .containsExactly("outside the notes", "undated", "2023", "2023.7");
    }

    @Test
    void anEdgeToANodeThatIsNotThereIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Lineage.of(List.of(paper("a", 2023, 1)),
                List.of(builds("a", "missing")))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
    }
}
