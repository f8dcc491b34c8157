package app.vidatlas.library;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.CategoryTree;
import app.vidatlas.figures.FigureResolver;
import app.vidatlas.model.Paper;
import app.vidatlas.model.Progress;
import app.vidatlas.pages.PageRenderer;
import app.vidatlas.search.SearchResult;
import app.vidatlas.work.TaskRunner;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * One open set of notes, as everything above the library sees it: its papers, its category tree, search, pages and
 * figures. The window's view models and the command line use only this; {@link AppSession} is the one made from
 * notes and their index, and view-model tests use a fake made from a catalog.
 *
 * <p>Safe to call from any thread. Methods that read the index or render may take a while: call them through a
 * {@link TaskRunner}, never on the JavaFX thread.
 */
public interface NotesLibrary extends Closeable {
    /**
     * Whether the whole catalog is loaded. Until it is, {@link #catalog()} holds the papers as the list shows them
     * and the notes without their slides; pages and exports read what they need.
     */
    boolean complete();

    /** This library with its whole catalog (slow for a large one); itself when already complete. */
    NotesLibrary completed(Progress progress);

    Catalog catalog();

    CategoryTree categories();

    /** Runs a query; never throws for a malformed one (see {@link app.vidatlas.search.SearchBackend}). */
    SearchResult search(String query, int limit);

    /** These papers, whole, in this order; ids of no paper are left out. */
    List<Paper> papers(List<String> ids) throws IOException;

    default Optional<Paper> paper(String id) throws IOException {
        return papers(List.of(id)).stream().findFirst();
    }

    PageRenderer.Page paperPage(String id, PageRenderer.Target target, boolean dark, PageRenderer.Personal personal)
            throws IOException;

    PageRenderer.Page notePage(String noteId, PageRenderer.Target target, boolean dark) throws IOException;

    PageRenderer.Page comparisonPage(List<String> ids, boolean hideSame, boolean dark) throws IOException;

    PageRenderer.Page homePage(boolean dark);

    /** The lineage graph or the timeline ({@link app.vidatlas.pages.HistoryView}); drawn once the catalog is whole. */
    default PageRenderer.Page historyPage(app.vidatlas.pages.HistoryView view, boolean dark) {
        return PageRenderer.message("Not yet", "The lineage and the timeline are drawn once the whole catalog has "
                + "loaded (its progress is in the status bar).", dark);
    }

    /**
     * The lineage graph a page draws, as a file (see {@link PageRenderer#graphFile}); empty when it draws none or the
     * catalog is still loading.
     */
    default java.util.Optional<byte[]> graphFile(app.vidatlas.pages.HistoryView view, String paperId,
                                                 app.vidatlas.export.LineageImage.Format format, boolean dark) {
        return java.util.Optional.empty();
    }

    /** Where figures are found, and downloaded from the hosts the user allowed. */
    FigureResolver figures();

    /** What happened to the index as it opened (rebuilt, updated, kept in memory), for the status line. */
    List<String> notices();

    /** Closes it where nothing can be done about a failure: the library only reads the notes. */
    default void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            // Only read: nothing is lost.
        }
    }
}
