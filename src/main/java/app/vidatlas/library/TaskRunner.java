package app.vidatlas.library;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Background work behind an interface: the app runs it off the JavaFX thread and hands the result back on it;
 * tests run it on the spot.
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed);

    /** Runs everything at once on the calling thread (tests, and the view model without a window). */
    TaskRunner DIRECT = new TaskRunner() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                onFailed.accept(e);
                return;
            }
            onDone.accept(result);
        }
    };
}
