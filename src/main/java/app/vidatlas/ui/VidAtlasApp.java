package app.vidatlas.ui;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.CatalogLoader;
import app.vidatlas.model.Paper;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/**
 * The desktop window. For now a plain list of the catalog's papers; the window shows at once and the notes load
 * off the JavaFX thread, with a progress bar.
 */
public final class VidAtlasApp extends Application {
    private final MainWindowModel model = new MainWindowModel();

    @Override
    public void start(Stage stage) {
        TableView<Paper> table = new TableView<>(model.papers());
        table.setPlaceholder(new Label("Loading notes…"));
        table.getColumns().add(column("Name", 160, p -> p.shortName()));
        table.getColumns().add(column("Title", 560, Paper::title));
        TableColumn<Paper, Integer> year = new TableColumn<>("Year");
        year.setPrefWidth(70);
        year.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().year()));
        table.getColumns().add(year);
        table.getColumns().add(column("Venue", 140, p -> p.venue() == null ? "" : p.venue()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(160);
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        HBox statusBar = new HBox(10, progress, status);
        statusBar.getStyleClass().add("status-bar");

        BorderPane root = new BorderPane(table);
        root.setBottom(statusBar);
        stage.setTitle("VidAtlas");
        Scene scene = new Scene(root, 1000, 640);
        var css = VidAtlasApp.class.getResource("/vidatlas/assets/styles/app.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        stage.setScene(scene);
        stage.show();

        Task<Catalog> load = new Task<>() {
            @Override
            protected Catalog call() {
                return new CatalogLoader().load(CatalogLoader.locations(AppLauncher.notes()),
                        (done, total, file) -> updateProgress(done, total));
            }
        };
        progress.progressProperty().bind(load.progressProperty());
        progress.visibleProperty().bind(load.runningProperty());
        progress.managedProperty().bind(load.runningProperty());
        load.setOnSucceeded(e -> model.show(load.getValue()));
        load.setOnFailed(e -> model.failed(load.getException()));
        Thread worker = new Thread(load, "vidatlas-load");
        worker.setDaemon(true);
        worker.start();
    }

    private static TableColumn<Paper, String> column(String name, double width,
                                                     java.util.function.Function<Paper, String> value) {
        TableColumn<Paper, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
