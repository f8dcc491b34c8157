package app.vidatlas.ui;

import app.vidatlas.export.BibTeX;
import app.vidatlas.library.NotesLibrary;
import app.vidatlas.pages.PageAction;
import app.vidatlas.pages.PageRenderer;
import app.vidatlas.ui.browse.BrowseViewModel;
import app.vidatlas.ui.browse.ReadingListViewModel;
import app.vidatlas.ui.common.StatusLine;
import app.vidatlas.ui.compare.CompareViewModel;
import app.vidatlas.ui.loading.LoadingViewModel;
import app.vidatlas.ui.reader.Place;
import app.vidatlas.ui.reader.ReaderViewModel;
import app.vidatlas.ui.search.SearchViewModel;
import app.vidatlas.work.TaskRunner;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.function.Consumer;

/**
 * The window's view models, wired together: loading, browsing, searching, reading and comparing each have their own
 * (in their packages); this one passes what one of them changes to the others (other notes open → every one shows
 * them; the reading list changes → the list and the page follow), and handles what a page asks for. The current
 * list and its export, which read the list, the search and the selection at once, are in {@link CurrentList}.
 */
public final class MainViewModel {
    private final Consumer<String> browser;
    private final Consumer<String> clipboard;
    private final StatusLine status = new StatusLine();
    private final javafx.beans.property.ReadOnlyStringWrapper listSummary = new javafx.beans.property.ReadOnlyStringWrapper("");
    private final LoadingViewModel loading;
    private final BrowseViewModel browse;
    private final ReadingListViewModel reading = new ReadingListViewModel();
    private final ReaderViewModel reader;
    private final SearchViewModel search;
    private final CompareViewModel compare;
    private final CurrentList currentList;
    private final ReadOnlyStringWrapper noteEditRequest = new ReadOnlyStringWrapper();
    private Consumer<String> hostQuestion = host -> { };
    // Asked for before the first notes were loaded: the page to start on, opened once they are (once, not twice).
    private Runnable onFirstLoad;
    private Runnable completedListener = () -> { };

    public MainViewModel(TaskRunner runner, LoadingViewModel.LibraryOpener opener, Consumer<String> browser,
                         Consumer<String> clipboard) {
        this.browser = browser;
        this.clipboard = clipboard;
        this.loading = new LoadingViewModel(runner, opener, status);
        this.browse = new BrowseViewModel(runner);
        this.reader = new ReaderViewModel(runner);
        this.search = new SearchViewModel(runner, reader);
        this.compare = new CompareViewModel(runner, status);
        this.currentList = new CurrentList(runner, loading, browse, search, status);
        wire();
    }

    private void wire() {
        summarizeTheList();
        browse.setBookmarks(reading::bookmarks);
        browse.setProblems(status::show);
        search.setUserLibrary(reading::library);
        reader.setSources(id -> new PageRenderer.Personal(reading.library().isBookmarked(id),
                compare.comparison().contains(id), reading.library().note(id)), compare::state);
        compare.setPage(() -> reader.open(new Place.Compare()), reader::refreshIfComparing, reader::refresh);
        reading.libraryProperty().addListener((o, was, now) -> {
            browse.bookmarksChanged();
            reader.refresh();
        });
        // A page the last start drew, shown while these notes opened, is not left up as if it were live.
        loading.setOnFailed(reader::withdrawSnapshot);
        loading.setListeners(this::loaded, whole -> {
            reader.setLibrary(whole);
            compare.setLibrary(whole);
            search.setCompleted(whole);
            browse.showCompleted(whole);
            reader.refresh();
            completedListener.run();
        });
    }

    /** The status bar's sentence about the list, brought up to date whenever what it counts changes. */
    private void summarizeTheList() {
        javafx.beans.InvalidationListener update = o -> {
            NotesLibrary s = loading.library();
            listSummary.set(s == null ? "" : new ListSummary(browse.papers().size(), s.categories().root().count(),
                    s.catalog().notes().size(), browse.categoryProperty().get(), browse.readingListProperty().get(),
                    browse.yearProperty().get(), browse.venueProperty().get(), search.query(), search.total(),
                    browse.selectionView().size(), starredElsewhere(s)).text());
        };
        browse.papers().addListener(update);
        reading.libraryProperty().addListener(update);
        browse.selectionView().addListener(update);
        browse.categoryProperty().addListener(update);
        browse.readingListProperty().addListener(update);
        browse.yearProperty().addListener(update);
        browse.venueProperty().addListener(update);
        search.results().addListener(update);
        search.noticeProperty().addListener(update);
        // Two searches that find nothing change neither the results nor the notice: the search's end says so.
        search.pendingProperty().addListener(update);
    }

