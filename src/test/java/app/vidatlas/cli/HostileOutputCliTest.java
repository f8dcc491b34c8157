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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Notes written to attack whoever reads the output: escape codes that retitle the terminal or clear it, bidi
 * overrides, HTML for a Markdown viewer, formulas for a spreadsheet. The user sees the text, and nothing runs.
 */
class HostileOutputCliTest {
    private static final String ESC = "\u001b";
    /** Retitles the window, clears the screen, then reverses the rest of the line. */
    private static final String HEADING = ESC + "]0;pwned\u0007Zeta" + ESC + "[2J \u202Eevil";

    @TempDir
    Path notes;
    @TempDir
    Path index;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return VidAtlasCommand.run(args, (n, f, i, p) -> {
            throw new AssertionError("the CLI never opens the window");
        }, new PrintWriter(out), new PrintWriter(err));
    }

    private void write(String text) throws IOException {
        Files.writeString(notes.resolve("n.md"), "P1\n# 1 Chapter\n\n" + text);
    }

    /** What a terminal would obey rather than show: C0 controls other than line ends and tabs, DEL, C1, bidi. */
    private static void assertNothingIsObeyed(String printed) {
        assertThat(printed.codePoints().filter(cp -> cp != '\n' && cp != '\t' && (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))).toArray())
                .as("control characters printed raw").isEmpty();
    }

    @Test
    void papersShowsAHeadingsEscapeCodesInsteadOfObeyingThem() throws IOException {
        write("## " + HEADING + "\n\nWu et al., “Zeta: A Paper,” arXiv 2023.\n");
        assertThat(run("papers", "--notes", notes.toString())).isZero();
        assertNothingIsObeyed(out.toString());
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("\\u001B]0;pwned\\u0007Zeta\\u001B[2J \\u202Eevil");
        assertThat(lines.get(1).indexOf("n.md P1")).as("the columns still line up")
                .isEqualTo(lines.get(0).indexOf("DISCUSSED IN"));
    }

    @Test
    void searchResultsAndIndexProgressShowEscapeCodesInsteadOfObeyingThem() throws IOException {
        write("## " + HEADING + "\n\nWu et al., “Zeta: A Paper,” arXiv 2023.\n\n- zeta " + ESC + "[31mred\n");
        assertThat(run("index", "--notes", notes.toString(), "--index", index.toString())).isZero();
        assertNothingIsObeyed(out.toString() + err.toString());
        out.getBuffer().setLength(0);
        assertThat(run("search", "zeta", "--notes", notes.toString(), "--index", index.toString())).isZero();
        assertNothingIsObeyed(out.toString() + err.toString());
        assertThat(out.toString()).contains("\\u001B]0;pwned\\u0007Zeta");
    }

    @Test
    void jsonOutputStaysValidAndKeepsTheTextAsWritten() throws IOException {
        write("## " + HEADING + "\n\nWu et al., “Zeta: A Paper,” arXiv 2023.\n");
        assertThat(run("papers", "--notes", notes.toString(), "--format", "json")).isZero();
        assertNothingIsObeyed(out.toString());
        JsonNode paper = new ObjectMapper().readTree(out.toString()).get(0);
        assertThat(paper.get("shortName").asText()).isEqualTo(HEADING);
    }

    @Test
    void showWritesNeitherEscapeCodesNorHtmlIntoItsMarkdown() throws IOException {
        // A code span keeps the tag in the category; an entity is decoded into one in the paper's name.
        write("## Omega &lt;img src=x onerror=alert(1)&gt; Net\n\nLi et al., “Omega: A Paper,” arXiv 2023.\n\n"
                + "P2\n# 2 Chapter `<img src=x onerror=alert(2)>`\n\n## Sigma " + ESC + "[2J\n\n"
                + "Xu et al., “Sigma: B,” arXiv 2023.\n");
        assertThat(run("papers", "--notes", notes.toString(), "--format", "json")).isZero();
        List<String> ids = new ArrayList<>();
        new ObjectMapper().readTree(out.toString()).forEach(p -> ids.add(p.get("id").asText()));
        assertThat(ids).hasSize(2);
        for (String id : ids) {
            out.getBuffer().setLength(0);
            assertThat(run("show", id, "--notes", notes.toString())).isZero();
            assertThat(out.toString()).startsWith("# ").doesNotContain("<img").contains("&lt;img src=x onerror=alert");
            assertNothingIsObeyed(out.toString());
        }
    }

    @Test
    void aFileNameWithEscapeCodesIsShownSafelyOnStderr() throws IOException {
        write("## Omega\n\nLi et al., “Omega: A Paper,” arXiv 2023.\n");
        Path link;
        try {
            link = Files.createSymbolicLink(notes.resolve(ESC + "[2J" + ESC + "]0;pwned\u0007\nfake.md"),
                    notes.resolve("nowhere"));
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "this file system takes no such name");
            return;
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(run("papers", "--notes", notes.toString())).isZero();
        assertNothingIsObeyed(err.toString());
        assertThat(err.toString().lines()).singleElement().satisfies(l -> assertThat(l)
                .contains("\\u001B[2J\\u001B]0;pwned\\u0007 fake.md: warning: a broken link; skipped"));
    }

    @Test
    void aNamedPipeIsReportedOnStderr() throws Exception {
        write("## Omega\n\nLi et al., “Omega: A Paper,” arXiv 2023.\n");
        int exit;
        try {
            exit = new ProcessBuilder("mkfifo", notes.resolve("pipe.md").toString()).start().waitFor();
        } catch (IOException e) {
            exit = -1;
        }
        assumeTrue(exit == 0, "mkfifo is not available");
        assertThat(run("papers", "--notes", notes.toString())).isZero();
        assertThat(err.toString()).contains("pipe.md: warning: not a regular file (a named pipe); skipped");
        assertThat(out.toString()).contains("1 papers from 1 notes");
    }

    @Test
    void aCsvExportOfAFormulaNamedPaperHoldsNoFormula() throws IOException {
        write("## =HYPERLINK(\"https://evil.example/?x\",\"click\")\n\n"
                + "Li et al., “=HYPERLINK(\"https://evil.example/?x\",\"click\"),” arXiv 2023.\n");
        assertThat(run("export", "--format", "csv", "--notes", notes.toString(), "--index", index.toString())).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).doesNotContain(",=").contains(",\"'=HYPERLINK(");
    }
}
