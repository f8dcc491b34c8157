package app.vidatlas.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchCliTest extends CliTestBase {
    @Test
    void searchPrintsPapersWithSlidesAndMarkedSnippets() {
        assertThat(run("search", "CoCa", "captioner")).isZero();
        assertThat(out.toString()).startsWith("1. SVD (stable-video-diffusion) — Stable Video Diffusion")
                .contains("open-source-base-models.md P83 slide:").contains("«CoCa»").contains("1 result in");
    }

    @Test
    void searchAsJsonHasTheContractFields() throws IOException {
        assertThat(run("search", "时域", "--format", "json", "--limit", "3")).isZero();
        JsonNode r = new ObjectMapper().readTree(out.toString());
        assertThat(r.get("query").asText()).isEqualTo("时域");
        assertThat(r.get("total").asInt()).isPositive();
        assertThat(r.has("tookMs")).isTrue();
        JsonNode hit = r.get("hits").get(0);
        assertThat(hit.get("id").asText()).isEqualTo("modelscope-t2v");
        for (String field : List.of("title", "shortName", "score", "slides", "snippets")) {
            assertThat(hit.has(field)).as(field).isTrue();
        }
        assertThat(hit.get("snippets").get(0).get("html").asText()).contains("<mark>时域</mark>");
        assertThat(r.get("facets").has("category")).isTrue();
        assertThat(r.get("facets").has("year")).isTrue();
        assertThat(r.get("facets").has("venue")).isTrue();
    }

    /** A line of any length (here 5,000 nested quote markers around a word) gives a snippet of a few lines. */
    @Test
    void aHitInAHugeLineShowsTheWordsAroundTheMatchNotTheWholeLine(@TempDir Path notes) throws IOException {
        Files.writeString(notes.resolve("deep.md"), "P1\n## Omega\n\n" + "> ".repeat(5_000) + "the zyxmotion module "
                + "> ".repeat(5_000) + "\n\nWu et al., “Omega: A,” arXiv 2023.\n");
        assertThat(run("search", "zyxmotion", "--notes", notes.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("«zyxmotion» module");
        assertThat(out.toString().length()).as("the hit, not 20 KB of markers").isLessThan(1_500);
    }

    @Test
    void aMalformedQueryIsANoticeNotAFailure() {
        assertThat(run("search", "\"motion")).isZero();
        assertThat(err.toString()).contains("Read as plain words");
        assertThat(err.toString()).doesNotContain("Exception");
    }

    @Test
    void indexShowsProgressOnStderrAndSaysWhatItIndexed() {
        assertThat(run("index")).isZero();
        assertThat(err.toString()).contains("reading notes: 5/5").contains("indexing:");
        assertThat(out.toString()).contains("37 papers from 5 notes indexed");
    }

    @Test
    void searchFailsOnlyWhenThereAreNoNotes(@TempDir Path empty) throws IOException {
        assertThat(run("search", "x", "--notes", empty.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no notes here");
        Files.writeString(empty.resolve("n.md"), "P1\n## Omega\n\nflow\n\nWu et al., “Omega: A,” arXiv 2023.\n");
        Files.writeString(empty.resolve("bad.md"), "");
        out.getBuffer().setLength(0);
        assertThat(run("search", "flow", "--notes", empty.toString())).isZero();
        assertThat(out.toString()).contains("Omega");
        assertThat(err.toString()).contains("bad.md");
    }
}
