package app.vidatlas.ui.reader;

import app.vidatlas.work.Timeline;
import app.vidatlas.library.NotesLibrary;
import app.vidatlas.pages.PageRenderer;
import app.vidatlas.ui.common.StatusLine;
import app.vidatlas.work.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reading: the page shown, the way back and forward, the theme, the figures a page still downloads. Pages are
 * rendered in the background; only the newest one asked for is shown.
 */
public final class ReaderViewModel {
    /** What the comparison page shows: its papers in order, and whether rows that agree are hidden. */
    public record ComparisonState(List<String> ids, boolean hideSame) {
        public static final ComparisonState NONE = new ComparisonState(List.of(), false);
    }

    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(false);
    private final NavigationHistory history = new NavigationHistory();
    private final AtomicLong pageGeneration = new AtomicLong();
    private NotesLibrary library;
    private boolean dark;
    private Double pendingScroll;
    // What a paper's header shows of the user's own (reading list, comparison, note), read on the JavaFX thread.
    private Function<String, PageRenderer.Personal> personal = id -> PageRenderer.Personal.NONE;
    private Supplier<ComparisonState> comparison = () -> ComparisonState.NONE;
    private Consumer<Place> pageLoaded = p -> { };

    public ReaderViewModel(TaskRunner runner) {
        this.runner = runner;
    }

    /** The notes pages are made from; the page shown stays until the next one is opened. */
    public void setLibrary(NotesLibrary library) {
        this.library = library;
    }

    /** Where the paper header's buttons and the comparison page read the user's state from. */
    public void setSources(Function<String, PageRenderer.Personal> personal, Supplier<ComparisonState> comparison) {
        this.personal = personal;
        this.comparison = comparison;
    }

    public void open(Place place) {
        open(place, true);
    }

    /** Shows a place; {@code record} false when it is already in the history (back, forward, a redraw). */
    public void open(Place place, boolean record) {
        if (record) {
            rememberWhereTheReaderIs();
            history.visit(place);
        }
        canGoBack.set(history.canGoBack());
        canGoForward.set(history.canGoForward());
        render(place, false);
    }

    /** The place before, where the reader was on it. */
    public void back() {
        if (history.canGoBack()) {
            rememberWhereTheReaderIs();
            Place before = history.back();
            pendingScroll = history.scroll();
            open(before, false);
        }
    }

    /** The place after, where the reader was on it. */
    public void forward() {
        if (history.canGoForward()) {
            rememberWhereTheReaderIs();
            Place after = history.forward();
            pendingScroll = history.scroll();
            open(after, false);
        }
    }

    /**
     * Keeps how far down the page shown the reader is, for its place; not when the place now current has not been
     * drawn yet (a link clicked while a page was coming): the page on screen is then another place's.
     */
    private void rememberWhereTheReaderIs() {
        Shown now = shown.get();
        if (now != null && now.place().equals(history.current())) {
            history.rememberScroll(scroll.getAsDouble());
        }
    }

    /** How far down the page shown the reader is: the page view tells (0 until it does). */
    public void setScrollSource(java.util.function.DoubleSupplier source) {
        this.scroll = source;
    }

    /** Draws the page shown again where the reader is (the theme, the reading list or the comparison changed). */
    public void refresh() {
        if (history.current() != null) {
            render(history.current(), true);
        }
    }

    /** Draws the comparison again when it is the page shown. */
    public void refreshIfComparing() {
        if (history.current() instanceof Place.Compare) {
            render(history.current(), true);
        }
    }

    /** Re-renders the page for the new theme. */
    /** Whether pages are drawn dark (exports of what they draw take the same colours). */
    public boolean dark() {
        return dark;
    }

    public void setDarkAndRefresh(boolean dark) {
        if (this.dark == dark) {
            return; // "follow the system" resolving to what was shown already: nothing to redraw
        }
        this.dark = dark;
        refresh();
    }

    private java.util.function.DoubleSupplier scroll = () -> 0;

    /**
     * Shows a paper's page as the last start drew it, while the notes open (ADR 0013); only when nothing has been
     * opened yet. It enters the history like any page: once the notes are loaded, the page drawn from them replaces
     * it where the reader is, and a link clicked meanwhile opens then.
     *
     * @return whether it is shown
     */
    public boolean showSnapshot(Place.PaperAt place, String html, double scroll) {
        if (history.current() != null) {
            return false;
        }
        history.visit(place);
        show(new Shown(place, new PageRenderer.Page(html, List.of()), false, scroll, true));
        return true;
    }

