package app.vidatlas.work;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The threads behind {@link TaskRunner}: background work on daemon threads made as work comes (a figure download may
 * wait on a slow site for seconds, and must not hold up a search or a page behind it), and data-parallel work on one
 * pool the size of the machine, shared by every caller so that two indexings never make two pools.
 */
public final class Workers implements TaskRunner {
    private static final ExecutorService BACKGROUND = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "vidatlas-worker");
        t.setDaemon(true);
        return t;
    });
    private static final ForkJoinPool PARALLEL = new ForkJoinPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), pool -> {
                ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                t.setName("vidatlas-parallel-" + t.getPoolIndex());
                t.setDaemon(true);
                return t;
            }, null, false);
    private static final Workers SHARED = new Workers(Runnable::run);

    private final Executor delivery;

    private Workers(Executor delivery) {
        this.delivery = delivery;
    }

    /** Results delivered on the worker thread itself: the command line, and layers below the window. */
    public static TaskRunner shared() {
        return SHARED;
    }

    /** Results delivered through {@code delivery} (the window passes {@code Platform::runLater}). */
    public static TaskRunner delivering(Executor delivery) {
        return new Workers(delivery);
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        BACKGROUND.submit(() -> {
            try {
                T result = work.call();
                delivery.execute(() -> onDone.accept(result));
            } catch (Exception | Error e) {
                delivery.execute(() -> onFailed.accept(e));
            }
        });
    }

    @Override
    public <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> fn) {
        if (items.size() < 2) {
            return DIRECT.map(items, fn);
        }
        if (ForkJoinTask.inForkJoinPool()) {
            // Already on a pool thread (a map inside a map): its own stream joins the pool instead of waiting on it.
            return items.parallelStream().<R>map(fn).toList();
        }
        try {
            return PARALLEL.submit(() -> items.parallelStream().<R>map(fn).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
