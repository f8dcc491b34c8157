package app.vidatlas.ui.browse;

import app.vidatlas.library.NotesLibrary;
import app.vidatlas.ui.FakeLibrary;
import app.vidatlas.ui.common.StatusLine;
import app.vidatlas.ui.compare.CompareViewModel;
import app.vidatlas.work.TaskRunner;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static app.vidatlas.ui.FakeLibrary.paper;
import static org.assertj.core.api.Assertions.assertThat;

/** Exactly one list shows as chosen, the reading list or a category, and choosing either works every time. */
@ExtendWith(ApplicationExtension.class)
class ChosenListTest {
    private BrowseViewModel browse;
    private CategoryPane pane;

    @Start
    void start(Stage stage) {
        browse = new BrowseViewModel(TaskRunner.DIRECT);
        ReadingListViewModel reading = new ReadingListViewModel();
        browse.setBookmarks(reading::bookmarks);
        NotesLibrary library = new FakeLibrary(List.of(paper("a", "A", 2023, null, "Video Generation"),
                paper("b", "B", 2024, null, "Video Generation"), paper("c", "C", 2022, null, "Editing")));
        SimpleObjectProperty<NotesLibrary> shown = new SimpleObjectProperty<>();
        pane = new CategoryPane(browse, reading, new CompareViewModel(TaskRunner.DIRECT, new StatusLine()), shown);
        stage.setScene(new Scene(pane.root(), 300, 700));
        stage.show();
        shown.set(library);
        browse.showNew(library);
    }

    @Test
    void theReadingListAndAllPapersTakeTurns(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = robot.lookup(".tree-view").queryAs(TreeView.class);
        Button readingList = robot.lookup(".reading-list").queryButton();
        assertThat(tree.getSelectionModel().getSelectedItem()).as("All papers").isSameAs(tree.getRoot());
        assertThat(readingList.getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("chosen"));

        robot.clickOn(readingList);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(browse.readingListProperty().get()).isTrue();
        assertThat(tree.getSelectionModel().getSelectedItem()).as("nothing in the tree looks chosen").isNull();
        assertThat(readingList.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("chosen"));

        javafx.scene.control.TreeCell<?> allPapers = robot.lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class)
                .stream().filter(c -> c.getTreeItem() == tree.getRoot()).findFirst().orElseThrow();
        robot.clickOn(allPapers);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(browse.readingListProperty().get()).as("All papers works after the reading list").isFalse();
        assertThat(browse.papers()).hasSize(3);
        assertThat(tree.getSelectionModel().getSelectedItem()).isSameAs(tree.getRoot());
        assertThat(readingList.getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("chosen"));
    }

    @Test
    void whileASearchIsShownNothingElseLooksChosenAndChoosingEndsIt(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = robot.lookup(".tree-view").queryAs(TreeView.class);
        boolean[] ended = {false};
        robot.interact(() -> pane.showSearching(true, () -> {
            ended[0] = true;
            pane.showSearching(false, () -> { });
        }));
        assertThat(tree.getSelectionModel().getSelectedItem()).as("the search is the list shown").isNull();
        javafx.scene.control.TreeCell<?> allPapers = robot.lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class)
                .stream().filter(c -> c.getTreeItem() == tree.getRoot()).findFirst().orElseThrow();
        robot.clickOn(allPapers);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ended[0]).as("choosing a category ends the search").isTrue();
        assertThat(tree.getSelectionModel().getSelectedItem()).isSameAs(tree.getRoot());
    }
}
