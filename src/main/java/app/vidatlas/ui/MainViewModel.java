package app.vidatlas.ui;

import app.vidatlas.catalog.CategoryTree;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Diagnostic;
import app.vidatlas.model.Paper;
import app.vidatlas.render.BibTeX;
import app.vidatlas.render.FigureResolver;
import app.vidatlas.render.PageRenderer;
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

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The main window's state and actions, without a window: what is loaded, which papers the list shows, the search
 * and its results, the page shown and the way back and forward. Slow work goes through a {@link TaskRunner}; its
 * results come back on the caller's thread (the JavaFX thread in the app).
 */
public final class MainViewModel {
    /** A page to show, for a place; {@code keepScroll} when it is the same page again with more figures. */
    public record Shown(Place place, PageRenderer.Page page, boolean keepScroll) {
    }

    /** Opens a session for a request (the app opens the real notes; tests may open fixtures). */
    @FunctionalInterface
    public interface SessionOpener {
        AppSession open(AppSession.Request request, app.vidatlas.search.SearchIndex.Progress progress) throws Exception;
    }

    private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");
    private static final int RESULT_LIMIT = 50;

    private final TaskRunner runner;
    private final SessionOpener opener;
    private final Consumer<String> browser;
    private final Consumer<String> clipboard;

    private final ReadOnlyObjectWrapper<AppSession> session = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Paper> papers = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CategoryPath> category = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper year = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper venue = new ReadOnlyStringWrapper();
    private final ObservableList<String> years = FXCollections.observableArrayList();
    private final ObservableList<String> venues = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper query = new ReadOnlyStringWrapper("");
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
    private final ObservableList<String> yearsView = FXCollections.unmodifiableObservableList(years);
    private final ObservableList<String> venuesView = FXCollections.unmodifiableObservableList(venues);
    private final ObservableList<SearchResult.Hit> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ObservableList<Diagnostic> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final AtomicLong searchGeneration = new AtomicLong();
    private final AtomicLong pageGeneration = new AtomicLong();
    private boolean dark;

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
    public void load(AppSession.Request request, app.vidatlas.search.SearchIndex.Progress onProgress) {
        loading.set(true);
        progress.set(-1);
        runner.run(() -> opener.open(request, onProgress), this::loaded, error -> {
            loading.set(false);
            status.set("Could not open the notes: " + oneLine(error)
                    + (session.get() == null ? "" : " (still showing the notes opened before)"));
        });
    }

    /** Told by the view, on the JavaFX thread, how far a load is. */
    public void progress(String phase, int done, int total) {
        progress.set(total <= 0 ? -1 : (double) done / total);
        status.set(capitalize(phase) + "… " + done + "/" + total);
    }

    private void loaded(AppSession s) {
        AppSession old = session.get();
        session.set(s);
        loading.set(false);
        progress.set(1);
        problems.setAll(s.catalog().diagnostics());
        category.set(null);
        year.set(null);
        venue.set(null);
        refreshFacets();
        refreshPapers();
        long failed = problems.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
        String text = s.catalog().papers().size() + " papers · " + s.catalog().notes().size() + " notes";
        if (!s.notices().isEmpty()) {
            text += " · " + String.join(" ", s.notices());
        }
        status.set(text);
        if (old != null) {
            try {
                old.close();
            } catch (java.io.IOException e) {
                // The old index is only read; nothing is lost.
            }
        }
        String q = query.get();
        if (!q.isBlank()) {
            search(q);
        }
        Place current = history.current();
        open(current == null ? new Place.Home() : current, false);
    }

    // ---- the paper list ---------------------------------------------------------------------------------------

    public void selectCategory(CategoryPath path) {
        category.set(path);
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
        AppSession s = session.get();
        if (s == null) {
            papers.clear();
            return;
        }
        Set<String> inCategory = null;
        if (category.get() != null) {
            CategoryTree.Node node = s.categories().find(category.get());
            inCategory = node == null ? Set.of() : node.paperIds();
        }
        List<Paper> out = new ArrayList<>();
        for (Paper p : s.catalog().papers()) {
            if (inCategory != null && !inCategory.contains(p.id())) {
                continue;
            }
            if (year.get() != null && !year.get().equals(p.year() == null ? "" : p.year().toString())) {
                continue;
            }
            if (venue.get() != null && !venue.get().equals(Objects.requireNonNullElse(p.venue(), ""))) {
                continue;
            }
            out.add(p);
        }
        papers.setAll(out);
    }

    private void refreshFacets() {
        AppSession s = session.get();
        Map<String, Integer> y = new TreeMap<>(java.util.Comparator.reverseOrder());
        Map<String, Integer> v = new TreeMap<>();
        for (Paper p : s.catalog().papers()) {
            y.merge(p.year() == null ? "" : p.year().toString(), 1, Integer::sum);
            v.merge(Objects.requireNonNullElse(p.venue(), ""), 1, Integer::sum);
        }
        years.setAll(y.keySet());
        venues.setAll(v.keySet());
    }

