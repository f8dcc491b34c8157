package app.vidatlas.library;

import app.vidatlas.work.Timeline;
import app.vidatlas.model.Progress;
import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.CategoryTree;
import app.vidatlas.catalog.CrossReferences;
import app.vidatlas.userdata.UserDirs;
import app.vidatlas.model.Note;
import app.vidatlas.model.Paper;
import app.vidatlas.notes.NoteLocation;
import app.vidatlas.figures.FigureDownloader;
import app.vidatlas.figures.FigureHosts;
import app.vidatlas.figures.FigureResolver;
import app.vidatlas.pages.PageAssets;
import app.vidatlas.pages.PageRenderer;
import app.vidatlas.work.TaskRunner;
import app.vidatlas.work.Workers;
import app.vidatlas.search.SearchResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Everything the window needs for one set of notes: the catalog, its search index, the category tree, the
 * cross references and the page renderer. Built off the JavaFX thread; replaced as a whole when another notes
 * folder is opened, so the old one stays usable until the new one is ready.
 */
public final class AppSession implements NotesLibrary {
    /**
     * From this many papers on, an unchanged index opens without its catalog (the first page and the list come
     * from what the index keeps, the catalog follows in the background), and cross references are worked out after
     * the window is usable.
     */
    static final int LARGE = 5000;

    private final IndexedNotes index;
    private final Catalog catalog;
    private final boolean complete;
    private final FigureResolver figures;
    private final PageAssets assets;
    private final PageRenderer pages;

    private final TaskRunner runner;
    /** Shared by the sessions over one index (the one opened and the one completed from it): see ReadGuard. */
    private final ReadGuard guard;

    private AppSession(IndexedNotes index, ReadGuard guard, Catalog catalog, boolean complete, FigureResolver figures,
                       PageAssets assets, PageRenderer pages, TaskRunner runner) {
        this.index = index;
        this.guard = guard;
        this.runner = runner;
        this.catalog = catalog;
        this.complete = complete;
        this.figures = figures;
        this.assets = assets;
        this.pages = pages;
    }

    /** How an index is opened; tests replace it to make opening fail (almost no folder makes the index fail now). */
    public interface IndexOpener {
        IndexedNotes open(Path dir, List<NoteLocation> locations, Progress progress) throws IOException;
    }

    public static IndexOpener indexOpener = (dir, locations, progress) ->
            IndexedNotes.open(dir, locations, progress);

    public static AppSession open(LibraryRequest request, Progress progress) throws IOException {
        return open(request, progress, LARGE);
    }

    /** @param large from how many papers on an unchanged index opens without its catalog (tests use small ones) */
    public static AppSession open(LibraryRequest request, Progress progress, int large) throws IOException {
        return open(request, progress, large, Workers.shared());
    }

    /** @param runner where cross references of a large catalog are worked out (tests pass {@link TaskRunner#DIRECT}) */
    public static AppSession open(LibraryRequest request, Progress progress, int large, TaskRunner runner)
            throws IOException {
        List<NoteLocation> locations = CatalogPipeline.locations(request.notes());
        Path indexDir = request.index() != null ? request.index() : IndexedNotes.defaultLocation(locations);
        Timeline.mark("opening the index");
        IndexedNotes index = indexOpener.open(indexDir, locations, progress);
        Timeline.mark("index open");
        try {
            AppSession opened = open(request, locations, index, large, runner);
            Timeline.mark("catalog built");
            return opened;
        } catch (IOException | RuntimeException | Error e) {
            // Nothing half-made stays open: the index holds files (and on some systems, locks them).
            index.close();
            throw e;
        }
    }

    private static AppSession open(LibraryRequest request, List<NoteLocation> locations, IndexedNotes index, int large,
                                   TaskRunner runner) throws IOException {
        List<Paper> summaries = null;
        List<Note> headings = null;
        if (!index.catalogReady()) {
            try {
                summaries = index.paperSummaries();
                headings = summaries.size() < large ? null : index.noteHeadings();
            } catch (IOException | RuntimeException e) {
                // What the index keeps for a quick start is damaged: the catalog is built now, as for a small library.
                headings = null;
            }
        }
        boolean complete = headings == null;
        // A large library opens with what the list shows of each paper and the notes' titles; the whole catalog is
        // built by completed(), in the background.
        Catalog catalog = complete ? index.catalog() : new Catalog(summaries, headings, index.fileDiagnostics());
        Map<String, Path> notePaths = index.notePaths();
        Map<String, Path> roots = new HashMap<>();
        for (Map.Entry<String, Path> e : notePaths.entrySet()) {
            for (NoteLocation l : locations) {
                if (e.getValue().startsWith(l.dir())) {
                    roots.put(e.getKey(), l.figureRoot());
                }
            }
        }
        // Nothing is downloaded from a host before the user allowed it: the page offers to (see FigureHosts).
        FigureHosts hosts = request.downloads() ? FigureHosts.asking(request.hosts()) : FigureHosts.off();
        FigureResolver figures = new FigureResolver(new FigureResolver.Places(notePaths, roots, request.figures(),
                request.cacheDir(), sites(catalog), hosts),
                new FigureDownloader(FigureDownloader.Policy.DEFAULT));
        PageAssets assets = PageAssets.fromClassPath(UserDirs.cache());
        ReadGuard guard = new ReadGuard(index);
        return complete ? withCatalog(index, guard, catalog, figures, assets, runner)
                : new AppSession(index, guard, catalog, false, figures, assets,
                new PageRenderer(catalog, () -> CrossReferences.EMPTY, figures, assets), runner);
    }

