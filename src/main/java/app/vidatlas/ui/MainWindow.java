package app.vidatlas.ui;

import app.vidatlas.ui.browse.CategoryPane;
import app.vidatlas.ui.browse.PaperTable;
import app.vidatlas.ui.common.Repaint;
import app.vidatlas.ui.loading.StatusBar;
import app.vidatlas.ui.reader.PageView;
import app.vidatlas.ui.reader.ReaderViewModel;
import app.vidatlas.ui.search.SearchView;
import app.vidatlas.userdata.Settings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;


/**
 * The main window, built in code from the views of each thing a user does: categories and facets on the left, the
 * paper list (or the search results) in the middle, the paper page on the right, search on top, status at the
 * bottom. It lays them out and holds no state of its own.
 */
public final class MainWindow {
    private final MainViewModel model;
    private final BorderPane root = new BorderPane();
    private final SplitPane split = new SplitPane();
    private final PageView page;
    private final SearchView search;
    private final MainMenus menus;
    private final Button back = new Button("←");
    private final Button forward = new Button("→");
    private final Button compare = new Button("Compare");
    // Made by showPanes(), after the first frame.
    private PaperTable table;
    // While the page is read full-window: the panes set aside and where the dividers were.
    private List<javafx.scene.Node> setAside;
    // The panes stay in the split from the first frame; showPanes fills them.
    private final StackPane leftPane = new StackPane();
    private final StackPane middlePane = new StackPane();
    private double[] dividersSetAside;

    /** What the window asks the application to do (dialogs, quitting). */
    public interface Actions {
        void openNotesFolder();

        /** Opens one more folder beside those open: their notes in one library, each folder a branch of the tree. */
        void addNotesFolder();

        void preferences();

        void about();

        void quit();

        void showProblems();

        void exportList();

        void exportComparison();

        /** Saves the lineage graph the page draws (the lineage view's, or a paper's neighbourhood) as SVG or PNG. */
        void exportGraph();

        void exportNotes();

        /** Opens the current list as a review matrix (a table of its own). */
        void reviewMatrix();

        void theme(Settings.Theme theme);

        void editNote(String paperId);

        /** The notes opened before, newest first; an empty entry is the bundled notes. */
        List<List<java.nio.file.Path>> recentFolders();

        /** Opens notes opened before (none: the bundled notes). */
        void openRecent(List<java.nio.file.Path> folders);
    }

    public MainWindow(MainViewModel model, Actions actions) {
        this.model = model;
        ReaderViewModel reader = model.reader();
        this.page = new PageView(model::handlePageMessage, model.loading()::pageDrawn);
        reader.setScrollSource(page::scrollY);
        this.search = new SearchView(model.search(), model.compare(), () -> {
            if (table != null) {
                table.focusFirst();
            }
        });
        this.menus = new MainMenus(actions, reader, this::focusSearch, this::toggleFullPage);
        createView(new StatusBar(model.loading(), model.listSummaryProperty(), model.statusProperty(),
                model.statusActionProperty(), actions::showProblems));
        initListeners(actions);
    }

    public BorderPane root() {
        return root;
    }

    public TextField searchField() {
        return search.field();
    }

    public PageView pageView() {
        return page;
    }

    public SplitPane split() {
        return split;
    }

    private void createView(StatusBar status) {
        root.getStyleClass().add("main-window");
        root.setTop(new VBox(menus.bar(), toolBar()));
        // The first frame shows the panes empty: the tree, the table and the lists take a while to make, style and
        // lay out the first time, and the window should not wait for them (see showPanes).
        split.getItems().setAll(leftPane, middlePane, page);
        split.setOrientation(Orientation.HORIZONTAL);
        page.minWidthProperty().bind(split.widthProperty().multiply(0.5));
        split.setDividerPositions(0.2, 0.5);
        root.setCenter(split);
        root.setBottom(status.root());
    }

