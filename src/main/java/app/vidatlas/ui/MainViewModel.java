package app.vidatlas.ui;

import app.vidatlas.library.LibraryRequest;
import app.vidatlas.library.NotesLibrary;
import app.vidatlas.model.Progress;
import app.vidatlas.work.TaskRunner;
import app.vidatlas.catalog.CategoryTree;
import app.vidatlas.userdata.UserLibrary;
import app.vidatlas.export.MarkdownText;
import app.vidatlas.pages.ComparisonTable;
import app.vidatlas.export.ListExport;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Diagnostic;
import app.vidatlas.model.Link;
import app.vidatlas.model.Paper;
import app.vidatlas.export.BibTeX;
import app.vidatlas.pages.PageRenderer;
import app.vidatlas.search.SearchResult;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The main window's state and actions, without a window: what is loaded, which papers the list shows, the search
 * and its results, the page shown and the way back and forward. Slow work goes through a {@link TaskRunner}; its
 * results come back on the caller's thread (the JavaFX thread in the app).
 */
public final class MainViewModel {
    /**
     * How many papers have each year ({@code "2023"}, newest first) and each venue; {@code ""} is "not stated".
     * Counted once per catalog, read by every facet cell.
     */
    public record Facets(Map<String, Integer> years, Map<String, Integer> venues) {
        static final Facets NONE = new Facets(Map.of(), Map.of());
    }

    /** A page to show, for a place; {@code keepScroll} when it is the same page again with more figures. */
    public record Shown(Place place, PageRenderer.Page page, boolean keepScroll, Double scrollTo) {
        public Shown(Place place, PageRenderer.Page page, boolean keepScroll) {
            this(place, page, keepScroll, null);
        }
    }

    /** Opens a session for a request (the app opens the real notes; tests may open fixtures). */
    @FunctionalInterface
    public interface SessionOpener {
        NotesLibrary open(LibraryRequest request, Progress progress) throws Exception;
    }

    private static final int RESULT_LIMIT = 50;
    /** While the catalog loads, lists up to this long are exported from what the index keeps of each paper. */
    private static final int PARTIAL_EXPORT = 1000;

    private final TaskRunner runner;
    private final SessionOpener opener;
    private final Consumer<String> browser;
    private final Consumer<String> clipboard;

    private final ReadOnlyObjectWrapper<NotesLibrary> session = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Paper> papers = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CategoryPath> category = new ReadOnlyObjectWrapper<>();
    // The year and venue the list is filtered by (null: all), shown selected by the view's facet lists.
    private final ReadOnlyStringWrapper year = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper venue = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Facets> facets = new ReadOnlyObjectWrapper<>(Facets.NONE);
    private String query = "";
    private final ObservableList<SearchResult.Hit> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper searchNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Loading notes…");
    private final ObservableList<Diagnostic> problems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(false);
    private final NavigationHistory history = new NavigationHistory();
    // Read-only views, made once: a view made per call would be collected with the listeners put on it.
    private final ObservableList<Paper> papersView = FXCollections.unmodifiableObservableList(papers);
    private final ObservableList<SearchResult.Hit> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ObservableList<Diagnostic> problemsView = FXCollections.unmodifiableObservableList(problems);
    // Each background job's generation: only the newest load, search and page are shown, the rest dropped.
    private final AtomicLong loadGeneration = new AtomicLong();
    private final AtomicLong searchGeneration = new AtomicLong();
    private final AtomicLong pageGeneration = new AtomicLong();
    private long resultsGeneration; // the search whose results are shown
    private boolean dark;
    private final ObservableList<String> comparison = FXCollections.observableArrayList();
    private final ObservableList<String> comparisonView = FXCollections.unmodifiableObservableList(comparison);
    private boolean hideSame;
    private final ReadOnlyObjectWrapper<UserLibrary> library = new ReadOnlyObjectWrapper<>(UserLibrary.EMPTY);
    private boolean readingList;
    private final ReadOnlyStringWrapper noteEditRequest = new ReadOnlyStringWrapper();
    private final ObservableList<Paper> selection = FXCollections.observableArrayList();
    /** Saves the library after a change; returns it as saved (another window's changes included). */
    private UnaryOperator<UserLibrary> librarySaver = l -> l;
    private Double pendingScroll;
    private Consumer<Place> pageLoaded = p -> { };
    // Asked when a page offers to download figures from a host: the window confirms, then calls answerHost.
    private Consumer<String> hostQuestion = host -> { };
    private Runnable completedListener = () -> { };
    // Started once the page shown first has been drawn: the catalog of a large library opened without it.
    private Runnable afterFirstPage;
    // The session whose catalog is being built, and whether it was let go meanwhile (then closed once built).
    private NotesLibrary completing;
    private boolean closeWhenCompleted;
    // What keeps the progress bar up: a load under way, or the catalog of the notes shown still to come.
    private boolean loadRunning;
    private boolean catalogPending;
    // Asked for before the first notes were loaded: the page to start on, opened by loaded() (once, not twice).
    private Runnable onFirstLoad;

