package app.vidatlas.ui;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.CategoryTree;
import app.vidatlas.figures.FigureDownloader;
import app.vidatlas.figures.FigureHosts;
import app.vidatlas.figures.FigureResolver;
import app.vidatlas.library.NotesLibrary;
import app.vidatlas.model.Attributes;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Paper;
import app.vidatlas.model.Progress;
import app.vidatlas.pages.PageRenderer;
import app.vidatlas.search.SearchResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A library made from papers in memory, for view-model tests: no notes on disk, no index. Search finds papers whose
 * title holds every word; a page is a line naming what it shows, so a test can tell which page was drawn.
 */
public final class FakeLibrary implements NotesLibrary {
    private final Catalog catalog;
    private final CategoryTree categories;
    private final FigureResolver figures = new FigureResolver(new FigureResolver.Places(Map.of(), Map.of(), List.of(),
            null, Map.of(), FigureHosts.off()), new FigureDownloader(FigureDownloader.Policy.DEFAULT));
    /** Every query asked, in order. */
    public final List<String> queries = new ArrayList<>();
    public boolean closed;

    public FakeLibrary(List<Paper> papers) {
        this.catalog = new Catalog(papers, List.of(), List.of());
        this.categories = CategoryTree.of(papers);
    }

    /** A paper as a note would give it: a name, a title, a year, a venue and one category. */
    public static Paper paper(String id, String title, Integer year, String venue, String category) {
        return new Paper(id, title, id, List.of(), List.of(), year, venue, null,
                category == null ? List.of() : List.of(CategoryPath.parse(category)), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), Attributes.NONE, false);
    }

    @Override
    public boolean complete() {
        return true;
    }

    @Override
    public NotesLibrary completed(Progress progress) {
        return this;
    }

    @Override
    public Catalog catalog() {
        return catalog;
    }

    @Override
    public CategoryTree categories() {
        return categories;
    }

    @Override
    public SearchResult search(String query, int limit) {
        queries.add(query);
        List<String> words = List.of(query.toLowerCase(Locale.ROOT).split("\\s+"));
        List<SearchResult.Hit> hits = catalog.papers().stream()
                .filter(p -> words.stream().allMatch(p.title().toLowerCase(Locale.ROOT)::contains))
                .limit(limit)
                .map(p -> new SearchResult.Hit(p.id(), p.title(), p.shortName(), 1, List.of(), List.of()))
                .toList();
        return new SearchResult(query, hits.size(), 0, hits, Map.of(), List.of());
    }

    @Override
    public List<Paper> papers(List<String> ids) {
        return ids.stream().flatMap(id -> catalog.paper(id).stream()).toList();
    }

    @Override
    public PageRenderer.Page paperPage(String id, PageRenderer.Target target, boolean dark,
                                       PageRenderer.Personal personal) {
        return new PageRenderer.Page("paper " + id + (personal.bookmarked() ? " bookmarked" : "")
                + (personal.compared() ? " compared" : "") + (dark ? " dark" : ""), List.of());
    }

    @Override
    public PageRenderer.Page notePage(String noteId, PageRenderer.Target target, boolean dark) {
        return new PageRenderer.Page("note " + noteId, List.of());
    }

    @Override
    public PageRenderer.Page comparisonPage(List<String> ids, boolean hideSame, boolean dark) {
        return new PageRenderer.Page("comparison " + String.join(",", ids) + (hideSame ? " differing" : ""), List.of());
    }

    @Override
    public PageRenderer.Page homePage(boolean dark) {
        return new PageRenderer.Page("home", List.of());
    }

    @Override
    public FigureResolver figures() {
        return figures;
    }

    @Override
    public List<String> notices() {
        return List.of();
    }

    @Override
    public void close() {
        closed = true;
    }
}