    /** Papers on the reading list that these notes do not hold (the reading list is the user's, across folders). */
    private int starredElsewhere(NotesLibrary s) {
        java.util.Map<String, app.vidatlas.model.Paper> held = s.catalog().byId();
        return (int) reading.bookmarks().stream().filter(id -> !held.containsKey(id)).count();
    }

    /** What the list holds ("5 of 37 papers · Open-source base models", "12 results for “motion”"). */
    public ReadOnlyStringProperty listSummaryProperty() {
        return listSummary.getReadOnlyProperty();
    }

    private void showEverywhere(NotesLibrary s) {
        reader.setLibrary(s);
        compare.setLibrary(s);
        search.setLibrary(s);
    }

    private void loaded(NotesLibrary s) {
        showEverywhere(s);
        browse.showNew(s);
        Place current = reader.currentPlace();
        Runnable first = onFirstLoad;
        onFirstLoad = null;
        if (current == null && first != null) {
            first.run();
        }
        if (reader.currentPlace() == current) {
            // The start page goes into the history like any page, so Back returns to it and a theme change redraws it.
            // A paper or note the new notes do not hold is not an error to show: their start page is.
            boolean held = current != null && holds(s, current);
            reader.open(held ? current : new Place.Home(), !held);
        }
    }

    /** Whether the notes hold the paper or note of a place (the start page and the comparison are always there). */
    private static boolean holds(NotesLibrary s, Place place) {
        if (place instanceof Place.PaperAt p) {
            // A large library's catalog is still coming: its page will say so if the paper is not there.
            return s.catalog().paper(p.id()).isPresent() || !s.complete();
        }
        if (place instanceof Place.NoteAt n) {
            return s.catalog().note(n.note()).isPresent();
        }
        return true;
    }

    /**
     * A message from a page: an internal link ({@code vidatlas:paper/ID}), a web link ({@code open:https://…}),
     * or the page saying it has loaded; see {@link PageAction}. Anything else is ignored.
     */
    public void handlePageMessage(String message) {
        PageAction.parse(message).ifPresent(this::handle);
    }

    // Java 17 has no pattern switch: one test per action, in the order a reader meets them most.
    private void handle(PageAction action) {
        if (action instanceof PageAction.OpenPaper p) {
            reader.open(p.note() == null ? new Place.PaperAt(p.id())
                    : new Place.PaperAt(p.id(), p.note(), p.slide(), List.of()));
        } else if (action instanceof PageAction.OpenNote n) {
            reader.open(new Place.NoteAt(n.note(), n.slide()));
        } else if (action instanceof PageAction.OpenHistory h) {
            reader.open(new Place.History(h.view()));
        } else if (action instanceof PageAction.Loaded) {
            reader.pageLoaded();
        } else if (action instanceof PageAction.OpenWeb w) {
            browser.accept(w.url());
        } else if (action instanceof PageAction.Back) {
            reader.back();
        } else if (action instanceof PageAction.Forward) {
            reader.forward();
        } else if (action instanceof PageAction.Category c) {
            browse.selectCategory(c.path());
        } else if (action instanceof PageAction.CopyCitation c) {
            copyCitation(c.id());
        } else if (action instanceof PageAction.Bookmark b) {
            reading.toggleBookmark(b.id());
        } else if (action instanceof PageAction.EditNote e) {
            noteEditRequest.set(null);
            noteEditRequest.set(e.id());
        } else if (action instanceof PageAction.AllowHost h) {
            hostQuestion.accept(h.host());
        } else {
            handleComparison(action);
        }
    }

