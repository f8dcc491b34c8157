package app.vidatlas.ui.browse;

import app.vidatlas.catalog.Facets;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Paper;
import app.vidatlas.ui.FakeLibrary;
import app.vidatlas.work.TaskRunner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

import static app.vidatlas.ui.FakeLibrary.paper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Browsing a library without a window and without an index: a fake library, work done on the spot. */
class BrowseViewModelTest {
    private final FakeLibrary library = new FakeLibrary(List.of(
            paper("show-1", "Show-1: Marrying Pixel and Latent", 2023, "arXiv", "Video Generation / Base"),
            paper("svd", "Stable Video Diffusion", 2023, "arXiv", "Video Generation / Base"),
            paper("walt", "Photorealistic Video Generation", 2023, "ECCV", "Video Generation / Transformer"),
            paper("lfdm", "Conditional Image-to-Video Generation", 2023, null, "Image to Video"),
            paper("vdm", "Video Diffusion Models", 2022, "NeurIPS", "Video Generation / Base")));

    private static List<String> ids(List<Paper> papers) {
        return papers.stream().map(Paper::id).toList();
    }

    @Test
    void aCategoryThenAYearThenAVenueNarrowTheList() {
        BrowseViewModel browse = new BrowseViewModel(TaskRunner.DIRECT);
        browse.showNew(library);
        assertThat(browse.papers()).hasSize(5);
        browse.selectCategory(CategoryPath.parse("Video Generation"));
        assertThat(ids(browse.papers())).containsExactly("show-1", "svd", "walt", "vdm");
        browse.filterYear("2023");
        assertThat(ids(browse.papers())).containsExactly("show-1", "svd", "walt");
        browse.filterVenue("arXiv");
        assertThat(ids(browse.papers())).containsExactly("show-1", "svd");
        browse.filterVenue("");
        assertThat(browse.papers()).as("no paper of that category has no venue").isEmpty();
    }

    @Test
    void facetsCountEveryPaperNewestYearFirstAndNotStatedLast() {
        BrowseViewModel browse = new BrowseViewModel(TaskRunner.DIRECT);
        browse.showNew(library);
        Facets facets = browse.facetsProperty().get();
        assertThat(facets.years()).containsExactly(entry("2023", 4), entry("2022", 1));
        assertThat(facets.venues()).containsExactly(entry("arXiv", 2), entry("ECCV", 1), entry("NeurIPS", 1),
                entry("", 1));
    }

    @Test
    void theReadingListShowsTheBookmarkedPapersAndFollowsItsChanges() {
        List<String> bookmarks = new ArrayList<>(List.of("walt"));
        BrowseViewModel browse = new BrowseViewModel(TaskRunner.DIRECT);
        browse.setBookmarks(() -> List.copyOf(bookmarks));
        browse.showNew(library);
        browse.selectReadingList();
        assertThat(browse.readingListProperty().get()).isTrue();
        assertThat(browse.categoryProperty().get()).as("the reading list, not a category, is chosen").isNull();
        assertThat(ids(browse.papers())).containsExactly("walt");
        bookmarks.add("vdm");
        browse.bookmarksChanged();
        assertThat(ids(browse.papers())).containsExactly("walt", "vdm");
        browse.selectCategory(null);
        assertThat(browse.readingListProperty().get()).isFalse();
        assertThat(browse.papers()).hasSize(5);
    }

    @Test
    void otherNotesStartFromAllWhileTheCompletedCatalogKeepsTheFilters() {
        BrowseViewModel browse = new BrowseViewModel(TaskRunner.DIRECT);
        browse.showNew(library);
        browse.filterYear("2022");
        browse.showCompleted(library);
        assertThat(browse.yearProperty().get()).isEqualTo("2022");
        assertThat(ids(browse.papers())).containsExactly("vdm");
        browse.showNew(library);
        assertThat(browse.yearProperty().get()).isNull();
        assertThat(browse.papers()).hasSize(5);
    }

    /** Filtering runs in the background; when filters change faster than it finishes, only the newest result shows. */
    @Test
    void aFilterThatArrivesLateIsDroppedForTheNewerOne() {
        Held runner = new Held();
        BrowseViewModel browse = new BrowseViewModel(runner);
        browse.showNew(library);
        runner.finishAll();
        browse.filterYear("2022");
        browse.filterYear("2023");
        assertThat(browse.papers()).as("nothing on the caller's thread until the work is done").hasSize(5);
        runner.finish(1); // 2023 first
        assertThat(browse.papers()).hasSize(4);
        runner.finish(0); // then the older 2022: dropped
        assertThat(browse.papers()).hasSize(4);
    }

    /** Work that waits until the test finishes it, in the order the test chooses. */
    private static final class Held implements TaskRunner {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
            held.add(() -> DIRECT.run(work, onDone, onFailed));
        }

        @Override
        public <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> fn) {
            return DIRECT.map(items, fn);
        }

        void finish(int index) {
            held.remove(index).run();
        }

        void finishAll() {
            while (!held.isEmpty()) {
                finish(0);
            }
        }
    }

    @Test
    void aListThatCannotBeFilteredSaysSoInsteadOfStayingAsItWas() {
        // A runner whose work fails, as a broken library's would: the reader is told, not left with a stale list.
        TaskRunner failing = new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
                onFailed.accept(new IllegalStateException("the index is closed"));
            }

            @Override
            public <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> fn) {
                return TaskRunner.DIRECT.map(items, fn);
            }
        };
        List<String> said = new ArrayList<>();
        BrowseViewModel browse = new BrowseViewModel(failing);
        browse.setProblems(said::add);
        browse.showNew(library);
        assertThat(said).anyMatch(m -> m.startsWith("The list could not be filtered: ") && m.contains("the index is closed"));
    }
}
