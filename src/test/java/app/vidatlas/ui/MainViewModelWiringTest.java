package app.vidatlas.ui;

import app.vidatlas.library.LibraryRequest;
import app.vidatlas.model.Paper;
import app.vidatlas.model.Progress;
import app.vidatlas.ui.reader.Place;
import app.vidatlas.work.TaskRunner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static app.vidatlas.ui.FakeLibrary.paper;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the window's view models pass on what each changes, against a fake library (no notes on disk, no index):
 * what a page asks for reaches the right one, and the page shown follows.
 */
class MainViewModelWiringTest {
    private final FakeLibrary library = new FakeLibrary(List.of(
            paper("svd", "Stable Video Diffusion", 2023, "arXiv", "Video Generation"),
            paper("vdm", "Video Diffusion Models", 2022, "NeurIPS", "Video Generation"),
            paper("walt", "Photorealistic Video Generation", 2023, "ECCV", "Transformers")));
    private final List<String> browsed = new ArrayList<>();
    private final List<String> copied = new ArrayList<>();
    private final MainViewModel model = new MainViewModel(TaskRunner.DIRECT, (request, progress) -> library,
            browsed::add, copied::add);

    private String page() {
        return model.reader().shownProperty().get().page().html();
    }

    private void load() {
        model.loading().load(new LibraryRequest(List.of(), List.of(), false, null, null), Progress.NONE);
    }

    @Test
    void openNotesShowTheirListAndStartPageEverywhere() {
        load();
        assertThat(model.browse().papers()).extracting(Paper::id).containsExactly("svd", "vdm", "walt");
        assertThat(page()).isEqualTo("home");
        assertThat(model.statusProperty().get()).startsWith("Opened 0 notes");
        assertThat(model.listSummaryProperty().get()).isEqualTo("3 papers · 0 notes");
    }

    @Test
    void aBookmarkFromThePageIsSavedRedrawnAndListedOnTheReadingList() {
        List<app.vidatlas.userdata.UserLibrary> saved = new ArrayList<>();
        model.reading().setLibrary(app.vidatlas.userdata.UserLibrary.EMPTY, saved::add);
        load();
        model.handlePageMessage("vidatlas:paper/svd");
        model.browse().selectReadingList();
        assertThat(model.browse().papers()).isEmpty();
        model.handlePageMessage("vidatlas:bookmark/svd");
        assertThat(saved).singleElement().satisfies(l -> assertThat(l.bookmarks()).containsExactly("svd"));
        assertThat(page()).isEqualTo("paper svd bookmarked");
        assertThat(model.browse().papers()).extracting(Paper::id).containsExactly("svd");
    }

    @Test
    void twoPapersAddedFromPagesOpenTheComparisonWhichFollowsItsOwnLinks() {
        load();
        model.handlePageMessage("vidatlas:compare-add/svd");
        assertThat(model.statusProperty().get()).contains("add at least one more");
        model.handlePageMessage("vidatlas:compare-add/walt");
        assertThat(model.reader().currentPlace()).isEqualTo(new Place.Compare());
        assertThat(page()).isEqualTo("comparison svd,walt");
        model.handlePageMessage("vidatlas:compare-left/walt");
        assertThat(page()).isEqualTo("comparison walt,svd");
        model.handlePageMessage("vidatlas:compare-hide-same");
        assertThat(page()).isEqualTo("comparison walt,svd differing");
        model.handlePageMessage("vidatlas:compare-remove/svd");
        assertThat(page()).isEqualTo("comparison walt differing");
        model.handlePageMessage("vidatlas:paper/walt");
        assertThat(page()).as("its header says it is compared").isEqualTo("paper walt compared");
    }

    @Test
    void aCitationIsCopiedAndOnlyWebLinksLeaveForTheBrowser() {
        load();
        model.handlePageMessage("vidatlas:copy-citation/vdm");
        assertThat(copied).singleElement().asString().contains("Video Diffusion Models");
        model.handlePageMessage("open:https://arxiv.org/abs/2204.03458");
        model.handlePageMessage("open:javascript:alert(1)");
        model.handlePageMessage("vidatlas:unknown/x");
        model.handlePageMessage("vidatlas:paper/%zz");
        assertThat(browsed).containsExactly("https://arxiv.org/abs/2204.03458");
        assertThat(page()).isEqualTo("home");
    }

    @Test
    void theSameNotesOpenedAgainShowTheirPageAgainSoTheViewDrawsIt() {
        load();
        List<Object> told = new ArrayList<>();
        model.reader().shownProperty().addListener((o, was, now) -> told.add(now == null ? "none" : now.page().html()));
        load();
        assertThat(told).as("the same start page is shown again, not skipped as unchanged").contains("home");
    }

    @Test
    void otherNotesReplaceTheOldOnesWhichAreClosed() {
        FakeLibrary other = new FakeLibrary(List.of(paper("x", "X", 2024, null, null)));
        MainViewModel m = new MainViewModel(TaskRunner.DIRECT,
                (request, progress) -> request.notes().isEmpty() ? library : other, browsed::add, copied::add);
        m.loading().load(new LibraryRequest(List.of(), List.of(), false, null, null), Progress.NONE);
        m.browse().filterYear("2023");
        m.loading().load(new LibraryRequest(List.of(java.nio.file.Path.of("elsewhere")), List.of(), false, null, null),
                Progress.NONE);
        assertThat(library.closed).isTrue();
        assertThat(m.browse().yearProperty().get()).as("filters start from all").isNull();
        assertThat(m.browse().papers()).extracting(Paper::id).containsExactly("x");
    }
}
