package app.vidatlas.ui;

import javafx.application.Platform;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Quitting, in order: everything the user has is written first, while every window is still up; then the other
 * windows close (dialogs, owned windows before their owners), then the main window; and only then, once the
 * dialogs' nested event loops have returned, is the toolkit asked to exit. The JVM then ends by itself when
 * {@code Application.launch} returns: nothing calls {@code System.exit}.
 *
 * <p>Left to itself, {@code Platform.exit} closes the windows still open from inside a dialog's nested event loop
 * ({@code showAndWait}), and GTK does not survive it: a notice open at exit brought the JVM down in
 * {@code destroy_and_delete_ctx} (libglassgtk3) every time under Xvfb. Had it crashed, nothing would have been lost:
 * the save comes before any window is touched.
 */
final class Quit {
    private final Window main;
    private final Runnable save;
    private final Runnable exit;
    private boolean closed;
    private boolean exiting;

    /**
     * @param main the main window, closed last
     * @param save writes what the user has (settings, library); runs once, before any window closes
     * @param exit asks the toolkit to exit ({@code Platform::exit}; tests record it instead)
     */
    Quit(Window main, Runnable save, Runnable exit) {
        this.main = main;
        this.save = save;
        this.exit = exit;
    }

    /** Saves, closes every window in order and exits the toolkit; a second call does nothing. */
    void run() {
        if (exiting) {
            return;
        }
        exiting = true;
        close();
        // Later, not now: a dialog just hidden returns from its showAndWait only once this event is over.
        Platform.runLater(() -> {
            closeWindows(); // anything opened meanwhile (a notice posted before the quit)
            exit.run();
        });
    }

    /**
     * Saves and closes the windows, without asking the toolkit to exit: for the main window's close request (JavaFX
     * exits by itself once its last window has closed and no nested loop runs) and for when the toolkit is exiting
     * already ({@code stop()}). Saves once, however often it is called.
     */
    void close() {
        if (!closed) {
            closed = true;
            try {
                save.run();
            } catch (RuntimeException e) {
                // Never a dialog at exit: it would open into the teardown. The windows still close.
                tell("could not save on quitting: " + e);
            }
        }
        closeWindows();
    }

    /** Says what went wrong once quitting has begun, when no dialog may open: in the log (stderr by default). */
    static void tell(String message) {
        System.getLogger("app.vidatlas").log(System.Logger.Level.WARNING, message);
    }

    /** True once quitting has begun: nothing should open a window after that. */
    boolean closing() {
        return closed;
    }

    private void closeWindows() {
        for (Window w : others(main)) {
            w.hide();
        }
        main.hide();
    }

    /**
     * The windows showing other than the main one, in the order they must close: the most deeply owned first (a
     * dialog over a dialog before the one under it), then the newest first.
     */
    static List<Window> others(Window main) {
        List<Window> open = new ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (w != main && w.isShowing()) {
                open.add(w);
            }
        }
        List<Window> ordered = new ArrayList<>(open);
        java.util.Collections.reverse(ordered); // newest first among equals (the sort below is stable)
        ordered.sort(Comparator.comparingInt(Quit::depth).reversed());
        return ordered;
    }

    private static int depth(Window w) {
        int depth = 0;
        for (Window o = owner(w); o != null && depth < 64; o = owner(o)) {
            depth++;
        }
        return depth;
    }

    private static Window owner(Window w) {
        if (w instanceof javafx.stage.Stage s) {
            return s.getOwner();
        }
        if (w instanceof javafx.stage.PopupWindow p) {
            return p.getOwnerWindow();
        }
        return null;
    }
}
