package app.vidatlas.ui.browse;

import app.vidatlas.catalog.CategoryTree;
import app.vidatlas.catalog.Facets;
import app.vidatlas.library.NotesLibrary;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.ui.compare.CompareViewModel;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The left pane: the reading list, the category tree, and the year and venue facets. Holds no state of its own. */
public final class CategoryPane {
    private static final String ALL = "\u0000all";

    private final BrowseViewModel browse;
    private final ReadingListViewModel reading;
    private final CompareViewModel compare;
    private final VBox root = new VBox();
    private final Button readingList = new Button();
    /** A facet's row: compact, so that five of them fit where one and a half did. */
    private static final double FACET_ROW = 24;
    private boolean searching;
    private Runnable endSearch = () -> { };
    private static final javafx.css.PseudoClass CHOSEN = javafx.css.PseudoClass.getPseudoClass("chosen");
    private final TreeView<CategoryTree.Node> categories = new TreeView<>();
    private final ListView<String> years = new ListView<>();
    private final ListView<String> venues = new ListView<>();
    // Set while the view itself changes a selection, so that the change is not taken for the user's.
    private boolean updating;
    /** The category tree shown, and the item that shows each of its nodes. */
    private CategoryTree shownTree;
    private final Map<CategoryTree.Node, TreeItem<CategoryTree.Node>> itemOf = new IdentityHashMap<>();

    public CategoryPane(BrowseViewModel browse, ReadingListViewModel reading, CompareViewModel compare,
                        ObservableValue<NotesLibrary> library) {
        this.browse = browse;
        this.reading = reading;
        this.compare = compare;
        createView();
        initListeners(library);
    }

    public VBox root() {
        return root;
    }

    private void createView() {
        categories.setShowRoot(true);
        categories.setCellFactory(tv -> new CategoryCell());
        categories.setMinHeight(160);
        MenuItem compareCategory = new MenuItem("Compare all papers in this category");
        compareCategory.setOnAction(e -> {
            TreeItem<CategoryTree.Node> item = categories.getSelectionModel().getSelectedItem();
            if (item != null) {
                compare.compareCategory(item.getValue().path());
            }
        });
        categories.setContextMenu(new ContextMenu(compareCategory));
        readingList.setMaxWidth(Double.MAX_VALUE);
        readingList.getStyleClass().add("reading-list");
        readingList.setTooltip(new Tooltip("Show the papers on your reading list"));
        readingList.setOnAction(e -> {
            endSearch.run();
            browse.selectReadingList();
        });
        // At least five rows of each facet show, however short the window (they were one and a half).
        years.setFixedCellSize(FACET_ROW);
        venues.setFixedCellSize(FACET_ROW);
        years.getStyleClass().add("facet-list");
        venues.getStyleClass().add("facet-list");
        years.setMinHeight(5 * FACET_ROW + 4);
        venues.setMinHeight(5 * FACET_ROW + 4);
        years.setPrefHeight(5 * FACET_ROW + 4);
        venues.setPrefHeight(6 * FACET_ROW + 4);
        years.setCellFactory(lv -> new FacetCell(() -> browse.facetsProperty().get().years(), "All years", "No year"));
        venues.setCellFactory(lv -> new FacetCell(() -> browse.facetsProperty().get().venues(), "All venues",
                "Venue not stated"));
        root.getChildren().setAll(readingList, categories, new TitledPane("Year", years),
                new TitledPane("Venue", venues));
        VBox.setVgrow(categories, Priority.ALWAYS);
        root.setMinWidth(180);
    }

