package app.vidatlas.ui;

import app.vidatlas.library.TaskRunner;
import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs work on background daemon threads and delivers its result on the JavaFX thread. Threads are made as work
 * comes: a figure download may wait on a slow site for seconds, and must not hold up a search or a page behind it.
 */
final class FxTaskRunner implements TaskRunner {
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "vidatlas-worker");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        pool.submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onDone.accept(result));
            } catch (Exception | Error e) {
                Platform.runLater(() -> onFailed.accept(e));
            }
        });
    }
}
