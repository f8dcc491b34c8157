package app.vidatlas.ui.search;

import app.vidatlas.library.NotesLibrary;
import app.vidatlas.search.SearchResult;
import app.vidatlas.ui.common.StatusLine;
import app.vidatlas.ui.reader.Place;
import app.vidatlas.ui.reader.ReaderViewModel;
import app.vidatlas.userdata.UserLibrary;
import app.vidatlas.work.TaskRunner;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Searching: the query, its hits (the user's own notes first, then the index's) and what to say about them. Searches
 * run in the background; only the newest query's results are shown. Opening a hit goes to the reader.
 */
public final class SearchViewModel {
    private int total;
    private final javafx.beans.property.ReadOnlyBooleanWrapper pending = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private static final int RESULT_LIMIT = 50;

    private final TaskRunner runner;
    private final ReaderViewModel reader;
    private final ObservableList<SearchResult.Hit> results = FXCollections.observableArrayList();
    private final ObservableList<SearchResult.Hit> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final AtomicLong searchGeneration = new AtomicLong();
    private long resultsGeneration; // the search whose results are shown
    private String query = "";
    private NotesLibrary library;
    private Supplier<UserLibrary> mine = () -> UserLibrary.EMPTY;

    private record Found(SearchResult index, List<SearchResult.Hit> mine) {
    }

    public SearchViewModel(TaskRunner runner, ReaderViewModel reader) {
        this.runner = runner;
        this.reader = reader;
    }

    /** Where the user's own notes are read from: they are searched too. */
    public void setUserLibrary(Supplier<UserLibrary> mine) {
        this.mine = mine;
    }

    /** Other notes: the query shown is asked of them again. */
    public void setLibrary(NotesLibrary library) {
        this.library = library;
        if (!query.isBlank()) {
            search(query);
        }
    }

    /**
     * The same notes with their whole catalog: the same index, so the results shown stand (searching again would
     * replace the list under the reader and drop an Enter waiting for its results).
     */
    public void setCompleted(NotesLibrary library) {
        this.library = library;
    }

    /** Searches in the background; only the newest query's results are shown. */
    public void search(String text) {
        search(text, hits -> { });
    }

    public void clearSearch() {
        search("");
    }

    /**
     * Enter in the search field: opens the chosen hit, or the best one, of the results for this text; when those are
     * not in yet (the text changed, or its search is still running), searches and then opens the best.
     */
    public void openHitFor(String text, SearchResult.Hit chosen) {
        if (text.equals(query) && resultsGeneration == searchGeneration.get()) {
            SearchResult.Hit hit = chosen != null ? chosen : results.isEmpty() ? null : results.get(0);
            if (hit != null) {
                openHit(hit);
            }
        } else {
            search(text, hits -> {
                if (!hits.isEmpty()) {
                    openHit(hits.get(0));
                }
            });
        }
    }

    /** Opens a search hit at its best slide, with the matched words marked. */
    public void openHit(SearchResult.Hit hit) {
        Place place = HitPlace.of(hit);
        if (place != null) {
            reader.open(place);
        }
    }

    private void search(String text, Consumer<List<SearchResult.Hit>> then) {
        query = text == null ? "" : text;
        long generation = searchGeneration.incrementAndGet();
        NotesLibrary s = library;
        if (s == null || query.isBlank()) {
            results.clear();
            notice.set("");
            resultsGeneration = generation;
            pending.set(false);
            return;
        }
        pending.set(true);
        String q = query;
        UserLibrary own = mine.get();
        // The user's notes are searched on the worker too: a loop over them and a look-up in the catalog.
        runner.run(() -> new Found(s.search(q, RESULT_LIMIT), OwnNotesSearch.hits(q, own, s.catalog().byId())), f -> {
            if (generation == searchGeneration.get()) {
                show(f.index(), f.mine());
                resultsGeneration = generation;
                pending.set(false);
                then.accept(results);
            }
        }, error -> {
            if (generation == searchGeneration.get()) {
                results.clear();
                resultsGeneration = generation;
                pending.set(false);
                notice.set("Search failed: " + StatusLine.oneLine(error));
            }
        });
    }

    /**
     * Papers found in the user's own notes come first; the index's hit for the same paper is dropped and not counted
     * twice.
     */
    private void show(SearchResult r, List<SearchResult.Hit> mine) {
        Set<String> own = mine.stream().map(SearchResult.Hit::id).collect(Collectors.toSet());
        List<SearchResult.Hit> all = new ArrayList<>(mine);
        r.hits().stream().filter(h -> h.id() == null || !own.contains(h.id())).forEach(all::add);
        long alsoInIndex = r.hits().stream().filter(h -> own.contains(h.id())).count();
        long total = r.total() + mine.size() - alsoInIndex;
        this.total = (int) total;
        results.setAll(all);
        String notices = r.notices().isEmpty() ? "" : " · " + String.join(" ", r.notices());
        notice.set(all.isEmpty() ? "Nothing found." + notices
                : total + (total == 1 ? " result" : " results") + notices);
    }

    /** The query of the results shown ("" when none). */
    public String query() {
        return query;
    }

    /** The papers among the hits, in order (slides no paper owns left out). */
    public List<String> paperIds() {
        return results.stream().map(SearchResult.Hit::id).filter(java.util.Objects::nonNull).toList();
    }

    /** How many results the query of the results shown has (more than the list shows when there are many). */
    public int total() {
        return results.isEmpty() ? 0 : total;
    }

    /** Whether the newest query's results are still being looked for (the list then shows the older ones). */
    public javafx.beans.property.ReadOnlyBooleanProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ObservableList<SearchResult.Hit> results() {
        return resultsView;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
