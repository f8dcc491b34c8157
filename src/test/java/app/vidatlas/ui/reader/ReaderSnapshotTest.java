package app.vidatlas.ui.reader;

import app.vidatlas.ui.FakeLibrary;
import app.vidatlas.work.TaskRunner;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.vidatlas.ui.FakeLibrary.paper;
import static org.assertj.core.api.Assertions.assertThat;

/** The last start's page, shown before the notes are in, is a page of the history like any other (ADR 0013). */
class ReaderSnapshotTest {
    private final ReaderViewModel reader = new ReaderViewModel(TaskRunner.DIRECT);

    @Test
    void theNotesDrawThePageAgainWhereTheReaderIs() {
        assertThat(reader.showSnapshot(new Place.PaperAt("a"), "<html>A</html>", 900)).isTrue();
        Shown first = reader.shownProperty().get();
        assertThat(first.snapshot()).isTrue();
        assertThat(first.scrollTo()).isEqualTo(900.0);
        assertThat(reader.currentPlace()).isEqualTo(new Place.PaperAt("a"));

        reader.setLibrary(new FakeLibrary(List.of(paper("a", "A", 2023, null, null))));
        reader.open(reader.currentPlace(), false);
        Shown drawn = reader.shownProperty().get();
        assertThat(drawn.snapshot()).isFalse();
        assertThat(drawn.keepScroll()).as("where the reader has scrolled meanwhile, not the top").isTrue();
    }

    @Test
    void notesThatFailToOpenDoNotLeaveTheSnapshotUpAsIfLive() {
        reader.showSnapshot(new Place.PaperAt("a"), "<html>A</html>", 0);
        reader.withdrawSnapshot("no such folder");
        Shown now = reader.shownProperty().get();
        assertThat(now.snapshot()).isFalse();
        assertThat(now.page().html()).contains("The notes could not be opened").contains("no such folder");

        reader.setLibrary(new FakeLibrary(List.of(paper("a", "A", 2023, null, null))));
        reader.open(new Place.PaperAt("a"));
        reader.withdrawSnapshot("another failure");
        assertThat(reader.shownProperty().get().page().html()).as("a live page stays").isEqualTo("paper a");
    }

    @Test
    void theKeptPageDrawnAgainBeforeTheNotesAreInStaysAsItIs() {
        reader.showSnapshot(new Place.PaperAt("a"), "<html>A</html>", 0);
        reader.setDarkAndRefresh(true);             // the theme changed: nothing to draw it from yet
        assertThat(reader.shownProperty().get().snapshot()).isTrue();
        assertThat(reader.shownProperty().get().page().html()).isEqualTo("<html>A</html>");
    }

    @Test
    void aSnapshotNeverReplacesAPageOpenedAlready() {
        reader.setLibrary(new FakeLibrary(List.of(paper("a", "A", 2023, null, null))));
        reader.open(new Place.PaperAt("a"));
        assertThat(reader.showSnapshot(new Place.PaperAt("b"), "<html>B</html>", 0)).isFalse();
        assertThat(reader.currentPlace()).isEqualTo(new Place.PaperAt("a"));
    }

    @Test
    void aLinkFollowedBeforeTheNotesAreInOpensOnceTheyAre() {
        reader.showSnapshot(new Place.PaperAt("a"), "<html>A</html>", 0);
        reader.open(new Place.PaperAt("b"));       // clicked on the snapshot: nothing to draw it from yet
        assertThat(reader.shownProperty().get().place()).isEqualTo(new Place.PaperAt("b"));
        assertThat(reader.shownProperty().get().page().html()).as("the click is seen to be taken")
                .contains("opens as soon as the notes are loaded");
        assertThat(reader.currentPlace()).isEqualTo(new Place.PaperAt("b"));
        assertThat(reader.canGoBackProperty().get()).isTrue();

        reader.setLibrary(new FakeLibrary(List.of(paper("a", "A", 2023, null, null), paper("b", "B", 2024, null, null))));
        reader.open(reader.currentPlace(), false); // what the window does once the notes are in
        assertThat(reader.shownProperty().get().place()).isEqualTo(new Place.PaperAt("b"));
        assertThat(reader.shownProperty().get().page().html()).isEqualTo("paper b");
    }
}
