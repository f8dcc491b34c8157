package app.vidatlas.ui;

import app.vidatlas.ui.reader.Shown;
import app.vidatlas.ui.reader.Place;
import app.vidatlas.library.NotesLibrary;
import app.vidatlas.library.LibraryRequest;
import app.vidatlas.model.Progress;
import app.vidatlas.library.AppSession;
import app.vidatlas.work.TaskRunner;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Paper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** The main window's behaviour without a window: the view model runs its work on the spot. */
class MainViewModelTest {
    @TempDir
    Path notes;
    @TempDir
    Path index;
    private final List<String> browsed = new ArrayList<>();
    private final List<String> copied = new ArrayList<>();
    private MainViewModel model;

    @BeforeEach
    void load() throws IOException {
        Files.createDirectories(notes.resolve("ch"));
        Files.writeString(notes.resolve("ch/one.md"), "P1\n# 2 Video Generation\n\n## 2.1 Base\n\nP2\n## Omega\n\n"
                + "Works on temporal coherence, unlike Sigma-Net.\n\n> &#x2705; 时域一致性很重要。\n\n"
                + "Wu et al., “Omega: A Paper,” arXiv 2023.\n\nP3\n## Sigma-Net\n\nUses optical flow.\n\n"
                + "Li et al., “Sigma-Net: Flow Things,” ICCV 2022.\n");
        Files.writeString(notes.resolve("ch/two.md"), "P5\n# Other\n\n## Tau\n\nA transformer.\n\n"
                + "Ma et al., “Tau: Transformers,” arXiv 2024.\n");
        model = new MainViewModel(TaskRunner.DIRECT, AppSession::open, browsed::add, copied::add);
        model.loading().load(new LibraryRequest(List.of(notes), List.of(), false, index, null), Progress.NONE);
    }

    @AfterEach
    void close() throws IOException {
        model.loading().libraryProperty().get().close();
    }

    @Test
    void loadingShowsEveryPaperAndTheStartPage() {
        assertThat(model.browse().papers()).extracting(Paper::id).containsExactly("omega", "sigma-net", "tau");
        assertThat(model.statusProperty().get()).startsWith("Opened 2 notes");
        assertThat(model.listSummaryProperty().get()).isEqualTo("3 papers · 2 notes");
        assertThat(model.loading().loadingProperty().get()).isFalse();
        assertThat(model.reader().shownProperty().get().place()).isEqualTo(new Place.Home());
        assertThat(model.reader().shownProperty().get().page().html()).contains("3 papers from 2 notes");
    }

    @Test
    void backFromTheFirstPaperReturnsToTheStartPage() {
        model.reader().open(new Place.PaperAt("tau", null, 0, List.of()));
        assertThat(model.reader().canGoBackProperty().get()).isTrue();
        model.reader().back();
        assertThat(model.reader().shownProperty().get().place()).isEqualTo(new Place.Home());
    }

    @Test
    void theStartPageIsRedrawnForADarkThemeButNotForTheSameThemeAgain() {
        model.reader().setDarkAndRefresh(true);
        Shown dark = model.reader().shownProperty().get();
        assertThat(dark.place()).isEqualTo(new Place.Home());
        assertThat(dark.page().html()).contains("<body class=\"dark\"");
        model.reader().setDarkAndRefresh(true);
        assertThat(model.reader().shownProperty().get()).isSameAs(dark);
    }

    @Test
    void quittingClosesTheIndexOfTheNotesShown() {
        NotesLibrary shown = model.loading().libraryProperty().get();
        model.close();
        assertThatThrownBy(() -> shown.search("optical", 10))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("these notes were closed");
    }

