package app.vidatlas.pages;

import app.vidatlas.model.Progress;
import app.vidatlas.figures.FigureDownloader;
import app.vidatlas.figures.FigureResolver;
import app.vidatlas.catalog.Catalog;
import app.vidatlas.library.TestCatalogs;
import app.vidatlas.catalog.CrossReferences;
import app.vidatlas.notes.NoteLoader;
import app.vidatlas.notes.NoteLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a slide holds that its markdown cannot show is shown below it, not lost. Given / when / then. */
class SlideRestTest {
    @TempDir
    Path dir;

    @Test
    void cellsPastTheHeaderAndRemarksAfterTheFooterAreShownBelowTheirSlide() throws IOException {
        Files.writeString(dir.resolve("n.md"), "P1\n# 1 Chapter\n\n## Omega\n\nOmega does things.\n\n"
                + "Wu et al., “Omega: A Paper,” arXiv 2023.\n\n"
                + "P2\n## Table\n\n|ID|Year|Name|Note|Tags|Link|\n|---|---|---|---|---|---|\n"
                + "|1|2023|Sigma: Flow Things|a|b|c|[link](https://arxiv.org/abs/1234)|\n\n"
                + "---------------------------------------\n> 本文出自Example，转载请注明出处。\n>\n"
                + "> https://example.org/notes/\n\n> &#x2705; 写在页脚之后的注释。\n");
        Catalog catalog = TestCatalogs.load(List.of(NoteLocation.of(dir)));
        FigureResolver figures = new FigureResolver(new FigureResolver.Places(Map.of(), Map.of(), List.of(), null,
                Map.of(), false), new FigureDownloader(FigureDownloader.Policy.DEFAULT));
        PageRenderer pages = new PageRenderer(catalog, CrossReferences.of(catalog), figures, TestAssets.ASSETS);

        String page = pages.note("n.md", PageRenderer.Target.NONE, false).html();
        String slide2 = page.substring(page.indexOf("id=\"s-0-2\""));
        assertThat(slide2).contains("Also on this slide").contains("[link](https://arxiv.org/abs/1234)")
                .contains("写在页脚之后的注释。");
        // A slide whose markdown shows everything has nothing below it.
        assertThat(page.substring(0, page.indexOf("id=\"s-0-2\""))).doesNotContain("Also on this slide");
    }
}