    private static AppSession withCatalog(IndexedNotes index, ReadGuard guard, Catalog catalog, FigureResolver figures,
                                          PageAssets assets, TaskRunner runner) {
        // Worked out in the background: with a large catalog the first page must not wait for it.
        CompletableFuture<CrossReferences> references = new CompletableFuture<>();
        PageRenderer pages = new PageRenderer(catalog, () -> references.getNow(CrossReferences.EMPTY), figures, assets);
        if (catalog.papers().size() < LARGE) {
            references.complete(CrossReferences.of(catalog, pages.names()));
        } else {
            // Pages show no "Mentioned in" until then; should it fail, they never do (nothing else depends on it).
            runner.run(() -> CrossReferences.of(catalog, pages.names()), references::complete,
                    e -> references.complete(CrossReferences.EMPTY));
        }
        return new AppSession(index, guard, catalog, true, figures, assets, pages, runner);
    }

    /**
     * Whether the whole catalog is loaded. Until it is, {@link #catalog()} holds the papers as the list shows them
     * (no sources, key points or authors) and the notes without their slides; pages, exports and citations read
     * the papers they need from the index.
     */
    public boolean complete() {
        return complete;
    }

    /**
     * This session with its whole catalog, built from the index (slow for a large library: call it off the JavaFX
     * thread). The two share the index: the one that stays in use closes it.
     */
    public AppSession completed(Progress progress) {
        if (complete) {
            return this;
        }
        try {
            return guard.read(() -> {
                index.warmUp(); // the first search, ahead of the reader (a fraction of a second at 100k)
                return withCatalog(index, guard, index.catalog(progress), figures, assets, runner);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** These papers, whole, in this order; ids of no paper are left out. */
    public List<Paper> papers(List<String> ids) throws IOException {
        return guard.read(() -> index.papers(ids));
    }

    // ---- pages: from the catalog, or from what the index keeps of the papers and notes each page shows --------

    public PageRenderer.Page paperPage(String id, PageRenderer.Target target, boolean dark, PageRenderer.Personal personal)
            throws IOException {
        return guard.read(() -> renderer(List.of(id), List.of()).paper(id, target, dark, personal));
    }

    public PageRenderer.Page notePage(String noteId, PageRenderer.Target target, boolean dark) throws IOException {
        return guard.read(() -> renderer(List.of(), List.of(noteId)).note(noteId, target, dark));
    }

    public PageRenderer.Page comparisonPage(List<String> ids, boolean hideSame, boolean dark) throws IOException {
        return guard.read(() -> renderer(ids, List.of()).comparison(ids, hideSame, dark));
    }

    public PageRenderer.Page homePage(boolean dark) {
        return pages.home(dark);
    }

    @Override
    public java.util.Optional<byte[]> graphFile(app.vidatlas.pages.HistoryView view, String paperId,
                                                app.vidatlas.export.LineageImage.Format format, boolean dark) {
        return complete ? pages.graphFile(view, paperId, format, dark) : java.util.Optional.empty();
    }

    @Override
    public PageRenderer.Page historyPage(app.vidatlas.pages.HistoryView view, boolean dark) {
        return complete ? pages.history(view, dark) : NotesLibrary.super.historyPage(view, dark);
    }

    /**
     * The renderer for a page. While the catalog loads: one over just the papers and notes the page shows, so the
     * page has no links to other papers, "Mentioned in" or "Related" until it is shown again with the catalog.
     */
    private PageRenderer renderer(List<String> paperIds, List<String> noteIds) throws IOException {
        if (complete) {
            return pages;
        }
        return new PageRenderer(index.partialCatalog(paperIds, noteIds), () -> CrossReferences.EMPTY, figures, assets);
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

    @Override
    public SearchResult search(String query, int limit) {
        try {
            return guard.read(() -> index.searcher().search(query, limit));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FigureResolver figures() {
        return figures;
    }

    public List<String> notices() {
        return index.notices();
    }

    /** Closes the index once no read of it is under way (a catalog being built, a search, a page, an export). */
    @Override
    public void close() throws IOException {
        guard.close();
    }


}
