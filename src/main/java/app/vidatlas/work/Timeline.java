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

    /**
     * Set by the launcher in the JVM it starts (ADR 0011): when the user's own JVM started, so that start-up times
     * count the launch too.
     */
    public static final String STARTED_AT = "vidatlas.launchedAt";

    private static final ConcurrentLinkedQueue<Mark> MARKS = new ConcurrentLinkedQueue<>();

    private Timeline() {
    }

    public static void mark(String phase) {
        MARKS.add(new Mark(phase, System.currentTimeMillis()));
    }

    /** When the user started the app (epoch milliseconds): this JVM's start, or its launcher's. */
    public static long startMillis() {
        Long launcher = Long.getLong(STARTED_AT);
        return launcher != null ? launcher : java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** The phases marked so far, in the order they were reached. */
    public static List<Mark> marks() {
        return List.copyOf(MARKS);
    }
}
