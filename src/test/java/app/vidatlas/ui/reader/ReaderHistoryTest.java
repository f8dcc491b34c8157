package app.vidatlas.ui.reader;

import app.vidatlas.ui.FakeLibrary;
import app.vidatlas.work.TaskRunner;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.vidatlas.ui.FakeLibrary.paper;
import static org.assertj.core.api.Assertions.assertThat;

/** Back and Forward return to where the reader was on each page, not to its top. */
class ReaderHistoryTest {
    private final ReaderViewModel reader = new ReaderViewModel(TaskRunner.DIRECT);
    private double scrolledTo;

    @Test
    void backAndForwardReturnWhereTheReaderWas() {
        reader.setLibrary(new FakeLibrary(List.of(paper("a", "A", 2023, null, null), paper("b", "B", 2024, null, null))));
        reader.setScrollSource(() -> scrolledTo);
        reader.open(new Place.PaperAt("a"));
        scrolledTo = 1200;                       // the reader scrolls down A
        reader.open(new Place.PaperAt("b"));
        assertThat(reader.shownProperty().get().scrollTo()).as("a new page opens at its top or its target").isNull();
        scrolledTo = 300;                        // and some way down B
        reader.back();
        assertThat(reader.shownProperty().get().place()).isEqualTo(new Place.PaperAt("a"));
        assertThat(reader.shownProperty().get().scrollTo()).isEqualTo(1200.0);
        scrolledTo = 1250;
        reader.forward();
        assertThat(reader.shownProperty().get().place()).isEqualTo(new Place.PaperAt("b"));
        assertThat(reader.shownProperty().get().scrollTo()).isEqualTo(300.0);
        reader.back();
        assertThat(reader.shownProperty().get().scrollTo()).as("where the reader left A the second time").isEqualTo(1250.0);
    }
}
