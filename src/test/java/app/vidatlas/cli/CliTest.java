package app.vidatlas.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<List<Path>> appStarts = new ArrayList<>();

    private int run(String... args) {
        return VidAtlasCommand.run(args, (notes, figures, index, probe) -> appStarts.add(notes), new PrintWriter(out),
                new PrintWriter(err));
    }

    @Test
    void papersListsEveryBundledPaperWithWhereItIsDiscussed() {
        assertThat(run("papers")).isZero();
        String table = out.toString();
        assertThat(table.lines().findFirst()).hasValueSatisfying(h -> assertThat(h).startsWith("ID").contains("DISCUSSED IN"));
        assertThat(table).contains("37 papers from 5 notes");
        assertThat(table.lines().filter(l -> l.startsWith("show-1 "))).singleElement().satisfies(l -> assertThat(l)
                .contains("open-source-base-models.md P75-P79").contains("video-generation/t2i-based-works.md P75-P79"));
        assertThat(err.toString()).isEmpty();
        assertThat(appStarts).as("the CLI never opens the window").isEmpty();
    }

    @Test
    void papersAsJsonHasTheContractFields() throws IOException {
        assertThat(run("papers", "--format", "json")).isZero();
        JsonNode papers = new ObjectMapper().readTree(out.toString());
        assertThat(papers.size()).isEqualTo(37);
        JsonNode first = papers.get(0);
        for (String field : List.of("id", "title", "shortName", "aliases", "authors", "year", "venue", "categories",
                "links", "sources", "figures", "annotations")) {
            assertThat(first.has(field)).as("field %s", field).isTrue();
        }
        JsonNode show1 = null;
        for (JsonNode p : papers) {
            if (p.get("id").asText().equals("show-1")) {
                show1 = p;
            }
        }
        assertThat(show1).isNotNull();
        assertThat(show1.get("sources").get(0).get("note").asText()).isEqualTo("open-source-base-models.md");
        assertThat(show1.get("sources").get(0).get("slides").toString()).isEqualTo("[75,76,77,78,79]");
        assertThat(show1.get("categories").get(0).asText()).isEqualTo("Video Generation / Open-source base models");
    }

    @Test
    void showPrintsOnePaperAsMarkdownOrJson() throws IOException {
        assertThat(run("show", "animatediff")).isZero();
        assertThat(out.toString()).startsWith("# AnimateDiff — AnimateDiff: Animate Your Personalized")
                .contains("## Discussed in").contains("video-generation/t2i-based-works.md: P98, P99, P100, P101")
                .contains("WebVid-10M").contains("**Note:**");
        out.getBuffer().setLength(0);
        assertThat(run("show", "stable-video-diffusion", "--format", "json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("shortName").asText()).isEqualTo("SVD");
    }

    @Test
    void showFindsAPaperByItsShortName() {
        assertThat(run("show", "SVD")).isZero();
        assertThat(out.toString()).startsWith("# SVD — Stable Video Diffusion");
    }

    @Test
    void anUnknownIdIsAClearErrorWithASuggestion() {
        assertThat(run("show", "animatedif")).isEqualTo(ShowCommand.NOT_FOUND);
        assertThat(err.toString()).contains("no paper with id 'animatedif'").contains("Did you mean 'animatediff'");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void notesFromAnotherFolderReplaceTheBundledOnes(@TempDir Path dir) {
        Path notes = dir.resolve("mine");
        try {
            Files.createDirectories(notes);
            Files.writeString(notes.resolve("x.md"), "P3\n## Omega\n\nWu et al., “Omega: A Paper,” arXiv 2023.\n");
            Files.writeString(notes.resolve("empty.md"), "");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(run("papers", "--notes", notes.toString())).isZero();
        assertThat(out.toString()).contains("omega").contains("1 papers from 1 notes").doesNotContain("show-1");
        assertThat(err.toString()).contains("empty.md").contains("empty note");
    }

    @Test
    void failsOnlyWhenNothingCouldBeLoaded(@TempDir Path dir) {
        assertThat(run("papers", "--notes", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no notes here").contains("no note could be loaded");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void searchFailsCleanlyWhenNothingCouldBeLoaded(@TempDir Path dir) throws IOException {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        assertThat(run("search", "video", "--notes", notes.toString(), "--index", dir.resolve("index").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("no note could be loaded from [" + notes + "]")
                .doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void noSubcommandOpensTheApp() {
        assertThat(run("--notes", "/some/dir")).isEqualTo(VidAtlasCommand.APP_STARTED);
        assertThat(appStarts).containsExactly(List.of(Path.of("/some/dir")));
    }

    @Test
    void theStartupProbeOpensTheAppAndPrintsWhenReady() {
        java.util.concurrent.atomic.AtomicReference<java.util.function.ObjLongConsumer<String>> probe = new java.util.concurrent.atomic.AtomicReference<>();
        int exit = VidAtlasCommand.run(new String[]{"--startup-probe"}, (n, f, i, p) -> probe.set(p),
                new PrintWriter(out), new PrintWriter(err));
        assertThat(exit).isEqualTo(VidAtlasCommand.APP_STARTED);
        assertThat(probe.get()).isNotNull();
        probe.get().accept("ready", 1234);
        probe.get().accept("catalog", 5678);
        assertThat(out.toString()).isEqualTo("ready 1234" + System.lineSeparator() + "catalog 5678" + System.lineSeparator());
    }

    @Test
    void aBadOptionIsExplainedNotThrown() {
        assertThat(run("papers", "--format", "yaml")).isEqualTo(2);
        assertThat(err.toString()).contains("--format").contains("yaml");
    }
}