    @Test
    void openingNotesAgainStartsFromEveryPaperNotFromTheReadingList() {
        model.reading().setLibrary(app.vidatlas.userdata.UserLibrary.EMPTY.toggleBookmark("tau"), l -> { });
        model.browse().selectReadingList();
        assertThat(model.browse().papers()).extracting(Paper::id).containsExactly("tau");
        model.loading().load(new LibraryRequest(List.of(notes), List.of(), false, index, null), Progress.NONE);
        assertThat(model.browse().papers()).extracting(Paper::id).containsExactly("omega", "sigma-net", "tau");
    }

    @Test
    void bookmarkingSeveralPapersSavesTheLibraryOnce() {
        List<app.vidatlas.userdata.UserLibrary> saved = new java.util.ArrayList<>();
        model.reading().setLibrary(app.vidatlas.userdata.UserLibrary.EMPTY, saved::add);
        model.reading().toggleBookmarks(List.of("omega", "tau", "sigma-net"));
        assertThat(saved).singleElement().satisfies(l ->
                assertThat(l.bookmarks()).containsExactly("omega", "tau", "sigma-net"));
    }

    @Test
    void notesThatFailedToLoadAreListedWithTheirReasons(@TempDir Path more, @TempDir Path index2) throws IOException {
        Files.writeString(more.resolve("good.md"), "P1\n## Kappa\n\nK.\n\nKo et al., “Kappa: K,” arXiv 2021.\n");
        Files.write(more.resolve("broken.md"), new byte[]{'P', '1', 0, 1, 2});
        model.loading().load(new LibraryRequest(List.of(more), List.of(), false, index2, null), Progress.NONE);
        assertThat(model.browse().papers()).extracting(Paper::id).containsExactly("kappa");
        assertThat(model.loading().problems()).singleElement().satisfies(d -> {
            assertThat(d.file()).endsWith("broken.md");
            assertThat(d.message()).contains("binary");
        });
    }

    @Test
    void theReadingPlaceOfTheLastRunIsRestored() {
        model.restore("sigma-net", 840.0);
        assertThat(model.reader().shownProperty().get().place()).isEqualTo(new Place.PaperAt("sigma-net"));
        assertThat(model.reader().shownProperty().get().scrollTo()).isEqualTo(840.0);
        model.restore("no-such-paper", 10.0);
        assertThat(model.reader().shownProperty().get().place()).isEqualTo(new Place.PaperAt("sigma-net"));
    }

    @Test
    void aCategoryShowsOnlyItsPapers() {
        model.browse().selectCategory(CategoryPath.parse("Video Generation / Base"));
        assertThat(model.browse().papers()).extracting(Paper::id).containsExactly("omega", "sigma-net");
        model.browse().selectCategory(null);
        assertThat(model.browse().papers()).hasSize(3);
        model.browse().filterYear("2024");
        assertThat(model.browse().papers()).extracting(Paper::id).containsExactly("tau");
    }

    @Test
    void searchingListsHitsAndOpeningOneGoesToItsSlideWithTheWordsMarked() {
        model.search().search("optical flow");
        assertThat(model.search().results()).extracting(h -> h.id()).first().isEqualTo("sigma-net");
        model.search().openHit(model.search().results().get(0));
        Shown shown = model.reader().shownProperty().get();
        assertThat(shown.place()).isEqualTo(new Place.PaperAt("sigma-net", "ch/one.md", 3, List.of("optical", "flow")));
        assertThat(shown.page().html()).contains("<h1>Sigma-Net</h1>")
                .contains("data-terms=\"[&quot;optical&quot;,&quot;flow&quot;]\"")
                .contains("id=\"s-0-3\"").contains("data-target=\"s-0-3\"");
    }

    @Test
    void aPaperFoundInTheUsersOwnNoteAndInTheNotesIsListedAndCountedOnce() {
        model.reading().setLibrary(app.vidatlas.userdata.UserLibrary.EMPTY.withNote("sigma-net", "Optical flow is slow."), l -> { });
        model.search().search("optical");
        assertThat(model.search().results()).extracting(h -> h.id()).containsExactly("sigma-net");
        assertThat(model.search().results().get(0).snippets().get(0).where()).isEqualTo("my note");
        assertThat(model.search().noticeProperty().get()).startsWith("1 result");
    }

