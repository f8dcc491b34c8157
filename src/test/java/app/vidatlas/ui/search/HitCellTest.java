package app.vidatlas.ui.search;

import app.vidatlas.search.SearchResult;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Search hits in a narrow list: each cell as tall as its text, and each saying what kind of text matched. */
@ExtendWith(ApplicationExtension.class)
class HitCellTest {
    private ListView<SearchResult.Hit> list;

    private static SearchResult.Hit hit(String id, String where, String text) {
        return new SearchResult.Hit(id, "A title for " + id, id, 1, List.of(new SearchResult.SlideRef("notes.md", 75)),
                List.of(SearchResult.Snippet.marking("notes.md", 75, where, text, List.of("temporal"))));
    }

    @Start
    void start(Stage stage) {
        list = new ListView<>();
        String longText = "Temporal attention across frames keeps the subject consistent; ".repeat(6)
                + "the temporal layers are trained on videos while the spatial ones stay frozen.";
        list.getItems().addAll(hit("a", "slide", longText), hit("b", "question", "为什么 temporal attention 有效？"),
                hit("c", "note", longText), hit("d", "my note", "temporal, to read again"), hit("e", "slide", "short"));
        list.setCellFactory(lv -> new HitCell());
        stage.setScene(new Scene(list, 360, 900));
        stage.show();
    }

    @Test
    void aLongSnippetMakesItsCellTallerInsteadOfRunningIntoTheNextHit(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<HitCell> cells = new ArrayList<>(robot.lookup(".list-cell").queryAllAs(HitCell.class).stream()
                .filter(c -> c.getItem() != null).sorted(Comparator.comparingDouble(c -> bounds(c).getMinY())).toList());
        assertThat(cells).hasSize(5);
        for (int i = 0; i < cells.size(); i++) {
            Bounds cell = bounds(cells.get(i));
            TextFlow snippet = (TextFlow) robot.from(cells.get(i)).lookup(".hit-snippet").query();
            assertThat(bounds(snippet).getMaxY()).as("the snippet of hit " + i + " ends inside its cell")
                    .isLessThanOrEqualTo(cell.getMaxY() + 0.5);
            if (i + 1 < cells.size()) {
                assertThat(cell.getMaxY()).as("hit " + i + " ends before the next begins")
                        .isLessThanOrEqualTo(bounds(cells.get(i + 1)).getMinY() + 0.5);
            }
        }
        assertThat(bounds(cells.get(0)).getHeight()).as("six lines of snippet, not one")
                .isGreaterThan(3 * bounds(cells.get(4)).getHeight() / 2);
    }

    @Test
    void eachHitSaysWhatKindOfTextMatched(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> badges = robot.lookup(".hit-badge").queryAllAs(Text.class).stream()
                .sorted(Comparator.comparingDouble(t -> bounds(t).getMinY())).map(t -> t.getText().strip()).toList();
        assertThat(badges).containsExactly("Slide text", "Question", "Note", "Your note", "Slide text");
    }

    @Test
    void clickingAHitLeavesTheFirstTitleInView(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        HitCell second = robot.lookup(".list-cell").queryAllAs(HitCell.class).stream()
                .filter(c -> c.getIndex() == 1).findFirst().orElseThrow();
        robot.clickOn(second);
        WaitForAsyncUtils.waitForFxEvents();
        HitCell first = robot.lookup(".list-cell").queryAllAs(HitCell.class).stream()
                .filter(c -> c.getIndex() == 0 && c.isVisible()).findFirst().orElseThrow();
        assertThat(bounds(first).getMinY()).as("the first hit's title is not cut off")
                .isGreaterThanOrEqualTo(bounds(list).getMinY() - 0.5);
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }
}
