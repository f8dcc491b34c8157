package app.vidatlas.ui.browse;

import app.vidatlas.library.NotesLibrary;
import app.vidatlas.ui.FakeLibrary;
import app.vidatlas.ui.common.StatusLine;
import app.vidatlas.ui.compare.CompareViewModel;
import app.vidatlas.work.TaskRunner;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static app.vidatlas.ui.FakeLibrary.paper;
import static org.assertj.core.api.Assertions.assertThat;

/** In a short window the year and venue lists still show five rows each, and a long name shows whole on hover. */
@ExtendWith(ApplicationExtension.class)
class FacetRowsTest {
    @Start
    void start(Stage stage) {
        BrowseViewModel browse = new BrowseViewModel(TaskRunner.DIRECT);
        List<app.vidatlas.model.Paper> papers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            papers.add(paper("p" + i, "P" + i, 2014 + i, "Venue number " + i, "A category whose name is far too long for the pane"));
        }
        NotesLibrary library = new FakeLibrary(papers);
        SimpleObjectProperty<NotesLibrary> shown = new SimpleObjectProperty<>();
        CategoryPane pane = new CategoryPane(browse, new ReadingListViewModel(),
                new CompareViewModel(TaskRunner.DIRECT, new StatusLine()), shown);
        stage.setScene(new Scene(pane.root(), 200, 600));
        stage.show();
        shown.set(library);
        browse.showNew(library);
    }

    @Test
    void fiveRowsOfEachFacetShowAndLongNamesShowWholeOnHover(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (ListView<?> facet : robot.lookup(".facet-list").queryAllAs(ListView.class)) {
            long visible = robot.from(facet).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                    .filter(c -> c.getItem() != null && c.isVisible())
                    .filter(c -> c.localToScene(c.getBoundsInLocal()).getMaxY()
                            <= facet.localToScene(facet.getBoundsInLocal()).getMaxY() + 1)
                    .count();
            assertThat(visible).as("rows in view").isGreaterThanOrEqualTo(5);
        }
        javafx.scene.control.TreeCell<?> cell = robot.lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class)
                .stream().filter(c -> c.getText() != null && c.getText().startsWith("A category")).findFirst().orElseThrow();
        assertThat(cell.getTooltip().getText()).contains("A category whose name is far too long for the pane");
    }
}