    private void handleComparison(PageAction action) {
        if (action instanceof PageAction.Compare) {
            reader.open(new Place.Compare());
        } else if (action instanceof PageAction.CompareAdd c) {
            compare.addToComparison(List.of(c.id()));
        } else if (action instanceof PageAction.CompareRemove c) {
            compare.removeFromComparison(c.id());
        } else if (action instanceof PageAction.CompareLeft c) {
            compare.moveInComparison(c.id(), -1);
        } else if (action instanceof PageAction.CompareRight c) {
            compare.moveInComparison(c.id(), 1);
        } else if (action instanceof PageAction.CompareMoveTo c) {
            compare.moveInComparisonTo(c.id(), c.to());
        } else if (action instanceof PageAction.CompareHideSame) {
            compare.setHideSame(true);
        } else if (action instanceof PageAction.CompareShowAll) {
            compare.setHideSame(false);
        }
    }

    /** Copies a paper's BibTeX entry (read in the background: while the catalog loads it comes from the index). */
    private void copyCitation(String id) {
        currentList.papers(List.of(id), papers -> papers.forEach(p -> {
            clipboard.accept(BibTeX.entry(p));
            status.show("Copied a BibTeX entry for " + p.shortName() + ".");
        }));
    }

    /**
     * The user's answer for a host (kept in the settings by the window): counts from now on, and the page is shown
     * again where the reader is, its figures from that host downloading when allowed.
     */
    public void answerHost(String host, boolean allow) {
        NotesLibrary s = loading.library();
        if (s != null) {
            s.figures().hosts().answer(host, allow);
            reader.refresh();
        }
    }

    /** Told when the reader asks, on a page, to download figures from a host; nothing is downloaded until answered. */
    public void setOnHostQuestion(Consumer<String> listener) {
        hostQuestion = listener;
    }

    /** Told when the whole catalog has loaded after the window showed a large library without it. */
    public void setOnCatalogComplete(Runnable listener) {
        completedListener = listener;
    }

    /** The window's status line (what the window itself has to say goes there too). */
    public StatusLine status() {
        return status;
    }

    /** Opens the first paper of the catalog (once it is loaded, when asked before). */
    public void openFirstPaper() {
        NotesLibrary s = loading.library();
        if (s == null) {
            onFirstLoad = this::openFirstPaper;
        } else if (!s.catalog().papers().isEmpty()) {
            reader.open(new Place.PaperAt(s.catalog().papers().get(0).id()));
        }
    }

    /** Reopens a paper at a scroll position (the reading place remembered from the last run), once loaded. */
    public void restore(String paperId, double scroll) {
        NotesLibrary s = loading.library();
        if (s == null) {
            onFirstLoad = () -> restore(paperId, scroll);
        } else if (paperId != null && s.catalog().paper(paperId).isPresent()) {
            reader.openAt(paperId, scroll);
        }
    }

    /** The user's notes as Markdown, one section per paper. */
    public String exportMyNotes() {
        NotesLibrary s = loading.library();
        return reading.exportMyNotes(s == null ? java.util.Map.of() : s.catalog().byId());
    }

    /** Closes the notes' index as the app quits. */
    public void close() {
        loading.close();
    }

    public LoadingViewModel loading() {
        return loading;
    }

    public BrowseViewModel browse() {
        return browse;
    }

    public ReadingListViewModel reading() {
        return reading;
    }

    public ReaderViewModel reader() {
        return reader;
    }

    public SearchViewModel search() {
        return search;
    }

    public CompareViewModel compare() {
        return compare;
    }

    public CurrentList currentList() {
        return currentList;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.textProperty();
    }

    public javafx.beans.property.ReadOnlyObjectProperty<StatusLine.Action> statusActionProperty() {
        return status.actionProperty();
    }

    /** Says where a file was saved, with a way to see it in its folder (the system's file manager). */
    public void saved(java.nio.file.Path file) {
        java.nio.file.Path folder = file.toAbsolutePath().getParent();
        status.show("Saved " + file.getFileName() + " in " + folder,
                new StatusLine.Action("Show in folder", () -> browser.accept(folder.toUri().toString())));
    }

    /** A paper whose note the user asked to write or edit (the view opens an editor), or null. */
    public ReadOnlyStringProperty noteEditRequestProperty() {
        return noteEditRequest.getReadOnlyProperty();
    }
}
