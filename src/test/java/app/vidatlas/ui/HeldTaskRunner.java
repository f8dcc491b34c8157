package app.vidatlas.ui;

import app.vidatlas.library.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Background work that waits until the test lets it finish, in the order the test chooses (as threads may). */
final class HeldTaskRunner implements TaskRunner {
    private final List<Runnable> held = new ArrayList<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        held.add(() -> TaskRunner.DIRECT.run(work, onDone, onFailed));
    }

    int waiting() {
        return held.size();
    }

    /** Finishes the job started {@code index}-th among those still waiting. */
    void finish(int index) {
        held.remove(index).run();
    }

    void finishAll() {
        while (!held.isEmpty()) {
            finish(0);
        }
    }
}