    /** How many papers of the current category have this year ({@code "2023"}). */
    public Map<String, Integer> yearCounts() {
        return counts(p -> p.year() == null ? "" : p.year().toString());
    }

    public Map<String, Integer> venueCounts() {
        return counts(p -> Objects.requireNonNullElse(p.venue(), ""));
    }

    private Map<String, Integer> counts(java.util.function.Function<Paper, String> key) {
        Map<String, Integer> out = new LinkedHashMap<>();
        AppSession s = session.get();
        if (s == null) {
            return out;
        }
        for (Paper p : s.catalog().papers()) {
            out.merge(key.apply(p), 1, Integer::sum);
        }
        return out;
    }

    // ---- search -----------------------------------------------------------------------------------------------

    /** Searches in the background; only the newest query's results are shown. */
    public void search(String text) {
        query.set(text == null ? "" : text);
        long generation = searchGeneration.incrementAndGet();
        AppSession s = session.get();
        if (s == null || query.get().isBlank()) {
            results.clear();
            searchNotice.set("");
            return;
        }
        String q = query.get();
        runner.run(() -> s.search().search(q, RESULT_LIMIT), r -> {
            if (generation == searchGeneration.get()) {
                results.setAll(r.hits());
                searchNotice.set(r.hits().isEmpty() ? "Nothing found." + notices(r)
                        : r.total() + (r.total() == 1 ? " result" : " results") + notices(r));
            }
        }, error -> {
            if (generation == searchGeneration.get()) {
                results.clear();
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
            Matcher m = MARK.matcher(s.html());
            while (m.find()) {
                String t = unescape(m.group(1)).strip();
                if (!t.isEmpty() && terms.stream().noneMatch(x -> x.equalsIgnoreCase(t))) {
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

    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&#39;", "'").replace("&#x2F;", "/").replace("&#47;", "/").replace("&amp;", "&");
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
        AppSession s = session.get();
        if (s == null) {
            return;
        }
        long generation = pageGeneration.incrementAndGet();
        runner.run(() -> page(s, place), page -> {
            if (generation != pageGeneration.get()) {
                return;
            }
            shown.set(new Shown(place, page, keepScroll));
            if (!page.pendingDownloads().isEmpty()) {
                download(s, place, page.pendingDownloads(), generation);
            }
        }, error -> shown.set(new Shown(place, PageRenderer.message("This page could not be shown", oneLine(error),
                dark), false)));
    }

    private PageRenderer.Page page(AppSession s, Place place) {
        if (place instanceof Place.PaperAt p) {
            return s.pages().paper(p.id(), new PageRenderer.Target(p.note(), p.slide(), p.terms()), dark);
        }
        if (place instanceof Place.NoteAt n) {
            return s.pages().note(n.note(), new PageRenderer.Target(n.note(), n.slide(), List.of()), dark);
        }
        return s.pages().home(dark);
    }

    /** Downloads a page's missing figures, then shows the page again where the reader is. */
    private void download(AppSession s, Place place, List<URI> urls, long generation) {
        runner.run(() -> {
            int found = 0;
            for (URI url : urls) {
                if (s.figures().download(url) instanceof FigureResolver.Found) {
                    found++;
                }
            }
            return found;
        }, found -> {
            if (generation == pageGeneration.get() && s == session.get()) {
                // Downloads that failed show their reason now instead of "downloading…".
                long next = pageGeneration.incrementAndGet();
                runner.run(() -> page(s, place), page -> {
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
            if (url.startsWith("https://") || url.startsWith("http://")) {
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
            case "copy-citation" -> {
                AppSession s = session.get();
                if (s != null) {
                    s.catalog().paper(dec(arg)).ifPresent(p -> {
                        clipboard.accept(BibTeX.entry(p));
                        status.set("Copied a BibTeX entry for " + p.shortName() + ".");
                    });
                }
            }
            case "back" -> back();
            case "forward" -> forward();
            default -> {
                // "loaded" and unknown messages: nothing to do.
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

    public void setDark(boolean dark) {
        this.dark = dark;
    }

    // ---- read-only state --------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<AppSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ObservableList<Paper> papers() {
        return papersView;
    }

    public ReadOnlyObjectProperty<CategoryPath> categoryProperty() {
        return category.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty yearProperty() {
        return year.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty venueProperty() {
        return venue.getReadOnlyProperty();
    }

    public ObservableList<String> years() {
        return yearsView;
    }

    public ObservableList<String> venues() {
        return venuesView;
    }

    public ReadOnlyStringProperty queryProperty() {
        return query.getReadOnlyProperty();
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
}