    @Test
    void theUsersNotesAreSearchedForThePlainWordsOfAQuery() {
        model.reading().setLibrary(app.vidatlas.userdata.UserLibrary.EMPTY.withNote("tau", "Read about <b> tags & the Tau model."), l -> { });
        model.search().search("\"tau model\" -optical");
        assertThat(model.search().results()).extracting(h -> h.id()).first().isEqualTo("tau");
        assertThat(model.search().results().get(0).snippets().get(0).html())
                .isEqualTo("Read about &lt;b&gt; tags &amp; the <mark>Tau</mark> <mark>model</mark>.");
    }

    @Test
    void theUsersNotesKeepTheOrderTheyWereWrittenIn() {
        app.vidatlas.userdata.UserLibrary lib = app.vidatlas.userdata.UserLibrary.EMPTY;
        for (String id : List.of("tau", "omega", "sigma-net", "omega")) {
            lib = lib.withNote(id, "about " + id);
        }
        model.reading().setLibrary(lib, l -> { });
        String md = model.exportMyNotes();
        assertThat(md.indexOf("## Tau")).isLessThan(md.indexOf("## Omega"));
        assertThat(md.indexOf("## Omega")).isLessThan(md.indexOf("## Sigma-Net"));
    }

    @Test
    void theUsersNotesExportEscapesWhatCameFromTheNotes() {
        model.reading().setLibrary(app.vidatlas.userdata.UserLibrary.EMPTY.withNote("<img src=x onerror=alert(1)>", "my *own* text"),
                l -> { });
        String md = model.exportMyNotes();
        assertThat(md).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)>").contains("my *own* text");
    }

    @Test
    void facetsListYearsNewestFirstAndCountPapers() {
        app.vidatlas.catalog.Facets facets = model.browse().facetsProperty().get();
        assertThat(facets.years()).containsExactly(entry("2024", 1), entry("2023", 1), entry("2022", 1));
        // Venues by name, case aside, as a reader looks them up: "arXiv" among the A's.
        assertThat(facets.venues()).containsExactly(entry("arXiv", 2), entry("ICCV", 1));
    }

    @Test
    void theNewestQueryWins() {
        model.search().search("optical");
        model.search().search("transformer");
        assertThat(model.search().results()).extracting(h -> h.id()).containsExactly("tau");
        model.search().clearSearch();
        assertThat(model.search().results()).isEmpty();
    }

    @Test
    void linksBetweenPapersAndBackAndForward() {
        model.reader().open(new Place.PaperAt("omega"));
        assertThat(model.reader().shownProperty().get().page().html()).contains("href=\"vidatlas:paper/sigma-net\"");
        model.handlePageMessage("vidatlas:paper/sigma-net");
        assertThat(model.reader().currentPlace()).isEqualTo(new Place.PaperAt("sigma-net"));
        assertThat(model.reader().canGoBackProperty().get()).isTrue();
        model.reader().back();
        assertThat(model.reader().shownProperty().get().place()).isEqualTo(new Place.PaperAt("omega"));
        assertThat(model.reader().canGoForwardProperty().get()).isTrue();
        model.reader().forward();
        assertThat(model.reader().shownProperty().get().place()).isEqualTo(new Place.PaperAt("sigma-net"));
        // "Mentioned in" on Sigma-Net's page leads back to Omega's slide.
        assertThat(model.reader().shownProperty().get().page().html()).contains("Mentioned in")
                .contains("vidatlas:paper/omega@ch%2Fone.md@2");
    }

    @Test
    void webLinksGoToTheSystemBrowserAndNothingElseDoes() {
        model.handlePageMessage("open:https://github.com/showlab/Show-1");
        model.handlePageMessage("open:javascript:alert(1)");
        model.handlePageMessage("open:file:///etc/passwd");
        model.handlePageMessage("alert from a page");
        assertThat(browsed).containsExactly("https://github.com/showlab/Show-1");
    }

    @Test
    void copyCitationPutsBibTeXOnTheClipboard() {
        model.handlePageMessage("vidatlas:copy-citation/sigma-net");
        assertThat(copied).singleElement().satisfies(b -> assertThat(b).startsWith("@inproceedings{li2022sigma,")
                .contains("booktitle = {ICCV}"));
    }

    @Test
    void aCategoryLinkOnAPageSelectsIt() {
        model.handlePageMessage("vidatlas:category/Video%20Generation%20%2F%20Base");
        assertThat(model.browse().categoryProperty().get()).isEqualTo(CategoryPath.parse("Video Generation / Base"));
    }

    @Test
    void aWholeNoteCanBeRead() {
        model.handlePageMessage("vidatlas:note/ch%2Fone.md");
        assertThat(model.reader().shownProperty().get().page().html()).contains("P2").contains("P3")
                .contains("href=\"vidatlas:paper/sigma-net\"");
    }

    @Test
    void aFailedOpenKeepsWhatWasThereAndSaysWhyInOneLine(@TempDir Path other, @TempDir Path index2) {
        MainViewModel failing = new MainViewModel(TaskRunner.DIRECT, (r, p) -> {
            throw new IOException("disk on fire");
        }, browsed::add, copied::add);
        failing.loading().load(new LibraryRequest(List.of(other), List.of(), false, index2, null), Progress.NONE);
        assertThat(failing.statusProperty().get()).isEqualTo("Could not open the notes: disk on fire");
        assertThat(failing.loading().loadingProperty().get()).isFalse();
    }

    @Test
    void openingAnotherFolderReplacesTheCatalog(@TempDir Path other) throws IOException {
        Files.writeString(other.resolve("x.md"), "P1\n## Kappa\n\nK.\n\nKo et al., “Kappa: K,” arXiv 2021.\n");
        NotesLibrary before = model.loading().libraryProperty().get();
        model.loading().load(new LibraryRequest(List.of(other), List.of(), false, index.resolve("other"), null),
                Progress.NONE);
        assertThat(model.loading().libraryProperty().get()).isNotSameAs(before);
        assertThat(model.browse().papers()).extracting(Paper::id).containsExactly("kappa");
    }

    @Test
    void whenTwoFoldersAreOpenedTheLastOneWinsWhicheverFinishesFirst(@TempDir Path a, @TempDir Path b,
                                                                    @TempDir Path idx) throws IOException {
        Files.writeString(a.resolve("a.md"), "P1\n## Alpha\n\nA.\n\nAo et al., “Alpha: A,” arXiv 2021.\n");
        Files.writeString(b.resolve("b.md"), "P1\n## Beta\n\nB.\n\nBo et al., “Beta: B,” arXiv 2021.\n");
        HeldTaskRunner runner = new HeldTaskRunner();
        MainViewModel m = new MainViewModel(runner, AppSession::open, browsed::add, copied::add);
        m.loading().load(new LibraryRequest(List.of(a), List.of(), false, idx.resolve("a"), null), Progress.NONE);
        m.loading().load(new LibraryRequest(List.of(b), List.of(), false, idx.resolve("b"), null), Progress.NONE);
        runner.finish(1); // B, opened last, is ready first
        runner.finishAll(); // then A, and the pages
        assertThat(m.browse().papers()).extracting(Paper::id).containsExactly("beta");
        assertThat(m.loading().libraryProperty().get().search("beta", 5).hits()).isNotEmpty(); // B's index still open
        m.loading().libraryProperty().get().close();
    }

    @Test
    void theStartPageAskedForBeforeLoadingIsRenderedOnceWhenTheNotesArrive(@TempDir Path idx) throws IOException {
        HeldTaskRunner runner = new HeldTaskRunner();
        MainViewModel m = new MainViewModel(runner, AppSession::open, browsed::add, copied::add);
        m.restore("sigma-net", 120.0);
        m.loading().load(new LibraryRequest(List.of(notes), List.of(), false, idx, null), Progress.NONE);
        runner.finish(0);
        assertThat(runner.waiting()).isEqualTo(3); // the facets, the list, and one page to render, not two
        runner.finishAll();
        assertThat(m.reader().shownProperty().get().place()).isEqualTo(new Place.PaperAt("sigma-net"));
        assertThat(m.reader().shownProperty().get().scrollTo()).isEqualTo(120.0);
        m.loading().libraryProperty().get().close();
    }

    @Test
    void enterBeforeTheSearchIsInOpensTheBestHitOfThatSearchNotOfThePreviousOne(@TempDir Path idx) throws IOException {
        HeldTaskRunner runner = new HeldTaskRunner();
        MainViewModel m = new MainViewModel(runner, AppSession::open, browsed::add, copied::add);
        m.loading().load(new LibraryRequest(List.of(notes), List.of(), false, idx, null), Progress.NONE);
        runner.finishAll();
        m.search().search("transformer");
        runner.finishAll();
        assertThat(m.search().results()).extracting(h -> h.id()).containsExactly("tau");
        m.search().search("optical"); // typed, its search still running
        m.search().openHitFor("optical", m.search().results().get(0));
        runner.finishAll();
        assertThat(m.reader().shownProperty().get().place()).isInstanceOfSatisfying(Place.PaperAt.class,
                p -> assertThat(p.id()).isEqualTo("sigma-net"));
        m.loading().libraryProperty().get().close();
    }

    @Test
    void aLargeLibraryShowsItsFirstPageAndListBeforeItsCatalogThenCatchesUpWhereTheReaderIs() throws IOException {
        model.close();
        // The index is on disk and unchanged: opened as a large library would be (no catalog until it is built).
        HeldTaskRunner runner = new HeldTaskRunner();
        List<String> progress = new java.util.ArrayList<>();
        MainViewModel large = new MainViewModel(runner, (r, p) -> AppSession.open(r, p, 1), browsed::add, copied::add);
        large.restore("omega", 120.0);
        large.loading().load(new LibraryRequest(List.of(notes), List.of(), false, index, null),
                (phase, done, total) -> progress.add(phase + " " + done + "/" + total));
        runner.finish(0); // opened: the list, the tree and the first page can be shown
        NotesLibrary partial = large.loading().libraryProperty().get();
        assertThat(partial.complete()).isFalse();
        assertThat(large.loading().loadingProperty().get()).as("the catalog is still loading").isTrue();
        assertThat(large.statusProperty().get()).contains("loading the catalog");
        assertThat(runner.waiting()).as("the facets, the list and the first page").isEqualTo(3);
        runner.finish(0); // the facets
        runner.finish(0); // the list
        assertThat(large.browse().papers()).extracting(Paper::id).containsExactly("omega", "sigma-net", "tau");
        assertThat(runner.waiting()).as("the first page only: the catalog waits until it is drawn").isEqualTo(1);
        runner.finish(0);
        Shown first = large.reader().shownProperty().get();
        assertThat(first.place()).isEqualTo(new Place.PaperAt("omega"));
        assertThat(first.scrollTo()).isEqualTo(120.0);
        assertThat(first.page().html()).contains("Works on temporal coherence").contains("时域一致性很重要")
                .as("no link to another paper before the catalog has loaded").doesNotContain("vidatlas:paper/sigma-net");
        // The reader narrows the list meanwhile, and copies a citation: whole papers are read from the index.
        large.browse().selectCategory(CategoryPath.parse("Video Generation / Base"));
        large.handlePageMessage("vidatlas:copy-citation/sigma-net");
        List<String> exported = new java.util.ArrayList<>();
        large.currentList().export(app.vidatlas.export.ListExport.Format.values()[0], exported::add);
        assertThat(runner.waiting()).as("filtering, the citation and the export run in the background").isEqualTo(3);
        runner.finishAll();
        assertThat(copied).singleElement().asString().contains("Li").contains("Sigma-Net: Flow Things");
        assertThat(exported).singleElement().asString().contains("Sigma-Net");

        large.loading().pageDrawn(); // the view has drawn it: now the catalog loads
        assertThat(runner.waiting()).isEqualTo(1);
        large.loading().pageDrawn(); // drawn again (any page): the catalog is not loaded twice
        assertThat(runner.waiting()).isEqualTo(1);
        runner.finishAll(); // the catalog, then the page drawn again with it
        NotesLibrary whole = large.loading().libraryProperty().get();
        assertThat(whole.complete()).isTrue();
        assertThat(large.loading().loadingProperty().get()).isFalse();
        assertThat(large.statusProperty().get()).startsWith("Opened 2 notes").doesNotContain("loading");
        assertThat(progress).anyMatch(p -> p.startsWith("loading the catalog"));
        assertThat(large.browse().categoryProperty().get()).isEqualTo(CategoryPath.parse("Video Generation / Base"));
        assertThat(large.browse().papers()).extracting(Paper::id).containsExactly("omega", "sigma-net");
        assertThat(large.browse().papers().get(0).sources()).as("whole papers now").isNotEmpty();
        Shown again = large.reader().shownProperty().get();
        assertThat(again.place()).isEqualTo(new Place.PaperAt("omega"));
        assertThat(again.keepScroll()).as("redrawn where the reader is").isTrue();
        assertThat(again.page().html()).contains("vidatlas:paper/sigma-net");
        large.close();
        model = large; // closed again after the test: harmless
    }

    /** A large library opened without its catalog (an index built by the first load, reused), its first page drawn. */
    private MainViewModel largeLibraryDrawn(HeldTaskRunner runner) {
        model.close();
        MainViewModel large = new MainViewModel(runner, (r, p) -> AppSession.open(r, p, 1), browsed::add, copied::add);
        large.loading().load(new LibraryRequest(List.of(notes), List.of(), false, index, null), Progress.NONE);
        runner.finish(0);
        runner.finishAll(); // the start page
        large.loading().pageDrawn(); // the catalog starts loading: held
        assertThat(runner.waiting()).isEqualTo(1);
        model = large;
        return large;
    }

    @Test
    void anIndexStillReadForTheCatalogIsClosedOnlyOnceThatEnds() {
        HeldTaskRunner runner = new HeldTaskRunner();
        MainViewModel large = largeLibraryDrawn(runner);
        NotesLibrary partial = large.loading().libraryProperty().get();
        large.close(); // quitting while the catalog loads
        assertThat(partial.search("optical", 10).total()).as("still open for the catalog").isPositive();
        runner.finishAll();
        assertThatThrownBy(() -> partial.search("optical", 10))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("these notes were closed");
        assertThat(large.loading().libraryProperty().get()).as("nothing swapped in after quitting").isSameAs(partial);
    }

    @Test
    void notesLetGoWhileTheirCatalogIsBuiltAreClosedWhenItEndsEvenIfOtherNotesStartBuildingMeanwhile() {
        HeldTaskRunner runner = new HeldTaskRunner();
        MainViewModel large = largeLibraryDrawn(runner); // A's catalog is being built (held)
        NotesLibrary a = large.loading().libraryProperty().get();
        large.loading().load(new LibraryRequest(List.of(notes), List.of(), false, index, null), Progress.NONE);
        runner.finish(1); // B opened: A is let go, but still read by its catalog
        NotesLibrary b = large.loading().libraryProperty().get();
        assertThat(b).isNotSameAs(a);
        assertThat(a.search("optical", 10).total()).as("A still open for its catalog").isPositive();
        large.loading().pageDrawn(); // B's first page drawn: B's catalog starts too
        runner.finish(0); // A's catalog ends
        assertThatThrownBy(() -> a.search("optical", 10)).as("A closed once its catalog ended")
                .hasMessageContaining("these notes were closed");
        assertThat(b.search("optical", 10).total()).as("B untouched").isPositive();
        runner.finishAll();
        assertThat(large.loading().libraryProperty().get().complete()).isTrue();
        assertThat(large.loading().libraryProperty().get().search("optical", 10).total()).isPositive();
    }

    @Test
    void theYearChosenWhileTheCatalogLoadsStaysChosenAndOpeningAgainResetsIt() throws IOException {
        HeldTaskRunner runner = new HeldTaskRunner();
        MainViewModel large = largeLibraryDrawn(runner);
        large.browse().filterYear("2024");
        List<app.vidatlas.catalog.Facets> told = new java.util.ArrayList<>();
        large.browse().facetsProperty().addListener((obs, old, f) -> told.add(f));
        runner.finishAll(); // the catalog: the same counts, so the year lists are not rebuilt (the choice stays)
        assertThat(large.loading().libraryProperty().get().complete()).isTrue();
        assertThat(told).isEmpty();
        assertThat(large.browse().yearProperty().get()).as("what the year list shows selected").isEqualTo("2024");
        assertThat(large.browse().papers()).extracting(Paper::id).containsExactly("tau");
        large.loading().load(new LibraryRequest(List.of(notes), List.of(), false, index, null), Progress.NONE);
        runner.finishAll();
        assertThat(large.browse().yearProperty().get()).as("the same notes opened again: the lists start from all, as the "
                + "filters do").isNull();
        assertThat(large.browse().papers()).hasSize(3);
    }

    @Test
    void theProgressBarStaysWhileTheCatalogOfTheNotesShownLoadsEvenWhenOtherNotesFailToOpen(@TempDir Path file)
            throws IOException {
        HeldTaskRunner runner = new HeldTaskRunner();
        MainViewModel large = largeLibraryDrawn(runner);
        Path notAFolder = Files.writeString(file.resolve("index"), "x");
        AppSession.IndexOpener real = AppSession.indexOpener;
        // An index that cannot be opened at all (a damaged or read-only one is now rebuilt or copied to memory).
        AppSession.indexOpener = (dir, locations, progress) -> {
            if (dir.equals(notAFolder)) {
                throw new IOException("the index at " + dir + " cannot be opened");
            }
            return real.open(dir, locations, progress);
        };
        try {
            large.loading().load(new LibraryRequest(List.of(notes), List.of(), false, notAFolder, null),
                    Progress.NONE);
            runner.finish(1); // the other notes fail to open
        } finally {
            AppSession.indexOpener = real;
        }
        assertThat(large.statusProperty().get()).startsWith("Could not open the notes");
        assertThat(large.loading().loadingProperty().get()).as("the catalog of the notes shown is still loading").isTrue();
        runner.finishAll();
        assertThat(large.loading().libraryProperty().get().complete()).isTrue();
        assertThat(large.loading().loadingProperty().get()).as("nothing is loading any more").isFalse();
        assertThat(large.loading().progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void savingSaysWhereTheFileWentAndOffersItsFolder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path file = dir.resolve("papers.bib");
        model.saved(file);
        assertThat(model.statusProperty().get()).isEqualTo("Saved papers.bib in " + dir.toAbsolutePath());
        assertThat(model.statusActionProperty().get().label()).isEqualTo("Show in folder");
        model.statusActionProperty().get().run().run();
        assertThat(browsed).last().isEqualTo(dir.toAbsolutePath().toUri().toString());
    }

    @Test
    void theStatusBarSaysWhatTheListHolds() {
        model.browse().selectCategory(app.vidatlas.model.CategoryPath.parse("Video Generation / Base"));
        assertThat(model.listSummaryProperty().get()).isEqualTo("2 of 3 papers · Base");
        model.browse().setSelection(model.browse().papers());
        assertThat(model.listSummaryProperty().get()).isEqualTo("2 selected · 2 of 3 papers · Base");
        model.browse().setSelection(List.of());
        model.browse().filterYear("2022");
        assertThat(model.listSummaryProperty().get()).isEqualTo("1 of 3 papers · Base · 2022");
        model.browse().selectReadingList();
        assertThat(model.listSummaryProperty().get()).startsWith("0 of 3 papers · Reading list");
        model.search().search("optical flow");
        assertThat(model.listSummaryProperty().get()).isEqualTo("1 result for “optical flow”");
        model.search().clearSearch();
        assertThat(model.listSummaryProperty().get()).startsWith("0 of 3 papers · Reading list");
    }

    @Test
    void openingOtherNotesWithoutThePaperShownShowsTheirStartPageNotAnError(@TempDir Path more, @TempDir Path index2)
            throws IOException {
        model.reader().open(new Place.PaperAt("tau"));
        Files.writeString(more.resolve("good.md"), "P1\n## Kappa\n\nK.\n\nKo et al., “Kappa: K,” arXiv 2021.\n");
        model.loading().load(new LibraryRequest(List.of(more), List.of(), false, index2, null), Progress.NONE);
        assertThat(model.reader().shownProperty().get().place()).isEqualTo(new Place.Home());
        assertThat(model.reader().shownProperty().get().page().html()).doesNotContain("No such paper");
        model.reader().back();
        assertThat(model.reader().shownProperty().get().place()).as("Back still leads to where the reader was")
                .isEqualTo(new Place.PaperAt("tau"));
    }

    @Test
    void theReadingListIsTheUsersAcrossFolders(@TempDir Path more, @TempDir Path index2) throws IOException {
        model.reading().setLibrary(app.vidatlas.userdata.UserLibrary.EMPTY, lib -> { });
        model.reading().toggleBookmarks(List.of("tau"));
        Files.writeString(more.resolve("good.md"), "P1\n## Kappa\n\nK.\n\nKo et al., “Kappa: K,” arXiv 2021.\n");
        model.loading().load(new LibraryRequest(List.of(more), List.of(), false, index2, null), Progress.NONE);
        model.browse().selectReadingList();
        assertThat(model.browse().papers()).isEmpty();
        assertThat(model.listSummaryProperty().get())
                .isEqualTo("0 of 1 paper · Reading list · 1 starred paper is in notes not open");
        assertThat(model.reading().bookmarks()).as("the star is kept for when those notes are open").contains("tau");
    }

    @Test
    void severalFoldersOpenTogetherEachATopLevelBranch(@TempDir Path left, @TempDir Path right, @TempDir Path index2)
            throws IOException {
        Files.createDirectories(left.resolve("a"));
        Files.createDirectories(right.resolve("b"));
        Files.writeString(left.resolve("a/one.md"), "P1\n# Video Generation\n\n## Kappa\n\nK.\n\n"
                + "Ko et al., “Kappa: K,” arXiv 2021.\n");
        Files.writeString(right.resolve("b/one.md"), "P1\n# Video Generation\n\n## Lambda\n\nL.\n\n"
                + "Lo et al., “Lambda: L,” arXiv 2022.\n");
        for (int run = 0; run < 2; run++) {   // the second time from the index's parsed notes
            model.loading().load(new LibraryRequest(List.of(left, right), List.of(), false, index2, null), Progress.NONE);
            List<String> branches = model.loading().library().categories().root().children().stream()
                    .map(app.vidatlas.catalog.CategoryTree.Node::label).toList();
            assertThat(branches).as("run " + run).containsExactlyInAnyOrder(left.getFileName().toString(),
                    right.getFileName().toString());
            assertThat(model.browse().papers()).extracting(Paper::id).containsExactlyInAnyOrder("kappa", "lambda");
        }
    }
}
