package app.vidatlas.userdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the library the window last opened was large, for the launcher to choose how the next window's JVM compiles
 * code (ADR 0011). A small library is best served by the quick compiler alone: the window comes 0.1 s sooner and
 * nothing runs long enough to need the optimising one; a large library's catalog and searches do (14 % slower to build
 * at 100,000 papers without it). The launcher only looks whether the file is there: no parsing before the JVM starts.
 */
public final class CompilerHint {
    /** From this many papers on a library is large. The notes book (about 80 chapters) is far below it. */
    public static final int LARGE = 20_000;

    private CompilerHint() {
    }

    /** The file whose presence says "large", in the cache folder's class-data folder. */
    public static Path file(Path cacheDir) {
        return cacheDir.resolve("class-data").resolve("large-library");
    }

    /** Whether the last library the window opened was large (false when it was never told). */
    public static boolean lastWasLarge(Path cacheDir) {
        return Files.exists(file(cacheDir));
    }

    /**
     * Keeps whether a library of {@code papers} papers is large; changes the file only when the answer changes. A
     * failure to write costs the next start its choice, nothing else.
     */
    public static void remember(Path cacheDir, int papers) {
        Path file = file(cacheDir);
        try {
            if (papers >= LARGE && !Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, "at least " + LARGE + " papers\n");
            } else if (papers < LARGE) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Only a hint: the next start compiles as for a small library.
        }
    }
}
