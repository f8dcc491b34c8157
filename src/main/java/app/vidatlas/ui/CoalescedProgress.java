package app.vidatlas.ui;

import app.vidatlas.model.Progress;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Progress from worker threads, handed to the JavaFX thread at most once per frame: a load reports once per note
 * and once per indexed paper (100,000 times for a large library), and a task per report would flood the JavaFX
 * thread. Only the latest report is delivered; the ones it overtook are dropped.
 */
final class CoalescedProgress implements Progress {
    private record Update(String phase, int done, int total) {
    }

    private final AtomicReference<Update> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Executor fxThread;
    private final Progress target;

    /**
     * @param fxThread where {@code target} runs ({@code Platform::runLater})
     * @param target   what receives the reports
     */
    CoalescedProgress(Executor fxThread, Progress target) {
        this.fxThread = fxThread;
        this.target = target;
    }

    @Override
    public void update(String phase, int done, int total) {
        latest.set(new Update(phase, done, total));
        if (scheduled.compareAndSet(false, true)) {
            fxThread.execute(() -> {
                scheduled.set(false);
                Update u = latest.get();
                target.update(u.phase(), u.done(), u.total());
            });
        }
    }
}
