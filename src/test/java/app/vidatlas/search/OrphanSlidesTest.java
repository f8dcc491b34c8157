package app.vidatlas.search;

import app.vidatlas.library.IndexedNotes;
import app.vidatlas.model.Progress;
import app.vidatlas.Fixtures;
import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.CrossReferences;
import app.vidatlas.notes.NoteLocation;
import app.vidatlas.figures.FigureDownloader;
import app.vidatlas.figures.FigureResolver;
import app.vidatlas.pages.PageAssets;
import app.vidatlas.pages.PageRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Slides that belong to no paper are still found by search and shown on their note's page. Given / when / then. */
class OrphanSlidesTest {
    @TempDir
    Path notes;
    @TempDir
    Path indexDir;

    private static final String NOTE = "P1\n# 1 Chapter\n\n## 1.1 Overview\n\nWhat this chapter covers: wombats.\n\n"
            + "> &#x2705; 这一章讲袋熊。\n\n"
            + "P2\n## Omega\n\nOmega does things.\n\nWu et al., “Omega: A Paper,” arXiv 2023.\n\n"
            + "P3\n## Related: More Works\n\n|||\n|--|--|\n"
            + "| ![](../assets/g1.png) | **Delta** (Lee et al.) <br> Does delta things <br> “Delta: Fourth Paper,” NeurIPS 2023. |\n\n"
            + "> &#x2705; 一条关于整页的注释。\n";

    @Test
    void aSlideOfNobodysAndARemarkOnASharedSlideAreFoundAndShownOnTheNotePage() throws IOException {
        Files.writeString(notes.resolve("ch.md"), NOTE);
        try (IndexedNotes index = IndexedNotes.open(indexDir, List.of(new NoteLocation(notes, "notes")),
                Fixtures.notesDir().resolve("fixture-papers.json"), "papers.json", Progress.NONE)) {
            assertThat(index.searcher().search("wombats", 10).hits()).singleElement().satisfies(h -> {
                assertThat(h.id()).isNull();
                assertThat(h.slides()).containsExactly(new SearchResult.SlideRef("ch.md", 1));
            });
            assertThat(index.searcher().search("袋熊", 10).hits()).extracting(SearchResult.Hit::slides)
                    .containsExactly(List.of(new SearchResult.SlideRef("ch.md", 1)));
            // The remark is about the whole table slide, not Delta's row: it is found on the slide itself.
            assertThat(index.searcher().search("整页的注释", 10).hits()).anySatisfy(h ->
                    assertThat(h.slides()).contains(new SearchResult.SlideRef("ch.md", 3)));

            Catalog catalog = index.catalog();
            FigureResolver figures = new FigureResolver(new FigureResolver.Places(Map.of(), Map.of(), List.of(), null,
                    Map.of(), false), new FigureDownloader(FigureDownloader.Policy.DEFAULT));
            PageRenderer pages = new PageRenderer(catalog, CrossReferences.of(catalog), figures,
                    new PageAssets("asset:page.css", "asset:page.js", "asset:katex/"));
            String page = pages.note("ch.md", new PageRenderer.Target("ch.md", 1, List.of()), false).html();
            assertThat(page).contains("What this chapter covers: wombats.").contains("这一章讲袋熊。")
                    .contains("一条关于整页的注释。").contains("data-target=\"s-0-1\"");
        }
    }
}