    public MainViewModel(TaskRunner runner, SessionOpener opener, Consumer<String> browser, Consumer<String> clipboard) {
        this.runner = runner;
        this.opener = opener;
        this.browser = browser;
        this.clipboard = clipboard;
    }

    // ---- loading ----------------------------------------------------------------------------------------------

    /**
     * Opens a set of notes in the background, with progress; the current ones stay usable until the new ones are
     * ready. {@code onProgress} is told from the worker thread.
     */
    public void load(LibraryRequest request, Progress onProgress) {
        loadRunning = true;
        progress.set(-1);
        updateLoading();
        afterFirstPage = null; // the notes shown before will be replaced: their catalog is not wanted any more
        long generation = loadGeneration.incrementAndGet();
        runner.run(() -> opener.open(request, onProgress), s -> {
            if (generation == loadGeneration.get()) {
                loadRunning = false;
                loaded(s);
                if (!s.complete()) {
                    // After the first page is drawn: on two cores the catalog would slow that page down.
                    afterFirstPage = () -> complete(s, onProgress);
                }
            } else {
                s.closeQuietly(); // a folder opened after this one is what the user wants now
            }
        }, error -> {
            if (generation == loadGeneration.get()) {
                loadRunning = false;
                updateLoading();
                status.set("Could not open the notes: " + oneLine(error)
                        + (session.get() == null ? "" : " (still showing the notes opened before)"));
            }
        });
    }

    /** Told by the view, on the JavaFX thread, how far a load is. */
    public void progress(String phase, int done, int total) {
        progress.set(total <= 0 ? -1 : (double) done / total);
        status.set(capitalize(phase) + "… " + done + "/" + total);
    }

    private void loaded(NotesLibrary s) {
        NotesLibrary old = session.get();
        session.set(s);
        // Without its catalog, a large library is still loading: the bar stays until the catalog is in.
        catalogPending = !s.complete();
        updateLoading();
        // Filters of the notes shown before do not carry over: the tree and the list start from "all" again.
        category.set(null);
        readingList = false;
        year.set(null);
        venue.set(null);
        showCatalog(s);
        if (old != null) {
            closeSession(old);
        }
        String q = query;
        if (!q.isBlank()) {
            search(q);
        }
        Place current = history.current();
        Runnable first = onFirstLoad;
        onFirstLoad = null;
        if (current == null && first != null) {
            first.run();
        }
        if (history.current() == current) {
            // The start page goes into the history like any page, so Back returns to it and a theme change redraws it.
            open(current == null ? new Place.Home() : current, current == null);
        }
    }

    /**
     * Builds the whole catalog of a session opened without it, with progress; the list, the tree, the problems and
     * the page shown are then brought up to date where the reader is (filters, page and scroll kept).
     */
    private void complete(NotesLibrary partial, Progress onProgress) {
        if (session.get() != partial) {
            return;
        }
        progress.set(-1);
        completing = partial;
        closeWhenCompleted = false;
        runner.run(() -> partial.completed(onProgress), whole -> {
            completing = null;
            if (closeWhenCompleted) {
                whole.closeQuietly(); // replaced or quit meanwhile; the two share the index
            } else if (session.get() == partial) {
                // Shown even while other notes are loading: if they fail, these stay, whole.
                session.set(whole); // the same index: the partial session is not closed
                catalogPending = false;
                updateLoading();
                showCatalog(whole);
                refreshCurrent();
                completedListener.run();
            }
        }, error -> {
            completing = null;
            if (closeWhenCompleted) {
                partial.closeQuietly();
            } else if (session.get() == partial) {
                catalogPending = false;
                updateLoading();
                status.set(summary(partial) + " · The catalog could not be loaded: " + oneLine(error)
                        + " (pages and search still work)");
            }
        });
    }