    /** The notes could not be opened: a page the last start drew, if shown, gives way to the reason. */
    public void withdrawSnapshot(String reason) {
        Shown now = shown.get();
        if (now != null && now.snapshot()) {
            show(new Shown(now.place(), PageRenderer.message("The notes could not be opened", reason, dark), false));
        }
    }

    /** Opens a paper at a remembered scroll position. */
    public void openAt(String paperId, double scroll) {
        pendingScroll = scroll;
        open(new Place.PaperAt(paperId));
    }

    /** Told by the page view that a page has loaded. */
    public void pageLoaded() {
        Shown now = shown.get();
        if (now != null) {
            pageLoaded.accept(now.place());
        }
    }

    /** Told when a page has rendered in the view (the start-up probe waits for the first paper's). */
    public void setOnPageLoaded(Consumer<Place> listener) {
        pageLoaded = listener;
    }

    private void render(Place place, boolean keepScroll) {
        NotesLibrary s = library;
        if (s == null) {
            // A link followed on the page the last start drew, before the notes are in (ADR 0013): said at once, so
            // the click is seen to have been taken; the page opens when they are. The page shown drawn again (a theme
            // change) is left as it is.
            Shown now = shown.get();
            if (now != null && !now.place().equals(place)) {
                show(new Shown(place, PageRenderer.message("Opening…",
                        "This page opens as soon as the notes are loaded (see the progress below).", dark), false));
            }
            return;
        }
        long generation = pageGeneration.incrementAndGet();
        // The page the last start drew, shown while the notes opened: its own page replaces it where the reader is.
        Shown before = shown.get();
        boolean keep = keepScroll || (before != null && before.snapshot() && before.place().equals(place));
        // Where this page is to open, taken now: a later page (a link clicked before this one drew) must not get it.
        Double scroll = pendingScroll;
        pendingScroll = null;
        runner.run(pageJob(s, place), page -> {
            if (generation != pageGeneration.get()) {
                return;
            }
            Timeline.mark("page rendered");
            show(new Shown(place, page, keep, scroll));
            if (!page.pendingDownloads().isEmpty()) {
                download(s, place, page.pendingDownloads(), generation);
            }
        }, error -> {
            if (generation == pageGeneration.get()) {
                show(new Shown(place, PageRenderer.message("This page could not be shown",
                        StatusLine.oneLine(error), dark), false));
            }
        });
    }

    /**
     * The work that renders a place's page. What it needs from the window (the theme, the comparison, the user's
     * library) is read here, on the JavaFX thread; the rendering runs later on a worker and touches none of it.
     */
    private Callable<PageRenderer.Page> pageJob(NotesLibrary s, Place place) {
        boolean dark = this.dark;
        if (place instanceof Place.PaperAt p) {
            PageRenderer.Target target = new PageRenderer.Target(p.note(), p.slide(), p.terms());
            PageRenderer.Personal mine = personal.apply(p.id());
            return () -> s.paperPage(p.id(), target, dark, mine);
        }
        if (place instanceof Place.Compare) {
            ComparisonState c = comparison.get();
            return () -> s.comparisonPage(c.ids(), c.hideSame(), dark);
        }
        if (place instanceof Place.History h) {
            return () -> s.historyPage(h.view(), dark);
        }
        if (place instanceof Place.NoteAt n) {
            // A search hit in a note marks its words there, and the page scrolls to the first (a plain-text note has
            // no slide to go to).
            PageRenderer.Target target = new PageRenderer.Target(n.note(), n.slide(), n.terms());
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
            if (generation == pageGeneration.get() && s == library) {
                // Downloads that failed show their reason now instead of "downloading…".
                long next = pageGeneration.incrementAndGet();
                runner.run(pageJob(s, place), page -> {
                    if (next == pageGeneration.get()) {
                        show(new Shown(place, new PageRenderer.Page(page.html(), List.of()), true));
                    }
                }, error -> { });
            }
        }, error -> { });
    }

    /**
     * Shows a page. The same page again (the same notes reopened) is shown again too: a property tells only of a
     * change, and the view must load it (and say it drew it) whatever it showed before.
     */
    private void show(Shown next) {
        if (next.equals(shown.get())) {
            shown.set(null);
        }
        shown.set(next);
    }

    public Place currentPlace() {
        return history.current();
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
}
