package app.vidatlas.ui.search;

import app.vidatlas.search.SearchResult;
import app.vidatlas.ui.compare.CompareViewModel;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.List;

/**
 * The search field and its results. Typing searches after a short pause; Enter opens the chosen (or best) hit;
 * Down moves into the results, or into the paper list when there is no query.
 */
public final class SearchView {
    private final SearchViewModel search;
    private final CompareViewModel compare;
    private final Runnable focusPapers;
    private final TextField field = new TextField();
    private final Label notice = new Label();
    private final ListView<SearchResult.Hit> results = new ListView<>();
    private final VBox resultsBox;
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private final PauseTransition typing = new PauseTransition(Duration.millis(120));
    private final javafx.beans.property.BooleanProperty typingPending = new javafx.beans.property.SimpleBooleanProperty();

    /** @param focusPapers moves the keyboard into the paper list (Down in the field with no query) */
    public SearchView(SearchViewModel search, CompareViewModel compare, Runnable focusPapers) {
        this.search = search;
        this.compare = compare;
        this.focusPapers = focusPapers;
        this.resultsBox = new VBox(notice, results);
        createView();
        initListeners();
    }

    public TextField field() {
        return field;
    }

    /** The results with their notice; shown in place of the paper list while there is a query. */
    public VBox results() {
        return resultsBox;
    }

    /** Whether there is a query (the results are shown). */
    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    private void createView() {
        field.setPromptText("Search papers, slides and notes — English or 中文 (Ctrl+K)");
        field.getStyleClass().add("search-field");
        results.setItems(search.results());
        results.setCellFactory(lv -> new HitCell());
        // "Nothing found" only once the query's search has answered: not while the user types, nor while it runs.
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(search.pendingProperty().or(typingPending))
                .then("Searching…").otherwise("Nothing found"));
        results.setPlaceholder(placeholder);
        results.getStyleClass().add("search-results");
        MenuItem hitOpen = new MenuItem("Open");
        hitOpen.setOnAction(e -> openSelected());
        MenuItem hitCompare = new MenuItem("Add to comparison");
        hitCompare.setOnAction(e -> {
            SearchResult.Hit h = results.getSelectionModel().getSelectedItem();
            if (h != null && h.id() != null) {
                compare.addToComparison(List.of(h.id()));
            }
        });
        results.setContextMenu(new ContextMenu(hitOpen, hitCompare));
        notice.getStyleClass().add("search-notice");
        notice.setPadding(new Insets(2, 6, 2, 6));
        VBox.setVgrow(results, Priority.ALWAYS);
        resultsBox.getStyleClass().add("results-box");
    }

    private void initListeners() {
        typing.setOnFinished(e -> {
            typingPending.set(false);
            search.search(field.getText());
        });
        field.textProperty().addListener((obs, old, text) -> {
            searching.set(!text.isBlank());
            typingPending.set(true);
            typing.playFromStart();
        });
        // Escape is handled once, for the whole window (see clear()).
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                typing.stop();
                typingPending.set(false);
                search.openHitFor(field.getText(), results.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                if (searching.get()) {
                    results.requestFocus();
                    if (!search.results().isEmpty()) {
                        results.getSelectionModel().selectFirst();
                    }
                } else {
                    focusPapers.run();
                }
                e.consume();
            }
        });
        search.noticeProperty().addListener((obs, old, text) -> notice.setText(text));
        search.results().addListener((ListChangeListener<SearchResult.Hit>) c -> {
            if (!search.results().isEmpty()) {
                Platform.runLater(() -> results.scrollTo(0));
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                openSelected();
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
    }

    private void openSelected() {
        SearchResult.Hit hit = results.getSelectionModel().getSelectedItem();
        if (hit != null) {
            search.openHit(hit);
        }
    }

    /** Escape: clears the query (true), or does nothing when there is none (false). */
    public boolean clear() {
        if (field.getText().isEmpty()) {
            return false;
        }
        field.clear();
        search.clearSearch();
        return true;
    }

    public void focus() {
        field.requestFocus();
        field.selectAll();
    }
}