    private void updateLoading() {
        boolean busy = loadRunning || catalogPending;
        loading.set(busy);
        if (!busy) {
            progress.set(1);
        }
    }

    /** The problems, facets, list and status line of a session's catalog. */
    private void showCatalog(NotesLibrary s) {
        problems.setAll(s.catalog().diagnostics());
        refreshFacets();
        refreshPapers();
        status.set(summary(s));
    }

    private static String summary(NotesLibrary s) {
        String text = s.catalog().papers().size() + " papers · " + s.catalog().notes().size() + " notes";
        if (!s.complete()) {
            text += " · loading the catalog…";
        }
        if (!s.notices().isEmpty()) {
            text += " · " + String.join(" ", s.notices());
        }
        return text;
    }

    /** Closes the notes' index as the app quits; a load still running is closed when it ends, never shown. */
    public void close() {
        loadGeneration.incrementAndGet();
        NotesLibrary s = session.get();
        if (s != null) {
            closeSession(s);
        }
    }

    /**
     * Closes a session that is no longer shown; one whose catalog is being built is closed when that ends, as the
     * build reads its index (reading a closed index's mapped files can bring the whole process down).
     */
    private void closeSession(NotesLibrary s) {
        if (s == completing) {
            closeWhenCompleted = true;
        } else {
            s.closeQuietly();
        }
    }

    // ---- the paper list ---------------------------------------------------------------------------------------

    public void selectCategory(CategoryPath path) {
        category.set(path);
        readingList = false;
        refreshPapers();
    }

    /** Shows only the papers on the reading list. */
    public void selectReadingList() {
        category.set(null);
        readingList = true;
        refreshPapers();
    }

    public void filterYear(String y) {
        year.set(y);
        refreshPapers();
    }

    public void filterVenue(String v) {
        venue.set(v);
        refreshPapers();
    }

    private void refreshPapers() {
        NotesLibrary s = session.get();
        if (s == null) {
            papers.clear();
            return;
        }
        Set<String> inCategory = null;
        if (category.get() != null) {
            CategoryTree.Node node = s.categories().find(category.get());
            inCategory = node == null ? Set.of() : node.paperIds();
        }
        // Looked up for every paper: a set, not the reading list itself (papers × bookmarks).
        Set<String> bookmarked = readingList ? Set.copyOf(library.get().bookmarks()) : Set.of();
        List<Paper> out = new ArrayList<>();
        for (Paper p : s.catalog().papers()) {
            if (inCategory != null && !inCategory.contains(p.id())) {
                continue;
            }
            if (readingList && !bookmarked.contains(p.id())) {
                continue;
            }
            if (year.get() != null && !year.get().equals(yearOf(p))) {
                continue;
            }
            if (venue.get() != null && !venue.get().equals(venueOf(p))) {
                continue;
            }
            out.add(p);
        }
        papers.setAll(out);
    }

    private void refreshFacets() {
        List<Paper> all = session.get().catalog().papers();
        Facets counted = new Facets(counts(all, MainViewModel::yearOf, Comparator.reverseOrder()),
                counts(all, MainViewModel::venueOf, Comparator.naturalOrder()));
        facets.set(counted);
    }

    /** A paper's year as the facet shows it; "" when the year is not known. */
    private static String yearOf(Paper p) {
        return p.year() == null ? "" : p.year().toString();
    }

    private static String venueOf(Paper p) {
        return Objects.requireNonNullElse(p.venue(), "");
    }

