package app.vidatlas.ui.compare;

import app.vidatlas.export.ReviewMatrixExport;
import app.vidatlas.model.Evidence;
import app.vidatlas.ui.common.FormatNames;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The review matrix in a window of its own: a table of the papers with a filter field under each column's name;
 * a click on a name sorts (years and counts as numbers), the table's menu button shows and hides columns.
 */
public final class MatrixView {
    private final MatrixViewModel model;
    private final Consumer<ReviewMatrixExport.Format> export;
    private final Consumer<Evidence> openSource;
    private final TableView<List<String>> table = new TableView<>();
    private final Label count = new Label();
    private final BorderPane root = new BorderPane();

    /**
     * @param export     asks where to save the matrix as shown, in the format chosen
     * @param openSource opens the slide a value was read from (a double click on its cell)
     */
    public MatrixView(MatrixViewModel model, Consumer<ReviewMatrixExport.Format> export, Consumer<Evidence> openSource) {
        this.model = model;
        this.export = export;
        this.openSource = openSource;
        createView();
        model.rows().addListener((javafx.collections.ListChangeListener<List<String>>) c -> updateCount());
        updateCount();
    }

    public BorderPane root() {
        return root;
    }

    public TableView<List<String>> table() {
        return table;
    }

    /** Shows it in a window of its own, owned by the main window. */
    public Stage show(Window owner, String title) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        stage.setScene(new Scene(root, 1100, 650));
        stage.show();
        return stage;
    }

    /** A cell whose hover says where its value comes from, and whose double click opens that slide. */
    private final class SourcedCell extends javafx.scene.control.TableCell<List<String>, String> {
        private final String key;

        SourcedCell(String key) {
            this.key = key;
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getTableRow() != null && getTableRow().getItem() != null) {
                    Evidence ev = model.evidence(getTableRow().getItem(), key);
                    if (ev != null) {
                        openSource.accept(ev);
                    }
                }
            });
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty ? null : app.vidatlas.ui.common.Glyphs.forWindow(value));
            List<String> row = empty || getTableRow() == null ? null : getTableRow().getItem();
            String sources = row == null ? null : model.sources(row, key);
            setTooltip(sources == null ? null : new javafx.scene.control.Tooltip(sources));
            getStyleClass().remove("read-from-notes");
            if (sources != null && model.evidence(row, key) != null) {
                getStyleClass().add("read-from-notes");
            }
        }
    }

    private void createView() {
        List<String> header = model.header();
        List<String> keys = model.columnKeys();
        for (int i = 0; i < header.size(); i++) {
            int at = i;
            TableColumn<List<String>, String> column = new TableColumn<>();
            TextField filter = new TextField();
            filter.setPromptText("filter");
            filter.getStyleClass().add("matrix-filter");
            // Filtered once typing pauses: a long list is not filtered again at every key.
            javafx.animation.PauseTransition typing = new javafx.animation.PauseTransition(
                    javafx.util.Duration.millis(150));
            typing.setOnFinished(e -> model.setFilter(at, filter.getText()));
            filter.textProperty().addListener((o, was, now) -> typing.playFromStart());
            VBox head = new VBox(2, new Label(header.get(i)), filter);
            head.setAlignment(Pos.CENTER_LEFT);
            column.setGraphic(head);
            column.setText(null);
            column.setId(keys.get(i));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().get(at)));
            column.setComparator(VALUES);
            column.setCellFactory(c -> new SourcedCell(keys.get(at)));
            column.setPrefWidth(keys.get(i).equals("name") ? 150 : keys.get(i).equals("category") ? 220 : 120);
            column.setVisible(model.isShown(keys.get(i)));
            column.visibleProperty().addListener((o, was, now) -> model.setShown(keys.get(at), now));
            table.getColumns().add(column);
        }
        table.setItems(new javafx.collections.transformation.SortedList<>(model.rows()));
        ((javafx.collections.transformation.SortedList<List<String>>) table.getItems()).comparatorProperty()
                .bind(table.comparatorProperty());
        table.setTableMenuButtonVisible(true); // shows and hides columns
        table.setPlaceholder(new Label("No paper passes these filters"));
        table.getStyleClass().add("review-matrix");
        HBox bar = new HBox(8, count, spacer());
        for (ReviewMatrixExport.Format f : ReviewMatrixExport.Format.values()) {
            Button b = new Button("Export " + FormatNames.label(f));
            b.setOnAction(e -> export.accept(f));
            bar.getChildren().add(b);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        root.setCenter(table);
        root.setBottom(bar);
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private void updateCount() {
        int shown = model.rows().size();
        count.setText(shown == model.paperCount() ? shown + " papers" : shown + " of " + model.paperCount() + " papers");
    }

    /**
     * Numbers first, as numbers (years, counts: "9 / 0" before "10 / 2"), then text, case aside, then "not stated":
     * one order whatever the values are, so sorting never meets a contradiction. Sorted the other way, "not stated"
     * comes first.
     */
    static final Comparator<String> VALUES = Comparator.comparingInt(MatrixView::kind)
            .thenComparing((a, b) -> kind(a) == 0 ? Double.compare(number(a), number(b)) : 0)
            .thenComparing(String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Comparator.naturalOrder());

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d{1,15}(\\.\\d{1,15})?");

    /** 0 a number (its first word is digits), 1 text, 2 not stated. */
    private static int kind(String s) {
        if (s.equals("not stated")) {
            return 2;
        }
        return NUMBER.matcher(s.split(" ", 2)[0]).matches() ? 0 : 1;
    }

    private static double number(String s) {
        return Double.parseDouble(s.split(" ", 2)[0]);
    }
}
