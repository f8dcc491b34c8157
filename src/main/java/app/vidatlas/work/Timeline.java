package app.vidatlas.work;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * When each phase of a start was reached, for {@code --startup-probe=verbose}: any layer marks a phase (from any
 * thread), the probe prints them. A mark is a clock read and a queue append; nothing is printed or kept otherwise.
 */
public final class Timeline {
    /** A phase and the wall-clock time it was reached (milliseconds since the epoch). */
    public record Mark(String phase, long epochMillis) {
    }

    private static final ConcurrentLinkedQueue<Mark> MARKS = new ConcurrentLinkedQueue<>();

    private Timeline() {
    }

    public static void mark(String phase) {
        MARKS.add(new Mark(phase, System.currentTimeMillis()));
    }

    /** The phases marked so far, in the order they were reached. */
    public static List<Mark> marks() {
        return List.copyOf(MARKS);
    }
}
