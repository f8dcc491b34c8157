package app.vidatlas.ui.search;

import app.vidatlas.ui.common.Glyphs;
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
    /** The list's padding, the cell's and a scroll bar's: what the text may not use of the list's width. */
    private static final double INSET = 36;

    @Override
    protected void updateItem(SearchResult.Hit hit, boolean empty) {
        super.updateItem(hit, empty);
        if (empty || hit == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Label name = new Label(Glyphs.forWindow(hit.id() != null ? hit.shortName() + " — " + hit.title() : hit.title()));
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
        box.maxWidthProperty().bind(getListView().widthProperty().subtract(INSET));
        box.prefWidthProperty().bind(getListView().widthProperty().subtract(INSET));
        box.setMinHeight(Region.USE_PREF_SIZE);
        setGraphic(box);
        setText(null);
    }

    /**
     * As tall as its wrapped text. A list cell asks its graphic for a height without a width, which a text flow
     * answers with one line: a snippet of three lines then ran into the next hit's title.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() instanceof Region box && getListView() != null && getListView().getWidth() > 0) {
            double w = getListView().getWidth() - INSET;
            return snappedTopInset() + box.prefHeight(w) + snappedBottomInset();
        }
        return super.computePrefHeight(width);
    }

    /** What matched, in words: the kind of text the snippet is from. */
    static String kind(String where) {
        return switch (where) {
            // Words, not ✅ and ❓: the window's fonts may lack them (a box would show).
            case "question" -> "Question";
            case "note" -> "Note";
            case "annotation", "passage" -> "Passage";
            case "slide" -> "Slide text";
            case "title" -> "Title";
            case "key points" -> "Key point";
            case "my note" -> "Your note";
            default -> where;
        };
    }

    private static TextFlow snippet(SearchResult.Snippet s) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("hit-snippet");
        Text badge = new Text(kind(s.where()) + "  ");
        badge.getStyleClass().addAll("hit-badge", "hit-" + s.where().replace(' ', '-'));
        flow.getChildren().add(badge);
        for (SearchResult.Part p : s.parts()) {
            Text text = new Text(Glyphs.forWindow(p.text()));
            if (p.marked()) {
                text.getStyleClass().add("hit-mark");
                text.setStyle("-fx-font-weight: bold;");
            }
            flow.getChildren().add(text);
        }
        return flow;
    }
}
