package app.vidatlas.ui;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.CatalogLoader;
import app.vidatlas.catalog.CategoryTree;
import app.vidatlas.catalog.CrossReferences;
import app.vidatlas.catalog.UserDirs;
import app.vidatlas.model.Note;
import app.vidatlas.notes.BundledNotes;

import app.vidatlas.notes.NoteLocation;
import app.vidatlas.render.FigureDownloader;
import app.vidatlas.render.FigureResolver;
import app.vidatlas.render.PageAssets;
import app.vidatlas.render.PageRenderer;
import app.vidatlas.search.SearchIndex;
import app.vidatlas.search.SearchService;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;

/**
 * Everything the window needs for one set of notes: the catalog, its search index, the category tree, the
 * cross references and the page renderer. Built off the JavaFX thread; replaced as a whole when another notes
 * folder is opened, so the old one stays usable until the new one is ready.
 */
public final class AppSession implements Closeable {
    /**
     * What to open.
     *
     * @param notes     notes folders; empty for the bundled notes
     * @param figures   extra figure folders
     * @param downloads whether figures may be downloaded
     * @param index     the index folder, or null for the default
     * @param cacheDir  where downloaded figures are kept, or null
     */
    public record Request(List<Path> notes, List<Path> figures, boolean downloads, Path index, Path cacheDir) {
        public Request {
            notes = List.copyOf(notes);
            figures = List.copyOf(figures);
        }
    }

    /** From this many papers on, cross references are worked out after the window is usable. */
    private static final int LARGE = 5000;

    private final SearchIndex index;
    private final Catalog catalog;
    private final FigureResolver figures;
    private final PageRenderer pages;

    private AppSession(SearchIndex index, Catalog catalog, FigureResolver figures, PageRenderer pages) {
        this.index = index;
        this.catalog = catalog;
        this.figures = figures;
        this.pages = pages;
    }

    public static AppSession open(Request request, SearchIndex.Progress progress) throws IOException {
        List<NoteLocation> locations = CatalogLoader.locations(request.notes());
        Path indexDir = request.index() != null ? request.index() : SearchIndex.defaultLocation(locations);
        SearchIndex index = SearchIndex.open(indexDir, locations, BundledNotes.papersJson(), "data/papers.json", progress);
        try {
            return open(request, locations, index);
        } catch (IOException | RuntimeException | Error e) {
            // Nothing half-made stays open: the index holds files (and on some systems, locks them).
            index.close();
            throw e;
        }
    }

    private static AppSession open(Request request, List<NoteLocation> locations, SearchIndex index) throws IOException {
        Catalog catalog = index.catalog();
        Map<String, Path> notePaths = index.notePaths();
        Map<String, Path> roots = new HashMap<>();
        for (Map.Entry<String, Path> e : notePaths.entrySet()) {
            for (NoteLocation l : locations) {
                if (e.getValue().startsWith(l.dir())) {
                    roots.put(e.getKey(), l.figureRoot());
                }
            }
        }
        FigureResolver figures = new FigureResolver(new FigureResolver.Places(notePaths, roots, request.figures(),
                request.cacheDir(), sites(catalog), request.downloads()),
                new FigureDownloader(FigureDownloader.Policy.DEFAULT));
        // Worked out in the background: with a large catalog the first page must not wait for it.
        java.util.concurrent.CompletableFuture<CrossReferences> references = new java.util.concurrent.CompletableFuture<>();
        PageRenderer pages = new PageRenderer(catalog, () -> references.getNow(CrossReferences.EMPTY), figures,
                PageAssets.fromClassPath(UserDirs.cache()));
        if (catalog.papers().size() < LARGE) {
            references.complete(CrossReferences.of(catalog, pages.names()));
        } else {
            java.util.concurrent.CompletableFuture.runAsync(() -> references.complete(CrossReferences.of(catalog, pages.names())));
        }
        return new AppSession(index, catalog, figures, pages);
    }

    /**
     * The site each note says it is published on; a note without a footer takes the site most of the notes name
     * (they are chapters of one published collection).
     */
    static Map<String, String> sites(Catalog catalog) {
        Map<String, Long> counts = catalog.notes().stream().filter(n -> n.siteUrl() != null)
                .collect(Collectors.groupingBy(Note::siteUrl, Collectors.counting()));
        String common = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        Map<String, String> out = new HashMap<>();
        for (Note n : catalog.notes()) {
            String site = n.siteUrl() != null ? n.siteUrl() : common;
            if (site != null) {
                out.put(n.id(), site);
            }
        }
        return out;
    }

    public Catalog catalog() {
        return catalog;
    }

    public CategoryTree categories() {
        return pages.categories();
    }

    public SearchService search() {
        return index.searcher();
    }

    public PageRenderer pages() {
        return pages;
    }

    public FigureResolver figures() {
        return figures;
    }

    public List<String> notices() {
        return index.notices();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }

}