    private void initListeners(ObservableValue<NotesLibrary> library) {
        reading.libraryProperty().addListener((obs, old, lib) -> updateReadingList());
        updateReadingList();
        categories.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!updating && item != null) {
                endSearch.run();
                browse.selectCategory(item.getValue().path());
            }
        });
        browse.categoryProperty().addListener((obs, old, path) -> selectInTree(path));
        // One list is chosen at a time: the reading list, or a category (All papers too), never both.
        browse.readingListProperty().addListener((obs, old, shown) -> showChosen());
        years.getSelectionModel().selectedItemProperty().addListener((obs, old, y) -> {
            if (!updating) {
                browse.filterYear(y == null || y.equals(ALL) ? null : y);
            }
        });
        venues.getSelectionModel().selectedItemProperty().addListener((obs, old, v) -> {
            if (!updating) {
                browse.filterVenue(v == null || v.equals(ALL) ? null : v);
            }
        });
        library.addListener((obs, old, s) -> {
            if (s != null) {
                rebuildTree(s.categories());
                // The same notes with their whole catalog now: the category the reader chose stays chosen.
                selectInTree(browse.categoryProperty().get());
            }
        });
        browse.facetsProperty().addListener((obs, old, facets) -> rebuildFacets(facets));
        browse.yearProperty().addListener((obs, old, y) -> selectFacets());
        browse.venueProperty().addListener((obs, old, v) -> selectFacets());
    }

    /**
     * Whether a search's results are the list shown: then neither the reading list nor a category shows as chosen,
     * and choosing either ends the search ({@code endSearch}) and shows it.
     */
    public void showSearching(boolean searching, Runnable endSearch) {
        this.searching = searching;
        this.endSearch = endSearch;
        showChosen();
    }

    /** The reading list's button shows as chosen and the tree has no selection, or the other way round. */
    private void showChosen() {
        boolean reading = browse.readingListProperty().get();
        readingList.pseudoClassStateChanged(CHOSEN, reading && !searching);
        if (reading || searching) {
            updating = true;
            try {
                categories.getSelectionModel().clearSelection();
            } finally {
                updating = false;
            }
        } else {
            selectInTree(browse.categoryProperty().get());
        }
    }

    private void updateReadingList() {
        readingList.setText("★ Reading list (" + reading.bookmarks().size() + ")");
    }

    private void rebuildTree(CategoryTree tree) {
        updating = true;
        try {
            shownTree = tree;
            itemOf.clear();
            TreeItem<CategoryTree.Node> rootItem = item(tree.root());
            rootItem.setExpanded(true);
            categories.setRoot(rootItem);
            categories.getSelectionModel().select(rootItem);
        } finally {
            updating = false;
        }
    }

    private TreeItem<CategoryTree.Node> item(CategoryTree.Node node) {
        TreeItem<CategoryTree.Node> item = new TreeItem<>(node);
        itemOf.put(node, item);
        item.setExpanded(node.path() == null || node.path().segments().size() < 2);
        node.children().forEach(c -> item.getChildren().add(item(c)));
        return item;
    }

    private void selectInTree(CategoryPath path) {
        TreeItem<CategoryTree.Node> rootItem = categories.getRoot();
        if (rootItem == null || browse.readingListProperty().get() || searching) {
            return;
        }
        // The tree finds the category (in any case); the item showing it is looked up, not searched for.
        CategoryTree.Node node = path == null || shownTree == null ? null : shownTree.find(path);
        TreeItem<CategoryTree.Node> found = path == null ? rootItem : itemOf.get(node);
        if (found != null && categories.getSelectionModel().getSelectedItem() != found) {
            updating = true;
            try {
                for (TreeItem<CategoryTree.Node> p = found.getParent(); p != null; p = p.getParent()) {
                    p.setExpanded(true);
                }
                categories.getSelectionModel().select(found);
                categories.scrollTo(categories.getRow(found));
            } finally {
                updating = false;
            }
        }
    }

    private void rebuildFacets(Facets facets) {
        updating = true;
        try {
            years.getItems().setAll(ALL);
            years.getItems().addAll(facets.years().keySet());
            venues.getItems().setAll(ALL);
            venues.getItems().addAll(facets.venues().keySet());
        } finally {
            updating = false;
        }
        selectFacets();
    }

    /** Shows the year and venue the list is filtered by (all, when none): after a rebuild, or when they change. */
    private void selectFacets() {
        updating = true;
        try {
            String y = browse.yearProperty().get();
            String v = browse.venueProperty().get();
            years.getSelectionModel().select(y == null || !years.getItems().contains(y) ? ALL : y);
            venues.getSelectionModel().select(v == null || !venues.getItems().contains(v) ? ALL : v);
        } finally {
            updating = false;
        }
    }

    private static final class CategoryCell extends TreeCell<CategoryTree.Node> {
        @Override
        protected void updateItem(CategoryTree.Node node, boolean empty) {
            super.updateItem(node, empty);
            setText(empty || node == null ? null
                    : app.vidatlas.ui.common.Glyphs.forWindow(node.label()) + "  (" + node.count() + ")");
            // A name the pane cuts off shows whole on hover.
            setTooltip(empty || node == null ? null : new Tooltip(node.path() == null ? getText()
                    : node.path() + "  (" + node.count() + (node.count() == 1 ? " paper)" : " papers)")));
        }
    }

    private static final class FacetCell extends ListCell<String> {
        private final Supplier<Map<String, Integer>> counts;
        private final String all;
        private final String none;

        FacetCell(Supplier<Map<String, Integer>> counts, String all, String none) {
            this.counts = counts;
            this.all = all;
            this.none = none;
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            if (empty || value == null) {
                setText(null);
            } else if (value.equals(ALL)) {
                setText(all);
            } else {
                setText((value.isEmpty() ? none : app.vidatlas.ui.common.Glyphs.forWindow(value)) + "  ("
                        + counts.get().getOrDefault(value, 0) + ")");
            }
            setTooltip(empty || value == null ? null : new Tooltip(getText()));
        }
    }
}
