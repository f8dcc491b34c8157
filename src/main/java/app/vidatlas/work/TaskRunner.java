package app.vidatlas.work;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The app's one way to do work off the caller's thread. Every layer takes it (or {@link Workers#shared()}) instead
 * of making threads, pools or parallel streams of its own, so that tests can run everything at once on the calling
 * thread ({@link #DIRECT}), and the window can say where results arrive (the JavaFX thread).
 */
public interface TaskRunner {
    /**
     * Runs {@code work} in the background; its result, or what it threw, is handed to {@code onDone} or
     * {@code onFailed} on the runner's delivery thread (the JavaFX thread in the window).
     */
    <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed);

    /**
     * Applies {@code fn} to every item, on several threads when the runner has them, and returns the results in the
     * items' order. Blocks until all are done; what {@code fn} throws is thrown here (the first one).
     */
    <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> fn);

    /** Runs everything at once on the calling thread: tests, and code that has no window to keep responsive. */
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

        @Override
        public <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> fn) {
            List<R> out = new ArrayList<>(items.size());
            for (T item : items) {
                out.add(fn.apply(item));
            }
            return out;
        }
    };
}
