package app.vidatlas.ui.browse;

import app.vidatlas.catalog.CategoryTree;
import app.vidatlas.catalog.Facets;
import app.vidatlas.library.NotesLibrary;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Paper;
import app.vidatlas.work.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Browsing: which papers the list shows (a category or the reading list, narrowed by year and venue) and the facets
 * to narrow it by. Filtering and counting loop over every paper (100,000 in a large library), so they run in the
 * background; a filter changed again before the last one arrived drops the older result.
 */
public final class BrowseViewModel {
    private final TaskRunner runner;
    private final ObservableList<Paper> papers = FXCollections.observableArrayList();
    private final ObservableList<Paper> papersView = FXCollections.unmodifiableObservableList(papers);
    private final ObservableList<Paper> selection = FXCollections.observableArrayList();
    private final ObservableList<Paper> selectionView = FXCollections.unmodifiableObservableList(selection);
    private final ReadOnlyObjectWrapper<CategoryPath> category = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper readingList = new ReadOnlyBooleanWrapper(false);
    // The year and venue the list is filtered by (null: all), shown selected by the view's facet lists.
    private final ReadOnlyStringWrapper year = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper venue = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Facets> facets = new ReadOnlyObjectWrapper<>(Facets.NONE);
    private final AtomicLong listGeneration = new AtomicLong();
    private final AtomicLong facetGeneration = new AtomicLong();
    private NotesLibrary library;
    private Supplier<List<String>> bookmarks = List::of;
    // Told when the list or the facets could not be worked out: the list would otherwise stay as it was, with no word.
    private java.util.function.Consumer<String> problems = message -> { };
    // Where each paper of the list is, worked out with the list: the table selects a paper opened elsewhere
    // without looking for it among 100,000 rows on the JavaFX thread.
    private Map<String, Integer> positions = Map.of();

    /** A filtered list and where each of its papers is in it. */
    private record Listed(List<Paper> papers, Map<String, Integer> positions) {
        static Listed of(List<Paper> papers) {
            Map<String, Integer> at = new HashMap<>(papers.size() * 2);
            for (int i = 0; i < papers.size(); i++) {
                at.putIfAbsent(papers.get(i).id(), i);
            }
            return new Listed(papers, at);
        }
    }

    public BrowseViewModel(TaskRunner runner) {
        this.runner = runner;
    }

    /** Where to say that the list could not be filtered (the status line). */
    public void setProblems(java.util.function.Consumer<String> problems) {
        this.problems = problems;
    }

    /** Where the reading list is read from when it is the list shown. */
    public void setBookmarks(Supplier<List<String>> bookmarks) {
        this.bookmarks = bookmarks;
    }

    /** Other notes are open: filters do not carry over, the tree and the list start from "all" again. */
    public void showNew(NotesLibrary library) {
        this.library = library;
        category.set(null);
        readingList.set(false);
        year.set(null);
        venue.set(null);
        recount();
        refresh();
    }

    /** The same notes, with their whole catalog now: filters kept, list and facets brought up to date. */
    public void showCompleted(NotesLibrary library) {
        this.library = library;
        recount();
        refresh();
    }

    public void selectCategory(CategoryPath path) {
        category.set(path);
        readingList.set(false);
        refresh();
    }

    /** Shows only the papers on the reading list. */
    public void selectReadingList() {
        category.set(null);
        readingList.set(true);
        refresh();
    }

    public void filterYear(String y) {
        year.set(y);
        refresh();
    }

    public void filterVenue(String v) {
        venue.set(v);
        refresh();
    }

    /** The reading list changed: the list follows when it shows the reading list. */
    public void bookmarksChanged() {
        if (readingList.get()) {
            refresh();
        }
    }

    /** The view tells which papers are selected in the list. */
    public void setSelection(List<Paper> selected) {
        selection.setAll(selected);
    }

    /** Filters in the background with the filters as they are now; only the newest filtering is shown. */
    private void refresh() {
        NotesLibrary s = library;
        if (s == null) {
            positions = Map.of();
            papers.clear();
            return;
        }
        long generation = listGeneration.incrementAndGet();
        CategoryPath path = category.get();
        // Looked up for every paper: a set, not the reading list itself (papers × bookmarks).
        Set<String> marked = readingList.get() ? Set.copyOf(bookmarks.get()) : null;
        String y = year.get();
        String v = venue.get();
        runner.run(() -> Listed.of(filter(s, path, marked, y, v)), listed -> {
            if (generation == listGeneration.get()) {
                positions = listed.positions();
                papers.setAll(listed.papers());
            }
        }, error -> {
            if (generation == listGeneration.get()) {
                problems.accept("The list could not be filtered: " + app.vidatlas.ui.common.StatusLine.oneLine(error));
            }
        });
    }

    private static List<Paper> filter(NotesLibrary s, CategoryPath path, Set<String> marked, String y, String v) {
        Set<String> inCategory = null;
        if (path != null) {
            CategoryTree.Node node = s.categories().find(path);
            inCategory = node == null ? Set.of() : node.paperIds();
        }
        List<Paper> out = new ArrayList<>();
        for (Paper p : s.catalog().papers()) {
            if ((inCategory == null || inCategory.contains(p.id())) && (marked == null || marked.contains(p.id()))
                    && Facets.matches(p, y, v)) {
                out.add(p);
            }
        }
        return out;
    }

    private void recount() {
        NotesLibrary s = library;
        long generation = facetGeneration.incrementAndGet();
        if (s == null) {
            facets.set(Facets.NONE);
            return;
        }
        runner.run(() -> Facets.count(s.catalog().papers()), counted -> {
            if (generation == facetGeneration.get()) {
                facets.set(counted);
            }
        }, error -> problems.accept("Years and venues could not be counted: "
                + app.vidatlas.ui.common.StatusLine.oneLine(error)));
    }

    public ObservableList<Paper> papers() {
        return papersView;
    }

    /** Where a paper is in the list shown, or -1 when it is not in it. */
    public int positionOf(String id) {
        return positions.getOrDefault(id, -1);
    }

    public List<Paper> selection() {
        return List.copyOf(selection);
    }

    /** The selection as it changes (the status bar counts it): one view, kept, so that listeners on it last. */
    public javafx.collections.ObservableList<Paper> selectionView() {
        return selectionView;
    }

    public ReadOnlyObjectProperty<CategoryPath> categoryProperty() {
        return category.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readingListProperty() {
        return readingList.getReadOnlyProperty();
    }

    /** The year the list is filtered by ("2023", "" for not stated), or null for all. */
    public ReadOnlyStringProperty yearProperty() {
        return year.getReadOnlyProperty();
    }

    /** The venue the list is filtered by ("" for not stated), or null for all. */
    public ReadOnlyStringProperty venueProperty() {
        return venue.getReadOnlyProperty();
    }

    /** The year and venue facets of the catalog, replaced as a whole when another catalog loads. */
    public ReadOnlyObjectProperty<Facets> facetsProperty() {
        return facets.getReadOnlyProperty();
    }
}
