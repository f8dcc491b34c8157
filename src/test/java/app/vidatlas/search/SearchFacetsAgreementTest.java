package app.vidatlas.search;

import app.vidatlas.Fixtures;
import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.CategoryTree;
import app.vidatlas.catalog.Facets;
import app.vidatlas.library.CatalogPipeline;
import app.vidatlas.library.IndexedNotes;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Paper;
import app.vidatlas.model.Progress;
import app.vidatlas.notes.NoteLocation;
import app.vidatlas.work.TaskRunner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search's facets count its matching papers as the catalog does: years and venues as {@link Facets} has them (same
 * values, same order, "" for not stated), categories as {@link CategoryTree} files and merges them.
 */
class SearchFacetsAgreementTest {
    @TempDir
    Path indexDir;

    @ParameterizedTest
    @ValueSource(strings = {"video", "diffusion", "model", "alpha OR gamma", "year:2020..2030"})
    void aSearchsFacetsAreTheCatalogsFacetsOfItsPapers(String query) throws IOException {
        CatalogPipeline pipeline = new CatalogPipeline(Fixtures.notesDir().resolve("fixture-papers.json"), "papers.json");
        try (IndexedNotes library = IndexedNotes.open(indexDir, List.of(new NoteLocation(Fixtures.notesDir(), "notes")),
                pipeline, Progress.NONE, TaskRunner.DIRECT)) {
            Catalog catalog = library.catalog();
            SearchResult r = library.searcher().search(query, 100_000);
            List<Paper> papers = r.hits().stream().map(SearchResult.Hit::id).filter(Objects::nonNull)
                    .map(id -> catalog.paper(id).orElseThrow()).toList();
            Facets expected = Facets.count(papers);

            assertThat(new ArrayList<>(r.facets().get("year").entrySet()))
                    .isEqualTo(new ArrayList<>(expected.years().entrySet()));
            assertThat(new ArrayList<>(r.facets().get("venue").entrySet()))
                    .isEqualTo(new ArrayList<>(expected.venues().entrySet()));
            assertThat(byKey(r.facets().get("category"))).isEqualTo(counts(CategoryTree.of(papers).root(), new TreeMap<>()));
        }
    }

    private static Map<String, Integer> byKey(Map<String, Integer> facet) {
        Map<String, Integer> out = new TreeMap<>();
        facet.forEach((name, count) -> out.put(CategoryTree.key(CategoryPath.parse(name)), count));
        return out;
    }

    private static Map<String, Integer> counts(CategoryTree.Node node, Map<String, Integer> out) {
        for (CategoryTree.Node child : node.children()) {
            out.put(CategoryTree.key(child.path()), child.count());
            counts(child, out);
        }
        return out;
    }
}
