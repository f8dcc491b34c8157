package app.vidatlas.ui;

import app.vidatlas.work.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/** Background work that waits until the test lets it finish, in the order the test chooses (as threads may). */
public final class HeldTaskRunner implements TaskRunner {
    private final List<Runnable> held = new ArrayList<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        held.add(() -> TaskRunner.DIRECT.run(work, onDone, onFailed));
    }

    /** Data-parallel work is part of the job that asked for it: done at once, as the job runs. */
    @Override
    public <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> fn) {
        return TaskRunner.DIRECT.map(items, fn);
    }

    public int waiting() {
        return held.size();
    }

    /** Finishes the job started {@code index}-th among those still waiting. */
    public void finish(int index) {
        held.remove(index).run();
    }

    public void finishAll() {
        while (!held.isEmpty()) {
            finish(0);
        }
    }
}
