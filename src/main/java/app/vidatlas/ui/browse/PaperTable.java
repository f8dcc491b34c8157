package app.vidatlas.ui.browse;

import app.vidatlas.ui.common.Glyphs;
import app.vidatlas.model.Paper;
import app.vidatlas.export.Comparison;
import app.vidatlas.ui.compare.CompareViewModel;
import app.vidatlas.ui.reader.Place;
import app.vidatlas.ui.reader.ReaderViewModel;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.List;

/** The list of papers the browse model shows; choosing one opens it, several can be compared or bookmarked. */
public final class PaperTable {
    private final BrowseViewModel browse;
    private final ReaderViewModel reader;
    private final CompareViewModel compare;
    private final ReadingListViewModel reading;
    private final TableView<Paper> table = new TableView<>();
    // Set while the view itself selects a paper (one opened elsewhere), so that it is not opened again.
    private boolean updating;

    public PaperTable(BrowseViewModel browse, ReaderViewModel reader, CompareViewModel compare,
                      ReadingListViewModel reading) {
        this.browse = browse;
        this.reader = reader;
        this.compare = compare;
        this.reading = reading;
        createView();
        initListeners();
    }

    public TableView<Paper> root() {
        return table;
    }

    private void createView() {
        TableColumn<Paper, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(Glyphs.forWindow(c.getValue().shortName())));
        name.setPrefWidth(150);
        TableColumn<Paper, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(Glyphs.forWindow(c.getValue().title())));
        title.setPrefWidth(300);
        TableColumn<Paper, Integer> year = new TableColumn<>("Year");
        year.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().year()));
        year.setPrefWidth(60);
        TableColumn<Paper, String> venue = new TableColumn<>("Venue");
        venue.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().venue() == null ? "" : c.getValue().venue()));
        venue.setPrefWidth(110);
        table.getColumns().setAll(List.of(name, title, year, venue));
        table.setItems(browse.papers());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        MenuItem tableCompare = new MenuItem("Compare selected");
        tableCompare.setOnAction(e -> compareSelected());
        MenuItem tableAdd = new MenuItem("Add to comparison");
        tableAdd.setOnAction(e -> compare.addToComparison(selectedIds()));
        MenuItem tableBookmark = new MenuItem("Add to / remove from reading list");
        tableBookmark.setOnAction(e -> reading.toggleBookmarks(selectedIds()));
        table.setContextMenu(new ContextMenu(tableCompare, tableAdd, tableBookmark));
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        // A sentence of several lines: kept off the pane's edges and centred like the one-line messages.
        placeholder.setPadding(new javafx.geometry.Insets(12, 16, 12, 16));
        placeholder.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(browse.readingListProperty())
                .then("No starred paper is in the notes open. Star papers with ☆ on their pages; starred papers in "
                        + "other notes show when those notes are open (the status bar counts them).")
                .otherwise("No papers here"));
        table.setPlaceholder(placeholder);
        table.getStyleClass().add("paper-table");
    }

    private void initListeners() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, paper) -> {
            if (paper != null && !updating) {
                reader.open(new Place.PaperAt(paper.id()));
            }
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Paper>) c ->
                browse.setSelection(List.copyOf(table.getSelectionModel().getSelectedItems())));
        reader.shownProperty().addListener((obs, old, shown) -> {
            if (shown != null) {
                selectOpened(shown.place());
            }
        });
    }

    private List<String> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().map(Paper::id).toList();
    }

    /** Two or more selected papers are compared; otherwise the comparison as it is opens. */
    public void compareSelected() {
        List<String> ids = selectedIds();
        if (ids.size() >= Comparison.MIN) {
            compare.setComparison(ids);
        }
        reader.open(new Place.Compare());
    }

    /** Moves the keyboard into the list, at its first paper. */
    public void focusFirst() {
        table.requestFocus();
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    private void selectOpened(Place place) {
        if (!(place instanceof Place.PaperAt p)) {
            return;
        }
        int at = browse.positionOf(p.id());
        if (at < 0 || at >= table.getItems().size()) {
            return;
        }
        Paper paper = table.getItems().get(at);
        // A paper opened elsewhere (a link, a search) becomes the selection; one the user just (multi-)selected
        // stays as it is.
        if (!table.getSelectionModel().getSelectedItems().contains(paper)) {
            updating = true;
            try {
                table.getSelectionModel().clearAndSelect(at);
                table.scrollTo(at);
            } finally {
                updating = false;
            }
        }
    }
}
