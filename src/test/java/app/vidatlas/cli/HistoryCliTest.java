package app.vidatlas.cli;

import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** {@code vidatlas lineage} and {@code vidatlas timeline} on the bundled notes, in every format. */
class HistoryCliTest extends CliTestBase {
    @Test
    void lineageAsJsonKeepsEachEdgesSentence() {
        assertThat(run("lineage", "svd")).isZero();
        assertThat(out.toString()).contains("\"id\" : \"outside:stable-diffusion-2.1\"", "\"inNotes\" : false",
                "\"kind\" : \"builds-on\"", "\"sentence\" : \"Initialize weights from Stable Diffusion 2.1",
                "\"date\" : \"2023.11\"", "\"dateFrom\" : \"arXiv 2311.15127\"");
    }

    @Test
    void lineageAsDotAndMermaid() {
        assertThat(run("lineage", "gentron", "--format", "dot")).isZero();
        assertThat(out.toString()).startsWith("digraph lineage {").contains("\"outside:dit\" -> \"gentron\" [label=\"builds-on\", dir=back]")
                .contains("[label=\"GenTron\\n2023.12\"]");
        out.getBuffer().setLength(0);
        assertThat(run("lineage", "gentron", "--format", "mermaid")).isZero();
        assertThat(out.toString()).startsWith("graph LR").contains("-->|base of|").contains("([\"DiT\"])");
    }

    @Test
    void depthZeroIsThePaperAloneAndAnUnknownIdIsExplained() {
        assertThat(run("lineage", "svd", "--depth", "0", "--format", "mermaid")).isZero();
        assertThat(out.toString().lines().count()).isEqualTo(2);
        assertThat(run("lineage", "no-such-paper")).isEqualTo(2);
        assertThat(err.toString()).contains("no paper with id 'no-such-paper'");
        assertThat(run("lineage", "svd", "--depth", "-1")).isEqualTo(2);
    }

    @Test
    void timelineAsCsvIsOldestFirstWithTheBlogsCommentary() {
        assertThat(run("timeline")).isZero();
        String csv = out.toString();
        assertThat(csv).startsWith("date,kind,id,name,lane,date_from,note,slide,text");
        assertThat(csv.indexOf(",animatediff,")).isLessThan(csv.indexOf(",microcinema,"));
        assertThat(csv.indexOf(",microcinema,")).isLessThan(csv.indexOf(",higen,"));
        assertThat(csv).contains("2023.7,paper,animatediff,AnimateDiff").contains("commentary").contains("开山之年");
    }

    @Test
    void timelineOfACategoryAsJson() {
        assertThat(run("timeline", "--category", "Foundations", "--format", "json")).isZero();
        assertThat(out.toString()).contains("\"id\" : \"ldm\"").doesNotContain("\"id\" : \"higen\"");
        assertThat(run("timeline", "--category", "Nowhere")).isEqualTo(2);
        assertThat(err.toString()).contains("no category 'Nowhere'");
        assertThat(run("timeline", "--category", "/")).as("a path with no category in it").isEqualTo(2);
        assertThat(err.toString()).contains("no category '/'");
        assertThat(run("matrix", "--category", "/")).as("the same choice in every command").isEqualTo(2);
    }

    @Test
    void timelineOfASearch() {
        assertThat(run("timeline", "--query", "GenTron")).isZero();
        assertThat(out.toString()).contains(",gentron,").doesNotContain(",animatediff,");
    }

    @Test
    void aBrokenNoteIsNamedAndTheOthersStillMakeTheTimeline(@org.junit.jupiter.api.io.TempDir java.nio.file.Path notes)
            throws java.io.IOException {
        java.nio.file.Files.writeString(notes.resolve("good.md"), "P1\n## Omega\n\n - Built on Stable Diffusion 2.1\n\n"
                + "Wu et al., “Omega: Video from Images,” arXiv 2023.\n");
        java.nio.file.Files.write(notes.resolve("broken.md"), new byte[]{(byte) 0xff, 0, 'x', 0});
        assertThat(run("timeline", "--notes", notes.toString())).isZero();
        assertThat(out.toString()).contains(",Omega,");
        assertThat(err.toString()).contains("broken.md").contains("binary data");
        out.getBuffer().setLength(0);
        assertThat(run("lineage", "Omega", "--notes", notes.toString(), "--format", "mermaid")).isZero();
        assertThat(out.toString()).contains("Stable Diffusion 2.1").contains("-->|base of|");
    }
}
