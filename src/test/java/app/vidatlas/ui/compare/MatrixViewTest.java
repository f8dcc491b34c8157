package app.vidatlas.ui.compare;

import app.vidatlas.export.ReviewMatrixExport;
import app.vidatlas.model.Evidence;
import app.vidatlas.model.Paper;
import app.vidatlas.model.ReadValue;
import app.vidatlas.ui.FakeLibrary;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The review matrix window, headless: hundreds of rows, a filter typed under a column, a column sorted. */
@ExtendWith(ApplicationExtension.class)
class MatrixViewTest {
    private MatrixView view;
    private MatrixViewModel model;
    private final List<ReviewMatrixExport.Format> exported = new ArrayList<>();
    private final List<Evidence> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            papers.add(FakeLibrary.paper("p" + i, "Paper " + i, 2015 + i % 10, i % 3 == 0 ? null : "CVPR", "Area " + i % 4));
        }
        papers.set(0, papers.get(0).withRead(List.of(new ReadValue("backbone", "Transformer",
                List.of(new Evidence("closed-source-works.md", 91, "Transformer-based diffusion for text-to-video"))))));
        model = new MatrixViewModel(papers);
        view = new MatrixView(model, exported::add, opened::add);
        stage.setScene(new Scene(view.root(), 1000, 700));
        stage.show();
    }

    @Test
    void aFilterUnderAColumnNarrowsTheTableAndAClickOnItsNameSortsIt(FxRobot robot) {
        assertThat(view.table().getItems()).hasSize(300);
        TableColumn<List<String>, ?> year = view.table().getColumns().stream().filter(c -> "year".equals(c.getId()))
                .findFirst().orElseThrow();
        TextField filter = robot.lookup(".matrix-filter").queryAllAs(TextField.class).stream()
                .filter(f -> f.getParent() == year.getGraphic()).findFirst().orElseThrow();
        robot.interact(() -> filter.setText("2019"));
        // Filtered once typing pauses.
        org.testfx.util.WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.table().getItems()).hasSize(30).allMatch(r -> r.get(model.columnKeys().indexOf("year")).equals("2019"));
        assertThat(robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class))
                .anyMatch(l -> "30 of 300 papers".equals(l.getText()));
        robot.interact(() -> filter.setText(""));
        org.testfx.util.WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.table().getItems()).hasSize(300);
        robot.interact(() -> {
            TableColumn<List<String>, ?> venue = view.table().getColumns().stream()
                    .filter(c -> "venue".equals(c.getId())).findFirst().orElseThrow();
            venue.setSortType(TableColumn.SortType.ASCENDING);
            view.table().getSortOrder().setAll(List.of(venue));
        });
        int venueAt = model.columnKeys().indexOf("venue");
        assertThat(view.table().getItems().get(0).get(venueAt)).isEqualTo("CVPR");
        assertThat(view.table().getItems().get(299).get(venueAt)).as("not stated last").isEqualTo("not stated");
    }

    @Test
    void aValueReadFromTheNotesShowsItsSentenceOnHoverAndADoubleClickOpensItsSlide(FxRobot robot) {
        javafx.scene.control.TableCell<?, ?> cell = robot.lookup(".read-from-notes")
                .queryAs(javafx.scene.control.TableCell.class);
        assertThat(cell.getText()).isEqualTo("Transformer");
        assertThat(cell.getTooltip().getText()).contains("closed-source-works.md P91")
                .contains("Transformer-based diffusion for text-to-video");
        robot.doubleClickOn(cell);
        assertThat(opened).containsExactly(new Evidence("closed-source-works.md", 91,
                "Transformer-based diffusion for text-to-video"));
        assertThat(robot.lookup(".read-from-notes").queryAll()).as("only that cell says where it was read")
                .hasSize(1);
    }

    @Test
    void theTitleAndKeyPointsStartHiddenAndEveryFormatCanBeExported(FxRobot robot) {
        assertThat(view.table().getColumns()).filteredOn(c -> "title".equals(c.getId()))
                .singleElement().satisfies(c -> assertThat(c.isVisible()).isFalse());
        robot.clickOn("Export LaTeX");
        assertThat(exported).containsExactly(ReviewMatrixExport.Format.LATEX);
    }
}
