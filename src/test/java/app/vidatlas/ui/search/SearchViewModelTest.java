package app.vidatlas.ui.search;

import app.vidatlas.search.SearchResult;
import app.vidatlas.ui.FakeLibrary;
import app.vidatlas.ui.reader.Place;
import app.vidatlas.ui.reader.ReaderViewModel;
import app.vidatlas.userdata.UserLibrary;
import app.vidatlas.work.TaskRunner;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static app.vidatlas.ui.FakeLibrary.paper;
import static org.assertj.core.api.Assertions.assertThat;

/** Searching without a window and without an index: a fake library, work done on the spot. */
class SearchViewModelTest {
    private final FakeLibrary library = new FakeLibrary(List.of(
            paper("svd", "Stable Video Diffusion", 2023, "arXiv", "Video Generation"),
            paper("vdm", "Video Diffusion Models", 2022, "NeurIPS", "Video Generation"),
            paper("walt", "Photorealistic Video Generation", 2023, "ECCV", "Video Generation")));
    private final ReaderViewModel reader = new ReaderViewModel(TaskRunner.DIRECT);
    private final SearchViewModel search = new SearchViewModel(TaskRunner.DIRECT, reader);

    @Test
    void theUsersOwnNoteComesFirstAndItsPaperIsNotCountedTwice() {
        UserLibrary mine = new UserLibrary(List.of(), Map.of("vdm", "the diffusion baseline I compare against"));
        search.setUserLibrary(() -> mine);
        search.setLibrary(library);
        search.search("diffusion");
        assertThat(search.results()).extracting(SearchResult.Hit::id).containsExactly("vdm", "svd");
        assertThat(search.results().get(0).snippets().get(0).where()).isEqualTo("my note");
        assertThat(search.noticeProperty().get()).isEqualTo("2 results");
    }

    @Test
    void enterOpensTheBestHitInTheReader() {
        reader.setLibrary(library);
        search.setLibrary(library);
        search.openHitFor("photorealistic", null);
        assertThat(reader.shownProperty().get().place()).isEqualTo(new Place.PaperAt("walt", null, 0, List.of()));
        assertThat(reader.shownProperty().get().page().html()).isEqualTo("paper walt");
    }

    @Test
    void otherNotesAreAskedTheQueryShownAgainAndAnEmptyQueryAsksNothing() {
        search.setLibrary(library);
        search.search("video");
        FakeLibrary other = new FakeLibrary(List.of(paper("x", "Video X", 2024, null, null)));
        search.setLibrary(other);
        assertThat(other.queries).containsExactly("video");
        assertThat(search.results()).extracting(SearchResult.Hit::id).containsExactly("x");
        search.clearSearch();
        assertThat(search.results()).isEmpty();
        assertThat(other.queries).hasSize(1);
        assertThat(search.noticeProperty().get()).isEmpty();
        search.search("nothing like this");
        assertThat(search.noticeProperty().get()).isEqualTo("Nothing found.");
    }

    @Test
    void aSearchIsPendingUntilItsResultsArriveSoNothingFoundIsNotSaidTooSoon() {
        app.vidatlas.ui.HeldTaskRunner held = new app.vidatlas.ui.HeldTaskRunner();
        SearchViewModel slow = new SearchViewModel(held, reader);
        slow.setLibrary(library);
        slow.search("nothing-matches-this");
        assertThat(slow.pendingProperty().get()).isTrue();
        assertThat(slow.results()).isEmpty();
        held.finishAll();
        assertThat(slow.pendingProperty().get()).isFalse();
        assertThat(slow.noticeProperty().get()).startsWith("Nothing found");
        slow.search("video");
        slow.clearSearch();
        assertThat(slow.pendingProperty().get()).as("an emptied field waits for nothing").isFalse();
    }
}
