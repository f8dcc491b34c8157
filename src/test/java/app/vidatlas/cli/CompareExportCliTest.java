package app.vidatlas.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CompareExportCliTest {
    @TempDir
    Path index;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return VidAtlasCommand.run(args, (n, f, i, p) -> { }, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void compareWritesAMarkdownTable() {
        assertThat(run("compare", "show-1", "lavie", "SVD")).isZero();
        assertThat(out.toString()).startsWith("| | Show-1 | LaVie | SVD |\n|---|---|---|---|\n")
                .contains("| ≠ Generation space | both | latent | latent |");
    }

    @Test
    void compareInEveryFormat() {
        assertThat(run("compare", "show-1", "lavie", "--format", "csv")).isZero();
        assertThat(out.toString()).startsWith("attribute,differs,Show-1,LaVie");
        out.getBuffer().setLength(0);
        assertThat(run("compare", "show-1", "lavie", "--format", "json")).isZero();
        assertThat(out.toString()).contains("\"key\" : \"backbone\"");
        out.getBuffer().setLength(0);
        assertThat(run("compare", "show-1", "lavie", "--format", "html")).isZero();
        assertThat(out.toString()).startsWith("<!DOCTYPE html>");
        out.getBuffer().setLength(0);
        assertThat(run("compare", "show-1", "lavie", "--format", "latex")).isZero();
        assertThat(out.toString()).startsWith("% VidAtlas comparison: Show-1, LaVie").contains("\\toprule")
                .contains(" & \\textbf{Show-1} & \\textbf{LaVie} \\\\").endsWith("\\end{tabular}\n");
    }

    @Test
    void compareRefusesOneOrUnknownPapers() {
        assertThat(run("compare", "show-1")).isEqualTo(2);
        assertThat(err.toString()).contains("2 to 12");
        assertThat(run("compare", "show-1", "lavei")).isEqualTo(2);
        assertThat(err.toString()).contains("Did you mean 'lavie'");
    }

    @Test
    void exportACategoryAsBibTeX() {
        assertThat(run("export", "--category", "Video Generation / Other closed-source works", "--format", "bibtex",
                "--index", index.toString())).isZero();
        assertThat(out.toString()).contains("@inproceedings{chen2024gentron,").contains("@article{an2023latent,")
                .doesNotContain("show-1");
        assertThat(out.toString().split("\n@").length).isEqualTo(6);
    }

    @Test
    void exportASearchAsCsvAndEverythingAsJson() {
        assertThat(run("export", "--query", "时域", "--format", "csv", "--index", index.toString())).isZero();
        assertThat(out.toString()).startsWith("id,shortName,title,authors,year,venue,arxiv,categories,code\r\n")
                .contains("modelscope-t2v,ModelScope T2V");
        out.getBuffer().setLength(0);
        assertThat(run("export", "--format", "json", "--index", index.toString())).isZero();
        assertThat(out.toString()).contains("\"id\" : \"show-1\"");
    }

    @Test
    void anUnknownCategoryIsAClearError() {
        assertThat(run("export", "--category", "Nope", "--format", "json", "--index", index.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no category 'Nope'");
    }

    @Test
    void anExportFromAReusedIndexIsTheExportFromAFreshOne() {
        // The first run builds the catalog with the index; the second reads the papers' records from it.
        assertThat(run("export", "--format", "json", "--index", index.toString())).isZero();
        String fresh = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("export", "--format", "json", "--index", index.toString())).isZero();
        assertThat(out.toString()).isEqualTo(fresh).contains("\"id\" : \"show-1\"");
        out.getBuffer().setLength(0);
        assertThat(run("export", "--category", "Video Generation / Other closed-source works", "--format", "bibtex",
                "--index", index.toString())).isZero();
        assertThat(out.toString().split("\n@").length).isEqualTo(6);
    }

    @Test
    void exportForReferenceManagersByTheNamesTheWindowShows() throws Exception {
        assertThat(run("export", "--query", "Show-1", "--format", "csl-json", "--index", index.toString())).isZero();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString()).isArray()).isTrue();
        out.getBuffer().setLength(0);
        assertThat(run("export", "--query", "Show-1", "--format", "RIS", "--index", index.toString())).isZero();
        assertThat(out.toString()).startsWith("TY  - ");
        assertThat(run("export", "--format", "endnote", "--index", index.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("the formats are bibtex, ris, csl-json, csv and json");
    }
}
