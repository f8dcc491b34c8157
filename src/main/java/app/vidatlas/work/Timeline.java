package app.vidatlas.work;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * When the user started the app (epoch milliseconds): this JVM's start, or its launcher's. The launcher gives it
     * as a number, or as {@code @FILE}, a file it writes once this JVM is started: only the management beans know a
     * JVM's start to the millisecond, and they take the launcher 15–40 ms to load, which it spends after starting
     * this JVM rather than before. Read once, when first asked (the probe asks at the first frame).
     */
    public static long startMillis() {
        Long start = startMillis;
        if (start == null) {
            start = launcherStart(System.getProperty(STARTED_AT));
            startMillis = start;
        }
        return start;
    }

    private static volatile Long startMillis;

    static long launcherStart(String given) {
        if (given == null) {
            return java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        }
        if (!given.startsWith("@")) {
            return Long.parseLong(given);
        }
        Path file = Path.of(given.substring(1));
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (true) {
            try {
                String written = Files.readString(file).trim();
                if (written.endsWith(".")) {
                    return Long.parseLong(written.substring(0, written.length() - 1));
                }
            } catch (IOException | NumberFormatException e) {
                // Not written yet.
            }
            if (System.nanoTime() > deadline) {
                // The launcher never told: count from this JVM's start, which leaves the launch out.
                return java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            }
        }
    }

    /** Writes this JVM's start for the JVM it launched (see {@link #startMillis}); a full stop ends it. */
    public static void writeStartFile(Path file) throws IOException {
        long start = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        Files.writeString(file, start + ".");
    }

    /** The phases marked so far, in the order they were reached. */
    public static List<Mark> marks() {
        return List.copyOf(MARKS);
    }
}
