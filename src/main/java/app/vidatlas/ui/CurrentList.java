package app.vidatlas.ui;

import app.vidatlas.export.ListExport;
import app.vidatlas.library.NotesLibrary;
import app.vidatlas.model.Paper;
import app.vidatlas.ui.browse.BrowseViewModel;
import app.vidatlas.ui.common.StatusLine;
import app.vidatlas.ui.loading.LoadingViewModel;
import app.vidatlas.ui.search.SearchViewModel;
import app.vidatlas.work.TaskRunner;

import java.util.List;
import java.util.function.Consumer;

/**
 * "The current list", which exports and the comparison take: a selection of several papers, else the search
 * results, else the list shown. Its papers are read whole in the background (while the catalog loads, the list
 * holds papers as it shows them, without authors, links or key points; the index has them whole).
 */
public final class CurrentList {
    /** While the catalog loads, lists up to this long are exported from what the index keeps of each paper. */
    private static final int PARTIAL_EXPORT = 1000;

    private final TaskRunner runner;
    private final LoadingViewModel loading;
    private final BrowseViewModel browse;
    private final SearchViewModel search;
    private final StatusLine status;

    CurrentList(TaskRunner runner, LoadingViewModel loading, BrowseViewModel browse, SearchViewModel search,
                StatusLine status) {
        this.runner = runner;
        this.loading = loading;
        this.browse = browse;
        this.search = search;
        this.status = status;
    }

    /** The ids of the current list, in order. */
    public List<String> ids() {
        List<Paper> selected = browse.selection();
        if (selected.size() > 1) {
            return selected.stream().map(Paper::id).toList();
        }
        if (!search.query().isBlank()) {
            return search.paperIds();
        }
        return browse.papers().stream().map(Paper::id).toList();
    }

    /** How many papers the current list holds, without reading them. */
    public int size() {
        return ids().size();
    }

    /** Why the current list cannot be exported now, or null when it can. */
    public String exportWait() {
        NotesLibrary s = loading.library();
        return s != null && !s.complete() && size() > PARTIAL_EXPORT
                ? "The catalog is still loading: export a list this long once it has loaded (its progress is in the "
                + "status bar)." : null;
    }

    /** The current list's papers, whole, handed to {@code then} (nothing when they could not be read). */
    public void papers(Consumer<List<Paper>> then) {
        papers(ids(), then);
    }

    /** These papers, whole, read in the background; the status line says why when they could not be read. */
    void papers(List<String> ids, Consumer<List<Paper>> then) {
        NotesLibrary s = loading.library();
        if (s == null || ids.isEmpty()) {
            then.accept(List.of());
            return;
        }
        runner.run(() -> s.papers(ids), then, error -> {
            status.show("Could not read the papers from the index: " + StatusLine.oneLine(error));
            then.accept(List.of());
        });
    }

    /** The current list exported, handed to {@code then}; null when it must wait or could not be read. */
    public void export(ListExport.Format format, Consumer<String> then) {
        if (exportWait() != null) {
            then.accept(null);
            return;
        }
        List<String> ids = ids();
        if (ids.isEmpty()) {
            then.accept(ListExport.export(List.of(), format));
            return;
        }
        papers(ids, list -> then.accept(list.isEmpty() ? null : ListExport.export(list, format)));
    }
}
