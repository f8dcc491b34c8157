package app.vidatlas.export;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison as a LaTeX table: booktabs, one column per paper, values escaped, the differing ones in bold. */
class LatexTableTest {
    @Test
    void aTableReadyToPasteWithBooktabsRules() {
        Comparison c = Comparison.of(List.of(ComparisonExportFixtures.paper("show-1", "Show-1: Pixel & Latent", "arXiv"),
                ComparisonExportFixtures.paper("svd", "Stable Video Diffusion", "CVPR")));
        String tex = ComparisonExport.export(c, ComparisonExport.Format.LATEX);
        assertThat(tex).contains("\\begin{tabular}{lp{0.40\\linewidth}p{0.40\\linewidth}}").contains("\\toprule")
                .contains("\\midrule").contains("\\bottomrule").endsWith("\\end{tabular}\n")
                .contains(" & \\textbf{show-1} & \\textbf{svd} \\\\")
                .contains("Title & Show-1: Pixel \\& Latent & Stable Video Diffusion \\\\")
                .contains("Venue & \\textbf{arXiv} & \\textbf{CVPR} \\\\");
        long rows = tex.lines().filter(l -> l.endsWith("\\\\")).count();
        assertThat(rows).as("the header and one line per row but the name").isEqualTo(c.rows().size());
    }

    @Test
    void everySpecialCharacterFromTheNotesIsEscaped() {
        assertThat(LatexTable.escape("50% of $x_1$ & {a} #1 ~ ^ \\input{/etc/passwd}\nnext"))
                .isEqualTo("50\\% of \\$x\\_1\\$ \\& \\{a\\} \\#1 \\textasciitilde{} \\textasciicircum{} "
                        + "\\textbackslash{}input\\{/etc/passwd\\} next");
    }
}
