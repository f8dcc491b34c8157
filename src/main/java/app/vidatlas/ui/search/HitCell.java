package app.vidatlas.ui.search;

import app.vidatlas.model.Slide;
import app.vidatlas.search.SearchResult;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** A search hit: the paper, where it matched, and the snippet with the matched words in bold. */
final class HitCell extends ListCell<SearchResult.Hit> {
    @Override
    protected void updateItem(SearchResult.Hit hit, boolean empty) {
        super.updateItem(hit, empty);
        if (empty || hit == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Label name = new Label(hit.id() != null ? hit.shortName() + " — " + hit.title() : hit.title());
        name.getStyleClass().add("hit-title");
        name.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(2, name);
        if (!hit.slides().isEmpty()) {
            SearchResult.SlideRef s = hit.slides().get(0);
            Label where = new Label(s.note() + (s.slide() > 0 ? " · slide " + Slide.label(s.slide()) : ""));
            where.getStyleClass().add("hit-where");
            box.getChildren().add(where);
        }
        if (!hit.snippets().isEmpty()) {
            box.getChildren().add(snippet(hit.snippets().get(0)));
        }
        // Wrap at the list's width, so that the cell is as tall as its text.
        box.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
        box.prefWidthProperty().bind(getListView().widthProperty().subtract(36));
        box.setMinHeight(Region.USE_PREF_SIZE);
        setGraphic(box);
        setText(null);
    }

    private static TextFlow snippet(SearchResult.Snippet s) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("hit-snippet");
        if (s.where().equals("annotation")) {
            Text badge = new Text("Note  ");
            badge.getStyleClass().add("hit-badge");
            flow.getChildren().add(badge);
        }
        for (SearchResult.Part p : s.parts()) {
            Text text = new Text(p.text());
            if (p.marked()) {
                text.getStyleClass().add("hit-mark");
                text.setStyle("-fx-font-weight: bold;");
            }
            flow.getChildren().add(text);
        }
        return flow;
    }
}
