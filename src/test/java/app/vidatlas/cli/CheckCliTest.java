package app.vidatlas.cli;

import app.vidatlas.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code vidatlas check}: what each note gave, and what of it no page shows. Given / when / then. */
class CheckCliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return VidAtlasCommand.run(args, (notes, figures, index, probe) -> {
            throw new AssertionError("the CLI never opens the window");
        }, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void eachNoteOfTheFixturesIsListedInOrderWithItsPapers() {
        assertThat(run("check", "--notes", Fixtures.notesDir().toString())).isZero();
        List<String> notes = out.toString().lines().filter(l -> !l.startsWith(" ")).toList();
        assertThat(notes).containsExactly("blog.txt — [blog] A timeline", "constructs.md — 3.1 Section One",
                "plain-chapter.md — Works Based on Base Models");
        assertThat(out.toString()).contains("  papers: 8 (Alpha-Net, BM, Gamma, Delta, Epsilon Net, Z^2, "
                + "A Survey of Things, Eta-Flow)").contains("text no page shows: 0");
    }

    @Test
    void remarksAfterTheFooterWarningsAndControlCharactersAreReportedSafely(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("n.md"), "P1\n# 1 Chapter\n\n## Omega\n\nOmega does \u001b[31mthings.\n\n"
                + "Wu et al., “Omega: A Paper,” arXiv 2023.\n\n"
                + "P2\n## Table\n\n|ID|Year|Name|Note|Tags|Link|\n|---|---|---|---|---|---|\n"
                + "|1|2023|Sigma: Flow Things|a|b|c|extra cell|\n\n"
                + "P3\n## Closing\n\nSome closing words.\n\n"
                + "---------------------------------------\n> 本文出自Example，转载请注明出处。\n>\n"
                + "> https://example.org/notes/\n\n"
                + "> &#x2705; 写在页脚之后的注释。\n");
        assertThat(run("check", "--notes", dir.toString())).isZero();
        String text = out.toString();
        assertThat(text).contains("n.md — ").contains("papers: 2 (Omega, Sigma)")
                .contains("other warnings: 1").contains("extra cells are kept as slide text")
                .contains("text no page shows: 0")
                .contains("shown only below its slide (the slide's markdown does not hold it): 1")
                .contains("P3 line 27 (annotation): 写在页脚之后的注释。");
        assertThat(text).doesNotContain("\u001b");

        out.getBuffer().setLength(0);
        assertThat(run("check", "--notes", dir.toString(), "--format", "json")).isZero();
        JsonNode note = new ObjectMapper().readTree(out.toString()).get("notes").get(0);
        assertThat(note.get("note").asText()).isEqualTo("n.md");
        assertThat(note.get("paperCount").asInt()).isEqualTo(2);
        assertThat(note.get("unreadCitations")).isEmpty();
        assertThat(note.get("warnings").get(0).get("line").asInt()).isEqualTo(15);
        assertThat(note.get("unreachable").get(0).get("text").asText()).isEqualTo("写在页脚之后的注释。");
        assertThat(note.get("unreachable").get(0).get("reachable").asBoolean()).isTrue();
    }

    @Test
    void noNoteAtAllIsAFailure(@TempDir Path dir) {
        assertThat(run("check", "--notes", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no note could be loaded");
    }

    @Test
    void aHugeLineIsQuotedInPartNotPrintedWhole(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("long.md"), "P1\n## Long\n\n" + "x".repeat(300_000)
                + "\n\nLo et al., “Long: L,” arXiv 2022.\n");
        assertThat(run("check", "--notes", dir.toString())).isZero();
        assertThat(out.toString()).contains("only its first 100000 are read").contains("characters)")
                .doesNotContain("x".repeat(CheckCommand.QUOTED + 1));
        assertThat(out.toString().length()).as("a report, not the note").isLessThan(5_000);
    }
}