    /** Makes the tree, the lists and the table and puts them in their panes, keeping the dividers where they are. */
    public void showPanes() {
        if (table != null) {
            return;
        }
        if (setAside != null) {
            toggleFullPage(); // the panes come back to be filled
        }
        table = new PaperTable(model.browse(), model.reader(), model.compare(), model.reading());
        CategoryPane left = new CategoryPane(model.browse(), model.reading(), model.compare(),
                model.loading().libraryProperty());
        // One list shows as chosen: the search's results while there is a query, else the reading list or a category.
        // Only the list shown is in the pane, so a hidden one never covers the other.
        search.searchingProperty().addListener((o, was, now) -> showList(left, now));
        showList(left, search.searchingProperty().get());
        // The panes give way in proportion when the window narrows (none keeps its width), and the page keeps at
        // least half of it: at 1000×700 the tree and the list used to keep theirs and leave the page a third.
        middlePane.setMinWidth(200);
        leftPane.setMinWidth(150);
        // A short window scrolls the left column instead of letting it push the status bar out of the window: at
        // 1000×700 the tree and five rows of each facet are taller than the space there is.
        javafx.scene.control.ScrollPane leftScroll = new javafx.scene.control.ScrollPane(left.root());
        leftScroll.setFitToWidth(true);
        leftScroll.setFitToHeight(true);
        leftScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        leftScroll.getStyleClass().add("left-column");
        leftPane.getChildren().setAll(leftScroll);
        // A list filled after its first paint is painted whole (Repaint says why).
        model.browse().papers().addListener((javafx.beans.InvalidationListener) o -> Repaint.whole(middlePane));
        model.search().results().addListener((javafx.beans.InvalidationListener) o -> Repaint.whole(middlePane));
    }

    private void showList(CategoryPane left, boolean searching) {
        middlePane.getChildren().setAll(searching ? search.results() : table.root());
        left.showSearching(searching, search::clear);
    }

    private ToolBar toolBar() {
        ReaderViewModel reader = model.reader();
        back.setTooltip(new Tooltip("Back (Alt+Left)"));
        forward.setTooltip(new Tooltip("Forward (Alt+Right)"));
        back.setOnAction(e -> reader.back());
        forward.setOnAction(e -> reader.forward());
        back.disableProperty().bind(reader.canGoBackProperty().not());
        forward.disableProperty().bind(reader.canGoForwardProperty().not());
        HBox.setHgrow(search.field(), Priority.ALWAYS);
        HBox box = new HBox(6, search.field());
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setAlignment(Pos.CENTER_LEFT);
        compare.setTooltip(new Tooltip("Compare the selected papers, or open the comparison (Ctrl+M)"));
        compare.setOnAction(e -> {
            if (table != null) {
                table.compareSelected();
            } else {
                model.reader().open(new app.vidatlas.ui.reader.Place.Compare());
            }
        });
        ToolBar bar = new ToolBar(back, forward, box, compare);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private void initListeners(Actions actions) {
        ReaderViewModel reader = model.reader();
        model.compare().comparison().addListener((ListChangeListener<String>) c -> updateCompareButton());
        updateCompareButton();
        model.noteEditRequestProperty().addListener((obs, old, id) -> {
            if (id != null) {
                actions.editNote(id);
            }
        });
        model.loading().libraryProperty().addListener((obs, old, library) -> {
            if (library != null) {
                menus.showNotes(library);
            }
        });
        reader.shownProperty().addListener((obs, old, shown) -> {
            if (shown != null) {
                page.show(shown);
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.isShiftDown() && e.getCode() == KeyCode.F) {
                toggleFullPage(); // F11 is the menu item's own key
                e.consume();
            } else if (e.isShortcutDown() && (e.getCode() == KeyCode.K || e.getCode() == KeyCode.F)) {
                focusSearch();
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.LEFT) {
                reader.back();
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.RIGHT) {
                reader.forward();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && search.clear()) {
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && fullPage()) {
                toggleFullPage();
                e.consume();
            }
        });
        root.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.BACK) {
                reader.back();
                e.consume();
            } else if (e.getButton() == MouseButton.FORWARD) {
                reader.forward();
                e.consume();
            }
        });
    }

    private void updateCompareButton() {
        int n = model.compare().comparison().size();
        compare.setText(n == 0 ? "Compare" : "Compare (" + n + ")");
    }

    /** Marks the theme in the View menu. */
    public void showTheme(Settings.Theme theme) {
        menus.showTheme(theme);
    }

    /**
     * Reads the page (a paper, a note, the comparison) with the whole window, or returns to the three panes as they
     * were (F11 or Ctrl+Shift+F; Esc returns too).
     */
    public void toggleFullPage() {
        if (setAside == null) {
            dividersSetAside = split.getDividerPositions();
            setAside = List.copyOf(split.getItems().subList(0, split.getItems().size() - 1));
            split.getItems().removeAll(setAside);
        } else {
            split.getItems().addAll(0, setAside);
            split.setDividerPositions(dividersSetAside);
            setAside = null;
        }
    }

    /** Whether the page is read with the whole window. */
    public boolean fullPage() {
        return setAside != null;
    }

    public void focusSearch() {
        search.focus();
    }
}
