package app.vidatlas.ui;

import app.vidatlas.library.NotesLibrary;
import app.vidatlas.userdata.Settings;
import app.vidatlas.catalog.CategoryTree;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Diagnostic;
import app.vidatlas.model.Note;
import app.vidatlas.model.Paper;
import app.vidatlas.pages.ComparisonTable;
import app.vidatlas.search.SearchResult;
import app.vidatlas.ui.page.PageView;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The main window, built in code: categories and facets on the left, the paper list (or the search results) in
 * the middle, the paper page on the right, search on top, status at the bottom. It binds to the
 * {@link MainViewModel} and holds no state of its own.
 */
public final class MainWindow {

    private final MainViewModel model;
    private final Actions actions;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final Label searchNotice = new Label();
    private final TreeView<CategoryTree.Node> categories = new TreeView<>();
    private final ListView<String> years = new ListView<>();
    private final ListView<String> venues = new ListView<>();
    private final TableView<Paper> table = new TableView<>();
    private final ListView<SearchResult.Hit> results = new ListView<>();
    private final StackPane middle = new StackPane();
    private final PageView page;
    private final ProgressBar progress = new ProgressBar();
    private final Label status = new Label();
    private final Hyperlink problems = new Hyperlink();
    private final Button back = new Button("←");
    private final Button forward = new Button("→");
    /** The Notes menu lists this many notes at most. */
    private static final int MENU_NOTES = 40;
    private final Menu notesMenu = new Menu("_Notes");
    private final Button compare = new Button("Compare");
    private final Button readingList = new Button();
    private final SplitPane split = new SplitPane();
    private final PauseTransition typing = new PauseTransition(Duration.millis(120));
    private boolean updatingSelection;
    private Menu themeMenu;
    /** The category tree shown, and the item that shows each of its nodes. */
    private CategoryTree shownTree;
    private final java.util.Map<CategoryTree.Node, TreeItem<CategoryTree.Node>> itemOf = new java.util.IdentityHashMap<>();

    /** What the window asks the application to do (dialogs, quitting). */
    public interface Actions {
        void openNotesFolder();

        void preferences();

        void about();

        void quit();

        void showProblems();

        void exportList();

        void exportComparison();

        void exportNotes();

        void theme(Settings.Theme theme);

        void editNote(String paperId);
    }

    public MainWindow(MainViewModel model, Actions actions) {
        this.model = model;
        this.actions = actions;
        this.page = new PageView(model::handlePageMessage, model::pageDrawn);
        createView();
        initListeners();
    }

    public BorderPane root() {
        return root;
    }

    public TextField searchField() {
        return search;
    }

    public PageView pageView() {
        return page;
    }

    // ---- view -------------------------------------------------------------------------------------------------