    private static Map<String, Integer> counts(List<Paper> papers, Function<Paper, String> key, Comparator<String> order) {
        Map<String, Integer> out = new TreeMap<>(order);
        papers.forEach(p -> out.merge(key.apply(p), 1, Integer::sum));
        return Collections.unmodifiableMap(out);
    }

    // ---- search -----------------------------------------------------------------------------------------------

    /** Searches in the background; only the newest query's results are shown. */
    public void search(String text) {
        search(text, hits -> { });
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

    private void search(String text, Consumer<List<SearchResult.Hit>> then) {
        query = text == null ? "" : text;
        long generation = searchGeneration.incrementAndGet();
        NotesLibrary s = session.get();
        if (s == null || query.isBlank()) {
            results.clear();
            searchNotice.set("");
            resultsGeneration = generation;
            return;
        }
        String q = query;
        runner.run(() -> s.search(q, RESULT_LIMIT), r -> {
            if (generation == searchGeneration.get()) {
                // Papers found in the user's own notes come first; the index's hit for the same paper is dropped
                // and not counted twice.
                List<SearchResult.Hit> mine = noteHits(q);
                Set<String> own = mine.stream().map(SearchResult.Hit::id).collect(Collectors.toSet());
                List<SearchResult.Hit> all = new ArrayList<>(mine);
                r.hits().stream().filter(h -> h.id() == null || !own.contains(h.id())).forEach(all::add);
                results.setAll(all);
                resultsGeneration = generation;
                long alsoInIndex = r.hits().stream().filter(h -> own.contains(h.id())).count();
                long total = r.total() + mine.size() - alsoInIndex;
                searchNotice.set(all.isEmpty() ? "Nothing found." + notices(r)
                        : total + (total == 1 ? " result" : " results") + notices(r));
                then.accept(results);
            }
        }, error -> {
            if (generation == searchGeneration.get()) {
                results.clear();
                resultsGeneration = generation;
                searchNotice.set("Search failed: " + oneLine(error));
            }
        });
    }

    private static String notices(SearchResult r) {
        return r.notices().isEmpty() ? "" : " · " + String.join(" ", r.notices());
    }

    public void clearSearch() {
        search("");
    }

    /** Opens a search hit at its best slide, with the matched words marked. */
    public void openHit(SearchResult.Hit hit) {
        List<String> terms = new ArrayList<>();
        for (SearchResult.Snippet s : hit.snippets()) {
            for (SearchResult.Part p : s.parts()) {
                String t = p.text().strip();
                if (p.marked() && !t.isEmpty() && terms.stream().noneMatch(x -> x.equalsIgnoreCase(t))) {
                    terms.add(t);
                }
            }
        }
        SearchResult.SlideRef best = hit.slides().isEmpty() ? null : hit.slides().get(0);
        if (hit.id() != null) {
            open(new Place.PaperAt(hit.id(), best == null ? null : best.note(), best == null ? 0 : best.slide(), terms));
        } else if (best != null) {
            open(new Place.NoteAt(best.note(), best.slide()));
        }
    }

    // ---- pages and history ------------------------------------------------------------------------------------

    public void open(Place place) {
        open(place, true);
    }

    private void open(Place place, boolean record) {
        if (record) {
            history.visit(place);
        }
        canGoBack.set(history.canGoBack());
        canGoForward.set(history.canGoForward());
        render(place, false);
    }

    public void back() {
        if (history.canGoBack()) {
            open(history.back(), false);
        }
    }

    public void forward() {
        if (history.canGoForward()) {
            open(history.forward(), false);
        }
    }

    private void render(Place place, boolean keepScroll) {
        NotesLibrary s = session.get();
        if (s == null) {
            return;
        }
        long generation = pageGeneration.incrementAndGet();
        runner.run(pageJob(s, place), page -> {
            if (generation != pageGeneration.get()) {
                return;
            }
            Double scroll = pendingScroll;
            pendingScroll = null;
            shown.set(new Shown(place, page, keepScroll, scroll));
            if (!page.pendingDownloads().isEmpty()) {
                download(s, place, page.pendingDownloads(), generation);
            }
        }, error -> {
            if (generation == pageGeneration.get()) {
                shown.set(new Shown(place, PageRenderer.message("This page could not be shown", oneLine(error), dark),
                        false));
            }
        });
    }

    /**
     * The work that renders a place's page. What it needs from this model (the theme, the comparison, the user's
     * library) is read here, on the JavaFX thread; the rendering runs later on a worker and touches none of it.
     */
    private Callable<PageRenderer.Page> pageJob(NotesLibrary s, Place place) {
        boolean dark = this.dark;
        if (place instanceof Place.PaperAt p) {
            UserLibrary lib = library.get();
            PageRenderer.Target target = new PageRenderer.Target(p.note(), p.slide(), p.terms());
            PageRenderer.Personal personal = new PageRenderer.Personal(lib.isBookmarked(p.id()),
                    comparison.contains(p.id()), lib.note(p.id()));
            return () -> s.paperPage(p.id(), target, dark, personal);
        }
        if (place instanceof Place.Compare) {
            List<String> ids = List.copyOf(comparison);
            boolean hide = hideSame;
            return () -> s.comparisonPage(ids, hide, dark);
        }
        if (place instanceof Place.NoteAt n) {
            PageRenderer.Target target = new PageRenderer.Target(n.note(), n.slide(), List.of());
            return () -> s.notePage(n.note(), target, dark);
        }
        return () -> s.homePage(dark);
    }

    /** Downloads a page's missing figures, then shows the page again where the reader is. */
    private void download(NotesLibrary s, Place place, List<URI> urls, long generation) {
        runner.run(() -> {
            for (URI url : urls) {
                if (generation != pageGeneration.get()) {
                    break; // the reader has moved on: the rest waits until a page shows it again
                }
                s.figures().download(url);
            }
            return null;
        }, done -> {
            if (generation == pageGeneration.get() && s == session.get()) {
                // Downloads that failed show their reason now instead of "downloading…".
                long next = pageGeneration.incrementAndGet();
                runner.run(pageJob(s, place), page -> {
                    if (next == pageGeneration.get()) {
                        shown.set(new Shown(place, new PageRenderer.Page(page.html(), List.of()), true));
                    }
                }, error -> { });
            }
        }, error -> { });
    }

    /**
     * A message from a page: an internal link ({@code vidatlas:paper/ID}), a web link ({@code open:https://…}),
     * or the page saying it has loaded. Anything else is ignored.
     */
    public void handlePageMessage(String message) {
        if (message == null) {
            return;
        }
        if (message.startsWith("open:")) {
            String url = message.substring(5);
            if (Link.isWeb(url)) {
                browser.accept(url);
            }
            return;
        }
        if (!message.startsWith("vidatlas:")) {
            return;
        }
        String rest = message.substring("vidatlas:".length());
        int slash = rest.indexOf('/');
        String kind = slash < 0 ? rest : rest.substring(0, slash);
        String arg = slash < 0 ? "" : rest.substring(slash + 1);
        switch (kind) {
            case "paper" -> {
                String[] parts = arg.split("@", -1);
                if (parts.length == 3) {
                    open(new Place.PaperAt(dec(parts[0]), dec(parts[1]), parseInt(parts[2]), List.of()));
                } else {
                    open(new Place.PaperAt(dec(parts[0])));
                }
            }
            case "note" -> {
                String[] parts = arg.split("@", -1);
                open(new Place.NoteAt(dec(parts[0]), parts.length > 1 ? parseInt(parts[1]) : 0));
            }
            case "category" -> selectCategory(CategoryPath.parse(dec(arg)));
            case "copy-citation" -> papersOf(List.of(dec(arg))).forEach(p -> {
                clipboard.accept(BibTeX.entry(p));
                status.set("Copied a BibTeX entry for " + p.shortName() + ".");
            });
            case "compare-add" -> addToComparison(List.of(dec(arg)));
            case "compare" -> open(new Place.Compare());
            case "compare-remove" -> removeFromComparison(dec(arg));
            case "compare-left" -> moveInComparison(dec(arg), -1);
            case "compare-right" -> moveInComparison(dec(arg), 1);
            case "compare-hide-same" -> setHideSame(true);
            case "compare-show-all" -> setHideSame(false);
            case "bookmark" -> toggleBookmark(dec(arg));
            case "edit-note" -> {
                noteEditRequest.set(null);
                noteEditRequest.set(dec(arg));
            }
            case "back" -> back();
            case "forward" -> forward();
            case "allow-host" -> hostQuestion.accept(dec(arg));
            case "loaded" -> {
                Shown now = shown.get();
                if (now != null) {
                    pageLoaded.accept(now.place());
                }
            }
            default -> {
                // Unknown messages: nothing to do.
            }
        }
    }

    private static String dec(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---- comparison ---------------------------------------------------------------------------------------------

    /** Adds papers to the comparison (up to {@value ComparisonTable#MAX}); opens it once it holds two. */
    public void addToComparison(List<String> ids) {
        for (String id : ids) {
            if (!comparison.contains(id) && comparison.size() < ComparisonTable.MAX) {
                comparison.add(id);
            }
        }
        if (comparison.size() >= ComparisonTable.MIN) {
            open(new Place.Compare());
        } else {
            status.set("Added to the comparison; add at least one more paper.");
            refreshCurrent();
        }
    }

    /** Compares the papers of a category (the first six when it has more). */
    public void compareCategory(CategoryPath path) {
        NotesLibrary s = session.get();
        if (s == null) {
            return;
        }
        CategoryTree.Node node = path == null ? s.categories().root() : s.categories().find(path);
        if (node == null) {
            return;
        }
        List<String> ids = List.copyOf(node.paperIds());
        comparison.setAll(ids.subList(0, Math.min(ComparisonTable.MAX, ids.size())));
        if (ids.size() > ComparisonTable.MAX) {
            status.set("The category has " + ids.size() + " papers; the first " + ComparisonTable.MAX + " are compared.");
        }
        open(new Place.Compare());
    }

    public void setComparison(List<String> ids) {
        comparison.setAll(ids.stream().distinct().limit(ComparisonTable.MAX).toList());
    }

    public void removeFromComparison(String id) {
        comparison.remove(id);
        refreshComparison();
    }

    public void moveInComparison(String id, int delta) {
        int i = comparison.indexOf(id);
        int j = i + delta;
        if (i >= 0 && j >= 0 && j < comparison.size()) {
            comparison.remove(i);
            comparison.add(j, id);
            refreshComparison();
        }
    }

    /** Whether the comparison shows only the rows where the papers differ. */
    public void setHideSame(boolean hide) {
        hideSame = hide;
        refreshComparison();
    }

    private void refreshComparison() {
        if (history.current() instanceof Place.Compare) {
            render(history.current(), true);
        }
    }

    private void refreshCurrent() {
        if (history.current() != null) {
            render(history.current(), true);
        }
    }

    /** The comparison as Markdown, CSV, JSON or HTML; null when it holds fewer than two papers. */
    public String exportComparison(ComparisonTable.Format format) {
        List<Paper> papers = papersOf(comparison);
        return papers.size() < ComparisonTable.MIN ? null : ComparisonTable.of(papers).export(format);
    }

    /** These papers, whole (read from the index while the catalog loads); none when that fails. */
    private List<Paper> papersOf(List<String> ids) {
        NotesLibrary s = session.get();
        if (s == null) {
            return List.of();
        }
        try {
            return s.papers(ids);
        } catch (IOException e) {
            status.set("Could not read the papers from the index: " + oneLine(e));
            return List.of();
        }
    }

    // ---- the current list and its export ------------------------------------------------------------------

    /** The view tells which papers are selected in the list. */
    public void setSelection(List<Paper> selected) {
        selection.setAll(selected);
    }

    /** What "the current list" is: a selection of several papers, else the search results, else the list shown. */
    public List<Paper> currentList() {
        if (selection.size() > 1) {
            return List.copyOf(selection);
        }
        if (!query.isBlank()) {
            return papersOf(results.stream().map(SearchResult.Hit::id).filter(Objects::nonNull).toList());
        }
        return List.copyOf(papers);
    }

    /**
     * The current list exported; null while the catalog loads and the list holds papers as it shows them (no
     * authors, links or key points), unless they are few enough to read whole from the index.
     */
    public String exportList(ListExport.Format format) {
        if (listExportWait() != null) {
            return null;
        }
        List<Paper> list = currentList();
        NotesLibrary s = session.get();
        boolean fromResults = selection.size() <= 1 && !query.isBlank(); // read whole already (papersOf)
        if (s != null && !s.complete() && !fromResults && !list.isEmpty()) {
            list = papersOf(list.stream().map(Paper::id).toList());
            if (list.isEmpty()) {
                return null; // could not be read: the status says why, and no empty file is written
            }
        }
        return ListExport.export(list, format);
    }

    /** How many papers {@link #currentList()} holds, without reading them. */
    public int currentListSize() {
        if (selection.size() > 1) {
            return selection.size();
        }
        if (!query.isBlank()) {
            return (int) results.stream().filter(h -> h.id() != null).count();
        }
        return papers.size();
    }

    /** Why the current list cannot be exported now, or null when it can. */
    public String listExportWait() {
        NotesLibrary s = session.get();
        return s != null && !s.complete() && currentListSize() > PARTIAL_EXPORT
                ? "The catalog is still loading: export a list this long once it has loaded (its progress is in the "
                + "status bar)." : null;
    }

    // ---- the reading list and the user's notes ------------------------------------------------------------

    /** The library to start from, and where changes go (saved at once: nothing a user did is lost). */
    public void setLibrary(UserLibrary lib, Consumer<UserLibrary> saver) {
        keepLibrary(lib, l -> {
            saver.accept(l);
            return l;
        });
    }

    /**
     * As {@link #setLibrary}, with a saver that returns the library as saved: when another window changed it too,
     * this window shows both from then on.
     */
    public void keepLibrary(UserLibrary lib, UnaryOperator<UserLibrary> saver) {
        library.set(lib);
        librarySaver = saver;
    }

    /** Shows the library as another window left it (read again from disk): the reading list and the page redrawn. */
    public void showLibrary(UserLibrary lib) {
        if (lib.equals(library.get())) {
            return;
        }
        library.set(lib);
        if (readingList) {
            refreshPapers();
        }
        refreshCurrent();
    }

    public void toggleBookmark(String id) {
        toggleBookmarks(List.of(id));
    }

    /** Adds each paper to the reading list, or takes it off: saved once and redrawn once, however many. */
    public void toggleBookmarks(List<String> ids) {
        UserLibrary updated = library.get();
        for (String id : ids) {
            updated = updated.toggleBookmark(id);
        }
        library.set(librarySaver.apply(updated));
        if (readingList) {
            refreshPapers();
        }
        refreshCurrent();
    }

    public void saveNote(String id, String text) {
        UserLibrary updated = library.get().withNote(id, text);
        library.set(librarySaver.apply(updated));
        if (readingList) {
            refreshPapers(); // another window's bookmarks may have come with the save
        }
        refreshCurrent();
    }

    /** The user's notes as Markdown, one section per paper. */
    public String exportMyNotes() {
        StringBuilder b = new StringBuilder("# My notes\n");
        Map<String, Paper> byId = session.get() == null ? Map.of() : session.get().catalog().byId();
        library.get().notes().forEach((id, text) -> {
            Paper p = byId.get(id);
            // Names and titles come from the notes (untrusted): escaped; the user's own text is their Markdown.
            b.append("\n## ").append(MarkdownText.text(p == null ? id : p.shortName() + " — " + p.title()))
                    .append("\n\n").append(text).append('\n');
        });
        if (!library.get().bookmarks().isEmpty()) {
            b.append("\n## Reading list\n\n");
            library.get().bookmarks().forEach(id -> {
                Paper p = byId.get(id);
                b.append("- ").append(MarkdownText.text(p == null ? id : p.shortName() + " — " + p.title())).append('\n');
            });
        }
        return b.toString();
    }

    /**
     * Papers whose note (the user's own) holds every word of the query. Plain words only: quotes are dropped, and
     * excluded words ({@code -word}), {@code OR} and fields ({@code year:}) are left to the index.
     */
    private List<SearchResult.Hit> noteHits(String q) {
        List<String> words = Arrays.stream(q.replace("\"", " ").toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isBlank() && !w.contains(":") && !w.startsWith("-") && !w.equals("or")).toList();
        List<SearchResult.Hit> out = new ArrayList<>();
        if (words.isEmpty() || session.get() == null) {
            return out;
        }
        Map<String, Paper> byId = session.get().catalog().byId();
        library.get().notes().forEach((id, text) -> {
            String lower = text.toLowerCase(Locale.ROOT);
            Paper p = byId.get(id);
            if (p != null && words.stream().allMatch(lower::contains)) {
                String shown = text.length() > 200 ? text.substring(0, 200) + "…" : text;
                out.add(new SearchResult.Hit(id, p.title(), p.shortName(), 0, List.of(),
                        List.of(SearchResult.Snippet.marking(null, 0, "my note", shown, words))));
            }
        });
        return out;
    }

    /**
     * Told by the view each time it has drawn a page (or failed to). The first time after a large library opened
     * without its catalog, the catalog starts loading.
     */
    public void pageDrawn() {
        Runnable next = afterFirstPage;
        afterFirstPage = null;
        if (next != null) {
            next.run();
        }
    }

    /** Told when the whole catalog has loaded after the window showed a large library without it. */
    public void setOnCatalogComplete(Runnable listener) {
        completedListener = listener;
    }

    /**
     * Told when the reader asks, on a page, to download figures from a host. Nothing is downloaded until
     * {@link #answerHost} says the user agreed: the page's link is a request, the consent is the window's question.
     */
    public void setOnHostQuestion(Consumer<String> listener) {
        hostQuestion = listener;
    }

    /**
     * The user's answer for a host (kept in the settings by the window): counts from now on, and the page is shown
     * again where the reader is, its figures from that host downloading when allowed.
     */
    public void answerHost(String host, boolean allow) {
        NotesLibrary s = session.get();
        if (s == null) {
            return;
        }
        s.figures().hosts().answer(host, allow);
        Place place = currentPlace();
        if (place != null) {
            render(place, true);
        }
    }

    /** Told when a page has rendered in the view (the start-up probe waits for the first paper's). */
    public void setOnPageLoaded(Consumer<Place> listener) {
        pageLoaded = listener;
    }

    /** Opens the first paper of the catalog (once it is loaded, when asked before). */
    public void openFirstPaper() {
        NotesLibrary s = session.get();
        if (s == null) {
            onFirstLoad = this::openFirstPaper;
        } else if (!s.catalog().papers().isEmpty()) {
            open(new Place.PaperAt(s.catalog().papers().get(0).id()));
        }
    }

    /** Re-renders the page for the new theme. */
    public void setDarkAndRefresh(boolean dark) {
        if (this.dark == dark) {
            return; // "follow the system" resolving to what was shown already: nothing to redraw
        }
        this.dark = dark;
        refreshCurrent();
    }

    /** Reopens a paper at a scroll position (the reading place remembered from the last run), once loaded. */
    public void restore(String paperId, double scroll) {
        NotesLibrary s = session.get();
        if (s == null) {
            onFirstLoad = () -> restore(paperId, scroll);
        } else if (paperId != null && s.catalog().paper(paperId).isPresent()) {
            pendingScroll = scroll;
            open(new Place.PaperAt(paperId));
        }
    }

    // ---- read-only state --------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<NotesLibrary> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ObservableList<Paper> papers() {
        return papersView;
    }

    public ReadOnlyObjectProperty<CategoryPath> categoryProperty() {
        return category.getReadOnlyProperty();
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

    public ObservableList<SearchResult.Hit> results() {
        return resultsView;
    }

    public ReadOnlyStringProperty searchNoticeProperty() {
        return searchNotice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<Diagnostic> problems() {
        return problemsView;
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    public Place currentPlace() {
        return history.current();
    }

    public ObservableList<String> comparison() {
        return comparisonView;
    }

    public ReadOnlyObjectProperty<UserLibrary> libraryProperty() {
        return library.getReadOnlyProperty();
    }

    /** A paper whose note the user asked to write or edit (the view opens an editor), or null. */
    public ReadOnlyStringProperty noteEditRequestProperty() {
        return noteEditRequest.getReadOnlyProperty();
    }
}
