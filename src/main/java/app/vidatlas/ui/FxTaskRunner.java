package app.vidatlas.ui;

import app.vidatlas.work.TaskRunner;
import app.vidatlas.work.Workers;
import javafx.application.Platform;

/** The window's task runner: background work on the shared workers, results on the JavaFX thread. */
final class FxTaskRunner {
    private FxTaskRunner() {
    }

    static TaskRunner create() {
        return Workers.delivering(Platform::runLater);
    }
}
