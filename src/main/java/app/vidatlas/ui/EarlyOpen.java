package app.vidatlas.ui;

import app.vidatlas.library.LibraryRequest;
import app.vidatlas.model.Progress;
import app.vidatlas.work.Workers;
import app.vidatlas.library.AppSession;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Opens the notes the window will ask for while JavaFX starts: the toolkit and the first window take a couple of
 * seconds on one core, and opening a large library's index takes as long on the other. The window's first load then
 * takes the session opened early (and its progress from then on) instead of opening the notes a second time.
 */
final class EarlyOpen {
    /** Progress reported to whoever listens now: nobody until the window asks for the session. */
    private static final class Relay implements Progress {
        private volatile Progress target = Progress.NONE;

        @Override
        public void update(String phase, int done, int total) {
            target.update(phase, done, total);
        }
    }

    private record Pending(LibraryRequest request, CompletableFuture<AppSession> session, Relay progress) {
    }

    private static Pending pending;

    private EarlyOpen() {
    }

    /** Starts opening these notes in the background. */
    static synchronized void start(LibraryRequest request) {
        Relay relay = new Relay();
        CompletableFuture<AppSession> session = new CompletableFuture<>();
        // On the shared workers: the toolkit is not up yet, so the result is handed over by the future, not delivered.
        Workers.shared().run(() -> AppSession.open(request, relay), session::complete, session::completeExceptionally);
        pending = new Pending(request, session, relay);
    }

    /**
     * Opens a session for the window: the one opened early when it is for the same request (waiting for it if it is
     * not ready yet), else a new one. Taken once: a later load opens its notes anew.
     */
    static AppSession open(LibraryRequest request, Progress progress) throws Exception {
        Pending p;
        synchronized (EarlyOpen.class) {
            p = pending;
            pending = null;
        }
        if (p == null) {
            return AppSession.open(request, progress);
        }
        if (!p.request().equals(request)) {
            // Not what the window wants after all: closed once it is open, never shown.
            p.session().thenAccept(AppSession::closeQuietly);
            return AppSession.open(request, progress);
        }
        p.progress().target = progress;
        try {
            return p.session().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
