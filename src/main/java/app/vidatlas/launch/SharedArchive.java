package app.vidatlas.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where the class-data archive of one jar, one JVM and one kind of start lives (ADR 0011). The name carries the jar's
 * size and time and the JVM's version, so a rebuilt jar or another JDK gets an archive of its own instead of one the
 * JVM would refuse; the kind ({@code window}, {@code search}, ...) keeps each archive to the classes that start needs.
 */
public record SharedArchive(Path file) {
    /** The archive for this jar, the running JVM and {@code kind}, in {@code dir}. */
    public static SharedArchive of(Path dir, Path jar, String kind) throws IOException {
        // The JDK by version and by where it is installed: another JDK of the same version has another base archive.
        String jvm = safe(Runtime.version().toString(), true) + "_"
                + Integer.toHexString(System.getProperty("java.home", "").hashCode());
        String name = prefix(jar) + Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis() + "-" + jvm + "-"
                + safe(kind.toLowerCase(Locale.ROOT), false) + ".jsa";
        return new SharedArchive(dir.resolve(name));
    }

    /**
     * {@code text} with every character but ASCII letters and digits (and dots, if kept) as {@code _}. A loop, not a
     * regular expression: this runs before the window's JVM starts, where the first pattern costs milliseconds.
     */
    static String safe(String text, boolean keepDots) {
        StringBuilder safe = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || keepDots && c == '.';
            safe.append(plain ? c : '_');
        }
        return safe.toString();
    }

    /** Archives of this jar's path start with this, whatever its build: a new build's archive replaces the old ones. */
    private static String prefix(Path jar) {
        return "vidatlas-" + Integer.toHexString(jar.toAbsolutePath().normalize().toString().hashCode()) + "-";
    }

    public boolean exists() {
        return Files.isRegularFile(file) && file.toFile().length() > 0;
    }

    /** Where the JVM writes a new archive before it is moved in place (one per process: two first runs may race). */
    public Path pending() {
        return file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    }

    /**
     * Moves a freshly written archive in place and removes the archives of this jar's older builds (a few dozen MB
     * each). Failure leaves things as they were: the next start makes the archive again.
     */
    public void install(Path jar) {
        Path written = pending();
        try {
            if (!Files.isRegularFile(written) || Files.size(written) == 0) {
                Files.deleteIfExists(written);
                return;
            }
            Files.move(written, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            removeOlderBuilds(jar, true);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(written);
        }
    }

    /**
     * Removes the archives of this jar's older builds (a few dozen MB each), for every JDK and kind, and with
     * {@code leftovers} the temporary files of starts that were killed before they could clean up.
     */
    public void removeOlderBuilds(Path jar, boolean leftovers) throws IOException {
        String keep = prefix(jar) + Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis() + "-";
        try (Stream<Path> old = Files.list(file.getParent())) {
            old.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(prefix(jar)))
                    .filter(n -> leftovers && n.endsWith(".tmp") || n.endsWith(".jsa") && !n.startsWith(keep))
                    .forEach(n -> deleteQuietly(file.resolveSibling(n)));
        }
    }

    /** A first run that failed leaves no half-written archive behind. */
    public void discardPending() {
        deleteQuietly(pending());
    }

    /** Removes an archive a JVM would not start with. */
    public void discard() {
        deleteQuietly(file);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // A cache file: one left behind costs space, not correctness.
        }
    }
}
