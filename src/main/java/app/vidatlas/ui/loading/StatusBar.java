package app.vidatlas.ui.loading;

import app.vidatlas.model.Diagnostic;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;

/** The bottom bar: progress while notes load, the status line, and a link to the problems found in the notes. */
public final class StatusBar {
    private final LoadingViewModel loading;
    private final ProgressBar progress = new ProgressBar();
    private final Label status = new Label();
    private final Hyperlink problems = new Hyperlink();
    private final HBox root;

    /** @param showProblems opens the list of problems (a dialog of the window's) */
    public StatusBar(LoadingViewModel loading, ReadOnlyStringProperty statusText, Runnable showProblems) {
        this(loading, statusText, new javafx.beans.property.SimpleObjectProperty<>(), showProblems);
    }

    /** @param statusAction what the latest news offers to do ("Show in folder"), shown as a link after it */
    public StatusBar(LoadingViewModel loading, ReadOnlyStringProperty statusText,
                     javafx.beans.value.ObservableValue<app.vidatlas.ui.common.StatusLine.Action> statusAction,
                     Runnable showProblems) {
        this(loading, new javafx.beans.property.SimpleStringProperty(""), statusText, statusAction, showProblems);
    }

    /**
     * @param listSummary what the list holds ("5 of 37 papers · Open-source base models"), first
     * @param statusText  the latest news, after it
     */
    public StatusBar(LoadingViewModel loading, javafx.beans.value.ObservableStringValue listSummary,
                     ReadOnlyStringProperty statusText,
                     javafx.beans.value.ObservableValue<app.vidatlas.ui.common.StatusLine.Action> statusAction,
                     Runnable showProblems) {
        this.loading = loading;
        progress.setPrefWidth(180);
        progress.visibleProperty().bind(loading.loadingProperty());
        progress.managedProperty().bind(loading.loadingProperty());
        progress.progressProperty().bind(loading.progressProperty());
        status.textProperty().bind(statusText);
        problems.setVisible(false);
        problems.setOnAction(e -> showProblems.run());
        Hyperlink act = new Hyperlink();
        act.getStyleClass().add("status-action");
        act.visibleProperty().bind(statusAction.map(a -> true).orElse(false));
        act.managedProperty().bind(act.visibleProperty());
        act.textProperty().bind(statusAction.map(app.vidatlas.ui.common.StatusLine.Action::label).orElse(""));
        act.setOnAction(e -> {
            if (statusAction.getValue() != null) {
                statusAction.getValue().run().run();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label summary = new Label();
        summary.getStyleClass().add("list-summary");
        summary.textProperty().bind(listSummary);
        summary.setMinWidth(Region.USE_PREF_SIZE);
        status.getStyleClass().add("status-news");
        root = new HBox(10, progress, summary, status, act, spacer, problems);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("status-bar");
        loading.problems().addListener((ListChangeListener<Diagnostic>) c -> updateProblems());
    }

    public HBox root() {
        return root;
    }

    private void updateProblems() {
        problems.setVisible(!loading.problems().isEmpty());
        problems.setText(problemsSummary(loading.problems()));
    }

    /** "2 notes failed to load", "3 warnings · 40 findings": failures first, findings about the content last. */
    public static String problemsSummary(List<Diagnostic> all) {
        long failed = all.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
        long warnings = all.stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).count();
        long findings = all.size() - failed - warnings;
        List<String> parts = new ArrayList<>();
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
}