    private void createView() {
        root.getStyleClass().add("main-window");
        root.setTop(new VBox(menuBar(), toolBar()));

        categories.setShowRoot(true);
        categories.setCellFactory(tv -> new CategoryCell());
        categories.setMinHeight(160);
        MenuItem compareCategory = new MenuItem("Compare all papers in this category");
        compareCategory.setOnAction(e -> {
            TreeItem<CategoryTree.Node> item = categories.getSelectionModel().getSelectedItem();
            if (item != null) {
                model.compareCategory(item.getValue().path());
            }
        });
        categories.setContextMenu(new ContextMenu(compareCategory));
        readingList.setMaxWidth(Double.MAX_VALUE);
        readingList.getStyleClass().add("reading-list");
        readingList.setTooltip(new Tooltip("Show the papers on your reading list"));
        readingList.setOnAction(e -> model.selectReadingList());
        years.setPrefHeight(130);
        venues.setPrefHeight(160);
        years.setCellFactory(lv -> new FacetCell(() -> model.facetsProperty().get().years(), "All years", "No year"));
        venues.setCellFactory(lv -> new FacetCell(() -> model.facetsProperty().get().venues(), "All venues",
                "Venue not stated"));
        TitledPane yearPane = new TitledPane("Year", years);
        TitledPane venuePane = new TitledPane("Venue", venues);
        VBox left = new VBox(readingList, categories, yearPane, venuePane);
        VBox.setVgrow(categories, Priority.ALWAYS);
        left.setMinWidth(180);

        TableColumn<Paper, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().shortName()));
        name.setPrefWidth(150);
        TableColumn<Paper, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        title.setPrefWidth(300);
        TableColumn<Paper, Integer> year = new TableColumn<>("Year");
        year.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().year()));
        year.setPrefWidth(60);
        TableColumn<Paper, String> venue = new TableColumn<>("Venue");
        venue.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().venue() == null ? "" : c.getValue().venue()));
        venue.setPrefWidth(110);
        table.getColumns().setAll(List.of(name, title, year, venue));
        table.setItems(model.papers());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        MenuItem tableCompare = new MenuItem("Compare selected");
        tableCompare.setOnAction(e -> compareSelected());
        MenuItem tableAdd = new MenuItem("Add to comparison");
        tableAdd.setOnAction(e -> model.addToComparison(selectedIds()));
        MenuItem tableBookmark = new MenuItem("Add to / remove from reading list");
        tableBookmark.setOnAction(e -> model.toggleBookmarks(selectedIds()));
        table.setContextMenu(new ContextMenu(tableCompare, tableAdd, tableBookmark));
        table.setPlaceholder(new Label("No papers here"));
        table.getStyleClass().add("paper-table");

        results.setItems(model.results());
        results.setCellFactory(lv -> new HitCell());
        results.setPlaceholder(new Label("Nothing found"));
        results.getStyleClass().add("search-results");
        MenuItem hitOpen = new MenuItem("Open");
        hitOpen.setOnAction(e -> openSelectedHit());
        MenuItem hitCompare = new MenuItem("Add to comparison");
        hitCompare.setOnAction(e -> {
            SearchResult.Hit h = results.getSelectionModel().getSelectedItem();
            if (h != null && h.id() != null) {
                model.addToComparison(List.of(h.id()));
            }
        });
        results.setContextMenu(new ContextMenu(hitOpen, hitCompare));
        results.setVisible(false);
        searchNotice.getStyleClass().add("search-notice");
        searchNotice.setPadding(new Insets(2, 6, 2, 6));
        VBox resultsBox = new VBox(searchNotice, results);
        VBox.setVgrow(results, Priority.ALWAYS);
        resultsBox.visibleProperty().bind(results.visibleProperty());
        resultsBox.getStyleClass().add("results-box");
        table.visibleProperty().bind(results.visibleProperty().not());
        middle.getChildren().addAll(table, resultsBox);
        middle.setMinWidth(260);

        split.getItems().setAll(left, middle, page);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.2, 0.5);
        SplitPane.setResizableWithParent(left, false);
        root.setCenter(split);

        progress.setPrefWidth(180);
        progress.visibleProperty().bind(model.loadingProperty());
        progress.managedProperty().bind(model.loadingProperty());
        progress.progressProperty().bind(model.progressProperty());
        status.textProperty().bind(model.statusProperty());
        problems.setVisible(false);
        problems.setOnAction(e -> actions.showProblems());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, progress, status, spacer, problems);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        root.setBottom(bar);
    }

    private MenuBar menuBar() {
        MenuItem open = item("_Open notes folder…", shortcut(KeyCode.O), actions::openNotesFolder);
        MenuItem prefs = item("_Preferences…", shortcut(KeyCode.COMMA), actions::preferences);
        MenuItem quit = item("_Quit", shortcut(KeyCode.Q), actions::quit);
        MenuItem exportList = item("_Export list…", shortcut(KeyCode.E), actions::exportList);
        MenuItem exportComparison = item("Export _comparison…", null, actions::exportComparison);
        MenuItem exportNotes = item("Export my _notes…", null, actions::exportNotes);
        Menu file = new Menu("_File", null, open, new SeparatorMenuItem(), exportList, exportComparison, exportNotes,
                new SeparatorMenuItem(), prefs, new SeparatorMenuItem(), quit);

        MenuItem home = item("_Start page", null, () -> model.open(new Place.Home()));
        MenuItem goBack = item("_Back", new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), model::back);
        MenuItem goForward = item("_Forward", new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN),
                model::forward);
        MenuItem find = item("_Search", shortcut(KeyCode.K), this::focusSearch);
        MenuItem comparison = item("_Comparison", shortcut(KeyCode.M), () -> model.open(new Place.Compare()));
        Menu go = new Menu("_Go", null, home, goBack, goForward, find, comparison);
        ToggleGroup themes = new ToggleGroup();
        Menu theme = new Menu("_Theme");
        for (Settings.Theme t : Settings.Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(
                    t == Settings.Theme.SYSTEM ? "Follow the system" : t == Settings.Theme.LIGHT ? "Light" : "Dark");
            item.setToggleGroup(themes);
            item.setUserData(t);
            item.setOnAction(e -> actions.theme(t));
            theme.getItems().add(item);
        }
        themeMenu = theme;
        Menu view = new Menu("_View", null, theme);

        MenuItem about = item("_About VidAtlas", null, actions::about);
        Menu help = new Menu("_Help", null, about);
        return new MenuBar(file, view, go, notesMenu, help);
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    /** A menu item: its label (with a mnemonic), its shortcut or null, and what it does. */
    private static MenuItem item(String label, KeyCombination shortcut, Runnable action) {
        MenuItem item = new MenuItem(label);
        if (shortcut != null) {
            item.setAccelerator(shortcut);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private ToolBar toolBar() {
        back.setTooltip(new Tooltip("Back (Alt+Left)"));
        forward.setTooltip(new Tooltip("Forward (Alt+Right)"));
        back.setOnAction(e -> model.back());
        forward.setOnAction(e -> model.forward());
        back.disableProperty().bind(model.canGoBackProperty().not());
        forward.disableProperty().bind(model.canGoForwardProperty().not());
        search.setPromptText("Search papers, slides and notes — English or 中文 (Ctrl+K)");
        search.getStyleClass().add("search-field");
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox box = new HBox(6, search);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setAlignment(Pos.CENTER_LEFT);
        compare.setTooltip(new Tooltip("Compare the selected papers, or open the comparison (Ctrl+M)"));
        compare.setOnAction(e -> compareSelected());
        ToolBar bar = new ToolBar(back, forward, box, compare);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    // ---- listeners --------------------------------------------------------------------------------------------

    private void initListeners() {
        typing.setOnFinished(e -> model.search(search.getText()));
        search.textProperty().addListener((obs, old, text) -> {
            results.setVisible(!text.isBlank());
            typing.playFromStart();
        });
        // Escape is handled once, for the whole window, in the root's filter below.
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                typing.stop();
                model.openHitFor(search.getText(), results.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                Node target = results.isVisible() ? results : table;
                target.requestFocus();
                if (target == results && !model.results().isEmpty()) {
                    results.getSelectionModel().selectFirst();
                } else if (target == table && !model.papers().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        model.searchNoticeProperty().addListener((obs, old, text) -> searchNotice.setText(text));
        model.results().addListener((ListChangeListener<SearchResult.Hit>) c -> {
            if (!model.results().isEmpty()) {
                Platform.runLater(() -> results.scrollTo(0));
            }
        });

        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                openSelectedHit();
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelectedHit();
            }
        });

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, paper) -> {
            if (paper != null && !updatingSelection) {
                model.open(new Place.PaperAt(paper.id()));
            }
        });

        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Paper>) c ->
                model.setSelection(List.copyOf(table.getSelectionModel().getSelectedItems())));
        model.comparison().addListener((ListChangeListener<String>) c -> updateCompareButton());
        model.libraryProperty().addListener((obs, old, lib) -> updateReadingList());
        model.sessionProperty().addListener((obs, old, s) -> updateReadingList());
        model.noteEditRequestProperty().addListener((obs, old, id) -> {
            if (id != null) {
                actions.editNote(id);
            }
        });
        updateCompareButton();
        updateReadingList();
        categories.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!updatingSelection && item != null) {
                model.selectCategory(item.getValue().path());
            }
        });
        model.categoryProperty().addListener((obs, old, path) -> selectInTree(path));
        years.getSelectionModel().selectedItemProperty().addListener((obs, old, y) -> {
            if (!updatingSelection) {
                model.filterYear(y == null || y.equals(ALL) ? null : y);
            }
        });
        venues.getSelectionModel().selectedItemProperty().addListener((obs, old, v) -> {
            if (!updatingSelection) {
                model.filterVenue(v == null || v.equals(ALL) ? null : v);
            }
        });

        model.sessionProperty().addListener((obs, old, session) -> {
            if (session != null) {
                rebuildTree(session.categories());
                // The same notes with their whole catalog now: the category the reader chose stays chosen.
                selectInTree(model.categoryProperty().get());
                rebuildNotesMenu(session);
            }
        });
        model.problems().addListener((ListChangeListener<Diagnostic>) c -> updateProblems());
        model.facetsProperty().addListener((obs, old, facets) -> rebuildFacets(facets));
        model.yearProperty().addListener((obs, old, y) -> selectFacets());
        model.venueProperty().addListener((obs, old, v) -> selectFacets());
        model.shownProperty().addListener((obs, old, shown) -> {
            if (shown != null) {
                page.show(shown);
                selectInTable(shown.place());
            }
        });

        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && (e.getCode() == KeyCode.K || e.getCode() == KeyCode.F)) {
                focusSearch();
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.LEFT) {
                model.back();
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.RIGHT) {
                model.forward();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                model.clearSearch();
                e.consume();
            }
        });
        root.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.BACK) {
                model.back();
                e.consume();
            } else if (e.getButton() == MouseButton.FORWARD) {
                model.forward();
                e.consume();
            }
        });
    }

    private static final String ALL = "\u0000all";

    private void openSelectedHit() {
        SearchResult.Hit hit = results.getSelectionModel().getSelectedItem();
        if (hit != null) {
            model.openHit(hit);
        }
    }

    private List<String> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().map(Paper::id).toList();
    }

    /** Two to six selected papers are compared; otherwise the comparison as it is opens. */
    private void compareSelected() {
        List<String> ids = selectedIds();
        if (ids.size() >= ComparisonTable.MIN) {
            model.setComparison(ids);
        }
        model.open(new Place.Compare());
    }

    private void updateCompareButton() {
        int n = model.comparison().size();
        compare.setText(n == 0 ? "Compare" : "Compare (" + n + ")");
    }

    private void updateReadingList() {
        readingList.setText("★ Reading list (" + model.libraryProperty().get().bookmarks().size() + ")");
    }

    /** Marks the theme in the View menu. */
    public void showTheme(Settings.Theme theme) {
        if (themeMenu != null) {
            themeMenu.getItems().forEach(i -> ((RadioMenuItem) i).setSelected(i.getUserData() == theme));
        }
    }

    public SplitPane split() {
        return split;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void rebuildTree(CategoryTree tree) {
        updatingSelection = true;
        try {
            shownTree = tree;
            itemOf.clear();
            TreeItem<CategoryTree.Node> rootItem = item(tree.root());
            rootItem.setExpanded(true);
            categories.setRoot(rootItem);
            categories.getSelectionModel().select(rootItem);
        } finally {
            updatingSelection = false;
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
        if (rootItem == null) {
            return;
        }
        // The tree finds the category (in any case); the item showing it is looked up, not searched for.
        CategoryTree.Node node = path == null || shownTree == null ? null : shownTree.find(path);
        TreeItem<CategoryTree.Node> found = path == null ? rootItem : itemOf.get(node);
        if (found != null && categories.getSelectionModel().getSelectedItem() != found) {
            updatingSelection = true;
            try {
                for (TreeItem<CategoryTree.Node> p = found.getParent(); p != null; p = p.getParent()) {
                    p.setExpanded(true);
                }
                categories.getSelectionModel().select(found);
                categories.scrollTo(categories.getRow(found));
            } finally {
                updatingSelection = false;
            }
        }
    }

    private void rebuildFacets(MainViewModel.Facets facets) {
        updatingSelection = true;
        try {
            years.getItems().setAll(ALL);
            years.getItems().addAll(facets.years().keySet());
            venues.getItems().setAll(ALL);
            venues.getItems().addAll(facets.venues().keySet());
        } finally {
            updatingSelection = false;
        }
        selectFacets();
    }

    /** Shows the year and venue the list is filtered by (all, when none): after a rebuild, or when they change. */
    private void selectFacets() {
        updatingSelection = true;
        try {
            String y = model.yearProperty().get();
            String v = model.venueProperty().get();
            years.getSelectionModel().select(y == null || !years.getItems().contains(y) ? ALL : y);
            venues.getSelectionModel().select(v == null || !venues.getItems().contains(v) ? ALL : v);
        } finally {
            updatingSelection = false;
        }
    }

    private void rebuildNotesMenu(NotesLibrary session) {
        notesMenu.getItems().clear();
        List<Note> notes = session.catalog().notes();
        // A menu of thousands of notes is built on the JavaFX thread and cannot be read; the start page lists them all.
        for (Note n : notes.subList(0, Math.min(MENU_NOTES, notes.size()))) {
            MenuItem item = new MenuItem(n.title() + "  —  " + n.id());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.open(new Place.NoteAt(n.id(), 0)));
            notesMenu.getItems().add(item);
        }
        if (notes.size() > MENU_NOTES) {
            MenuItem all = new MenuItem("All " + notes.size() + " notes (start page)…");
            all.setOnAction(e -> model.open(new Place.Home()));
            notesMenu.getItems().addAll(new SeparatorMenuItem(), all);
        }
    }

    private void selectInTable(Place place) {
        if (place instanceof Place.PaperAt p) {
            updatingSelection = true;
            try {
                for (Paper paper : table.getItems()) {
                    if (paper.id().equals(p.id())) {
                        // A paper opened elsewhere (a link, a search) becomes the selection; one the user just
                        // (multi-)selected stays as it is.
                        if (!table.getSelectionModel().getSelectedItems().contains(paper)) {
                            table.getSelectionModel().clearAndSelect(table.getItems().indexOf(paper));
                            table.scrollTo(paper);
                        }
                        break;
                    }
                }
            } finally {
                updatingSelection = false;
            }
        }
    }

    private void updateProblems() {
        problems.setVisible(!model.problems().isEmpty());
        problems.setText(problemsSummary(model.problems()));
    }

    /** "2 notes failed to load", "3 warnings · 40 findings": failures first, findings about the content last. */
    static String problemsSummary(List<Diagnostic> all) {
        long failed = all.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
        long warnings = all.stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).count();
        long findings = all.size() - failed - warnings;
        List<String> parts = new java.util.ArrayList<>();
        if (failed > 0) {
            parts.add(failed + (failed == 1 ? " note failed to load" : " notes failed to load"));
        } else if (warnings > 0) {
            parts.add(warnings + (warnings == 1 ? " warning" : " warnings"));
        }
        if (findings > 0) {
            parts.add(findings + (findings == 1 ? " finding" : " findings"));
        }
        return String.join(" · ", parts);
    }

    // ---- cells ------------------------------------------------------------------------------------------------

    private static final class CategoryCell extends TreeCell<CategoryTree.Node> {
        @Override
        protected void updateItem(CategoryTree.Node node, boolean empty) {
            super.updateItem(node, empty);
            setText(empty || node == null ? null : node.label() + "  (" + node.count() + ")");
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
                setText((value.isEmpty() ? none : value) + "  (" + counts.get().getOrDefault(value, 0) + ")");
            }
        }
    }

    /** A search hit: the paper, where it matched, and the snippet with the matched words in bold. */
    private static final class HitCell extends ListCell<SearchResult.Hit> {
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
                Label where = new Label(s.note() + (s.slide() > 0 ? " · slide P" + s.slide() : ""));
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
}
